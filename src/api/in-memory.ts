import type { AnalysisRecord, DocumentMeta } from '../record/schema.js';
import { analyze, type DocumentInput } from '../pipeline/analyze.js';
import { readDocuments } from '../ingest/read-inputs.js';
import { parsePublicationDate } from '../ingest/dates.js';
import type { Corpus, IngestStatus } from '../store/corpus.js';
import type { IngestFailure } from './ingest.js';

/** What a caller may state about a document sent in memory; it wins over what the content says. */
export interface MetaOverrides {
  title?: string;
  date?: string;
  url?: string;
  source?: string;
  lang?: string;
}

export interface InMemoryOptions {
  /** Per-document size limit in bytes. */
  maxBytes?: number;
  overrides?: MetaOverrides;
}

export interface ReadResult {
  inputs: DocumentInput[];
  failed: IngestFailure[];
}

function applyOverrides(input: DocumentInput, overrides: MetaOverrides): DocumentInput {
  const meta: DocumentMeta = { ...input.meta, origin: { ...input.meta.origin } };
  // Content sent in memory has no file: its identity comes from its URL or its text, never from a made-up path.
  delete meta.origin.path;
  if (overrides.title) meta.title = overrides.title;
  if (overrides.url) meta.url = overrides.url;
  if (overrides.source) meta.source = overrides.source;
  const date = parsePublicationDate(overrides.date);
  if (date) meta.date = date;
  return { ...input, meta, declaredLang: overrides.lang ?? input.declaredLang };
}

/**
 * Documents from bytes held in memory (an upload, a request body). `name` only guides format
 * detection by its extension (`article.html`, `batch.jsonl`); the content decides otherwise.
 */
export function readInMemory(bytes: Uint8Array, name: string, options: InMemoryOptions = {}): ReadResult {
  const result: ReadResult = { inputs: [], failed: [] };
  for (const item of readDocuments(bytes, name, { maxBytes: options.maxBytes })) {
    if ('error' in item) result.failed.push({ file: item.error.file, line: item.error.line, message: item.error.message });
    else result.inputs.push(applyOverrides(item.input, options.overrides ?? {}));
  }
  return result;
}

/** Analyses in-memory content without storing it. */
export function analyzeInMemory(bytes: Uint8Array, name: string, options: InMemoryOptions = {}): { records: AnalysisRecord[]; failed: IngestFailure[] } {
  const { inputs, failed } = readInMemory(bytes, name, options);
  return { records: inputs.map((input) => analyze(input)), failed };
}

export interface StoredDocument {
  id: string;
  status: IngestStatus;
  title: string | null;
}

/** Analyses and stores in-memory content in one transaction; reports each document's id and status. */
export function ingestInMemory(corpus: Corpus, bytes: Uint8Array, name: string, options: InMemoryOptions = {}): { documents: StoredDocument[]; failed: IngestFailure[] } {
  const { records, failed } = analyzeInMemory(bytes, name, options);
  const statuses = corpus.ingest(records);
  return {
    documents: records.map((record, index) => ({ id: record.id, status: statuses[index]!, title: record.meta.title ?? null })),
    failed,
  };
}
