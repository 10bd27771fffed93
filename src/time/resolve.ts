import type { RuleKind, TimeRule, TimeUnit, TimexType } from './language.js';
import type { TimeFrame } from './frame.js';
import type { Tense } from './tense.js';
import { dayNumber, daysInMonth, easterDay, fromDayNumber, isValidDate, pad, weekdayOf } from './calendar.js';
import { pointInterval, seasonStartMonth, unitPoint, type Point } from './point.js';

export type Anchor = 'dct' | 'previous' | 'absolute' | 'none';

/** What the expression was resolved against: the document date (one day of it) and the dates mentioned before. */
export interface ResolveContext {
  /** A day of the document creation time, or undefined when the article is undated. */
  ref?: number;
  previous?: Point;
  /** The year of the date that opens the sentence before a comma ("Four years ago, the race was decided in December"). */
  sentenceYear?: number;
  previousDay?: Point & { gran: 'day' };
  /** The quarter last mentioned: the period a financial report is about. */
  lastQuarter?: Point & { gran: 'quarter' };
  /**
   * The year whose first months a report has just covered ("for the nine months"): until another
   * date is named, the year-ago figures are that stretch of the previous year, written as the year.
   */
  yearToDate?: number;
  /** The day the reported period ends on, when the text gives it ("the quarter ended July 31"). */
  periodEnd?: number;
  tense?: Tense;
  /** See TenseCues.futureWeekdayReach. */
  futureWeekdayReach: number;
  /** The day each weekday named so far stood for: an article names one week, so "dimanche" twice is one Sunday. */
  namedWeekdays?: Map<number, number>;
}

