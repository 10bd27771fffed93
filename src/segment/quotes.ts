import type { Paragraph, Quote } from '../record/schema.js';
import type { Span } from '../record/layers/span.js';
import type { Stage } from '../pipeline/stage.js';
import { isAlnumCode, isDigitCode, isLetterCode, isSpaceCode } from './chars.js';

/**
 * Quotation spans within each paragraph. Marks are paired with a stack, so quotes may nest and
 * may run over several sentences. « » ‹ › “ ” „ pair with their partners; a closing guillemet or
 * ” that meets a quote opened by another mark closes it anyway (news text mixes them: ‘non
 * militaire »); straight " alternate; ‘ ’ count only where they cannot be apostrophes (l’armée).
 * A quote still open at the end of its paragraph ends there with `closed: false`.
 */

const QUOTE_MARK = /[«»‹›“”„"‘’]/g;

interface OpenQuote {
  start: number;
  mark: string;
}

const PARTNER: Readonly<Record<string, string>> = { '»': '«', '›': '‹', '”': '“', '’': '‘', '"': '"' };
const LOW_OPENER = '„';

function isOpeningContext(text: string, at: number, paragraph: Span): boolean {
  const before = at > paragraph.start ? text.charCodeAt(at - 1) : 32;
  const after = at + 1 < paragraph.end ? text.charCodeAt(at + 1) : 32;
  return !isAlnumCode(before) && !isSpaceCode(after);
}

function contentBounds(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

function makeQuote(text: string, open: OpenQuote, close: string, closeStart: number, closeEnd: number, closed: boolean): Quote {
  const [contentStart, contentEnd] = contentBounds(text, open.start + open.mark.length, closeStart);
  return { start: open.start, end: closeEnd, contentStart, contentEnd, open: open.mark, close, closed };
}

function quotesOfParagraph(text: string, paragraph: Span, out: Quote[]): void {
  const stack: OpenQuote[] = [];
  /** Closes the quote at `index` in the stack; quotes opened inside it stay unclosed and end where it ends. */
  const closeAt = (index: number, mark: string, at: number) => {
    while (stack.length - 1 > index) out.push(makeQuote(text, stack.pop()!, '', at, at, false));
    out.push(makeQuote(text, stack.pop()!, mark, at, at + mark.length, true));
  };
  const innermost = (marks: string) => {
    for (let i = stack.length - 1; i >= 0; i--) if (marks.includes(stack[i]!.mark)) return i;
    return -1;
  };
  QUOTE_MARK.lastIndex = paragraph.start;
  for (let match = QUOTE_MARK.exec(text); match && match.index < paragraph.end; match = QUOTE_MARK.exec(text)) {
    const at = match.index;
    const mark = match[0];
    switch (mark) {
      case '«': case '‹': case '„':
        stack.push({ start: at, mark });
        break;
      case '“': {
        const low = innermost(LOW_OPENER);
        if (low >= 0 && low === stack.length - 1) closeAt(low, mark, at);
        else stack.push({ start: at, mark });
        break;
      }
      case '»': case '›': case '”': {
        const partner = innermost(mark === '”' ? `“${LOW_OPENER}` : PARTNER[mark]!);
        // a mismatched pair (‘…», “…») still closes the quote that is open
        const index = partner >= 0 ? partner : stack.length - 1;
        if (index >= 0) closeAt(index, mark, at);
        else if (mark === '”' && isOpeningContext(text, at, paragraph)) stack.push({ start: at, mark });
        break;
      }
      case '"': {
        const open = innermost('"');
        if (open >= 0) closeAt(open, mark, at);
        else if (!(at > paragraph.start && isDigitCode(text.charCodeAt(at - 1)))) stack.push({ start: at, mark });
        break;
      }
      case '‘':
        if (isOpeningContext(text, at, paragraph)) stack.push({ start: at, mark });
        break;
      case '’': {
        // an apostrophe unless it follows an open ‘ and no letter comes right after it
        const open = innermost('‘');
        const next = at + 1 < paragraph.end ? text.charCodeAt(at + 1) : 32;
        if (open >= 0 && !isLetterCode(next)) closeAt(open, mark, at);
        break;
      }
    }
  }
  while (stack.length > 0) out.push(makeQuote(text, stack.pop()!, '', paragraph.end, paragraph.end, false));
}

/** Every quotation span of the text, in text order (an enclosing quote before the quotes it contains). */
export function findQuotes(text: string, paragraphs: readonly Span[]): Quote[] {
  const quotes: Quote[] = [];
  for (const paragraph of paragraphs) quotesOfParagraph(text, paragraph, quotes);
  return quotes.sort((a, b) => a.start - b.start || b.end - a.end);
}

export const quoteStage: Stage = {
  name: 'quotes',
  requires: ['paragraphs'],
  provides: ['quotes'],
  run: ({ text, layers }) => ({ quotes: findQuotes(text, layers.paragraphs as Paragraph[]) }),
};
