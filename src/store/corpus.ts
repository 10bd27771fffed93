import Database from 'better-sqlite3';
import { AnalysisRecord } from '../record/schema.js';
import { migrate } from './migrations.js';
import { toFtsQuery } from './fts-query.js';
import { countWords, layerRows } from './layer-rows.js';

export type IngestStatus = 'added' | 'new-version' | 'duplicate';

export interface StoredVersion {
  version: number;
  contentHash: string;
  createdAt: string;
}

export interface DocumentSummary {
  id: string;
  version: number;
  title: string | null;
  date: string | null;
  lang: string;
  source: string | null;
  url: string | null;
  words: number;
}

export interface SearchHit extends DocumentSummary {
  /** Matching passage with matches between ⟦ and ⟧; the start of the text when there is no query. */
  snippet: string;
}

export interface SearchQuery {
  q?: string;
  lang?: string;
  /** Publication date bounds, inclusive, as ISO dates (a partial date `2019-04` works). */
  from?: string;
  to?: string;
  /** Event-time bounds: documents with a resolved time expression overlapping the range. */
  eventFrom?: string;
  eventTo?: string;
  source?: string;
  speaker?: string;
  place?: string;
  limit?: number;
  offset?: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: { lang: Record<string, number>; source: Record<string, number> };
}

export interface PlaceSummary {
  geonameid: string;
  name: string;
  country: string | null;
  kind: string | null;
  lat: number;
  lon: number;
  mentions: number;
  documents: string[];
}

export interface StatementRow {
  documentId: string;
  title: string | null;
  date: string | null;
  speaker: string | null;
  speakerType: string | null;
  kind: string;
  stance: string | null;
  cue: string;
  content: string;
  start: number;
  end: number;
  /** When the statement was made, as its text dates it; null when it does not. */
  when: { text: string; value: string; from: string | null; to: string | null } | null;
}

export const SNIPPET_OPEN = '⟦';
export const SNIPPET_CLOSE = '⟧';
const MAX_LIMIT = 500;

export class QueryError extends Error {}

/** Inclusive upper bound for a partial ISO date: `2019-04` → everything that starts with 2019-04. */
function upperBound(date: string): string {
  return `${date}\uffff`;
}

const SUMMARY_COLUMNS = 'd.id, v.version, v.title, v.pub_date AS date, v.lang, v.source, v.url, v.words';

/**
 * The corpus: analysed documents, their versions and searchable layers in one SQLite file.
 * Every write batch is one transaction: a batch lands whole or not at all.
 */
export class Corpus {
  readonly db: Database.Database;

