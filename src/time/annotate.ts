import type { PublicationDate, Token, TimeExpression } from '../record/schema.js';
import type { Span } from '../record/layers/span.js';
import type { AnalysisLanguage } from '../pipeline/stage.js';
import { engineFor, recognize, type Engine, type Mention } from './recognize.js';
import { resolveFrame, type Resolution, type ResolveContext } from './resolve.js';
import { pointInterval, pointPrecision, pointValue, someDayValue, type Point, type ValueStyle } from './point.js';
import { fromDayNumber, isoDay } from './calendar.js';
import { referenceDays } from './dct.js';

/**
 * Resolution of the recognised expressions against the document date. When the date is only
 * known to the month or year, every expression is resolved against the first and the last day it
 * may be, and what differs is kept as uncertainty (an interval, X digits) rather than guessed.
 */

interface Resolved { mention: Mention; resolution: Resolution; previousSpan?: Span }

/** The day written just after "the quarter ended", for rules whose period ends on the next date. */
function periodEndAfter(mentions: readonly Mention[], k: number, ctx: ResolveContext): number | undefined {
  const [mention, next] = [mentions[k]!, mentions[k + 1]];
  if (!mention.rule.endsAtNextDate || !next || next.start - mention.end > MAX_GAP_BEFORE_END_DATE) return undefined;
  const end = resolveFrame(next.rule.kind, next.rule, next.frame, { ...ctx, tense: next.tense });
  return end?.kind === 'point' && end.point.gran === 'day' ? end.point.day : undefined;
}

/** Room for " ended " or " ending " between the period and its end date. */
const MAX_GAP_BEFORE_END_DATE = 8;

const isClockOnly = (m: Mention) => (m.frame.hour !== undefined || m.frame.part !== undefined)
  && m.frame.weekday === undefined && m.frame.day === undefined && m.frame.month === undefined && m.frame.rel === undefined && m.frame.anaph === undefined;

const isDayAnaphor = (m: Mention) => m.rule.kind === 'anaphor' && m.frame.anaph?.unit === 'D';

/**
 * The day named just after a bare time of day or an anaphoric day, a comma apart ("Vers 0 h 40,
 * jeudi, deux voitures…", "la veille, 8 février"): it is on that day, not on the day mentioned before.
 */
function dayRightAfter(text: string, mentions: readonly Mention[], k: number, ctx: ResolveContext, gap: RegExp): (Point & { gran: 'day' }) | undefined {
  const [mention, next] = [mentions[k]!, mentions[k + 1]];
  if (!next || !(isClockOnly(mention) || isDayAnaphor(mention)) || isClockOnly(next) || !gap.test(text.slice(mention.end, next.start))) return undefined;
  const day = resolveFrame(next.rule.kind, next.rule, next.frame, { ...ctx, tense: next.tense });
  return day?.kind === 'point' && day.point.gran === 'day' ? { gran: 'day', day: day.point.day } : undefined;
}

/** Reports cover a half-year or nine months ("for the first nine months"): several quarters of one year. */
const coversMonthsOfYear = (m: Mention, r: Resolution) => r.kind === 'value' && r.type === 'DURATION'
  && m.frame.unit === 'M' && (m.frame.amount === 6 || m.frame.amount === 9);

/**
 * Whether a span lies inside parentheses of its line: "(né le 31 décembre 1977)". Scans only to
 * the nearest bracket or line break on each side, so a long document costs no more per mention.
 */
function inParentheses(text: string, span: Span): boolean {
  let open = span.start;
  while (open >= 0 && text[open] !== '(') {
    if (text[open] === ')' || text[open] === '\n') return false;
    open--;
  }
  if (open < 0) return false;
  for (let close = span.end; close < text.length; close++) {
    if (text[close] === ')') return true;
    if (text[close] === '\n') return false;
  }
  return false;
}

/**
 * The end of a sentence between two mentions: a full stop after a mention, a figure or a word of three
 * lower-case letters or more (not "Mr." or "Oct."), then a capital; or a new line.
 */
const SENTENCE_BREAK = /(?:(?:^|[a-z]{3}|\d)[.!?]["'”’)]*\s+["“]?[A-Z]|\n)/;

/**
 * Whether a date opens its sentence before a comma ("In 1988, …", "Four years ago, …"): it sets the
 * time of the whole sentence, not only of its own clause.
 */
function setsSentenceTime(text: string, span: Span): boolean {
  if (!/^\s*,/.test(text.slice(span.end, span.end + 3))) return false;
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const opening = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?]["'”’]*\s+[^.!?]*$/)) + 1);
  return /^\W*(?:\p{L}+\s+)?$/u.test(opening);
}

