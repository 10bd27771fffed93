/**
 * Markup left in a plain text ("<tweet tweet-id=\"78…\">", "<tweet/>", "</p>"): embedded posts and
 * tags that are not prose, so no attribution cue lies inside them.
 */
import type { Span } from '../record/layers/span.js';

const TAG = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>/g;

export function markupSpans(text: string): Span[] {
  if (!text.includes('<')) return [];
  return [...text.matchAll(TAG)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