export type Resolution =
  /** `someDay`: one day of the point, unknown ("that same day" after "last October"), written 1998-10-XX. */
  | { kind: 'point'; type: TimexType; point: Point; anchor: Anchor; duration?: string; someDay?: boolean }
  | { kind: 'value'; type: TimexType; value: string; anchor: Anchor; quant?: string; refPoint?: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF' };

type Direction = 'past' | 'future' | undefined;

/** Where a date without a year lies: its own direction word, else the tense of its clause. */
function directionOf(f: TimeFrame, tense: Tense | undefined): Direction {
  if (f.dir === 'past' || f.dir === 'future') return f.dir;
  if (tense === 'since') return 'past';
  if (tense === 'deadline') return 'future';
  return tense === 'present' ? undefined : tense;
}

/**
 * How many months ahead of the document date a month no verb places may lie. News mostly tells what
 * has happened: in TimeBank and AQUAINT, a month half a year away lies behind 12 times for 2 ahead,
 * seven months behind 7 times, five ahead never.
 */
const UNTENSED_MONTH_REACH = 5;
const HALF_YEAR_MONTHS = 6;

/**
 * Year of a month (and day) given the document date, the direction the clause points to and its tense
 * (a present clause is neutral; no tense at all leans to the past).
 */
function chooseYear(month: number, ref: number, direction: Direction, tense: Tense | undefined): number {
  const r = fromDayNumber(ref);
  // Months are compared, not days: "said it would pay on Jan. 14" in a 7 January article is
  // this January, whatever tense the clause's nearest verb has.
  if (direction === 'past') return month <= r.m ? r.y : r.y - 1;
  if (direction === 'future') {
    const y = month >= r.m ? r.y : r.y + 1;
    // A deadline of a past clause more than half a year ahead has passed: "By Jan. 18, the lead had gone", told in February.
    return tense === 'deadline' && (y - r.y) * 12 + month - r.m > HALF_YEAR_MONTHS ? y - 1 : y;
  }
  // Otherwise the nearest occurrence, within half a year of the document date, or a month later behind with no tense.
  const reach = tense === undefined ? UNTENSED_MONTH_REACH : HALF_YEAR_MONTHS;
  const diff = month - r.m;
  if (diff > reach) return r.y - 1;
  if (diff < reach - 12) return r.y + 1;
  return r.y;
}

function chooseWeekday(weekday: number, ref: number, direction: Direction | 'this', explicit: boolean, futureReach: number): number {
  const current = weekdayOf(ref);
  let back = (current - weekday + 7) % 7;
  let forward = (weekday - current + 7) % 7;
  if (direction === 'this') return ref - current + weekday;
  // "vendredi dernier" / "next Monday" never mean today.
  if (explicit && back === 0) back = 7;
  if (explicit && forward === 0) forward = 7;
  if (direction === 'past') return ref - back;
  if (direction === 'future' && (explicit || forward <= futureReach)) return ref + forward;
  return back <= 4 ? ref - back : ref + forward;
}

const HALF_YEAR_DAYS = 183;
const FIRST_MONTH_OF_SECOND_HALF = 7;

/** Year of a movable feast: as for a month, but its day moves with Easter, so days are compared. */
function chooseFeastYear(easterOffset: number, ref: number, direction: Direction, week: boolean): number {
  const y = fromDayNumber(ref).y;
  const feast = easterDay(y) + easterOffset;
  // The week that holds the feast has begun on its Monday ("as Easter week began", on Palm Sunday).
  const day = week ? feast - weekdayOf(feast) + 1 : feast;
  if (direction === 'past') return day <= ref ? y : y - 1;
  if (direction === 'future') return day >= ref ? y : y + 1;
  if (day - ref > HALF_YEAR_DAYS) return y - 1;
  return ref - day > HALF_YEAR_DAYS ? y + 1 : y;
}

function expandTwoDigitYear(yy: number, ref: number | undefined): number {
  const refYear = ref === undefined ? 2000 : fromDayNumber(ref).y;
  const candidate = Math.floor(refYear / 100) * 100 + yy;
  return candidate > refYear + 10 ? candidate - 100 : candidate;
}

function withTimeOfDay(point: Point, f: TimeFrame): Point {
  if (point.gran !== 'day') return point;
  if (f.hour !== undefined) return { gran: 'day', day: point.day, hour: f.hour, minute: f.minute, tz: f.tz };
  if (f.part) return { gran: 'day', day: point.day, part: f.part };
  return { gran: 'day', day: point.day };
}

const typeOf = (f: TimeFrame): TimexType => (f.hour !== undefined || f.part ? 'TIME' : 'DATE');

/** Without a document date, what the expression says is kept and the rest written X: XXXX-12-19. */
function unanchored(f: TimeFrame, type: TimexType): Resolution | undefined {
  const time = f.hour !== undefined ? `T${pad(f.hour)}:${pad(f.minute ?? 0)}` : f.part ? `T${f.part}` : '';
  let value: string | undefined;
  if (f.month !== undefined) value = `XXXX-${pad(f.month)}${f.day !== undefined ? `-${pad(f.day)}${time}` : ''}`;
  else if (f.weekday !== undefined) value = `XXXX-WXX-${f.weekday}${time}`;
  else if (f.season) value = `XXXX-${f.season}`;
  else if (f.quarter !== undefined) value = `XXXX-Q${f.quarter}`;
  return value === undefined ? undefined : { kind: 'value', type, value, anchor: 'none' };
}

function nthWeekdayOfMonth(y: number, m: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = dayNumber(y, m, 1);
    return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1);
  }
  const last = dayNumber(y, m, 1) + daysInMonth(y, m) - 1;
  return last - ((weekdayOf(last) - weekday + 7) % 7);
}

const DEADLINE_REACH_OF_PAST_CLAUSE_DAYS = 31;

const DAYS_PER_WEEK = 7;
const NOON = 12;

