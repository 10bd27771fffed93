import type { AnalysisRecord } from '../record/schema.js';
import { statementsOf } from '../attribution/statements.js';

/** Rows of the per-layer tables that make a record's layers searchable across the corpus. */
export function layerRows(record: AnalysisRecord) {
  const { layers } = record;
  return {
    entities: (layers.entities ?? []).map((e) => [e.start, e.end, e.type, e.text, e.norm] as const),
    statements: statementsOf(record).map((s, idx) => [
      idx, s.span.start, s.span.end, s.speaker || null, s.speakerType, s.kind, s.stance, s.cue, s.content,
      s.when?.text ?? null, s.when?.value ?? null, s.when?.from ?? null, s.when?.to ?? null,
    ] as const),
    places: (layers.places ?? []).map((p) => [
      p.start, p.end, p.text, p.usage, p.geonameid ?? null, p.name ?? null, p.country ?? null, p.kind ?? null, p.lat ?? null, p.lon ?? null,
    ] as const),
    times: (layers.times ?? []).map((t) => [t.start, t.end, t.text, t.type, t.value, t.from ?? null, t.to ?? null, t.precision ?? null] as const),
  };
}

/** Number of words, for throughput figures and listings. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
