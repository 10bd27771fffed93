/**
 * Content spans meet quotation marks: the parse of a quoted passage is cut by sentence splits and
 * by punctuation hung on the main clause, so learned contents are mended along the quotes.
 */
import type { Span } from '../record/layers/span.js';
import type { Draft } from './frames.js';
import type { QuoteSpan } from './text-units.js';

const CLOSING_QUOTE = /^[.,!?…]*(?:''|[”"’])/u;

/**
 * A quotation opened in the content closes with it: the parser hangs the final punctuation and
 * closing mark on the main clause, but the quoted words end there ("called it “deplorable.”").
 */
export function closeQuote(text: string, span: Span): Span {
  const body = text.slice(span.start, span.end);
  const opens = (body.match(/[“]/gu)?.length ?? 0) - (body.match(/[”]/gu)?.length ?? 0);
  // Straight and typewriter ('' … '') marks open and close alike: an odd count leaves one open.
  const straight = (body.match(/"/g)?.length ?? 0) % 2 === 1 || (body.match(/''/g)?.length ?? 0) % 2 === 1;
  if (opens <= 0 && !straight) return span;
  const tail = CLOSING_QUOTE.exec(text.slice(span.end, span.end + 4));
  return tail ? { start: span.start, end: span.end + tail[0].length } : span;
}

/** Paragraph-length limit of a quotation that a content piece may grow into. */
const MAX_QUOTE = 1500;

/**
 * A content piece that begins or ends a quotation covers all of it: sentence splits inside a
 * quoted passage cut the parse, not the statement ("“It doesn’t make sense. The model fails,” he said").
 */
export function wholeQuote(quotes: readonly QuoteSpan[], piece: Span): Span {
  const q = quotes.find((q) => q.closed && q.end - q.start < MAX_QUOTE && q.start < piece.end && piece.start < q.end);
  if (!q) return piece;
  const endsIt = Math.abs(piece.end - q.end) <= 1;
  const startsIt = piece.start <= q.contentStart;
  if (endsIt && piece.start > q.start) return { start: q.start, end: Math.max(piece.end, q.end) };
  if (startsIt && piece.end < q.end && piece.start >= q.start) return { start: piece.start, end: q.end };
  return piece;
}

/**
 * "“It never crossed my mind,” she said, months after her release": when a whole quotation on one
 * side of the cue is the content, the words on the other side are the writer's, not the speaker's.
 */
export function quotedSide(quotes: readonly QuoteSpan[], cue: Span, content: Span[]): Span[] {
  const isQuote = (piece: Span) => quotes.some((q) => q.closed && q.start === piece.start && q.end === piece.end);
  const quote = content.find(isQuote);
  if (!quote) return content;
  const before = quote.end <= cue.start;
  return content.filter((piece) => isQuote(piece) || (piece.end <= cue.start) === before);
}

/**
 * Between a statement's frame and the quotation that continues it: punctuation, or the rest of the
 * frame's sentence, which may end its paragraph (news quotes a speaker over several paragraphs).
 */
function continuesAfter(gap: string): boolean {
  const sentence = gap.replace(/[.!?]\s*\n\s*$/u, '. ');
  return !/[\n“”"«»]/u.test(sentence) && (/^[\s,.;:—–-]*$/u.test(sentence) || sentence.length < MAX_FRAME_TAIL && /[.!?]\s+$/u.test(sentence));
}

/** Longest rest of a frame's sentence before the quotation that continues it ("…,” Graham, a former candidate, told CBS News on Super Tuesday, when …. “But …”). */
const MAX_FRAME_TAIL = 250;

/**
 * "“Here comes Big Daddy,” she said. “The Donald.”", also when the quotation opens the next
 * paragraph: a quotation right after the cue and source of a quoted statement continues it, unless
 * another statement claims it.
 */
export function continueQuotes(text: string, quotes: readonly QuoteSpan[], drafts: Draft[]): Draft[] {
  const claimed = (q: QuoteSpan) => drafts.some((d) => d.content.some((c) => c.start < q.end && q.start < c.end));
  for (const draft of drafts) {
    const last = draft.content[draft.content.length - 1]!;
    const frameEnd = Math.max(...[...draft.cue, ...draft.source].map((s) => s.end));
    if (!quotes.some((q) => q.closed && q.end === last.end) || last.end > draft.cue[0]!.start) continue;
    const next = quotes.find((q) => q.start >= frameEnd && continuesAfter(text.slice(frameEnd, q.start)));
    if (next && !claimed(next)) draft.content.push({ start: next.start, end: next.end });
  }
  return drafts;
}
