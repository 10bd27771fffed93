/**
 * `presscope eval pos`: tags the words of a CoNLL-U file (gold tokenisation, as the contract
 * says) with the shipped model and scores UPOS, XPOS, UFeats and lemma accuracy over words.
 */
import type { AnalysisLanguage } from '../pipeline/stage.js';
import type { Token } from '../record/schema.js';
import { posModel } from '../tag/pos-model.js';
import { tagStage } from '../tag/stage.js';
import { type ConlluSentence, languageFromFileName, readConllu } from './conllu.js';
import { goldTokenDocument } from './parse.js';
import { GoldFormatError } from './gold-error.js';

export interface PosScores {
  upos: number;
  /** Null when the model predicts no XPOS or the gold file has none. */
  xpos: number | null;
  ufeats: number;
  lemma: number;
  words: number;
  wordsPerSecond: number;
}

/** Feature strings compare as sets of `Name=Value` pairs (order-insensitive). */
function canonicalFeats(feats: string | undefined): string {
  if (!feats || feats === '_') return '_';
  return feats.split('|').sort().join('|');
}

/** Sentences per pseudo-document given to the stage. */
const SENTENCES_PER_DOCUMENT = 200;

/** Runs the tag stage (as `analyze` does) over the gold words; one token array per sentence. */
function tagGoldWords(sentences: readonly ConlluSentence[], lang: AnalysisLanguage): Token[][] {
  const predictions: Token[][] = [];
  for (let from = 0; from < sentences.length; from += SENTENCES_PER_DOCUMENT) {
    const document = goldTokenDocument(sentences.slice(from, from + SENTENCES_PER_DOCUMENT));
    const { tokens } = tagStage.run({
      text: document.text,
      lang,
      meta: { origin: { format: 'text' } },
      layers: { tokens: document.tokens, sentences: document.sentences },
    });
    for (const sentence of document.sentences) predictions.push(tokens!.slice(sentence.firstToken, sentence.endToken));
  }
  return predictions;
}

/** Scores the model the tag stage uses for `lang` (see `posModel`/`usePosModel`). */
export function scorePos(sentences: readonly ConlluSentence[], lang: AnalysisLanguage): PosScores {
  // Load the model before the clock starts: throughput measures tagging, not the one-off load.
  const predictsXpos = posModel(lang).tagger.labels.xpos !== null;
  const started = process.hrtime.bigint();
  const predictions = tagGoldWords(sentences, lang);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let xposGold = 0;
  let ufeats = 0;
  let lemma = 0;
  sentences.forEach((sentence, s) => {
    sentence.words.forEach((gold, w) => {
      const predicted = predictions[s]![w]!;
      words++;
      if (predicted.upos === gold.upos) upos++;
      if (gold.xpos !== '_') {
        xposGold++;
        if (predicted.xpos === gold.xpos) xpos++;
      }
      if (canonicalFeats(predicted.feats) === canonicalFeats(gold.feats)) ufeats++;
      if (predicted.lemma === gold.lemma) lemma++;
    });
  });
  const percent = (count: number, total: number) => (total === 0 ? 0 : Math.round((10000 * count) / total) / 100);
  return {
    upos: percent(upos, words),
    xpos: predictsXpos && xposGold > 0 ? percent(xpos, xposGold) : null,
    ufeats: percent(ufeats, words),
    lemma: percent(lemma, words),
    words,
    wordsPerSecond: Math.round(words / Math.max(seconds, 1e-9)),
  };
}

export async function evalPos(goldPath: string, options: { lang?: 'fr' | 'en' }): Promise<{ table: string; metrics: Record<string, unknown> }> {
  const lang = options.lang ?? languageFromFileName(goldPath);
  if (!lang) throw new GoldFormatError(goldPath, undefined, 'cannot tell the language from the file name; pass --lang fr|en');
  const sentences = readConllu(goldPath);
  const scores = scorePos(sentences, lang);
  const rows: [string, string][] = [
    ['UPOS', `${scores.upos.toFixed(2)}`],
    ['XPOS', scores.xpos === null ? 'n/a' : scores.xpos.toFixed(2)],
    ['UFeats', scores.ufeats.toFixed(2)],
    ['Lemma', scores.lemma.toFixed(2)],
    ['words', String(scores.words)],
    ['words/s', String(scores.wordsPerSecond)],
  ];
  const table = [`pos (${lang}) ${goldPath}`, ...rows.map(([name, value]) => `${name.padEnd(8)} ${value.padStart(10)}`)].join('\n');
  return {
    table,
    metrics: { upos: scores.upos, xpos: scores.xpos, ufeats: scores.ufeats, lemma: scores.lemma, words_per_second: scores.wordsPerSecond },
  };
}
