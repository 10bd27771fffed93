/**
 * Text of a document that is not its prose, so no attribution cue lies inside it: markup left in a
 * plain text ("<tweet tweet-id=\"78…\">", "<tweet/>", "</p>"), tags of embedded posts, and the
 * publisher's notes appended to an article ("Editor’s note: Donald Trump regularly incites …",
 * "CORRECTION: An article on Monday misstated …"), which speak about the article, not the news.
 */
import type { Span } from '../record/layers/span.js';

const TAG = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>/g;

/**
 * A line that opens with the note's label, through the end of its paragraph; a label alone on its
 * line ("CORRECTION:") also takes the paragraph after it. PolNeAR's annotators skip these notes
 * (train: 21 of 24 hold no attribution).
 */
const PUBLISHER_NOTE = /^[ \t\u00a0]*(?:editor[’']s note|correction)[ \t\u00a0]*:(?:[ \t\u00a0]*\r?\n(?:[ \t\u00a0]*\r?\n)*)?[^\n]*(?:\r?\n(?![ \t\u00a0]*\r?\n)[^\n]*)*/gimu;

export function nonProseSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (text.includes('<')) for (const m of text.matchAll(TAG)) spans.push({ start: m.index, end: m.index + m[0].length });
  if (text.includes(':')) for (const m of text.matchAll(PUBLISHER_NOTE)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans.sort((a, b) => a.start - b.start);
}
