import type { Attribution } from '../record/layers/attributions.js';
import type { Span } from '../record/layers/span.js';
import type { TimeExpression } from '../record/layers/times.js';
import type { QuoteSpan } from './text-units.js';

/**
 * When a statement was made: the date or time written in its sentence outside what was said and outside quotations,
 * nearest to the cue ("Lundi, les Etats-Unis ont reconnu que …", "Trump said on Friday that …"). A time inside the
 * content is what the statement reports ("Selon l'AFP, lundi, des frappes ont …" dates the strikes, not the report), and
 * one with another statement's cue between it and this cue dates that statement ("Lundi, les Etats-Unis ont reconnu …,
 * version remise en cause par les sources locales"); durations, frequencies and "now" or "recently" date nothing. `cues`: the first cue of
 * every statement of the document. Returns the time's index in the times layer.
 */
export function statementTime(attribution: Pick<Attribution, 'cue' | 'content'>, sentence: Span, times: readonly TimeExpression[], quotes: readonly QuoteSpan[], cues: readonly Span[]): number | undefined {
  const cue = attribution.cue[0]!;
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  let best: number | undefined;
  let bestDistance = Infinity;
  times.forEach((time, index) => {
    if (time.type !== 'DATE' && time.type !== 'TIME' || time.value.endsWith('_REF')) return;
    if (time.start < sentence.start || time.end > sentence.end) return;
    if (attribution.content.some((c) => overlaps(c, time)) || quotes.some((q) => q.closed && overlaps(q, time))) return;
    const [from, to] = time.end <= cue.start ? [time.end, cue.start] : [cue.end, time.start];
    if (cues.some((other) => other !== cue && from <= other.start && other.end <= to)) return;
    const distance = to - from;
    if (distance >= 0 && distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}
