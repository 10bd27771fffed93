import type { DocumentMeta } from '../../record/schema.js';
import type { DocumentInput } from '../../pipeline/analyze.js';
import { parsePublicationDate } from '../dates.js';
import { outletFromSourceLine } from '../source-line.js';

/** `date 2019-04` (or `date 2019-04-08`) at the very start of a file, possibly running into the first sentence. */
const DATE_HEADER = /^[ \t\u00a0\ufeff]*date[ \t]+(\d{4}(?:-\d{2}){0,2})(?=[\s]|$)/i;
/** A closing `Source: …` line (also `Sources :`, `Via:`), as syndicated copy carries. */
const SOURCE_FOOTER = /(?:^|\n)([ \t]*(?:sources?|via)[ \t\u00a0]*:[ \t\u00a0]*(\S[^\n]*?))[ \t]*\s*$/i;

/**
 * Plain text, recognising the "dated text" convention: a `date YYYY-MM[-DD]` header gives the
 * publication date with its precision, a last `Source: …` line gives the outlet the text was
 * taken from. Both stay in the text (offsets are into the original); their spans are recorded.
 */
export function readPlainText(text: string, origin: DocumentMeta['origin']): DocumentInput {
  const meta: DocumentMeta = { origin: { ...origin, format: 'text' } };
  const header = DATE_HEADER.exec(text);
  const date = header ? parsePublicationDate(header[1]) : undefined;
  if (header && date) {
    meta.date = date;
    const start = header[0].search(/date/i);
    meta.header = { start, end: header[0].length };
    meta.origin.format = 'dated-text';
  }
  const footer = SOURCE_FOOTER.exec(text);
  if (footer && footer.index + footer[0].length === text.length) {
    const lineStart = footer.index + footer[0].indexOf(footer[1]!);
    meta.footer = { start: lineStart + footer[1]!.search(/\S/), end: lineStart + footer[1]!.length };
    meta.sourceRaw = footer[2]!.trim();
    meta.source = outletFromSourceLine(meta.sourceRaw);
  }
  return { text, meta };
}