/** The calendar point of a `point` frame. */
function resolvePoint(f: TimeFrame, ctx: ResolveContext): Resolution | undefined {
  const { ref } = ctx;
  const type = typeOf(f);
  const direction = directionOf(f, ctx.tense);
  // A direction word ("next March") outweighs the clause: a deadline told in the past does not move it.
  const clauseTense = f.dir === undefined ? ctx.tense : undefined;
  const done = (named: Point, anchor: Anchor): Resolution => {
    const point: Point = f.dayShift && named.gran === 'day' ? { gran: 'day', day: named.day + f.dayShift } : named;
    const week = f.weekOf && point.gran === 'day' ? unitPoint('W', point.day, 0) : undefined;
    return { kind: 'point', type, point: week ?? withTimeOfDay(point, f), anchor };
  };

  if (f.century !== undefined) return done({ gran: 'century', century: f.century }, 'absolute');
  if (f.decade !== undefined) return done({ gran: 'decade', decade: f.decade }, 'absolute');
  if (f.decade2 !== undefined) {
    const refYear = ref === undefined ? 2000 : fromDayNumber(ref).y;
    const decade = Math.floor(refYear / 100) * 10 + f.decade2;
    return done({ gran: 'decade', decade: decade * 10 > refYear ? decade - 10 : decade }, ref === undefined ? 'absolute' : 'dct');
  }
  if (f.yearOffset !== undefined && ref === undefined) return undefined;
  const relativeYear = f.yearOffset !== undefined ? fromDayNumber(ref!).y + f.yearOffset : undefined;
  let year = f.year ?? (f.twoDigitYear !== undefined ? expandTwoDigitYear(f.twoDigitYear, ref) : relativeYear);
  if (f.nthWeekday && f.month !== undefined) {
    if (ref === undefined && year === undefined) return undefined;
    const y = year ?? chooseYear(f.month, ref!, direction, clauseTense);
    const { weekday, nth, daysAfter } = f.nthWeekday;
    return done({ gran: 'day', day: nthWeekdayOfMonth(y, f.month, weekday, nth) + (daysAfter ?? 0) }, year !== undefined ? 'absolute' : 'dct');
  }
  if (f.easterOffset !== undefined) {
    if (ref === undefined && year === undefined) return undefined;
    const y = year ?? chooseFeastYear(f.easterOffset, ref!, direction, f.weekOf === true);
    return done({ gran: 'day', day: easterDay(y) + f.easterOffset }, year !== undefined ? 'absolute' : 'dct');
  }
  if (year !== undefined) {
    const anchor: Anchor = relativeYear === undefined ? 'absolute' : 'dct';
    if (f.month !== undefined && f.day !== undefined) {
      return isValidDate(year, f.month, f.day) ? done({ gran: 'day', day: dayNumber(year, f.month, f.day) }, anchor) : undefined;
    }
    if (f.month !== undefined) return done({ gran: 'month', y: year, m: f.month }, anchor);
    if (f.season) return done({ gran: 'season', y: year, season: f.season }, anchor);
    if (f.quarter !== undefined) return done({ gran: 'quarter', y: year, quarter: f.quarter }, anchor);
    if (f.half !== undefined) return done({ gran: 'half', y: year, half: f.half }, anchor);
    return done({ gran: 'year', y: year }, anchor);
  }
  // A position in a unit with no direction ("la fin de l'année") is in the current one.
  const positioned = f.mod === 'START' || f.mod === 'MID' || f.mod === 'END';
  const relative = f.rel ?? (f.unit && f.amount === undefined && (f.dir || (positioned && !f.plural))
    ? { unit: f.unit, offset: f.dir === 'past' ? -1 : f.dir === 'future' ? 1 : 0 } : undefined);
  if (relative) {
    if (ref === undefined) return undefined;
    // "the coming months", "ces dernières semaines": a stretch of past or future, not one unit.
    if (!f.rel && f.plural && f.dir !== 'this') {
      const value = f.dir === 'past' ? 'PAST_REF' : 'FUTURE_REF';
      return { kind: 'value', type: 'DATE', value, anchor: 'dct', refPoint: value };
    }
    let offset = relative.offset;
    // "ce week-end" / "the weekend" told in the past tense on a weekday is the weekend just gone.
    if (relative.unit === 'WE' && offset === 0 && direction === 'past' && weekdayOf(ref) < 6) offset = -1;
    const point = unitPoint(relative.unit, ref, offset);
    return point && done(point, 'dct');
  }
  if (ref === undefined) return unanchored(f, type);
  // "this September", "cet été": the year of the document.
  const thisYear = f.dir === 'this' ? fromDayNumber(ref).y : undefined;
  if (f.month !== undefined && f.day !== undefined && f.weekday !== undefined && thisYear === undefined) {
    // "Saturday, April 25": the year in which that day is that weekday, nearest the document date.
    const r = fromDayNumber(ref).y;
    const fits = [r, r - 1, r + 1].filter((y) => isValidDate(y, f.month!, f.day!) && weekdayOf(dayNumber(y, f.month!, f.day!)) === f.weekday);
    if (fits.length > 0) return done({ gran: 'day', day: dayNumber(fits[0]!, f.month, f.day) }, 'dct');
  }
  if (f.month !== undefined) {
    // A story told in another year goes on in it while its tense agrees: "In 1988, … closed in March".
    const r = fromDayNumber(ref);
    const storyYear = ctx.sentenceYear !== undefined && ((direction === 'past' && ctx.sentenceYear < r.y) || (direction === 'future' && ctx.sentenceYear > r.y)) ? ctx.sentenceYear : undefined;
    year = thisYear ?? storyYear ?? chooseYear(f.month, ref, direction, clauseTense);
    // "last March", "en mars dernier" told in March is a year back, not the month under way.
    if (f.dir === 'past' && f.day === undefined && year === r.y && f.month === r.m) year -= 1;
    if (f.day !== undefined && thisYear === undefined && storyYear === undefined && ctx.tense === 'past' && !f.dir && isValidDate(year + 1, f.month, f.day)) {
      // "the offer was extended to Nov. 16", told on 30 October: a past clause names a deadline a few
      // weeks ahead; a date nearly a year back would be written with its year.
      const ahead = dayNumber(year + 1, f.month, f.day) - ref;
      if (ahead >= 0 && ahead <= DEADLINE_REACH_OF_PAST_CLAUSE_DAYS) year += 1;
    }
    if (f.day === undefined) return done({ gran: 'month', y: year, m: f.month }, 'dct');
    return isValidDate(year, f.month, f.day) ? done({ gran: 'day', day: dayNumber(year, f.month, f.day) }, 'dct') : undefined;
  }
  if (f.season) {
    year = thisYear ?? chooseYear(seasonStartMonth(f.season), ref, direction, clauseTense);
    return done({ gran: 'season', y: year, season: f.season }, 'dct');
  }
  if (f.half !== undefined) {
    year = thisYear ?? chooseYear(f.half === 1 ? 1 : FIRST_MONTH_OF_SECOND_HALF, ref, direction, clauseTense);
    return done({ gran: 'half', y: year, half: f.half }, 'dct');
  }
  if (f.quarter !== undefined) {
    const r = fromDayNumber(ref);
    const current = Math.floor((r.m - 1) / 3) + 1;
    // A future clause may be about the quarter just ended, whose results are still to come
    // ("plans to restructure after a third-quarter loss", "will report third-quarter results" in October).
    const justEnded = current - 1;
    year = direction === 'future' ? (f.quarter >= justEnded ? r.y : r.y + 1) : (f.quarter <= current ? r.y : r.y - 1);
    return done({ gran: 'quarter', y: year, quarter: f.quarter }, 'dct');
  }
  if (f.weekday !== undefined && f.day !== undefined) {
    // "jeudi 3": the day of that number, in the month before, of or after the document's, that is that weekday, nearest the document date.
    const r = fromDayNumber(ref);
    const fits = [0, -1, 1].map((shift) => fromDayNumber(dayNumber(r.y, r.m + shift, 1)))
      .filter(({ y, m }) => isValidDate(y, m, f.day!) && weekdayOf(dayNumber(y, m, f.day!)) === f.weekday)
      .map(({ y, m }) => dayNumber(y, m, f.day!));
    if (fits.length > 0) return done({ gran: 'day', day: fits.reduce((a, b) => (Math.abs(a - ref) <= Math.abs(b - ref) ? a : b)) }, 'dct');
  }
  if (f.weekday !== undefined) {
    // Only when nothing in the clause points elsewhere: "was announced Wednesday" keeps its own week.
    const named = direction === undefined && f.dir === undefined ? ctx.namedWeekdays?.get(f.weekday) : undefined;
    if (named !== undefined) return done({ gran: 'day', day: named }, 'dct');
    const day = chooseWeekday(f.weekday, ref, f.dir === 'this' ? 'this' : direction, f.dir !== undefined, ctx.futureWeekdayReach);
    return done({ gran: 'day', day }, 'dct');
  }
  if (f.day !== undefined) {
    const r = fromDayNumber(ref);
    return isValidDate(r.y, r.m, f.day) ? done({ gran: 'day', day: dayNumber(r.y, r.m, f.day) }, 'dct') : undefined;
  }
  if (f.hour !== undefined || f.part) {
    // A time of day belongs to the last day mentioned, else to the document date; a morning hour
    // after a night is on the day that night ends ("la nuit de samedi à dimanche, vers 2 heures").
    // A clause whose tense contradicts that day ("took effect at 6 a.m." after "next Thursday") is on the document's.
    const previous = ctx.previousDay;
    const contradicted = previous !== undefined && ((ctx.tense === 'past' && previous.day > ref) || (ctx.tense === 'future' && previous.day < ref));
    const base = previous && !contradicted ? previous : { gran: 'day' as const, day: ref };
    const afterNight = base.part === 'NI' && f.hour !== undefined && f.hour < NOON;
    return done(afterNight ? { gran: 'day', day: base.day + 1 } : base, base === previous ? 'previous' : 'dct');
  }
  return undefined;
}

