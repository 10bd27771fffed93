/**
 * Splitting a text at annotation boundaries so overlapping and nested spans can all be shown.
 * Offsets are UTF-16 indices into the record text, as every layer stores them.
 */

export interface Mark {
  start: number;
  end: number;
  /** Layer the mark belongs to: its toggle hides it. */
  layer: string;
  /** CSS class giving the mark its look (`ent-PER`, `attr-content`…). */
  kind: string;
  /** Tooltip text. */
  label: string;
  /** Marks sharing a group light up together (a speaker, its cue and its content). */
  group?: string;
}

export interface Segment {
  start: number;
  end: number;
  /** Marks covering the whole segment, outermost (earliest start, longest) first. */
  marks: Mark[];
}

function byNesting(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Cuts `[0, length)` at every mark boundary; each piece lists the marks covering it. Marks outside
 * the text are clipped, empty ones dropped; the pieces cover the text exactly once, in order.
 */
export function segmentText(length: number, marks: readonly Mark[]): Segment[] {
  const valid = marks
    .map((mark) => ({ ...mark, start: Math.max(0, mark.start), end: Math.min(length, mark.end) }))
    .filter((mark) => mark.start < mark.end)
    .sort(byNesting);
  const boundaries = [...new Set([0, length, ...valid.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i]!;
    const end = boundaries[i + 1]!;
    active = active.filter((mark) => mark.end > start);
    while (next < valid.length && valid[next]!.start <= start) active.push(valid[next++]!);
    segments.push({ start, end, marks: [...active].sort(byNesting) });
  }
  return segments;
}
