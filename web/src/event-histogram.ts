import { activatable, h, svg } from './dom.js';

/** A calendar bucket as the search API's event filters name it: `2016`, `2016-03` or `2016-03-05`. */
export interface Bucket {
  key: string;
  start: number;
  end: number;
  count: number;
}

type Unit = 'year' | 'month' | 'day';

const DAY = 86_400_000;
const HEIGHT = 180;
const AXIS = 20;

function parseIso(iso: string): number {
  return Date.parse(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso.slice(0, 10));
}

function unitFor(span: number): Unit {
  if (span > 12 * 365 * DAY) return 'year';
  if (span > 90 * DAY) return 'month';
  return 'day';
}

function bucketStart(time: number, unit: Unit): number {
  const date = new Date(time);
  if (unit === 'year') return Date.UTC(date.getUTCFullYear(), 0, 1);
  if (unit === 'month') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function nextBucket(start: number, unit: Unit): number {
  const date = new Date(start);
  if (unit === 'year') return Date.UTC(date.getUTCFullYear() + 1, 0, 1);
  if (unit === 'month') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return start + DAY;
}

function keyOf(start: number, unit: Unit): string {
  return new Date(start).toISOString().slice(0, unit === 'year' ? 4 : unit === 'month' ? 7 : 10);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round((sorted.length - 1) * p)))]!;
}

/**
 * Counts event times by the calendar bucket their interval starts in. Without an explicit range
 * the 2nd–98th percentiles frame the chart, so a stray "1000" or "2050" does not flatten the rest;
 * the bucket (year, month or day) follows the span.
 */
export function bucketEvents(intervals: ReadonlyArray<{ from: string }>, range?: { from?: string; to?: string }): { unit: Unit; buckets: Bucket[]; outside: number } {
  const starts = intervals.map((interval) => parseIso(interval.from)).filter(Number.isFinite).sort((a, b) => a - b);
  if (starts.length === 0) return { unit: 'year', buckets: [], outside: 0 };
  const low = range?.from ? parseIso(range.from) : percentile(starts, 0.02);
  const high = range?.to ? parseIso(range.to) : percentile(starts, 0.98);
  const unit = unitFor(high - low);
  const buckets: Bucket[] = [];
  for (let start = bucketStart(low, unit); start <= high; start = nextBucket(start, unit)) {
    buckets.push({ key: keyOf(start, unit), start, end: nextBucket(start, unit), count: 0 });
  }
  let outside = 0;
  for (const time of starts) {
    const bucket = buckets.find((candidate) => time >= candidate.start && time < candidate.end);
    if (bucket) bucket.count++;
    else outside++;
  }
  return { unit, buckets, outside };
}

/** Bars per bucket of event times; each bar is keyboard-activatable and hands its bucket key to `onSelect`. */
export function eventHistogram(intervals: ReadonlyArray<{ from: string }>, caption: string, onSelect: (key: string) => void, range?: { from?: string; to?: string }): HTMLElement {
  const { unit, buckets, outside } = bucketEvents(intervals, range);
  if (buckets.length === 0) return h('p', { class: 'empty' }, 'No resolved event times yet: the records have no times layer, or it resolved nothing.');
  const width = Math.max(480, Math.min(1600, buckets.length * 14));
  const slot = (width - 16) / buckets.length;
  const max = Math.max(1, ...buckets.map((bucket) => bucket.count));
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 12));
  const bars = buckets.map((bucket, index) => {
    const x = 8 + index * slot;
    const barHeight = bucket.count === 0 ? 0 : Math.max(2, (bucket.count / max) * (HEIGHT - AXIS - 8));
    const label = `${bucket.key}: ${bucket.count} event time${bucket.count === 1 ? '' : 's'}`;
    const group = svg('g', { class: 'bucket' },
      svg('rect', { x: x.toFixed(1), y: '0', width: Math.max(1, slot - 1).toFixed(1), height: String(HEIGHT - AXIS), class: 'bucket-hit' }),
      svg('rect', { x: x.toFixed(1), y: (HEIGHT - AXIS - barHeight).toFixed(1), width: Math.max(1, slot - 1).toFixed(1), height: barHeight.toFixed(1), class: 'time-bar' }),
      index % labelEvery === 0 && x + 8 * bucket.key.length < width ? svg('text', { x: x.toFixed(1), y: String(HEIGHT - 6), class: 'bucket-label' }, bucket.key) : null,
      svg('title', {}, label));
    return bucket.count > 0 ? activatable(group, `${label}; show the articles`, () => onSelect(bucket.key)) : group;
  });
  return h('figure', { class: 'timeline' },
    svg('svg', { viewBox: `0 0 ${width} ${HEIGHT}`, class: 'timeline-chart histogram', role: 'group', 'aria-label': caption }, ...bars),
    h('figcaption', {}, `${caption} — by ${unit}, ${buckets[0]!.key} to ${buckets.at(-1)!.key}${outside ? ` (${outside} outside this range)` : ''}`));
}
