import { z } from 'zod';
import { Span } from './span.js';

export const TimePrecision = z.enum([
  'minute', 'hour', 'day', 'day-uncertain', 'week', 'month', 'quarter', 'season', 'half', 'year', 'decade', 'century', 'vague',
]);

export const TimeExpression = Span.extend({
  text: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  /** TIMEX3 value: 2018-12-19, 2019-W15, P3D, PXD, PAST_REF, XXXX-12-19 … */
  value: z.string(),
  mod: z.string().optional(),
  /** TIMEX3 quantifier of a SET: `EVERY` for "chaque lundi". */
  quant: z.string().optional(),
  /** Resolved interval `[from, to)` as ISO dates, when the expression denotes a point or period of time. */
  from: z.string().optional(),
  to: z.string().optional(),
  precision: TimePrecision.optional(),
  /** What the value was computed from: the document date, an earlier expression, or nothing. */
  anchor: z.enum(['dct', 'previous', 'absolute', 'none']).optional(),
  anchorSpan: Span.optional(),
});
export type TimeExpression = z.infer<typeof TimeExpression>;