const MIDDLE_OF_QUARTER_DAYS = 45;
const COARSER_THAN_QUARTER = new Set<Point['gran']>(['year', 'half', 'decade', 'century']);

/**
 * The quarter a report is about: the quarter last mentioned, else the one containing the last date
 * mentioned (or the document date); "the 1988 period" is that quarter in 1988.
 */
function reportedQuarter(f: TimeFrame, base: Point, ctx: ResolveContext): Point & { gran: 'quarter' } {
  // Three months ending on a fiscal date straddle two calendar quarters: the one holding their middle month is meant.
  const ended = ctx.periodEnd === undefined ? undefined : unitPoint('Q', ctx.periodEnd - MIDDLE_OF_QUARTER_DAYS, 0) as Point & { gran: 'quarter' };
  // A year or a longer stretch mentioned last holds four quarters: its first one is not meant, the document's is.
  const within = COARSER_THAN_QUARTER.has(base.gran) && ctx.ref !== undefined ? ctx.ref : pointInterval(base).from;
  const q = ended ?? ctx.lastQuarter ?? unitPoint('Q', within, 0) as Point & { gran: 'quarter' };
  // "last year's quarter": the reported quarter, in the year before the reported one.
  const year = f.year ?? (f.yearOffset === undefined ? undefined : q.y + f.yearOffset);
  return year === undefined ? q : { ...q, y: year };
}

