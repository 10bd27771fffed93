import type { Layers } from '../record/schema.js';
import type { Span } from '../record/layers/span.js';
import type { AnalysisLanguage } from '../pipeline/stage.js';

/** A word or punctuation mark with its offsets; `lower` is the form used for lexicon look-ups. */
export interface Word extends Span {
  text: string;
  lower: string;
  /** Universal POS from the tagger when its layer is present. */
  upos?: string;
  /** The tagger says this is a finite verb (VerbForm=Fin). */
  finite?: boolean;
}

/** A quotation: outer span with the marks, inner span without them. */
export interface QuoteSpan extends Span {
  contentStart: number;
  contentEnd: number;
  closed: boolean;
}

/** A dash standing alone: hyphens ("-", "--") or typographic dashes. */
export function isDash(word: string): boolean {
  return /^[-–—―]+$/u.test(word);
}

/** A word holding a capital letter ("Trump", "al-Mayadeen", "FDS"), as names are written. */
export function isCapitalised(w: Word): boolean {
  return /\p{Lu}/u.test(w.text) && /\p{L}/u.test(w.text);
}

/** Whether `position` lies strictly inside one of the quotations (not on its opening mark). */
export function insideQuotation(quotes: readonly QuoteSpan[], position: number): boolean {
  return quotes.some((q) => q.start < position && position < q.end);
}

/**
 * French elided articles and pronouns are split off ("l'analyste" → "l'", "analyste") so that
 * the noun after them is looked up on its own, and so is an elided "qu'" spaced off its quotation ("ajoute qu' « … »");
 * other languages keep apostrophes inside words.
 */
