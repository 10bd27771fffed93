import { hashString } from '../ml/feature-hash.js';
import type { TagDoubt } from '../tag/tagger.js';

/** What the parser needs to know about one syntactic word. */
export interface ParseWord {
  form: string;
  upos?: string;
  xpos?: string;
  feats?: string;
  /** The tagger's near-miss tags, absent when it was sure (and for gold tags). */
  doubt?: TagDoubt;
}

/** Distinct values for positions outside the sentence, so "nothing there" is itself a feature. */
export const NONE = 0x0badf00d;
export const ROOT = 0x00c0ffee;

/**
 * Feature values of a sentence, hashed once per word so the transition loop touches only ints.
 * Index `length` is the artificial root, placed at the end of the buffer.
 */
export interface EncodedSentence {
  readonly length: number;
  /** Lowercased word form. */
  readonly word: Int32Array;
  /** Tag used by the parser (see parserTag). */
  readonly tag: Int32Array;
  /**
   * UPOS alone: when the tagger gets the fine tag wrong it often still gets the coarse one right,
   * and coarse features also pool the statistics of related fine tags.
   */
  readonly coarse: Int32Array;
  /** Last three letters of words longer than four, else the word: a clue to rare words' category. */
  readonly suffix: Int32Array;
  /** Morphological features (Case, VerbForm, PronType...), for telling relations apart. */
  readonly morph: Int32Array;
  /**
   * `coarse` and `tag` joined with the tagger's runner-up and how close it came, so the parser
   * learns how far to trust a tag ("NOUN, nearly PROPN"); equal to them where the tagger was sure.
   */
  readonly hedgedCoarse: Int32Array;
  readonly hedgedTag: Int32Array;
}

const FINE_FEATURES = /(?:^|\|)(VerbForm=[A-Za-z]+)/;

/**
 * UPOS refined by XPOS where the treebank has one (English PTB tags already tell VBN from VBG
 * from VB), else by the verb form (French participle, infinitive or finite verb). Adding a
 * redundant feature would only add the tagger's mistakes on it.
 */
function parserTag(word: ParseWord): string {
  const upos = word.upos ?? '_';
  const xpos = word.xpos && word.xpos !== '_' ? word.xpos : '';
  const verbForm = !xpos && word.feats ? FINE_FEATURES.exec(word.feats)?.[1] ?? '' : '';
  return `${upos}/${xpos}/${verbForm}`;
}

export function encodeSentence(words: readonly ParseWord[]): EncodedSentence {
  const n = words.length;
  const word = new Int32Array(n + 1);
  const tag = new Int32Array(n + 1);
  const coarse = new Int32Array(n + 1);
  const suffix = new Int32Array(n + 1);
  const morph = new Int32Array(n + 1);
  const hedgedCoarse = new Int32Array(n + 1);
  const hedgedTag = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lower = w.form.toLowerCase();
    word[i] = hashString(lower) | 0;
    tag[i] = hashString(parserTag(w)) | 0;
    coarse[i] = hashString(w.upos ?? '_') | 0;
    suffix[i] = hashString(lower.length > 4 ? lower.slice(-3) : lower) | 0;
    morph[i] = hashString(w.feats ?? '_') | 0;
    hedgedCoarse[i] = w.doubt?.upos ? hashString(`${w.upos}>${w.doubt.upos}`) | 0 : coarse[i]!;
    hedgedTag[i] = w.doubt?.xpos ? hashString(`${w.xpos}>${w.doubt.xpos}`) | 0 : tag[i]!;
  }
  word[n] = ROOT;
  tag[n] = ROOT;
  coarse[n] = ROOT;
  suffix[n] = ROOT;
  morph[n] = ROOT;
  hedgedCoarse[n] = ROOT;
  hedgedTag[n] = ROOT;
  return { length: n, word, tag, coarse, suffix, morph, hedgedCoarse, hedgedTag };
}