  private constructor(readonly path: string, options: { readonly?: boolean }) {
    this.db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    if (!options.readonly) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('foreign_keys = ON');
      migrate(this.db);
    }
  }

  static open(path: string, options: { readonly?: boolean } = {}): Corpus {
    return new Corpus(path, options);
  }

  close(): void {
    this.db.close();
  }

  /** Stores records in one transaction; identical text is a duplicate, new text under a known id a new version. */
  ingest(records: readonly AnalysisRecord[]): IngestStatus[] {
    const findHash = this.db.prepare('SELECT doc_id FROM versions WHERE content_hash = ?');
    const findDoc = this.db.prepare('SELECT current_vid, versions FROM documents WHERE id = ?');
    const insertVersion = this.db.prepare(`INSERT INTO versions
      (doc_id, version, content_hash, created_at, title, pub_date, date_precision, lang, lang_supported, source, url, origin_path, words, record)
      VALUES (@docId, @version, @contentHash, @now, @title, @date, @precision, @lang, @supported, @source, @url, @path, @words, @record)`);
    const insertDoc = this.db.prepare('INSERT INTO documents (id, current_vid, versions, created_at, updated_at) VALUES (?, ?, 1, ?, ?)');
    const updateDoc = this.db.prepare('UPDATE documents SET current_vid = ?, versions = ?, updated_at = ? WHERE id = ?');
    const unindex = this.db.prepare('DELETE FROM search_index WHERE rowid = ?');
    const index = this.db.prepare('INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)');
    const insertRows = {
      entities: this.db.prepare('INSERT INTO entities (vid, start, end, type, text, norm) VALUES (?, ?, ?, ?, ?, ?)'),
      statements: this.db.prepare(`INSERT INTO statements (vid, idx, start, end, speaker, speaker_type, kind, stance, cue, content, said_text, said_value, said_from, said_to)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      places: this.db.prepare('INSERT INTO places (vid, start, end, text, usage, geonameid, name, country, kind, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      times: this.db.prepare('INSERT INTO times (vid, start, end, text, type, value, from_date, to_date, precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    };
    const removeRows = ['entities', 'statements', 'places', 'times'].map((table) => this.db.prepare(`DELETE FROM ${table} WHERE vid = ?`));

    return this.db.transaction((batch: readonly AnalysisRecord[]) => batch.map((record): IngestStatus => {
      if (findHash.get(record.contentHash)) return 'duplicate';
      const now = new Date().toISOString();
      const existing = findDoc.get(record.id) as { current_vid: number; versions: number } | undefined;
      const version = (existing?.versions ?? 0) + 1;
      if (!existing) insertDoc.run(record.id, 0, now, now);
      const { lastInsertRowid } = insertVersion.run({
        docId: record.id, version, contentHash: record.contentHash, now,
        title: record.meta.title ?? null, date: record.meta.date?.value ?? null, precision: record.meta.date?.precision ?? null,
        lang: record.lang.code, supported: record.lang.supported ? 1 : 0, source: record.meta.source ?? null,
        url: record.meta.url ?? null, path: record.meta.origin.path ?? null, words: countWords(record.text),
        record: JSON.stringify(record),
      });
      const vid = Number(lastInsertRowid);
      updateDoc.run(vid, version, now, record.id);
      // Only the current version of a document is searchable; older ones stay retrievable.
      if (existing) {
        unindex.run(existing.current_vid);
        for (const remove of removeRows) remove.run(existing.current_vid);
      }
      index.run(vid, record.meta.title ?? '', record.text);
      const rows = layerRows(record);
      for (const [table, list] of Object.entries(rows) as [keyof typeof rows, ReadonlyArray<readonly unknown[]>][]) {
        for (const row of list) insertRows[table].run(vid, ...row);
      }
      return existing ? 'new-version' : 'added';
    }))(records);
  }

  /** The current record of a document (an unambiguous id prefix of ≥ 6 characters works). */
  get(idOrPrefix: string, version?: number): AnalysisRecord | undefined {
    const id = this.resolveId(idOrPrefix);
    if (!id) return undefined;
    const row = (version === undefined
      ? this.db.prepare('SELECT v.record FROM documents d JOIN versions v ON v.vid = d.current_vid WHERE d.id = ?').get(id)
      : this.db.prepare('SELECT record FROM versions WHERE doc_id = ? AND version = ?').get(id, version)) as { record: string } | undefined;
    return row ? AnalysisRecord.parse(JSON.parse(row.record)) : undefined;
  }

  versions(idOrPrefix: string): StoredVersion[] {
    const id = this.resolveId(idOrPrefix);
    return this.db.prepare('SELECT version, content_hash AS contentHash, created_at AS createdAt FROM versions WHERE doc_id = ? ORDER BY version')
      .all(id ?? '') as StoredVersion[];
  }

  private resolveId(idOrPrefix: string): string | undefined {
    if (!/^[0-9a-f]{6,}$/i.test(idOrPrefix)) return undefined;
    const rows = this.db.prepare('SELECT id FROM documents WHERE id >= ? AND id < ? LIMIT 2')
      .all(idOrPrefix.toLowerCase(), `${idOrPrefix.toLowerCase()}\uffff`) as { id: string }[];
    if (rows.length > 1) throw new QueryError(`id prefix ${idOrPrefix} is ambiguous; give more characters`);
    return rows[0]?.id;
  }

  search(query: SearchQuery = {}): SearchResult {
    const limit = Math.min(Math.max(query.limit ?? 20, 1), MAX_LIMIT);
    const offset = Math.max(query.offset ?? 0, 0);
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    const fts = query.q ? toFtsQuery(query.q) : undefined;
    if (query.q && !fts) throw new QueryError(`nothing searchable in query "${query.q}"`);
    if (fts) { where.push('search_index MATCH @fts'); params.fts = fts; }
    if (query.lang) { where.push('v.lang = @lang'); params.lang = query.lang.toLowerCase(); }
    if (query.from) { where.push('v.pub_date >= @from'); params.from = query.from; }
    if (query.to) { where.push('v.pub_date <= @to'); params.to = upperBound(query.to); }
    if (query.source) { where.push('v.source LIKE @source'); params.source = `%${query.source}%`; }
    if (query.speaker) {
      where.push('EXISTS (SELECT 1 FROM statements s WHERE s.vid = v.vid AND s.speaker LIKE @speaker)');
      params.speaker = `%${query.speaker}%`;
    }
    if (query.place) {
      where.push('EXISTS (SELECT 1 FROM places p WHERE p.vid = v.vid AND (p.geonameid = @placeId OR p.name LIKE @place OR p.text LIKE @place))');
      params.place = query.place;
      params.placeId = query.place;
    }
    if (query.eventFrom || query.eventTo) {
      where.push(`EXISTS (SELECT 1 FROM times t WHERE t.vid = v.vid AND t.from_date IS NOT NULL
        AND (@eventTo IS NULL OR t.from_date <= @eventTo) AND (@eventFrom IS NULL OR t.to_date > @eventFrom))`);
      params.eventFrom = query.eventFrom ?? null;
      params.eventTo = query.eventTo ? upperBound(query.eventTo) : null;
    }
    const source = fts
      ? 'search_index JOIN versions v ON v.vid = search_index.rowid JOIN documents d ON d.current_vid = v.vid'
      : 'documents d JOIN versions v ON v.vid = d.current_vid';
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const snippet = fts
      ? `snippet(search_index, 1, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', 16)`
      : 'substr((SELECT body FROM search_index WHERE rowid = v.vid), 1, 160)';
    const order = fts ? 'ORDER BY bm25(search_index), v.pub_date DESC' : 'ORDER BY v.pub_date DESC, d.id';
    try {
      const hits = this.db.prepare(`SELECT ${SUMMARY_COLUMNS}, ${snippet} AS snippet FROM ${source} ${filter} ${order} LIMIT @limit OFFSET @offset`)
        .all({ ...params, limit, offset }) as SearchHit[];
      const facet = (column: string) => Object.fromEntries((this.db.prepare(
        `SELECT ${column} AS key, COUNT(*) AS n FROM ${source} ${filter} GROUP BY ${column} ORDER BY n DESC LIMIT 50`,
      ).all(params) as { key: string | null; n: number }[]).map(({ key, n }) => [key ?? 'unknown', n]));
      const { total } = this.db.prepare(`SELECT COUNT(*) AS total FROM ${source} ${filter}`).get(params) as { total: number };
      return { total, hits, facets: { lang: facet('v.lang'), source: facet('v.source') } };
    } catch (error) {
      if (error instanceof Database.SqliteError && /fts5/i.test(error.message)) throw new QueryError(`cannot search for "${query.q}": ${error.message}`);
      throw error;
    }
  }

  /** Current records, for export; streamed so a large corpus does not sit in memory. */
  *records(): Generator<AnalysisRecord> {
    const rows = this.db.prepare('SELECT v.record FROM documents d JOIN versions v ON v.vid = d.current_vid ORDER BY v.pub_date, d.id').iterate() as Iterable<{ record: string }>;
    for (const row of rows) yield JSON.parse(row.record) as AnalysisRecord;
  }

  summaries(): DocumentSummary[] {
    return this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d JOIN versions v ON v.vid = d.current_vid ORDER BY v.pub_date, d.id`).all() as DocumentSummary[];
  }

  stats(): { documents: number; versions: number; words: number; byLang: Record<string, number> } {
    const { documents, words } = this.db.prepare('SELECT COUNT(*) AS documents, COALESCE(SUM(v.words), 0) AS words FROM documents d JOIN versions v ON v.vid = d.current_vid').get() as { documents: number; words: number };
    const { versions } = this.db.prepare('SELECT COUNT(*) AS versions FROM versions').get() as { versions: number };
    const byLang = Object.fromEntries((this.db.prepare('SELECT v.lang AS lang, COUNT(*) AS n FROM documents d JOIN versions v ON v.vid = d.current_vid GROUP BY v.lang').all() as { lang: string; n: number }[]).map((r) => [r.lang, r.n]));
    return { documents, versions, words, byLang };
  }

  /** Resolved places of the current documents with mention counts, optionally by country and publication date. */
  places(filter: { country?: string; from?: string; to?: string; limit?: number } = {}): PlaceSummary[] {
    const rows = this.db.prepare(`SELECT p.geonameid, p.name, p.country, p.kind, p.lat, p.lon, COUNT(*) AS mentions, json_group_array(DISTINCT d.id) AS documents
      FROM places p JOIN versions v ON v.vid = p.vid JOIN documents d ON d.current_vid = v.vid
      WHERE p.geonameid IS NOT NULL AND p.usage = 'place'
        AND (@country IS NULL OR p.country = @country) AND (@from IS NULL OR v.pub_date >= @from) AND (@to IS NULL OR v.pub_date <= @to)
      GROUP BY p.geonameid ORDER BY mentions DESC, p.name LIMIT @limit`).all({
      country: filter.country?.toUpperCase() ?? null, from: filter.from ?? null, to: filter.to ? upperBound(filter.to) : null, limit: filter.limit ?? 1000,
    }) as Array<Omit<PlaceSummary, 'documents'> & { documents: string }>;
    return rows.map((row) => ({ ...row, documents: JSON.parse(row.documents) as string[] }));
  }

  /** Statements across the corpus by a speaker (or outlet) name, in articles of an outlet of record, newest first. */
  statements(filter: { speaker?: string; source?: string; limit?: number; offset?: number } = {}): StatementRow[] {
    const rows = this.db.prepare(`SELECT d.id AS documentId, v.title, v.pub_date AS date, s.speaker, s.speaker_type AS speakerType, s.kind, s.stance, s.cue, s.content, s.start, s.end,
        s.said_text AS saidText, s.said_value AS saidValue, s.said_from AS saidFrom, s.said_to AS saidTo
      FROM statements s JOIN versions v ON v.vid = s.vid JOIN documents d ON d.current_vid = v.vid
      WHERE (@speaker IS NULL OR s.speaker LIKE @speaker) AND (@source IS NULL OR v.source LIKE @source)
      ORDER BY v.pub_date DESC, d.id, s.idx LIMIT @limit OFFSET @offset`).all({
      speaker: filter.speaker ? `%${filter.speaker}%` : null, source: filter.source ? `%${filter.source}%` : null, limit: Math.min(filter.limit ?? 100, MAX_LIMIT), offset: filter.offset ?? 0,
    }) as Array<Omit<StatementRow, 'when'> & { saidText: string | null; saidValue: string | null; saidFrom: string | null; saidTo: string | null }>;
    return rows.map(({ saidText, saidValue, saidFrom, saidTo, ...row }) => ({
      ...row, when: saidText !== null && saidValue !== null ? { text: saidText, value: saidValue, from: saidFrom, to: saidTo } : null,
    }));
  }

  /** Mentions of an entity (by its normalised form) across the corpus. */
  entity(norm: string): { norm: string; types: Record<string, number>; documents: DocumentSummary[] } | undefined {
    const types = this.db.prepare('SELECT type, COUNT(*) AS n FROM entities e JOIN documents d ON d.current_vid = e.vid WHERE e.norm = ? GROUP BY type').all(norm) as { type: string; n: number }[];
    if (types.length === 0) return undefined;
    const documents = this.db.prepare(`SELECT DISTINCT ${SUMMARY_COLUMNS} FROM entities e JOIN versions v ON v.vid = e.vid JOIN documents d ON d.current_vid = v.vid WHERE e.norm = ? ORDER BY v.pub_date DESC`).all(norm) as DocumentSummary[];
    return { norm, types: Object.fromEntries(types.map((t) => [t.type, t.n])), documents };
  }
}
