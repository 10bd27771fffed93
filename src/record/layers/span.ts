import { z } from 'zod';

/** UTF-16 code-unit offset into the document text (a JavaScript string index). */
export const Offset = z.number().int().nonnegative();

/** A half-open `[start, end)` range of the original text. */
export const Span = z.object({ start: Offset, end: Offset });
export type Span = z.infer<typeof Span>;
