/** Day arithmetic on proleptic Gregorian day numbers (days since 1970-01-01), free of time zones. */

const MS_PER_DAY = 86_400_000;

export interface YMD { y: number; m: number; d: number }

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(n: number): YMD {
  const date = new Date(n * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterDay(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO 8601 week of a day: the week belongs to the year of its Thursday. */
export function isoWeek(n: number): { year: number; week: number } {
  const thursday = n - weekdayOf(n) + 4;
  const year = fromDayNumber(thursday).y;
  return { year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}

/** Monday of ISO week `week` of `year`. */
export function isoWeekMonday(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - weekdayOf(jan4) + 1 + (week - 1) * 7;
}

/** Adds months to a (year, month) pair. */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12 + 12) % 12 + 1 };
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isoDay(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}
