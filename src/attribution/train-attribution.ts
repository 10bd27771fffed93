/** `presscope train attribution --lang en`: learns the attribution model from PolNeAR train and scores it on dev. */
import { modelPath } from '../ml/model-path.js';
import { sharedPath } from '../train/data-paths.js';
import type { TrainOptions, TrainResult } from '../train/options.js';
import { scoreArticle, type QuoteCounts } from '../eval/quotes.js';
import { analyseGold, learnAttributionModel, type AnnotatedArticle } from './learn-model.js';
import { ATTRIBUTION_TASK, saveAttributionModel, useAttributionModel, type AttributionModel } from './learned-model.js';
import { findAttributions } from './stage.js';

/** Only English has an attribution corpus (PolNeAR, its own train/dev split). */
const ATTRIBUTION_DATA = { en: { train: 'en-polnear-train.jsonl', dev: 'en-polnear-dev.jsonl' } } as const;
const EPOCHS = 5;

function percent(correct: number, gold: number, system: number): number {
  return gold + system > 0 ? Math.round((20000 * correct) / (gold + system)) / 100 : 0;
}

/** Content and source scores of the installed model on analysed gold articles (the eval's definitions). */
export function scoreAttributions(articles: readonly AnnotatedArticle[], lang: 'fr' | 'en'): Record<string, number> {
  const counts: QuoteCounts = { gold: 0, system: 0, overlap: 0, exact: 0, cueGold: 0, cueSystem: 0, cueMatched: 0, withSource: 0, sourceCorrect: 0 };
  for (const article of articles) {
    const predicted = findAttributions({ text: article.text, lang, meta: { origin: { format: 'jsonl' } }, layers: article.layers });
    scoreArticle(article.text, article.attributions, predicted, counts);
  }
  return {
    content_f1_overlap: percent(counts.overlap, counts.gold, counts.system),
    content_f1_exact: percent(counts.exact, counts.gold, counts.system),
    source_accuracy: counts.withSource ? Math.round((10000 * counts.sourceCorrect) / counts.withSource) / 100 : 0,
  };
}

export async function trainAttribution(lang: 'fr' | 'en', options: TrainOptions = {}): Promise<TrainResult> {
  if (lang !== 'en') throw new Error('attribution: only English has training data (French uses the rule-based path)');
  const started = Date.now();
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  const data = ATTRIBUTION_DATA[lang];
  log(`attribution ${lang}: analysing ${data.train} and ${data.dev}`);
  const train = analyseGold(sharedPath('data', 'attribution', data.train), lang);
  const dev = analyseGold(sharedPath('data', 'attribution', data.dev), lang);
  const weights = learnAttributionModel(train, { seed, epochs: EPOCHS, log });
  const draft: AttributionModel = { ...weights, manifest: { trainingData: [data.train], seed, devScores: {}, trainedAt: new Date().toISOString() } };
  useAttributionModel(lang, draft);
  const devScores = scoreAttributions(dev, lang);
  const path = options.outputPath ?? modelPath(lang, ATTRIBUTION_TASK);
  saveAttributionModel(path, { ...draft, manifest: { ...draft.manifest, devScores, epochs: EPOCHS } }, lang);
  return { modelPath: path, devScores, seconds: (Date.now() - started) / 1000 };
}
