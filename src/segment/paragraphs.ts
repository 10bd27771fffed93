import type { Paragraph } from '../record/schema.js';
import type { Stage } from '../pipeline/stage.js';
import type { Span } from '../record/layers/span.js';

const BLANK_LINE = /\n[ \t\u00a0]*\r?\n\s*/g;

/** Shrinks `[start, end)` past surrounding whitespace. */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function overlaps(a: Span, b: Span | undefined): b is Span {
  return b !== undefined && a.start < b.end && b.start < a.end;
}

/**
 * Paragraphs are blocks separated by blank lines. A date header that runs into the first line
 * ("date 2019-04 Selon la chaîne…") is cut off the paragraph it starts; a "Source: …" footer stays
 * a paragraph of its own with the role `footer`, so later stages can tell it from the article body
 * while offsets remain those of the original text.
 */
export function splitParagraphs(text: string, header?: Span, footer?: Span): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const push = (start: number, end: number) => {
    let span = trimSpan(text, start, end);
    if (overlaps(span, header)) span = trimSpan(text, Math.max(span.start, header.end), span.end);
    if (span.start === span.end) return;
    paragraphs.push({ ...span, role: overlaps(span, footer) ? 'footer' : 'body' });
  };
  let from = 0;
  for (const gap of text.matchAll(BLANK_LINE)) {
    push(from, gap.index);
    from = gap.index + gap[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

export const paragraphStage: Stage = {
  name: 'paragraphs',
  requires: [],
  provides: ['paragraphs'],
  run: ({ text, meta }) => ({ paragraphs: splitParagraphs(text, meta.header, meta.footer) }),
};
