import type { PublicationDate } from '../record/schema.js';
import { addMonths, dayNumber } from './calendar.js';

/**
 * The days the document creation time may stand for: one day when the date is known to the day,
 * the first and last day of the month or year otherwise. Expressions are resolved against each,
 * and where the answers differ the result keeps the uncertainty instead of inventing a day.
 */
export function referenceDays(date: PublicationDate | undefined): (number | undefined)[] {
  if (!date) return [undefined];
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date.value);
  if (!m) return [undefined];
  const y = Number(m[1]);
  if (m[3] !== undefined) return [dayNumber(y, Number(m[2]), Number(m[3]))];
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    const next = addMonths(y, month, 1);
    return [dayNumber(y, month, 1), dayNumber(next.y, next.m, 1) - 1];
  }
  return [dayNumber(y, 1, 1), dayNumber(y + 1, 1, 1) - 1];
}