/** The calendar year a point lies in, when it lies in one. */
function yearOf(point: Point | undefined): number | undefined {
  if (!point) return undefined;
  if (point.gran === 'day') return fromDayNumber(point.day).y;
  return 'y' in point ? point.y : undefined;
}

/** What may stand between a day and an anaphoric day set beside it: "hier, au lendemain de la démission". */
const APPOSITION = /^\s*,\s*(?:au|à la|le|la)?\s*$/;

/** Resolves every mention in document order against one reference day, tracking the dates mentioned so far. */
function resolveAll(text: string, mentions: Mention[], ref: number | undefined, engine: Engine): (Resolved | undefined)[] {
  const ctx: ResolveContext = { ref, futureWeekdayReach: engine.language.tense.futureWeekdayReach, namedWeekdays: new Map() };
  let previousSpan: Span | undefined;
  let previousDaySpan: Span | undefined;
  let previousDayMention = -1;
  return mentions.map((mention, k) => {
    const dayAfter = dayRightAfter(text, mentions, k, ctx, engine.dayAfterTimeGap);
    // An anaphoric day set beside a day names that day ("Lundi, au lendemain du 44e anniversaire"):
    // the event it counts from is not the date before it.
    const dayBefore = k > 0 && previousDayMention === k - 1 && APPOSITION.test(text.slice(mentions[k - 1]!.end, mention.start)) ? ctx.previousDay : undefined;
    const apposed = isDayAnaphor(mention) ? dayAfter ?? dayBefore : undefined;
    const frame = apposed ? { ...mention.frame, anaph: { unit: 'D' as const, offset: 0 } } : mention.frame;
    const sentenceYear = previousSpan && setsSentenceTime(text, previousSpan) && !SENTENCE_BREAK.test(text.slice(previousSpan.end, mention.start)) ? yearOf(ctx.previous) : undefined;
    const mentionCtx = {
      ...ctx, tense: mention.tense, periodEnd: periodEndAfter(mentions, k, ctx), sentenceYear,
      ...(apposed ? { previous: apposed, previousDay: apposed } : dayAfter ? { previousDay: dayAfter } : {}),
    };
    const resolution = resolveFrame(mention.rule.kind, mention.rule, frame, mentionCtx);
    if (!resolution) return undefined;
    const countsFromDay = apposed !== undefined || mention.rule.kind === 'point' || mention.frame.weekday !== undefined;
    const dayAnchorSpan = dayAfter ? { start: mentions[k + 1]!.start, end: mentions[k + 1]!.end } : previousDaySpan;
    const anchorSpan = resolution.anchor === 'previous' ? (countsFromDay ? dayAnchorSpan : previousSpan) : undefined;
    // A date in an aside ("(né le 31 décembre 1977)") is not the one the story goes on from.
    if (resolution.kind === 'point' && !inParentheses(text, mention)) {
      // "compared with a loss in the 1988 period": the reported stretch named again does not end it.
      if (!mention.frame.period) ctx.yearToDate = undefined;
      ctx.previous = resolution.point;
      previousSpan = { start: mention.start, end: mention.end };
      // Only a quarter named outright is the reported period; "the year-ago quarter" is compared with
      // it, and a quarter not over by the article's date ("a fourth-quarter charge" in November) has no results yet,
      // unless a past clause reports them (a fiscal quarter: "reported a decline in fourth-quarter earnings" in November).
      // An earlier quarter named after it is a comparison ("after a flat second quarter"), not the new report.
      const reportable = ref === undefined || pointInterval(resolution.point).to <= ref || (mention.tense === 'past' && pointInterval(resolution.point).from <= ref);
      const latest = !ctx.lastQuarter || pointInterval(resolution.point).from >= pointInterval(ctx.lastQuarter).from;
      if (resolution.point.gran === 'quarter' && mention.rule.kind === 'point' && reportable && latest) ctx.lastQuarter = resolution.point;
      if (resolution.point.gran === 'day') {
        const weekdayNamed = mention.frame.weekday !== undefined && mention.frame.dayShift === undefined;
        if (weekdayNamed && resolution.anchor === 'dct') ctx.namedWeekdays!.set(mention.frame.weekday!, resolution.point.day);
        ctx.previousDay = { gran: 'day', day: resolution.point.day, ...(resolution.point.part ? { part: resolution.point.part } : {}) };
        previousDayMention = k;
        previousDaySpan = previousSpan;
      }
    } else if (ref !== undefined && coversMonthsOfYear(mention, resolution)) ctx.yearToDate = ctx.lastQuarter?.y ?? fromDayNumber(ref).y;
    return { mention, resolution, previousSpan: anchorSpan };
  });
}

