/**
 * `presscope eval parse`: gold tokenisation, predicted tags. The words of a CoNLL-U file become
 * the token layer of a document, which then goes through the pipeline stages that enrich tokens
 * (tagger, parser) exactly as in `analyze`; heads and relations are scored as in CoNLL 2018
 * (every word, punctuation included; LAS compares the universal part of the relation).
 */
import type { Sentence, Token } from '../record/schema.js';
import type { AnalysisLanguage, Stage } from '../pipeline/stage.js';
import { STAGES } from '../pipeline/stages.js';
import { type ConlluSentence, languageFromFileName, readConllu } from './conllu.js';
import { GoldFormatError } from './gold-error.js';
import { AttachmentScore } from '../parse/attachment-score.js';

export interface GoldTokenDocument {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/** Sentences per pseudo-document: large enough to amortise per-call costs, small enough to stay light. */
const SENTENCES_PER_DOCUMENT = 200;

/** The gold words as a document: surface tokens separated by spaces, multiword-token parts sharing their span. */
export function goldTokenDocument(sentences: readonly ConlluSentence[]): GoldTokenDocument {
  let text = '';
  const tokens: Token[] = [];
  const layer: Sentence[] = [];
  let mwt = 0;
  for (const sentence of sentences) {
    if (text.length > 0) text += ' ';
    const sentenceStart = text.length;
    const firstToken = tokens.length;
    sentence.tokens.forEach((surface, t) => {
      if (t > 0) text += ' ';
      const start = text.length;
      text += surface.form;
      const end = text.length;
      const [first, last] = surface.words;
      if (first === last) {
        tokens.push({ start, end });
      } else {
        for (let w = first; w <= last; w++) tokens.push({ start, end, form: sentence.words[w]!.form, mwt });
        mwt++;
      }
    });
    layer.push({ start: sentenceStart, end: text.length, firstToken, endToken: tokens.length });
  }
  return { text, tokens, sentences: layer };
}

/** The stages `analyze` runs on an existing token layer (tagger, parser), in pipeline order. */
export function tokenEnrichingStages(stages: readonly Stage[] = STAGES): Stage[] {
  return stages.filter((stage) => stage.requires.includes('tokens') && stage.provides.includes('tokens'));
}

export interface ParseScores {
  uas: number;
  las: number;
  words: number;
  sentences: number;
  wordsPerSecond: number;
}

/** Runs `stages` over the gold words and scores heads and relations over all words. */
export function scoreParse(sentences: readonly ConlluSentence[], lang: AnalysisLanguage, stages: readonly Stage[]): ParseScores {
  const score = new AttachmentScore();
  let seconds = 0;
  for (let from = 0; from < sentences.length; from += SENTENCES_PER_DOCUMENT) {
    const batch = sentences.slice(from, from + SENTENCES_PER_DOCUMENT);
    const doc = goldTokenDocument(batch);
    const started = process.hrtime.bigint();
    let layers: Partial<Record<string, unknown>> & { tokens: Token[]; sentences: Sentence[] } = { tokens: doc.tokens, sentences: doc.sentences };
    for (const stage of stages) {
      layers = { ...layers, ...stage.run({ text: doc.text, lang, meta: { origin: { format: 'text' } }, layers }) };
    }
    seconds += Number(process.hrtime.bigint() - started) / 1e9;
    batch.forEach((sentence, s) => {
      const first = doc.sentences[s]!.firstToken;
      sentence.words.forEach((gold, w) => {
        const predicted = layers.tokens[first + w]!;
        score.add(gold.head, gold.deprel, predicted.head === undefined ? 0 : predicted.head - first + 1, predicted.deprel);
      });
    });
  }
  const words = score.words;
  return { uas: score.uas, las: score.las, words, sentences: sentences.length, wordsPerSecond: Math.round(words / Math.max(seconds, 1e-9)) };
}

export async function evalParse(goldPath: string, options: { lang?: 'fr' | 'en' }): Promise<{ table: string; metrics: Record<string, unknown> }> {
  const lang = options.lang ?? languageFromFileName(goldPath);
  if (!lang) throw new GoldFormatError(goldPath, undefined, 'cannot tell the language from the file name; pass --lang fr|en');
  const sentences = readConllu(goldPath);
  const stages = tokenEnrichingStages();
  if (!stages.some((stage) => stage.name === 'parse')) throw new Error('the parse stage is not registered in src/pipeline/stages.ts');
  // Load the models before timing, so words/s measures analysis and not file loading.
  scoreParse(sentences.slice(0, 1), lang, stages);
  const scores = scoreParse(sentences, lang, stages);
  const rows: [string, string][] = [
    ['UAS', scores.uas.toFixed(2)],
    ['LAS', scores.las.toFixed(2)],
    ['words', String(scores.words)],
    ['sentences', String(scores.sentences)],
    ['words/s', String(scores.wordsPerSecond)],
  ];
  const table = [`parse (${lang}, predicted tags: ${stages.map((stage) => stage.name).join(' → ')}) ${goldPath}`,
    ...rows.map(([name, value]) => `${name.padEnd(10)} ${value.padStart(10)}`)].join('\n');
  return { table, metrics: { uas: scores.uas, las: scores.las, words_per_second: scores.wordsPerSecond } };
}
