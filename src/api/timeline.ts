import type { Corpus } from '../store/corpus.js';

export interface TimelineEntry {
  documentId: string;
  title: string | null;
  published: string | null;
  text: string;
  value: string;
  from: string;
  to: string;
  precision: string | null;
  start: number;
  end: number;
}

export interface TimelineFilter {
  from?: string;
  to?: string;
  documentId?: string;
  limit?: number;
}

const MAX_ENTRIES = 2000;

/**
 * Resolved event times (the `times` layer's `[from, to)` intervals) of the current documents,
 * oldest first: what the articles talk about, not when they were published.
 */
export function eventTimeline(corpus: Corpus, filter: TimelineFilter = {}): TimelineEntry[] {
  return corpus.db.prepare(`SELECT d.id AS documentId, v.title, v.pub_date AS published, t.text, t.value, t.from_date AS "from", t.to_date AS "to", t.precision, t.start, t.end
    FROM times t JOIN versions v ON v.vid = t.vid JOIN documents d ON d.current_vid = v.vid
    WHERE t.from_date IS NOT NULL AND t.to_date IS NOT NULL
      AND (@docId IS NULL OR d.id = @docId)
      AND (@to IS NULL OR t.from_date <= @to) AND (@from IS NULL OR t.to_date > @from)
    ORDER BY t.from_date, d.id, t.start LIMIT @limit`).all({
    docId: filter.documentId ?? null,
    from: filter.from ?? null,
    to: filter.to ? `${filter.to}\uffff` : null,
    limit: Math.min(filter.limit ?? 500, MAX_ENTRIES),
  }) as TimelineEntry[];
}