function resolveAnaphor(f: TimeFrame, ctx: ResolveContext): Resolution | undefined {
  // "on his first day in office if elected": a stretch yet to begin has no day to count from.
  if (f.countedDay && ctx.tense === 'future') return undefined;
  if (f.weekday !== undefined) {
    // "down 4.5% from the previous Friday", after Friday's close was reported: a week before that Friday.
    if (!ctx.previousDay) return resolvePoint(f, ctx);
    const direction = f.dir === 'future' ? 'future' : 'past';
    const day = chooseWeekday(f.weekday, ctx.previousDay.day, direction, true, DAYS_PER_WEEK);
    return { kind: 'point', type: typeOf(f), point: withTimeOfDay({ gran: 'day', day }, f), anchor: 'previous' };
  }
  const base: Point | undefined = ctx.previous ?? (ctx.ref === undefined ? undefined : { gran: 'day', day: ctx.ref });
  if (!base) return undefined;
  const anchor: Anchor = ctx.previous ? 'previous' : 'dct';
  // "par rapport à l'année dernière à la même époque": the document's month, in the year just named.
  if (f.anaph?.sameTimeOfYear && base.gran === 'year' && ctx.ref !== undefined) {
    return { kind: 'point', type: 'DATE', point: { gran: 'month', y: base.y, m: fromDayNumber(ctx.ref).m }, anchor };
  }
  if (f.period && ctx.yearToDate !== undefined) return { kind: 'point', type: 'DATE', point: { gran: 'year', y: f.year ?? ctx.yearToDate + (f.yearOffset ?? 0) }, anchor };
  if (f.period) return { kind: 'point', type: 'DATE', point: reportedQuarter(f, base, ctx), anchor };
  // "the next morning": the direction word gives the offset when no anaphoric word does.
  const offset = f.anaph?.offset ?? (f.dir === 'future' ? 1 : f.dir === 'past' ? -1 : 0);
  const unit = f.unit ?? f.anaph?.unit;
  if (unit && unit !== 'D') {
    // "later that year", "l'année suivante": the unit of the previous date that contains it, or the next one.
    const point = unitPoint(unit, pointInterval(base).from, offset);
    return point && { kind: 'point', type: 'DATE', point, anchor };
  }
  // "La semaine suivante … le jour précédent": a day counted from a week or a month counts from the last day named.
  const day = base.gran === 'day' ? base : offset !== 0 ? ctx.previousDay : undefined;
  if (day) return { kind: 'point', type: typeOf(f), point: withTimeOfDay({ gran: 'day', day: day.day + offset }, f), anchor };
  if (offset !== 0) return undefined;
  return { kind: 'point', type: 'DATE', point: base, anchor, someDay: unit === 'D' };
}

