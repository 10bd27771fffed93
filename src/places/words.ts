import type { Span } from '../record/layers/span.js';
import type { PlaceLanguageData } from './language-data.js';
import { ARABIC_ARTICLES } from './transliteration.js';

/** A word of the text as the place matcher sees it: elided articles and possessive 's split off. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case, apostrophes unified. */
  lower: string;
  capitalised: boolean;
  /** First word of a sentence, paragraph or title: its capital says nothing. */
  sentenceStart: boolean;
}

// Dotted abbreviations ("U.S.", "U.K.") are one word, so that they can be looked up as names.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-‑][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
// "al-Tanf", "ez-Zor": a lower-case Arabic article hyphenated to a capitalised name starts a name.
const ARABIC_ARTICLE_PREFIX = new RegExp(`^(?:${ARABIC_ARTICLES.join('|')})[-‑]\\p{Lu}`, 'u');
const SENTENCE_END = /[.!?:;«»"“”\n]/;

function isSentenceStart(text: string, start: number, starts: ReadonlySet<number>): boolean {
  if (starts.has(start)) return true;
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\u00a0' || c === '(' || c === '–' || c === '—' || c === '-') continue;
    // "John R. Bolton": the full stop of an initial does not end a sentence.
    if (c === '.' && i >= 1 && /\p{Lu}/u.test(text[i - 1]!) && (i < 2 || !/[\p{L}\p{N}]/u.test(text[i - 2]!))) return false;
    return SENTENCE_END.test(c);
  }
  return true;
}

/**
 * Splits the text into words with their offsets. The tokens layer is not used for this because
 * place names cut across its choices (hyphenated "Deir ez-Zor", elided "L’Iran"); sentence starts
 * come from the sentences layer when present.
 */
export function placeWords(text: string, lang: PlaceLanguageData, sentences: readonly Span[] = []): Word[] {
  const starts = new Set(sentences.map((s) => s.start));
  const words: Word[] = [];
  const push = (start: number, end: number) => {
    const surface = text.slice(start, end);
    words.push({
      start, end, text: surface, lower: surface.toLowerCase().replace(/’/g, "'"),
      capitalised: UPPER.test(surface) || ARABIC_ARTICLE_PREFIX.test(surface),
      sentenceStart: isSentenceStart(text, start, starts),
    });
  };
  for (const match of text.matchAll(WORD)) {
    let start = match.index;
    let end = start + match[0].length;
    const apostrophe = match[0].search(/['’]/);
    if (apostrophe > 0 && lang.elidedPrefixes.has(match[0].slice(0, apostrophe).toLowerCase())) {
      push(start, start + apostrophe);
      start += apostrophe + 1;
    }
    if (/['’]s$/i.test(text.slice(start, end)) && end - start > 2) end -= 2;
    if (start < end) push(start, end);
  }
  return words;
}
