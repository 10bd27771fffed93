import * as fr from '../lang/fr/segmentation.js';
import * as en from '../lang/en/segmentation.js';
import { BOUNDARY_WEIGHTS as FRENCH_BOUNDARIES } from '../lang/fr/sentence-boundaries.js';
import { BOUNDARY_WEIGHTS as ENGLISH_BOUNDARIES } from '../lang/en/sentence-boundaries.js';
import type { AnalysisLanguage } from '../pipeline/stage.js';
import { boundaryModel, type BoundaryModel } from './boundary-model.js';

/** A language's segmentation data, indexed for the tokenizer and the sentence splitter. */
export interface SegmentationRules {
  readonly lang: AnalysisLanguage;
  readonly abbreviations: ReadonlySet<string>;
  readonly numberAbbreviations: ReadonlySet<string>;
  readonly nonFinalAbbreviations: ReadonlySet<string>;
  readonly sentenceStarters: ReadonlySet<string>;
  /** French lists run sentences together with ";" before a capital. */
  readonly semicolonBreaksBeforeCapital: boolean;
  /** English web text starts sentences in lower case after an unquoted "?" or "!". */
  readonly questionBreaksBeforeLowerCase: boolean;
  /** Breaks between a word and a capitalised word, where no punctuation ends the sentence. */
  readonly unpunctuatedBreaks: BoundaryModel;
  /** French: elided words split after their apostrophe (lower case, no apostrophe). */
  readonly elisions: ReadonlySet<string>;
  readonly elisionExceptions: ReadonlySet<string>;
  /** French: hyphenated clitic pronouns, longest first. */
  readonly hyphenClitics: readonly string[];
  readonly hyphenCliticExceptions: ReadonlySet<string>;
  /** French: digits grouped by spaces form one number ("20 000"). */
  readonly spaceGroupedNumbers: boolean;
  /** Units split off a number they are glued to (lower case). */
  readonly numberUnits: ReadonlySet<string>;
  /** French: clock times are split at their "h" (21h30 → 21 h 30). */
  readonly splitClockTimes: boolean;
  /** English: hyphens split words except after these prefixes; French keeps hyphenated words. */
  readonly splitHyphens: boolean;
  readonly hyphenPrefixes: ReadonlySet<string>;
  /** Multiword tokens: lower-case surface → syntactic words. */
  readonly contractions: ReadonlyMap<string, readonly string[]>;
  readonly articleDesAfter: ReadonlySet<string>;
  readonly articleDesAfterEndings: readonly string[];
  readonly contractionDesAfterEndings: readonly string[];
  readonly cliticSuffixes: readonly string[];
}

const FRENCH: SegmentationRules = {
  lang: 'fr',
  abbreviations: new Set(fr.ABBREVIATIONS),
  numberAbbreviations: new Set(fr.NUMBER_ABBREVIATIONS),
  nonFinalAbbreviations: new Set(fr.NON_FINAL_ABBREVIATIONS),
  sentenceStarters: new Set(fr.SENTENCE_STARTERS),
  unpunctuatedBreaks: boundaryModel(FRENCH_BOUNDARIES),
  semicolonBreaksBeforeCapital: true,
  questionBreaksBeforeLowerCase: false,
  elisions: new Set(fr.ELISIONS),
  elisionExceptions: new Set(fr.ELISION_EXCEPTIONS),
  hyphenClitics: [...fr.HYPHEN_CLITICS].sort((a, b) => b.length - a.length),
  hyphenCliticExceptions: new Set(fr.HYPHEN_CLITIC_EXCEPTIONS),
  spaceGroupedNumbers: true,
  splitClockTimes: true,
  numberUnits: new Set(fr.NUMBER_UNITS),
  splitHyphens: false,
  hyphenPrefixes: new Set(),
  contractions: new Map(Object.entries(fr.CONTRACTIONS)),
  articleDesAfter: new Set(fr.ARTICLE_DES_AFTER),
  articleDesAfterEndings: fr.ARTICLE_DES_AFTER_ENDINGS,
  contractionDesAfterEndings: fr.CONTRACTION_DES_AFTER_ENDINGS,
  cliticSuffixes: [],
};

const ENGLISH: SegmentationRules = {
  lang: 'en',
  abbreviations: new Set(en.ABBREVIATIONS),
  numberAbbreviations: new Set(en.NUMBER_ABBREVIATIONS),
  nonFinalAbbreviations: new Set(en.NON_FINAL_ABBREVIATIONS),
  sentenceStarters: new Set(en.SENTENCE_STARTERS),
  unpunctuatedBreaks: boundaryModel(ENGLISH_BOUNDARIES),
  semicolonBreaksBeforeCapital: false,
  questionBreaksBeforeLowerCase: true,
  elisions: new Set(),
  elisionExceptions: new Set(),
  hyphenClitics: [],
  hyphenCliticExceptions: new Set(),
  spaceGroupedNumbers: false,
  splitClockTimes: false,
  numberUnits: new Set(en.NUMBER_UNITS),
  splitHyphens: true,
  hyphenPrefixes: new Set(en.HYPHEN_PREFIXES),
  contractions: new Map(Object.entries(en.FUSED_WORDS)),
  articleDesAfter: new Set(),
  articleDesAfterEndings: [],
  contractionDesAfterEndings: [],
  cliticSuffixes: en.CLITIC_SUFFIXES,
};

export function segmentationRules(lang: AnalysisLanguage): SegmentationRules {
  return lang === 'fr' ? FRENCH : ENGLISH;
}