/**
 * Values that disagree keep the components they share, the rest written X: 2019-04-01 and
 * 2019-04-29 give 2019-04-XX; 2018-12-31 and 2019-12-30 give XXXX-XX-XX.
 */
function mergeValues(values: string[]): string {
  const [first, ...rest] = values;
  if (rest.every((v) => v === first)) return first!;
  if (rest.some((v) => v.length !== first!.length)) return values.reduce((a, b) => (a.length <= b.length ? a : b));
  const parts = values.map((v) => v.split(/(?=[-T])/));
  let differs = false;
  return parts[0]!.map((part, i) => {
    differs ||= parts.some((p) => p[i] !== part);
    return differs ? part.replace(/\d/g, 'X') : part;
  }).join('');
}

function refInterval(value: string, refs: number[]): { from?: string; to?: string } {
  if (refs.length === 0) return {};
  const first = Math.min(...refs);
  const last = Math.max(...refs) + 1;
  if (value === 'PAST_REF') return { to: isoDay(last) };
  if (value === 'FUTURE_REF') return { from: isoDay(first) };
  return { from: isoDay(first), to: isoDay(last) };
}

function toExpression(text: string, results: Resolved[], refs: number[], style: ValueStyle): TimeExpression {
  const { mention, resolution } = results[0]!;
  const base = { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end) };
  const mod = mention.frame.mod;
  const anchorSpan = results[0]!.previousSpan;
  if (resolution.kind === 'value') {
    return {
      ...base, type: resolution.type, value: resolution.value, ...(mod ? { mod } : {}),
      ...(resolution.quant ? { quant: resolution.quant } : {}),
      ...(resolution.refPoint ? { ...refInterval(resolution.refPoint, refs), precision: 'vague' as const } : {}),
      anchor: resolution.anchor,
    };
  }
  const points = results.flatMap((r) => (r.resolution.kind === 'point' ? [r.resolution.point] : []));
  const someDay = resolution.someDay === true;
  const values = points.map((p) => (someDay ? someDayValue(p, style) : pointValue(p, style)));
  const intervals = points.map(pointInterval);
  const certain = values.every((v) => v === values[0]);
  const precision = someDay ? 'day-uncertain' : certain ? pointPrecision(points[0]!) : points[0]!.gran === 'day' ? 'day-uncertain' : 'vague';
  const [type, value] = resolution.duration ? ['DURATION' as const, resolution.duration] : [resolution.type, mergeValues(values)];
  return {
    ...base, type, value, ...(mod ? { mod } : {}),
    from: isoDay(Math.min(...intervals.map((i) => i.from))), to: isoDay(Math.max(...intervals.map((i) => i.to))),
    precision, anchor: resolution.anchor, ...(anchorSpan ? { anchorSpan } : {}),
  };
}

export interface FindTimesOptions {
  /** The publication date with its precision; expressions relative to it stay unresolved without it. */
  date?: PublicationDate;
  /** Tokens of the pipeline, whose tagger features (Tense, Mood) decide the tense when present. */
  tokens?: readonly Token[];
  /** The pipeline's sentences, which tell a title or an initial ("Mr.", "P.") from a sentence's end. */
  sentences?: readonly Span[];
  /** Only expressions inside these spans are kept (the paragraphs, leaving out a date header). */
  within?: readonly Span[];
}

/** Every temporal expression of a text, resolved against the document date (TIMEX3 + presscope intervals). */
export function findTimes(text: string, lang: AnalysisLanguage, options: FindTimesOptions = {}): TimeExpression[] {
  const engine = engineFor(lang);
  let mentions = recognize(text, engine, options.tokens, options.sentences);
  const within = options.within;
  if (within) mentions = mentions.filter((m) => within.some((s) => s.start <= m.start && m.end <= s.end));
  const refs = referenceDays(options.date);
  const passes = refs.map((ref) => resolveAll(text, mentions, ref, engine));
  const knownRefs = refs.filter((r): r is number => r !== undefined);
  const expressions: TimeExpression[] = [];
  mentions.forEach((_, k) => {
    const results = passes.map((p) => p[k]).filter((r): r is Resolved => r !== undefined);
    if (results.length > 0) expressions.push(toExpression(text, results, knownRefs, engine.language));
  });
  return expressions;
}
