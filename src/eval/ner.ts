/**
 * `presscope eval ner`: tags the tokens of each sentence of a `TOKEN<TAB>TAG` file and scores
 * entities conlleval-style (exact span and type), micro-averaged, with per-type scores. Sentences
 * are read in file order, each after the earlier ones of its document (`# doc` comments; a file
 * without them is one stream), as `analyze` reads the sentences of an article.
 */
import { type BioSentence, readBioFile } from '../ner/bio-file.js';
import { ENTITY_TYPES, type LabelSpan, labelIndex, spansOfLabels } from '../ner/bio.js';
import { type NerModel, nerModel } from '../ner/ner-model.js';
import { GoldFormatError } from './gold-error.js';
import { languageFromFileName } from './conllu.js';

export interface PrfScores {
  p: number;
  r: number;
  f1: number;
}

export interface NerScores {
  precision: number;
  recall: number;
  f1: number;
  perType: Record<string, PrfScores>;
  words: number;
  wordsPerSecond: number;
}

function prf(correct: number, predicted: number, gold: number): PrfScores {
  const p = predicted === 0 ? 0 : correct / predicted;
  const r = gold === 0 ? 0 : correct / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const round = (x: number) => Math.round(x * 10000) / 100;
  return { p: round(p), r: round(r), f1: round(f1) };
}

const spanKey = (span: LabelSpan) => `${span.start}:${span.end}:${span.type}`;

export function scoreNer(model: NerModel, sentences: readonly BioSentence[]): NerScores {
  const started = process.hrtime.bigint();
  const predictions = model.tagger.tagInOrder(sentences);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const counts = new Map<string, { correct: number; predicted: number; gold: number }>(ENTITY_TYPES.map((type) => [type, { correct: 0, predicted: 0, gold: 0 }]));
  let words = 0;
  sentences.forEach((sentence, s) => {
    words += sentence.words.length;
    const gold = spansOfLabels(sentence.tags.map(labelIndex));
    const predicted = spansOfLabels(predictions[s]!);
    const goldKeys = new Set(gold.map(spanKey));
    for (const span of gold) counts.get(span.type)!.gold++;
    for (const span of predicted) {
      const count = counts.get(span.type)!;
      count.predicted++;
      if (goldKeys.has(spanKey(span))) count.correct++;
    }
  });
  const total = [...counts.values()].reduce((sum, c) => ({ correct: sum.correct + c.correct, predicted: sum.predicted + c.predicted, gold: sum.gold + c.gold }), { correct: 0, predicted: 0, gold: 0 });
  const overall = prf(total.correct, total.predicted, total.gold);
  const perType = Object.fromEntries([...counts].map(([type, c]) => [type, prf(c.correct, c.predicted, c.gold)]));
  return { precision: overall.p, recall: overall.r, f1: overall.f1, perType, words, wordsPerSecond: Math.round(words / Math.max(seconds, 1e-9)) };
}

export async function evalNer(goldPath: string, options: { lang?: 'fr' | 'en' }): Promise<{ table: string; metrics: Record<string, unknown> }> {
  const lang = options.lang ?? languageFromFileName(goldPath);
  if (!lang) throw new GoldFormatError(goldPath, undefined, 'cannot tell the language from the file name; pass --lang fr|en');
  const sentences = readBioFile(goldPath);
  const scores = scoreNer(nerModel(lang), sentences);
  const line = (name: string, s: PrfScores) => `${name.padEnd(8)} ${s.p.toFixed(2).padStart(8)} ${s.r.toFixed(2).padStart(8)} ${s.f1.toFixed(2).padStart(8)}`;
  const table = [
    `ner (${lang}) ${goldPath}: ${scores.words} tokens, ${scores.wordsPerSecond} words/s`,
    `${'type'.padEnd(8)} ${'P'.padStart(8)} ${'R'.padStart(8)} ${'F1'.padStart(8)}`,
    ...ENTITY_TYPES.map((type) => line(type, scores.perType[type]!)),
    line('all', { p: scores.precision, r: scores.recall, f1: scores.f1 }),
  ].join('\n');
  return {
    table,
    metrics: { precision: scores.precision, recall: scores.recall, f1: scores.f1, per_type: scores.perType, words_per_second: scores.wordsPerSecond },
  };
}
