import { performance } from 'node:perf_hooks';
import { analyze } from '../pipeline/analyze.js';
import { paragraphStage } from '../segment/paragraphs.js';
import { tokenStage } from '../segment/tokens.js';
import { normaliseApostrophes } from '../segment/chars.js';
import type { Token } from '../record/schema.js';
import { languageFromFileName, readConllu, type ConlluSentence } from './conllu.js';
import { GoldFormatError } from './gold-error.js';

/**
 * `presscope eval segment`: tokens, words and sentences scored as in the CoNLL 2018 shared task.
 * Spans are counted in non-whitespace characters, so the gold file and the system's text are
 * compared character by character whatever the spacing; words inside multiword tokens are aligned
 * by the longest common subsequence of their lower-cased forms.
 */

/** A span in non-whitespace character positions, plus what word alignment needs. */
export interface AlignedUnit {
  start: number;
  end: number;
  form: string;
  multiword: boolean;
}

export interface Score {
  gold: number;
  system: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

function score(gold: number, system: number, correct: number): Score {
  const precision = system ? correct / system : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, system, correct, precision, recall, f1 };
}

/** Units with identical spans (tokens, sentences); both lists sorted by position. */
export function matchSpans(gold: readonly AlignedUnit[], system: readonly AlignedUnit[]): Score {
  let correct = 0;
  let g = 0;
  let s = 0;
  while (g < gold.length && s < system.length) {
    const a = gold[g]!;
    const b = system[s]!;
    if (a.start === b.start && a.end === b.end) { correct++; g++; s++; }
    else if (a.start < b.start || (a.start === b.start && a.end < b.end)) g++;
    else s++;
  }
  return score(gold.length, system.length, correct);
}

function sameForm(a: AlignedUnit, b: AlignedUnit): boolean {
  return normaliseApostrophes(a.form).toLowerCase() === normaliseApostrophes(b.form).toLowerCase();
}

function beyondEnd(words: readonly AlignedUnit[], i: number, end: number): boolean {
  if (i >= words.length) return true;
  const word = words[i]!;
  return word.multiword ? word.start >= end : word.end > end;
}

function extendEnd(word: AlignedUnit, end: number): number {
  return word.multiword && word.end > end ? word.end : end;
}

/** Aligned words inside one multiword region, by longest common subsequence. */
function alignRegion(gold: readonly AlignedUnit[], system: readonly AlignedUnit[]): number {
  const rows = gold.length;
  const cols = system.length;
  const lcs: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let g = rows - 1; g >= 0; g--) {
    for (let s = cols - 1; s >= 0; s--) {
      lcs[g]![s] = sameForm(gold[g]!, system[s]!)
        ? 1 + lcs[g + 1]![s + 1]!
        : Math.max(lcs[g + 1]![s]!, lcs[g]![s + 1]!);
    }
  }
  return lcs[0]![0]!;
}

/** Words aligned as in the CoNLL 2018 evaluation script (spans, then LCS within multiword regions). */
export function matchWords(gold: readonly AlignedUnit[], system: readonly AlignedUnit[]): Score {
  let correct = 0;
  let gi = 0;
  let si = 0;
  while (gi < gold.length && si < system.length) {
    if (gold[gi]!.multiword || system[si]!.multiword) {
      let end: number;
      if (gold[gi]!.multiword) {
        end = gold[gi]!.end;
        if (!system[si]!.multiword && system[si]!.start < gold[gi]!.start) si++;
      } else {
        end = system[si]!.end;
        if (!gold[gi]!.multiword && gold[gi]!.start < system[si]!.start) gi++;
      }
      const gs = gi;
      const ss = si;
      while (!beyondEnd(gold, gi, end) || !beyondEnd(system, si, end)) {
        if (gi < gold.length && (si >= system.length || gold[gi]!.start <= system[si]!.start)) end = extendEnd(gold[gi++]!, end);
        else end = extendEnd(system[si++]!, end);
      }
      if (gi > gs && si > ss) correct += alignRegion(gold.slice(gs, gi), system.slice(ss, si));
    } else {
      const a = gold[gi]!;
      const b = system[si]!;
      if (a.start === b.start && a.end === b.end) { correct++; gi++; si++; }
      else if (a.start <= b.start) gi++;
      else si++;
    }
  }
  return score(gold.length, system.length, correct);
}

/** Units of one side of the comparison. */
export interface SegmentUnits {
  tokens: AlignedUnit[];
  words: AlignedUnit[];
  sentences: AlignedUnit[];
}

export interface SegmentScores {
  tokens: Score;
  words: Score;
  sentences: Score;
}

export function scoreSegmentation(gold: SegmentUnits, system: SegmentUnits): SegmentScores {
  return {
    tokens: matchSpans(gold.tokens, system.tokens),
    words: matchWords(gold.words, system.words),
    sentences: matchSpans(gold.sentences, system.sentences),
  };
}

function nonSpaceLength(form: string): number {
  return form.replace(/\s/gu, '').length;
}

/** Gold units, appended at non-whitespace position `offset`; returns the position after them. */
function goldUnits(sentence: ConlluSentence, offset: number, into: SegmentUnits): number {
  const sentenceStart = offset;
  for (const token of sentence.tokens) {
    const end = offset + nonSpaceLength(token.form);
    into.tokens.push({ start: offset, end, form: token.form, multiword: false });
    const multiword = token.words[1] > token.words[0];
    for (let w = token.words[0]; w <= token.words[1]; w++) {
      into.words.push({ start: offset, end, form: sentence.words[w]!.form, multiword });
    }
    offset = end;
  }
  into.sentences.push({ start: sentenceStart, end: offset, form: '', multiword: false });
  return offset;
}

