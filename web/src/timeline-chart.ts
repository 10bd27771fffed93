import { activatable, h, svg } from './dom.js';

export interface TimelineItem {
  /** Resolved interval `[from, to)`, ISO dates. */
  from: string;
  to: string;
  label: string;
  precision: string | null;
  onSelect(): void;
}

const LANE = 16;
const AXIS = 28;
const MIN_WIDTH = 3;

function time(iso: string): number {
  return Date.parse(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
}

/** Greedy lane packing: each interval takes the first lane free at its start, so overlaps stack. */
function lanes(items: ReadonlyArray<{ x0: number; x1: number }>): number[] {
  const laneEnds: number[] = [];
  return items.map(({ x0, x1 }) => {
    let lane = laneEnds.findIndex((end) => end + 2 <= x0);
    if (lane < 0) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = Math.max(x1, x0 + MIN_WIDTH);
    return lane;
  });
}

/** Axis ticks: years for long spans, months (every few) for spans under three years. */
function ticks(start: number, end: number): Array<{ at: number; label: string }> {
  const from = new Date(start);
  const years = (end - start) / (365.25 * 86_400_000);
  const found: Array<{ at: number; label: string }> = [];
  if (years >= 3) {
    const step = Math.max(1, Math.ceil(years / 12));
    for (let year = from.getUTCFullYear(); Date.UTC(year, 0, 1) <= end; year += step) found.push({ at: Date.UTC(year, 0, 1), label: String(year) });
  } else {
    const step = Math.max(1, Math.ceil((years * 12) / 10));
    for (let month = 0; Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + month, 1) <= end; month += step) {
      const at = Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + month, 1);
      found.push({ at, label: new Date(at).toISOString().slice(0, 7) });
    }
  }
  return found.filter((tick) => tick.at >= start && tick.at <= end);
}

/** Event intervals on a time axis, one bar per resolved time expression; bars are keyboard-activatable. */
export function timelineChart(items: readonly TimelineItem[], caption: string, width = 960): HTMLElement {
  const valid = items.map((item) => ({ item, t0: time(item.from), t1: time(item.to) }))
    .filter(({ t0, t1 }) => Number.isFinite(t0) && Number.isFinite(t1) && t1 >= t0)
    .sort((a, b) => a.t0 - b.t0 || b.t1 - a.t1);
  if (valid.length === 0) return h('p', { class: 'empty' }, 'No resolved event times yet: the records have no times layer, or it resolved nothing.');
  const start = Math.min(...valid.map((v) => v.t0));
  const end = Math.max(...valid.map((v) => v.t1), start + 86_400_000);
  const x = (t: number) => 8 + ((t - start) / (end - start)) * (width - 16);
  const placed = valid.map((v) => ({ ...v, x0: x(v.t0), x1: x(v.t1) }));
  const laneOf = lanes(placed);
  const height = AXIS + (Math.max(...laneOf) + 1) * LANE + 8;
  const bars = placed.map((v, index) => {
    const bar = svg('rect', {
      x: v.x0.toFixed(1), y: String(AXIS + laneOf[index]! * LANE), width: Math.max(MIN_WIDTH, v.x1 - v.x0).toFixed(1), height: String(LANE - 4),
      class: `time-bar precision-${v.item.precision ?? 'unknown'}`, rx: '2',
    }, svg('title', {}, `${v.item.label}: [${v.item.from}, ${v.item.to})`));
    return activatable(bar, `${v.item.label}, from ${v.item.from} to ${v.item.to}`, v.item.onSelect);
  });
  const axis = ticks(start, end).map((tick) => svg('g', { class: 'tick' },
    svg('line', { x1: x(tick.at).toFixed(1), x2: x(tick.at).toFixed(1), y1: '18', y2: String(height) }),
    svg('text', { x: (x(tick.at) + 3).toFixed(1), y: '14' }, tick.label)));
  return h('figure', { class: 'timeline' },
    svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline-chart', role: 'group', 'aria-label': caption }, ...axis, ...bars),
    h('figcaption', {}, `${caption} — ${new Date(start).toISOString().slice(0, 10)} to ${new Date(end).toISOString().slice(0, 10)}`));
}
