import type { PublicationDate } from '../record/schema.js';

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads a publication date as precisely as it is given: `2019` (year), `2019-04` (month),
 * `2019-04-08` (day), an ISO date-time, or an RFC 822 date as RSS uses. Returns undefined for
 * anything else rather than guessing.
 */
export function parsePublicationDate(raw: string | undefined): PublicationDate | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const iso = ISO_PARTIAL.exec(value);
  if (iso) {
    const [, year, month, day, time] = iso;
    if (month && (Number(month) < 1 || Number(month) > 12)) return undefined;
    if (day && !validDay(Number(year), Number(month), Number(day))) return undefined;
    const precision = time ? 'time' : day ? 'day' : month ? 'month' : 'year';
    return { value, precision };
  }
  const millis = Date.parse(value);
  if (Number.isNaN(millis) || !/\d{4}/.test(value)) return undefined;
  const hasTime = /\d{1,2}:\d{2}/.test(value);
  const date = new Date(millis).toISOString();
  return hasTime ? { value: date.replace(/\.000Z$/, 'Z'), precision: 'time' } : { value: date.slice(0, 10), precision: 'day' };
}