type Shift = 'ago' | 'hence' | 'later' | 'earlier';

/** A point an amount away from the document date (`ago`, `hence`) or the previous date (`later`, `earlier`). */
function resolveShift(kind: Shift, rule: TimeRule, f: TimeFrame, ctx: ResolveContext): Resolution | undefined {
  const shifted = shiftPoint(kind, f, ctx);
  if (rule.type !== 'DURATION' || !f.unit || f.amount === undefined) return shifted;
  const duration = durationValue(f.amount, f.unit);
  return shifted?.kind === 'point'
    ? { ...shifted, duration }
    : { kind: 'value', type: 'DURATION', value: duration, anchor: 'none' };
}

function shiftPoint(kind: Shift, f: TimeFrame, ctx: ResolveContext): Resolution | undefined {
  const sign = kind === 'later' || kind === 'hence' ? 1 : -1;
  // "weeks ago" is an unspecified number of weeks, "year-earlier" one year.
  const amount = f.amount ?? (f.plural ? 'X' : 1);
  if (amount === 'X' || !f.unit) {
    return { kind: 'value', type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', anchor: ctx.ref === undefined ? 'none' : 'dct', refPoint: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  }
  const n = sign * amount;
  if (!Number.isInteger(n)) {
    // "il y a un an et demi": eighteen months back.
    const smaller = DURATION_UNIT[f.unit].smaller;
    return smaller && Number.isInteger(amount * smaller[1]) ? shiftPoint(kind, { ...f, amount: amount * smaller[1], unit: smaller[0] }, ctx) : undefined;
  }
  const unit: TimeUnit = f.unit;
  if (unit === 'Y' && n === -1 && ctx.yearToDate !== undefined) return { kind: 'point', type: 'DATE', point: { gran: 'year', y: ctx.yearToDate - 1 }, anchor: 'previous' };
  // Results are compared with the same period a year before: once a quarter has been named,
  // "a year ago" and "the year-earlier period" are that quarter of the previous year (TimeBank).
  if (unit === 'Y' && n === -1 && (ctx.lastQuarter || f.period)) {
    const refYear = ctx.ref === undefined ? undefined : fromDayNumber(ctx.ref).y;
    const y = ctx.lastQuarter?.y ?? refYear;
    const quarter = f.quarter ?? ctx.lastQuarter?.quarter;
    if (y !== undefined && quarter !== undefined) return { kind: 'point', type: 'DATE', point: { gran: 'quarter', y: y - 1, quarter }, anchor: 'previous' };
  }
  // "deux mois plus tard" counts from the previous date whatever its precision ("mars 2015").
  const previous = kind === 'ago' || kind === 'hence' ? undefined : ctx.previous;
  const baseDay = previous ? pointInterval(previous).from : ctx.ref;
  if (baseDay === undefined) return undefined;
  const anchor: Anchor = previous ? 'previous' : 'dct';
  if (unit === 'D' || unit === 'W' || unit === 'WE') return { kind: 'point', type: 'DATE', point: { gran: 'day', day: baseDay + n * (unit === 'D' ? 1 : 7) }, anchor };
  if (unit === 'DE') return { kind: 'point', type: 'DATE', point: { gran: 'year', y: fromDayNumber(baseDay).y + 10 * n }, anchor };
  // "a year earlier" than a day is that day of the other year.
  if (unit === 'Y' && previous?.gran === 'day' && previous.hour === undefined) {
    const { y, m, d } = fromDayNumber(previous.day);
    if (isValidDate(y + n, m, d)) return { kind: 'point', type: 'DATE', point: { gran: 'day', day: dayNumber(y + n, m, d) }, anchor };
  }
  const point = unitPoint(unit, baseDay, n);
  return point && point.gran !== 'day' ? { kind: 'point', type: 'DATE', point, anchor } : undefined;
}

interface DurationUnit {
  code: string;
  /** Whether the unit is written after the `T` of the value (`PT5H`). */
  clock?: boolean;
  /** Decades and centuries are counted in years ("two decades": P20Y, "decades-long": PXY, as AQUAINT writes it). */
  years?: number;
  /** The next smaller unit, for fractions: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M. */
  smaller?: [TimeUnit, number];
}

const DURATION_UNIT: Record<TimeUnit, DurationUnit> = {
  S: { code: 'S', clock: true }, MIN: { code: 'M', clock: true, smaller: ['S', 60] }, H: { code: 'H', clock: true, smaller: ['MIN', 60] },
  D: { code: 'D', smaller: ['H', 24] }, WE: { code: 'WE' }, W: { code: 'W', smaller: ['D', 7] }, M: { code: 'M' },
  Q: { code: 'Q', smaller: ['M', 3] }, Y: { code: 'Y', smaller: ['M', 12] }, DE: { code: 'DE', years: 10 }, CE: { code: 'CE', years: 100 },
};

/** One amount of one unit as the parts of a TIMEX3 duration ("5", "H") — a fraction spills into the next smaller unit. */
function durationParts(amount: number, unit: TimeUnit): [string, TimeUnit][] {
  const spec = DURATION_UNIT[unit];
  if (spec.years) return durationParts(amount * spec.years, 'Y');
  const whole = Math.floor(amount);
  const rest = Math.round((amount - whole) * 1000) / 1000;
  if (rest === 0) return [[String(whole), unit]];
  if (spec.smaller && Number.isInteger(Math.round(rest * spec.smaller[1] * 1000) / 1000)) {
    const [smaller, per] = spec.smaller;
    const part: [string, TimeUnit] = [String(Math.round(rest * per)), smaller];
    return whole > 0 ? [[String(whole), unit], part] : [part];
  }
  return [[String(Math.round(amount * 1000) / 1000), unit]];
}

export function durationValue(amount: number | 'X', unit: TimeUnit): string {
  const parts = amount === 'X' ? [['X', DURATION_UNIT[unit].years ? 'Y' : unit] as [string, TimeUnit]] : durationParts(amount, unit);
  let date = '';
  let clock = '';
  for (const [n, u] of parts) {
    const spec = DURATION_UNIT[u];
    if (spec.clock) clock += `${n}${spec.code}`;
    else date += `${n}${spec.code}`;
  }
  return `P${date}${clock ? `T${clock}` : ''}`;
}

function resolveSet(f: TimeFrame): Resolution | undefined {
  const quant = f.every ? 'EVERY' : undefined;
  if (f.weekday !== undefined) return { kind: 'value', type: 'SET', value: `XXXX-WXX-${f.weekday}${f.part ? `T${f.part}` : ''}`, anchor: 'none', quant };
  if (f.part && !f.unit) return { kind: 'value', type: 'SET', value: `XXXX-XX-XXT${f.part}`, anchor: 'none', quant };
  if (f.month !== undefined) return { kind: 'value', type: 'SET', value: `XXXX-${pad(f.month)}`, anchor: 'none', quant };
  if (f.season) return { kind: 'value', type: 'SET', value: `XXXX-${f.season}`, anchor: 'none', quant };
  const unit = f.unit ?? f.setUnit;
  if (!unit) return undefined;
  const amount = typeof f.amount === 'number' ? f.amount : 1;
  return { kind: 'value', type: 'SET', value: durationValue(amount, unit), anchor: 'none', quant };
}

function resolveRef(rule: TimeRule, f: TimeFrame, ctx: ResolveContext): Resolution | undefined {
  const value = rule.value ?? f.ref ?? (f.dir === 'past' ? 'PAST_REF' : f.dir === 'future' ? 'FUTURE_REF' : f.dir === 'this' ? 'PRESENT_REF' : undefined);
  if (!value) return undefined;
  const refPoint = value === 'PAST_REF' || value === 'PRESENT_REF' || value === 'FUTURE_REF' ? value : undefined;
  return { kind: 'value', type: rule.type ?? f.refType ?? 'DATE', value, anchor: ctx.ref === undefined ? 'none' : 'dct', refPoint };
}

const isHabitual = (f: TimeFrame, ctx: ResolveContext) => f.year === undefined && f.dir === undefined && (ctx.tense === undefined || ctx.tense === 'present');

/** Resolves one matched expression; undefined when it cannot denote a time (e.g. "31 février"). */
export function resolveFrame(kind: RuleKind, rule: TimeRule, f: TimeFrame, ctx: ResolveContext): Resolution | undefined {
  switch (kind) {
    case 'point': case 'range':
      // "on Mondays", "Tuesday nights", "les lundis": a weekday or part of the day in the plural recurs.
      if (f.plural && (f.weekday !== undefined || f.part) && f.day === undefined && f.month === undefined && f.unit === undefined) return resolveSet(f);
      return rule.habitual && isHabitual(f, ctx) ? unanchored(f, typeOf(f)) : resolvePoint(f, ctx);
    case 'anaphor': return resolveAnaphor(f, ctx);
    case 'ago': case 'hence': case 'later': case 'earlier': return resolveShift(kind, rule, f, ctx);
    case 'duration': {
      // A bare plural ("for weeks") is an unspecified number of units, a bare singular ("the year ended") one.
      const amount = f.amount ?? (f.plural ? 'X' : 1);
      if (!f.unit || amount === undefined) return undefined;
      return { kind: 'value', type: 'DURATION', value: durationValue(amount, f.unit), anchor: 'none' };
    }
    case 'set': return resolveSet(f);
    case 'ref': return resolveRef(rule, f, ctx);
    case 'skip': return undefined;
  }
}
