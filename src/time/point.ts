import type { PartOfDay, Season } from './language.js';
import { addMonths, dayNumber, fromDayNumber, isoDay, isoWeek, isoWeekMonday, pad } from './calendar.js';

/** A resolved calendar point at some granularity; `day` is a day number (see calendar.ts). */
export type Point =
  | { gran: 'century'; century: number }
  | { gran: 'decade'; decade: number }
  | { gran: 'year'; y: number }
  | { gran: 'season'; y: number; season: Season }
  | { gran: 'half'; y: number; half: 1 | 2 }
  | { gran: 'quarter'; y: number; quarter: number }
  | { gran: 'month'; y: number; m: number }
  | { gran: 'week'; year: number; week: number; weekend?: boolean }
  | { gran: 'day'; day: number; part?: PartOfDay; hour?: number; minute?: number; tz?: string };

export type Precision = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'half' | 'year' | 'decade' | 'century';

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function seasonStartMonth(season: Season): number {
  return SEASON_START[season];
}

/** How a language's TimeBank writes values that differ between corpora. */
export interface ValueStyle { decadeSuffix: string; timeZoneInValue: boolean }

/** TIMEX3 value of a point: 2018-12-19, 2019-W15, 2019-Q2, 2019-SU, 199X, 2019-04-08T19:30 … */
export function pointValue(p: Point, style: ValueStyle): string {
  switch (p.gran) {
    case 'century': return pad(p.century);
    case 'decade': return `${p.decade}${style.decadeSuffix}`;
    case 'year': return pad(p.y, 4);
    case 'season': return `${pad(p.y, 4)}-${p.season}`;
    case 'half': return `${pad(p.y, 4)}-H${p.half}`;
    case 'quarter': return `${pad(p.y, 4)}-Q${p.quarter}`;
    case 'month': return `${pad(p.y, 4)}-${pad(p.m)}`;
    case 'week': return `${pad(p.year, 4)}-W${pad(p.week)}${p.weekend ? '-WE' : ''}`;
    case 'day': {
      const date = isoDay(p.day);
      if (p.hour !== undefined) return `${date}T${pad(p.hour)}:${pad(p.minute ?? 0)}${style.timeZoneInValue ? p.tz ?? '' : ''}`;
      return p.part ? `${date}T${p.part}` : date;
    }
  }
}

/** An unknown day of a point, its missing components written X: 1998-10-XX in October 1998, 1998-XX-XX in 1998. */
export function someDayValue(p: Point, style: ValueStyle): string {
  if (p.gran === 'month') return `${pointValue(p, style)}-XX`;
  if (p.gran === 'year') return `${pointValue(p, style)}-XX-XX`;
  return pointValue(p, style);
}

/** The interval `[from, to)` a point covers, as day numbers. */
export function pointInterval(p: Point): { from: number; to: number } {
  switch (p.gran) {
    case 'century': return { from: dayNumber(p.century * 100, 1, 1), to: dayNumber(p.century * 100 + 100, 1, 1) };
    case 'decade': return { from: dayNumber(p.decade * 10, 1, 1), to: dayNumber(p.decade * 10 + 10, 1, 1) };
    case 'year': return { from: dayNumber(p.y, 1, 1), to: dayNumber(p.y + 1, 1, 1) };
    case 'season': {
      const start = SEASON_START[p.season];
      const end = addMonths(p.y, start, 3);
      return { from: dayNumber(p.y, start, 1), to: dayNumber(end.y, end.m, 1) };
    }
    case 'half': return { from: dayNumber(p.y, p.half * 6 - 5, 1), to: p.half === 1 ? dayNumber(p.y, 7, 1) : dayNumber(p.y + 1, 1, 1) };
    case 'quarter': {
      const start = (p.quarter - 1) * 3 + 1;
      const end = addMonths(p.y, start, 3);
      return { from: dayNumber(p.y, start, 1), to: dayNumber(end.y, end.m, 1) };
    }
    case 'month': {
      const end = addMonths(p.y, p.m, 1);
      return { from: dayNumber(p.y, p.m, 1), to: dayNumber(end.y, end.m, 1) };
    }
    case 'week': {
      const monday = isoWeekMonday(p.year, p.week);
      return p.weekend ? { from: monday + 5, to: monday + 7 } : { from: monday, to: monday + 7 };
    }
    case 'day': return { from: p.day, to: p.day + 1 };
  }
}

export function pointPrecision(p: Point): Precision {
  if (p.gran === 'day') return p.hour === undefined ? 'day' : p.minute === undefined ? 'hour' : 'minute';
  return p.gran;
}

export function weekPoint(day: number, weekend = false): Point {
  const { year, week } = isoWeek(day);
  return { gran: 'week', year, week, weekend };
}

/** The point of a unit containing `day`, moved by `offset` units. */
export function unitPoint(unit: string, day: number, offset: number): Point | undefined {
  const { y, m } = fromDayNumber(day);
  switch (unit) {
    case 'D': return { gran: 'day', day: day + offset };
    case 'W': return weekPoint(day + 7 * offset);
    case 'WE': return weekPoint(day + 7 * offset, true);
    case 'M': { const t = addMonths(y, m, offset); return { gran: 'month', y: t.y, m: t.m }; }
    case 'Q': { const t = addMonths(y, m, 3 * offset); return { gran: 'quarter', y: t.y, quarter: Math.floor((t.m - 1) / 3) + 1 }; }
    case 'Y': return { gran: 'year', y: y + offset };
    case 'DE': return { gran: 'decade', decade: Math.floor(y / 10) + offset };
    case 'CE': return { gran: 'century', century: Math.floor(y / 100) + offset };
    default: return undefined;
  }
}
