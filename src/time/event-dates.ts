import type { AnalysisRecord, TimeExpression } from '../record/schema.js';
import type { Span } from '../record/layers/span.js';

export interface EventDate {
  from: string;
  to: string;
  precision: NonNullable<TimeExpression['precision']>;
  value: string;
  span: Span;
}

/**
 * The times of a record that place something on the calendar (dates and times with an interval),
 * for the store and the web page; durations, recurrences and vague references are left out.
 */
export function eventDates(record: Pick<AnalysisRecord, 'layers'>): EventDate[] {
  return (record.layers.times ?? [])
    .filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.from !== undefined && t.to !== undefined && t.precision !== 'vague')
    .map((t) => ({ from: t.from!, to: t.to!, precision: t.precision!, value: t.value, span: { start: t.start, end: t.end } }));
}
