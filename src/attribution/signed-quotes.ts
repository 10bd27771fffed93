/**
 * Quotations signed with a dash: "“He represents our greatest shame.” ― Sonya Herridge". Pull
 * quotes, reader voices and epigraphs name their speaker after a dash at the end of the line, with
 * no reporting verb for the cue rules or the parse to find.
 */
import type { Span } from '../record/layers/span.js';
import type { Draft } from './frames.js';
import type { QuoteSpan } from './text-units.js';

/**
 * A dash after the closing mark (a comma may come between), then a name of one to four capitalised words (initials and
 * particles allowed) that ends the line, or that a lower-case title set off by a comma follows to the end of the sentence
 * ("« … », — Jean Dupont, ministre de l'Intérieur."): a credit line run into the paragraph.
 */
const SIGNATURE = /^[\s\u00a0]*,?[\s\u00a0]*([―—])[\s\u00a0]*(\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0]+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|del|la|le)){0,3}(?:,[\s\u00a0]+\p{Ll}[^.\n«»“”"]{0,100}(?=\.))?)[\s\u00a0.]*(?:\n|$|(?<=\.)[\s\u00a0]+(?=\p{Lu}|«))/u;

/** Drafts for the dash-signed quotations of a text, numbered by the sentence that holds the dash. */
export function signedQuotes(text: string, quotes: readonly QuoteSpan[], sentences: readonly Span[]): Draft[] {
  const drafts: Draft[] = [];
  for (const quote of quotes) {
    if (!quote.closed) continue;
    const signature = SIGNATURE.exec(text.slice(quote.end, quote.end + 80));
    if (!signature) continue;
    const dash = quote.end + signature[0].indexOf(signature[1]!);
    const nameStart = quote.end + signature[0].indexOf(signature[2]!, dash - quote.end + 1);
    const name = signature[2]!.replace(/[\s\u00a0.]+$/u, '');
    const sentence = Math.max(0, sentences.findIndex((s) => s.start <= dash && dash < s.end));
    drafts.push({
      frame: 'subject-verb', cue: [{ start: dash, end: dash + 1 }], content: [{ start: quote.start, end: quote.end }],
      source: [{ start: nameStart, end: nameStart + name.length }], stance: 'reports', sentence, contentAfter: false, relativeSource: false,
    });
  }
  return drafts;
}
