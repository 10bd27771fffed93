import type { Database } from 'better-sqlite3';

/**
 * Schema changes in order; the database records which ran. Never edit a shipped migration:
 * append a new one.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    current_vid INTEGER NOT NULL,
    versions INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE versions (
    vid INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id),
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    title TEXT,
    pub_date TEXT,
    date_precision TEXT,
    lang TEXT NOT NULL,
    lang_supported INTEGER NOT NULL,
    source TEXT,
    url TEXT,
    origin_path TEXT,
    words INTEGER NOT NULL,
    record TEXT NOT NULL,
    UNIQUE (doc_id, version)
  );
  CREATE INDEX versions_pub_date ON versions(pub_date);
  CREATE INDEX versions_source ON versions(source COLLATE NOCASE);
  CREATE INDEX versions_lang ON versions(lang);
  CREATE VIRTUAL TABLE search_index USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
  CREATE TABLE entities (vid INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, type TEXT NOT NULL, text TEXT NOT NULL, norm TEXT NOT NULL);
  CREATE INDEX entities_norm ON entities(norm);
  CREATE INDEX entities_vid ON entities(vid);
  CREATE TABLE statements (
    vid INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    speaker TEXT, speaker_type TEXT, kind TEXT NOT NULL, stance TEXT, cue TEXT NOT NULL, content TEXT NOT NULL
  );
  CREATE INDEX statements_speaker ON statements(speaker COLLATE NOCASE);
  CREATE INDEX statements_vid ON statements(vid);
  CREATE TABLE places (
    vid INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, usage TEXT NOT NULL,
    geonameid TEXT, name TEXT, country TEXT, kind TEXT, lat REAL, lon REAL
  );
  CREATE INDEX places_geonameid ON places(geonameid);
  CREATE INDEX places_vid ON places(vid);
  CREATE TABLE times (
    vid INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
    value TEXT NOT NULL, from_date TEXT, to_date TEXT, precision TEXT
  );
  CREATE INDEX times_range ON times(from_date, to_date);
  CREATE INDEX times_vid ON times(vid);
  `,
  // When each statement was made (attribution.time); rows stored before stay NULL until their document is analysed again.
  `
  ALTER TABLE statements ADD COLUMN said_text TEXT;
  ALTER TABLE statements ADD COLUMN said_value TEXT;
  ALTER TABLE statements ADD COLUMN said_from TEXT;
  ALTER TABLE statements ADD COLUMN said_to TEXT;
  `,
];

export class StoreVersionError extends Error {}

/** Brings the database up to the latest schema, each migration in its own transaction. */
export function migrate(db: Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
  const current = row.version ?? 0;
  if (current > MIGRATIONS.length) {
    throw new StoreVersionError(`the database is at schema version ${current}, newer than this presscope (${MIGRATIONS.length}); upgrade presscope`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
  for (let version = current + 1; version <= MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version - 1]!);
      record.run(version, new Date().toISOString());
    })();
  }
  return MIGRATIONS.length;
}
