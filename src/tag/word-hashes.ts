/**
 * Per-word attribute hashes computed once per sentence, so that building the features of a
 * token is only integer mixing (no string work in the tagger's inner loop).
 */
import { hashString } from '../ml/feature-hash.js';
import { wordShape, wordShapeLong } from '../ml/word-shape.js';

/** Attributes of a word, in this order, in `WordHashes.values`. */
export const WordAttr = {
  Lower: 0,
  Exact: 1,
  Suffix1: 2,
  Suffix2: 3,
  Suffix3: 4,
  Suffix4: 5,
  Suffix5: 6,
  Prefix1: 7,
  Prefix2: 8,
  Prefix3: 9,
  Shape: 10,
  ShapeLong: 11,
} as const;

export const WORD_ATTR_COUNT = 12;

/** Lower-cased with digits folded to 0, so that numbers share statistics. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[0-9]/g, '0');
}

const BOUNDARY = ['<s>', '</s>'].map((marker) => new Array<number>(WORD_ATTR_COUNT).fill(hashString(marker)));

/**
 * Memo of computed attribute hashes: news vocabulary is Zipfian, so most words are seen again.
 * Cleared when full to bound memory.
 */
const MEMO_LIMIT = 100_000;
const memo = new Map<string, Uint32Array>();

export function wordAttributeHashes(word: string, into: Uint32Array, at: number): void {
  let hashes = memo.get(word);
  if (hashes === undefined) {
    hashes = new Uint32Array(WORD_ATTR_COUNT);
    computeAttributeHashes(word, hashes, 0);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, hashes);
  }
  // A loop, not `into.set`: the builtin's call overhead outweighs copying 12 values.
  for (let a = 0; a < WORD_ATTR_COUNT; a++) into[at + a] = hashes[a]!;
}

function computeAttributeHashes(word: string, into: Uint32Array, at: number): void {
  const lower = normalizeWord(word);
  into[at + WordAttr.Lower] = hashString(lower);
  into[at + WordAttr.Exact] = hashString(word);
  into[at + WordAttr.Suffix1] = hashString(lower.slice(-1));
  into[at + WordAttr.Suffix2] = hashString(lower.slice(-2));
  into[at + WordAttr.Suffix3] = hashString(lower.slice(-3));
  into[at + WordAttr.Suffix4] = hashString(lower.slice(-4));
  into[at + WordAttr.Suffix5] = hashString(lower.slice(-5));
  into[at + WordAttr.Prefix1] = hashString(lower.slice(0, 1));
  into[at + WordAttr.Prefix2] = hashString(lower.slice(0, 2));
  into[at + WordAttr.Prefix3] = hashString(lower.slice(0, 3));
  into[at + WordAttr.Shape] = hashString(wordShape(word));
  into[at + WordAttr.ShapeLong] = hashString(wordShapeLong(word));
}

/**
 * Hashes of the words of a sentence with two boundary words on each side:
 * word i's attribute a is at `(i + 2) * WORD_ATTR_COUNT + a`.
 */
export function sentenceWordHashes(words: readonly string[]): Uint32Array {
  const values = new Uint32Array((words.length + 4) * WORD_ATTR_COUNT);
  values.set(BOUNDARY[0]!, 0);
  values.set(BOUNDARY[0]!, WORD_ATTR_COUNT);
  for (let i = 0; i < words.length; i++) wordAttributeHashes(words[i]!, values, (i + 2) * WORD_ATTR_COUNT);
  values.set(BOUNDARY[1]!, (words.length + 2) * WORD_ATTR_COUNT);
  values.set(BOUNDARY[1]!, (words.length + 3) * WORD_ATTR_COUNT);
  return values;
}
