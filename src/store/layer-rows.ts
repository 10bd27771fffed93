import type { AnalysisRecord } from '../record/schema.js';

/** Text of possibly discontinuous spans, joined as PolNeAR does (" … "). */
export function spanText(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  return spans.map(({ start, end }) => text.slice(start, end)).join(' … ');
}

/** Rows of the per-layer tables that make a record's layers searchable across the corpus. */
export function layerRows(record: AnalysisRecord) {
  const { text, layers } = record;
  return {
    entities: (layers.entities ?? []).map((e) => [e.start, e.end, e.type, e.text, e.norm] as const),
    statements: (layers.attributions ?? []).map((a, idx) => {
      const spans = [...a.cue, ...a.content, ...a.source];
      return [
        idx, Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end)),
        a.speaker?.name ?? (a.source.length ? spanText(text, a.source) : null), a.speaker?.type ?? null,
        a.kind, a.stance, spanText(text, a.cue), spanText(text, a.content),
      ] as const;
    }),
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
