/**
 * `presscope train attribution --lang en`: learns the attribution model from PolNeAR train and scores it on dev.
 * With `--hold-out K` it trains on train without its K-th sixth and scores that sixth instead, so that
 * choices are made on text dev never sees.
 */
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
/** PolNeAR train is held out in contiguous sixths, in file order (sixth 1: articles 1–140). */
export const HOLD_OUT_PARTS = 6;

/** Train without its `part`-th sixth (1-based), and that sixth. */
export function holdOutSplit<T>(articles: readonly T[], part: number): { rest: T[]; heldOut: T[] } {
  if (!Number.isInteger(part) || part < 1 || part > HOLD_OUT_PARTS) throw new Error(`attribution: --hold-out takes 1 to ${HOLD_OUT_PARTS}, not ${part}`);
  const size = Math.ceil(articles.length / HOLD_OUT_PARTS);
  const first = (part - 1) * size;
  return { rest: [...articles.slice(0, first), ...articles.slice(first + size)], heldOut: articles.slice(first, first + size) };
}

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
  const share = (part: number, whole: number) => (whole ? Math.round((10000 * part) / whole) / 100 : 0);
  return {
    content_f1_overlap: percent(counts.overlap, counts.gold, counts.system),
    content_f1_exact: percent(counts.exact, counts.gold, counts.system),
    source_accuracy: share(counts.sourceCorrect, counts.withSource),
    cue_f1_overlap: percent(counts.cueMatched, counts.cueGold, counts.cueSystem),
    content_precision_overlap: share(counts.overlap, counts.system),
    content_recall_overlap: share(counts.overlap, counts.gold),
  };
}

export async function trainAttribution(lang: 'fr' | 'en', options: TrainOptions = {}): Promise<TrainResult> {
  if (lang !== 'en') throw new Error('attribution: only English has training data (French uses the rule-based path)');
  const started = Date.now();
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  const data = ATTRIBUTION_DATA[lang];
  const part = options.holdOut;
  const scored = part === undefined ? data.dev : `sixth ${part} of ${data.train}`;
  log(`attribution ${lang}: analysing ${data.train}${part === undefined ? ` and ${data.dev}` : ''}`);
  const all = analyseGold(sharedPath('data', 'attribution', data.train), lang);
  const { rest: train, heldOut } = part === undefined ? { rest: all, heldOut: [] } : holdOutSplit(all, part);
  const evaluated = part === undefined ? analyseGold(sharedPath('data', 'attribution', data.dev), lang) : heldOut;
  const weights = learnAttributionModel(train, { seed, epochs: EPOCHS, log });
  const trainingData = part === undefined ? [data.train] : [`${data.train} without sixth ${part}`];
  const draft: AttributionModel = { ...weights, manifest: { trainingData, seed, devScores: {}, trainedAt: new Date().toISOString() } };
  useAttributionModel(lang, draft);
  log(`attribution ${lang}: scoring ${scored}`);
  const devScores = scoreAttributions(evaluated, lang);
  // A held-out model is an experiment: it replaces the shipped one only where --out says.
  const path = options.outputPath ?? (part === undefined ? modelPath(lang, ATTRIBUTION_TASK) : undefined);
  if (path !== undefined) saveAttributionModel(path, { ...draft, manifest: { ...draft.manifest, devScores, epochs: EPOCHS } }, lang);
  return { modelPath: path ?? '(not saved)', devScores, seconds: (Date.now() - started) / 1000 };
}