/** The sentence's text: its `# text` when it matches the token forms, else the forms with their spacing. */
function sentenceText(sentence: ConlluSentence): string {
  const fromForms = sentence.tokens.map((t, i) => t.form + (t.spaceAfter && i < sentence.tokens.length - 1 ? ' ' : '')).join('');
  const text = sentence.text?.trim();
  if (text && text.replace(/\s/gu, '') === fromForms.replace(/\s/gu, '')) return text;
  return fromForms;
}

/** A system input: sentences joined by a space, paragraphs by a blank line (per the eval contract). */
export interface GoldDocument {
  text: string;
  sentences: ConlluSentence[];
}

/** Groups sentences by `# newdoc`; a file without it is one document, without `# newpar` one paragraph. */
export function goldDocuments(sentences: readonly ConlluSentence[]): GoldDocument[] {
  const documents: GoldDocument[] = [];
  let current: GoldDocument | undefined;
  for (const sentence of sentences) {
    const text = sentenceText(sentence);
    if (!current || sentence.newDoc) {
      current = { text, sentences: [sentence] };
      documents.push(current);
      continue;
    }
    current.text += (sentence.newPar ? '\n\n' : ' ') + text;
    current.sentences.push(sentence);
  }
  return documents;
}

/** System units of a document's tokens and sentences, in non-whitespace positions from `offset`. */
function systemUnits(text: string, tokens: readonly Token[], sentences: readonly { start: number; end: number }[], offset: number, into: SegmentUnits): void {
  const position = new Int32Array(text.length + 1);
  let count = offset;
  for (let i = 0; i < text.length; i++) {
    position[i] = count;
    if (!/\s/u.test(text[i]!)) count++;
  }
  position[text.length] = count;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const start = position[token.start]!;
    const end = position[token.end]!;
    const multiword = token.mwt !== undefined;
    if (!multiword || tokens[i - 1]?.mwt !== token.mwt) into.tokens.push({ start, end, form: text.slice(token.start, token.end), multiword: false });
    into.words.push({ start, end, form: token.form ?? text.slice(token.start, token.end), multiword });
  }
  for (const sentence of sentences) into.sentences.push({ start: position[sentence.start]!, end: position[sentence.end]!, form: '', multiword: false });
}

function percent(value: number): number {
  return Math.round(value * 10000) / 100;
}

function formatTable(file: string, lang: string, scores: SegmentScores, wordsPerSecond: number, coldWordsPerSecond: number): string {
  const row = (name: string, s: Score) =>
    `${name.padEnd(10)}${String(s.gold).padStart(8)}${String(s.system).padStart(8)}${String(s.correct).padStart(9)}`
    + `${percent(s.precision).toFixed(2).padStart(11)}${percent(s.recall).toFixed(2).padStart(9)}${percent(s.f1).toFixed(2).padStart(8)}`;
  return [
    `segment ${file} (${lang})`,
    `${'metric'.padEnd(10)}${'gold'.padStart(8)}${'system'.padStart(8)}${'correct'.padStart(9)}${'precision'.padStart(11)}${'recall'.padStart(9)}${'F1'.padStart(8)}`,
    row('tokens', scores.tokens),
    row('words', scores.words),
    row('sentences', scores.sentences),
    `speed: ${Math.round(wordsPerSecond)} words/s (paragraphs + tokens + sentences; first, cold pass ${Math.round(coldWordsPerSecond)} words/s)`,
  ].join('\n');
}

/** Segments every document once; returns the records and the words per second of that pass. */
function segmentDocuments(documents: readonly GoldDocument[], lang: 'fr' | 'en') {
  const started = performance.now();
  const records = documents.map((document) =>
    analyze({ text: document.text, meta: { origin: { format: 'text' } }, declaredLang: lang }, [paragraphStage, tokenStage]));
  const seconds = (performance.now() - started) / 1000;
  const words = records.reduce((sum, record) => sum + record.layers.tokens.length, 0);
  return { records, wordsPerSecond: seconds > 0 ? words / seconds : 0 };
}

export async function evalSegment(goldPath: string, options: { lang?: 'fr' | 'en' }): Promise<{ table: string; metrics: Record<string, unknown> }> {
  const lang = options.lang ?? languageFromFileName(goldPath);
  if (!lang) throw new GoldFormatError(goldPath, undefined, 'cannot tell the language: pass --lang fr|en or name the file fr_… / en_…');
  const documents = goldDocuments(readConllu(goldPath));
  const gold: SegmentUnits = { tokens: [], words: [], sentences: [] };
  const system: SegmentUnits = { tokens: [], words: [], sentences: [] };
  // the first pass is scored; a second, identical pass measures throughput once the JIT has warmed
  // up, as in a long-running pipeline (a dev file is too small for the cold pass to mean much)
  const { records, wordsPerSecond: coldWordsPerSecond } = segmentDocuments(documents, lang);
  const { wordsPerSecond } = segmentDocuments(documents, lang);
  let goldOffset = 0;
  let systemOffset = 0;
  documents.forEach((document, index) => {
    for (const sentence of document.sentences) goldOffset = goldUnits(sentence, goldOffset, gold);
    const { tokens, sentences } = records[index]!.layers;
    systemUnits(document.text, tokens, sentences, systemOffset, system);
    systemOffset += nonSpaceLength(document.text);
  });
  const scores = scoreSegmentation(gold, system);
  return {
    table: formatTable(goldPath, lang, scores, wordsPerSecond, coldWordsPerSecond),
    metrics: {
      tokens_f1: percent(scores.tokens.f1),
      words_f1: percent(scores.words.f1),
      sentences_f1: percent(scores.sentences.f1),
      words_per_second: Math.round(wordsPerSecond),
    },
  };
}
