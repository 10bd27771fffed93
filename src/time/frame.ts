import type { Direction, PartOfDay, RefValue, Season, TimeUnit, TimexMod, TimexType } from './language.js';
import type { Capture } from './grammar.js';

/** What an expression says about time, before it is resolved against a date. */
export interface TimeFrame {
  year?: number;
  twoDigitYear?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** The nth weekday of the month (Thanksgiving: 4th Thursday of November); nth −1 is the last. */
  nthWeekday?: { weekday: number; nth: number; daysAfter?: number };
  /** A movable feast: days after Easter Sunday of its year. */
  easterOffset?: number;
  season?: Season;
  quarter?: number;
  half?: 1 | 2;
  /** First three digits of the decade's years (196 for the sixties); `decade2` when written with two digits. */
  decade?: number;
  decade2?: number;
  /** TIMEX3 century: 19 for the twentieth century. */
  century?: number;
  part?: PartOfDay;
  hour?: number;
  minute?: number;
  pm?: boolean;
  tz?: string;
  /** Offset from the document date in a unit ("hier", "last week"). */
  rel?: { unit: TimeUnit; offset: number };
  /** Offset from the previously mentioned date ("le lendemain", "cette date"). */
  anaph?: { unit: TimeUnit; offset: number; sameTimeOfYear?: boolean };
  dir?: Direction;
  amount?: number | 'X';
  unit?: TimeUnit;
  plural?: boolean;
  ord?: number;
  mod?: TimexMod;
  ref?: RefValue;
  refType?: TimexType;
  every?: boolean;
  setUnit?: TimeUnit;
  /** The period the text reports on ("the quarter", "the year-ago period"). */
  period?: boolean;
  /** Year as an offset from the document's ("July last year"). */
  yearOffset?: number;
  /** The week that holds the day the frame names ("the week of March 6"). */
  weekOf?: boolean;
  /** A day counted within a stretch of time ("the second day of an offensive"). */
  countedDay?: boolean;
  /** Days from the day the frame names ("the day after Christmas": 1). */
  dayShift?: number;
}

/** "2 at night" is still a.m.; from 6 on, "at night" is p.m. */
const EARLIEST_EVENING_HOUR = 6;

/**
 * Folds the captures of one group of a match into a frame; undefined when they contradict each other.
 * When a group names two days ("la nuit de samedi à dimanche"), the first one is the date.
 */
