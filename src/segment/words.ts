import type { Span } from '../record/layers/span.js';
import type { Token } from '../record/layers/segments.js';
import type { SegmentationRules } from './rules.js';
import { isAlnumCode, isLetterCode, isUpperCode, normaliseApostrophes } from './chars.js';

/**
 * Turns surface tokens into syntactic words: French contractions (du → de le) and English clitics
 * (don't → do n't) become multiword tokens whose words share the token's span and `mwt` number;
 * every word carries its analysis `form` when it differs from the text slice.
 */
export class WordExpander {
  private nextMwt = 0;

  private readonly longestContraction: number;

  constructor(private readonly rules: SegmentationRules) {
    this.longestContraction = Math.max(...[...rules.contractions.keys()].map((word) => word.length));
  }

  /** Appends to `out` the words of `tokens[from, to)` (one sentence). */
  expand(text: string, tokens: readonly Span[], from: number, to: number, out: Token[]): void {
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      const surface = text.slice(token.start, token.end);
      const form = normaliseApostrophes(surface);
      const parts = this.split(text, form, tokens, i, from);
      if (!parts) {
        out.push(form === surface ? { start: token.start, end: token.end } : { start: token.start, end: token.end, form });
        continue;
      }
      const mwt = this.nextMwt++;
      for (const part of parts) out.push({ start: token.start, end: token.end, form: part, mwt });
    }
  }

  private split(text: string, form: string, tokens: readonly Span[], i: number, sentenceStart: number): readonly string[] | undefined {
    const lower = form.length <= this.longestContraction || form.includes("'") ? form.toLowerCase() : '';
    const contraction = this.rules.contractions.get(lower);
    if (contraction) {
      if (lower === 'des' && this.isArticleDes(text, tokens, i, sentenceStart)) return undefined;
      return this.rules.lang === 'fr' ? matchCase(form, contraction) : cutLike(form, contraction);
    }
    return this.splitClitic(form, lower);
  }

  /** "des" is the indefinite article at a sentence start, after punctuation, the listed words or a verb ending. */
  private isArticleDes(text: string, tokens: readonly Span[], i: number, sentenceStart: number): boolean {
    if (i === sentenceStart) return true;
    const previous = tokens[i - 1]!;
    if (!isAlnumCode(text.charCodeAt(previous.end - 1))) return !isLetterCode(text.charCodeAt(previous.start));
    const word = normaliseApostrophes(text.slice(previous.start, previous.end)).toLowerCase();
    if (this.rules.articleDesAfter.has(word)) return true;
    if (word.length < 5 || this.rules.contractionDesAfterEndings.some((ending) => word.endsWith(ending))) return false;
    return this.rules.articleDesAfterEndings.some((ending) => word.endsWith(ending));
  }

  private splitClitic(form: string, lower: string): readonly string[] | undefined {
    if (this.rules.cliticSuffixes.length === 0 || !form.includes("'")) return undefined;
    for (const suffix of this.rules.cliticSuffixes) {
      if (lower.length <= suffix.length || !lower.endsWith(suffix)) continue;
      const hostEnd = form.length - suffix.length;
      if (!isLetterCode(form.charCodeAt(hostEnd - 1))) continue;
      // the cut is purely positional, which also gives UD's "ca n't", "wo n't"
      return [form.slice(0, hostEnd), form.slice(hostEnd)];
    }
    return undefined;
  }
}

/** French contractions keep the capital of their surface: "Du" → "De" "le". */
function matchCase(surface: string, words: readonly string[]): readonly string[] {
  if (!isUpperCode(surface.charCodeAt(0))) return words;
  return words.map((word, index) => (index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word));
}

/** English fused words are cut into pieces of the listed lengths: "Gonna" → "Gon" "na". */
function cutLike(surface: string, words: readonly string[]): readonly string[] {
  let offset = 0;
  return words.map((word) => surface.slice(offset, (offset += word.length)));
}