const WORD_PATTERNS: Record<AnalysisLanguage, RegExp> = {
  fr: /''|``|\p{N}+(?:[.,\u00a0\u202f\u2009]\p{N}{3})*(?:,\p{N}+)?(?![\p{L}\p{N}])|(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])['’](?=\p{L})|(?:jusqu|lorsqu|puisqu|quoiqu|qu)['’](?=\s*[«“"])|[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*|\S/giu,
  en: /''|``|\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[-.'’&][\p{L}\p{N}]+)*|\S/gu,
};

/** Words of `text[start, end)`; the period of an abbreviation or an initial stays on its word ("Mrs.", "W."). */
export function tokenizeWords(text: string, start: number, end: number, lang: AnalysisLanguage, abbreviations?: ReadonlySet<string>): Word[] {
  const words: Word[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(WORD_PATTERNS[lang])) {
    const word = match[0];
    const at = start + match.index;
    const previous = words[words.length - 1];
    if (word === '.' && previous && previous.end === at && (abbreviations?.has(previous.text) || /^\p{Lu}$/u.test(previous.text))) {
      previous.end = at + 1;
      previous.text += '.';
      previous.lower += '.';
      continue;
    }
    // Typewriter quotation marks ('' and ``) are looked up as the double quote they stand for.
    const lower = word === "''" || word === '``' ? '"' : word.toLowerCase().replace(/’/g, "'");
    words.push({ start: at, end: at + word.length, text: word, lower });
  }
  return words;
}

/** The document's tagged tokens by start offset, built once per document (per sentence it was quadratic). */
export type TaggedTokens = ReadonlyMap<number, Layers['tokens'][number]>;

export function taggedTokensByStart(tokens: Layers['tokens'] | undefined): TaggedTokens {
  const byStart = new Map<number, Layers['tokens'][number]>();
  for (const token of tokens ?? []) if (token.upos && !byStart.has(token.start)) byStart.set(token.start, token);
  return byStart;
}

/** Copies the tagger's part of speech onto our words where a tagged token has the same span. */
export function attachTags(words: Word[], byStart: TaggedTokens): void {
  if (byStart.size === 0) return;
  for (const word of words) {
    const token = byStart.get(word.start);
    if (!token) continue;
    word.upos = token.upos;
    if (token.feats?.includes('VerbForm=Fin')) word.finite = true;
  }
}

const OPENERS: Record<string, string> = { '«': '»', '“': '”', '"': '"', '„': '“', "''": "''", '``': "''" };

/**
 * Quotation marks paired within a paragraph, for when the segmentation layer has no quotes. A
 * quote left open runs to the paragraph end (news style for quotes spanning paragraphs).
 */
export function findQuotes(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  for (const paragraph of paragraphs) {
    let i = paragraph.start;
    while (i < paragraph.end) {
      const mark = OPENERS[text.slice(i, i + 2)] !== undefined ? text.slice(i, i + 2) : text[i]!;
      const close = OPENERS[mark];
      if (close === undefined) { i++; continue; }
      let j = text.indexOf(close, i + mark.length);
      // A French quote sometimes opens with a stray English mark; accept either closer.
      if (text[i] === '«' && (j < 0 || j >= paragraph.end)) j = text.indexOf('”', i + 1);
      const closed = j >= 0 && j < paragraph.end;
      const end = closed ? j + close.length : paragraph.end;
      quotes.push({ start: i, end, contentStart: i + mark.length, contentEnd: closed ? j : paragraph.end, closed });
      i = end;
    }
  }
  return quotes;
}

/** The segmentation layer's quotes, plus quotations in marks it does not pair (typewriter '' … ''). */
export function quotesOf(layers: Readonly<Partial<Layers>>, text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const fromLayer: QuoteSpan[] = (layers.quotes ?? []).map((q) => ({ start: q.start, end: q.end, contentStart: q.contentStart, contentEnd: q.contentEnd, closed: q.closed }));
  const own = findQuotes(text, paragraphs).filter((q) => !fromLayer.some((l) => l.start < q.end && q.start < l.end));
  return [...fromLayer, ...own].sort((a, b) => a.start - b.start);
}

const SENTENCE_END = /[.!?…]+[»”"’)]*(?=\s+[«“"(\p{Lu}\p{N}‘'¿¡-])|[.!?…]+[»”"’)]*$/gu;

/**
 * Sentences for attribution: those of the segmentation layer when present, else a split at
 * sentence-final punctuation that skips abbreviations. Sentence breaks inside a closed quotation
 * are removed either way, since a quoted passage belongs to one reported statement.
 */
export function sentencesOf(
  text: string, layers: Readonly<Partial<Layers>>, paragraphs: readonly Span[], quotes: readonly QuoteSpan[], abbreviations: ReadonlySet<string>,
): Span[] {
  let sentences: Span[];
  if (layers.sentences && layers.sentences.length > 0) {
    sentences = layers.sentences.map((s) => ({ start: s.start, end: s.end }));
  } else {
    sentences = [];
    for (const paragraph of paragraphs) {
      const body = text.slice(paragraph.start, paragraph.end);
      let from = 0;
      for (const match of body.matchAll(SENTENCE_END)) {
        const before = body.slice(from, match.index).match(/([\p{L}.]+)$/u)?.[1] ?? '';
        if (match[0].startsWith('.') && (abbreviations.has(before) || /^\p{Lu}$/u.test(before))) continue;
        const end = match.index + match[0].length;
        sentences.push(trim(text, paragraph.start + from, paragraph.start + end));
        from = end;
      }
      if (from < body.length) sentences.push(trim(text, paragraph.start + from, paragraph.end));
    }
    sentences = sentences.filter((s) => s.end > s.start);
  }
  return mergeAcrossQuotes(sentences, quotes, text);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A short sentence after a quotation ending in ? or ! is its tail ("“…, no?” Freddy Ortega said."). */
const QUESTION_QUOTE_END = /[?!…][»”"'’]+$|[?!…]\s*»$/u;
const MAX_TAIL_WORDS = 8;

function mergeAcrossQuotes(sentences: Span[], quotes: readonly QuoteSpan[], text: string): Span[] {
  const merged: Span[] = [];
  for (const sentence of sentences) {
    const last = merged[merged.length - 1];
    const splitsQuote = last && quotes.some((q) => q.closed && q.start < last.end && q.end > sentence.start && q.end - q.start < 1500);
    const body = text.slice(sentence.start, sentence.end);
    const tail = last && QUESTION_QUOTE_END.test(text.slice(last.start, last.end)) && !/\n/.test(text.slice(last.end, sentence.start))
      && /^\p{L}/u.test(body) && !/^[«“"]/.test(body) && body.split(/\s+/).length <= MAX_TAIL_WORDS;
    if (last && (splitsQuote || tail)) last.end = sentence.end;
    else merged.push({ ...sentence });
  }
  return merged;
}