export function buildFrame(captures: readonly Capture[]): TimeFrame | undefined {
  const f: TimeFrame = {};
  for (const c of captures) {
    const v = c.value;
    const e = c.entry;
    if (e) {
      switch (e.cls) {
        case 'MONTH': f.month ??= e.month; break;
        case 'WEEKDAY': f.weekday ??= e.weekday; if (e.plural) f.plural = true; break;
        case 'UNIT': f.unit = e.unit; f.plural = e.plural; break;
        // "deux quinquennats" is ten years; "plusieurs quinquennats" stays an unknown amount.
        case 'TERM': f.unit = e.unit; f.plural = e.plural; f.amount = f.amount === 'X' ? 'X' : (f.amount ?? 1) * e.amount; break;
        case 'DEICTIC': f.rel = { unit: e.unit, offset: e.offset }; if (e.part) f.part = e.part; break;
        case 'DIR': case 'ANAPHDIR': f.dir = e.dir; break;
        case 'PART': f.part = e.part; if (e.plural) f.plural = true; break;
        case 'CLOCK': f.hour = e.hour; f.minute = e.minute; break;
        case 'AMPM': f.pm = e.pm; break;
        case 'MOD': case 'QMOD': f.mod ??= e.mod; break;
        case 'REF': f.ref = e.ref; f.refType = e.type; break;
        case 'SEASON': f.season = e.season; break;
        case 'QUARTER': f.quarter = e.quarter; break;
        case 'HALF': f.half = e.half; break;
        case 'DECADEWORD': f.decade2 = e.tens; break;
        case 'EVERY': f.every = true; break;
        case 'SETADJ': f.setUnit = e.unit; break;
        case 'ANAPH': f.anaph = { unit: e.unit, offset: e.offset, ...(e.sameTimeOfYear ? { sameTimeOfYear: true } : {}) }; break;
        case 'TZ': f.tz = e.tz; break;
        case 'NTHDAY': f.anaph = { unit: 'D', offset: 0 }; f.countedDay = true; break;
        case 'HOLIDAY':
          f.month = e.month;
          if (e.day !== undefined) f.day = e.day;
          else if (e.weekday !== undefined && e.nth !== undefined) f.nthWeekday = { weekday: e.weekday, nth: e.nth, daysAfter: e.daysAfter };
          break;
        case 'FEAST': f.easterOffset = e.easterOffset; if (e.week) f.weekOf = true; break;
        case 'ANDHALF':
          if (f.hour !== undefined) f.minute = 30;
          else if (typeof f.amount === 'number') f.amount += 0.5;
          break;
        case 'FUZZY': f.amount = 'X'; break;
        case 'PERIOD': f.period = true; break;
        case 'YEARREL': f.yearOffset = e.offset; break;
        case 'WEEKOF': f.weekOf = true; break;
        case 'DAYSHIFT': f.dayShift = e.days; break;
        default: break;
      }
    }
    switch (c.cls) {
      // A second figure makes a range of amounts ("two to three weeks"): the amount is not known.
      case 'NUM': f.amount = f.amount === undefined ? v : 'X'; break;
      case 'DAY': f.day ??= v; break;
      case 'MONTHNUM': f.month = v; break;
      case 'ORD': f.ord = v; break;
      case 'YEAR': case 'YEARW': f.year = v; break;
      case 'YEAR2': f.twoDigitYear = v; break;
      case 'HOUR': f.hour = v; break;
      case 'MIN': f.minute = v; break;
      case 'DECADE': case 'DECNUM':
        if (v! >= 100) f.decade = Math.floor(v! / 10); else f.decade2 = v! / 10;
        break;
      default: break;
    }
  }
  // "4 in the morning", "8 in the evening": the part of the day says a.m. or p.m.
  if (f.pm === undefined && f.hour !== undefined && f.part) f.pm = f.part !== 'MO' && !(f.part === 'NI' && f.hour < EARLIEST_EVENING_HOUR);
  if (f.pm !== undefined && f.hour !== undefined) {
    if (f.hour > 12) return undefined;
    if (f.pm && f.hour < 12) f.hour += 12;
    if (!f.pm && f.hour === 12) f.hour = 0;
  }
  // "the year two thousand": a number that names no amount of anything is a year.
  if (typeof f.amount === 'number' && f.unit === undefined && f.year === undefined && f.amount >= 1000 && f.amount <= 2099) {
    f.year = f.amount;
    f.amount = undefined;
  }
  // "the year-ago third quarter": the ordinal numbers the reported period.
  if (f.ord !== undefined && f.period) {
    if (f.ord > 4) return undefined;
    f.quarter = f.ord;
  } else if (f.ord !== undefined && f.unit !== undefined) {
    // An ordinal with a unit names a part of the calendar: "the third quarter", "20th century".
    if (f.unit === 'Q' && f.ord <= 4) f.quarter = f.ord;
    else if (f.unit === 'CE') f.century = f.ord - 1;
    // "la première semaine de 2016": of the part, only its year is kept.
    else if (f.year === undefined) return undefined;
    f.unit = undefined;
    f.ord = undefined;
  }
  // "le premier dimanche de juin", "le dernier samedi d'octobre": a weekday counted within its month;
  // "dernier" there counts from the end, it does not point to the past.
  if (f.weekday !== undefined && f.month !== undefined && f.day === undefined && (f.ord !== undefined || f.dir === 'past')) {
    f.nthWeekday = { weekday: f.weekday, nth: f.ord ?? -1 };
    f.weekday = undefined;
    f.ord = undefined;
    f.dir = undefined;
  }
  return f;
}
