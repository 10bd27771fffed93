import type { AnalysisRecord } from '../record/schema.js';
import { analyze } from '../pipeline/analyze.js';
import { expandPaths, readDocuments, readInputBytes, type ReadOptions } from '../ingest/read-inputs.js';
import { InputError } from '../ingest/errors.js';
import type { Corpus, IngestStatus } from '../store/corpus.js';

export interface IngestFailure {
  file: string;
  line?: number;
  message: string;
}

export interface IngestSummary {
  added: number;
  newVersions: number;
  duplicates: number;
  failed: IngestFailure[];
  /** Documents stored with a caveat: no publication date, a language presscope does not analyse. */
  warnings: IngestFailure[];
  words: number;
  seconds: number;
}

export interface IngestOptions extends ReadOptions {
  /** Documents per transaction. */
  batchSize?: number;
  /** Called after each input file: files done, files in all, the file's path. */
  onProgress?: (done: number, total: number, path: string) => void;
}

/** A library-level failure of one document, reported the same way as a bad input. */
function describeFailure(error: unknown, file: string, line?: number): IngestFailure {
  if (error instanceof InputError) return { file: error.file, line: error.line, message: error.message };
  return { file, line, message: `analysis failed: ${(error as Error).message ?? String(error)}` };
}

/**
 * Reads, analyses and stores everything below `paths`. Bad inputs are collected as failures and
 * the batch goes on; documents are written in transactions of `batchSize`.
 */
export function ingestPaths(corpus: Corpus, paths: readonly string[], options: IngestOptions = {}): IngestSummary {
  const started = performance.now();
  const summary: IngestSummary = { added: 0, newVersions: 0, duplicates: 0, failed: [], warnings: [], words: 0, seconds: 0 };
  const batchSize = options.batchSize ?? 100;
  let pending: AnalysisRecord[] = [];
  const count: Record<IngestStatus, keyof Pick<IngestSummary, 'added' | 'newVersions' | 'duplicates'>> = {
    added: 'added', 'new-version': 'newVersions', duplicate: 'duplicates',
  };
  const flush = () => {
    if (pending.length === 0) return;
    corpus.ingest(pending).forEach((status) => summary[count[status]]++);
    pending = [];
  };
  const entries = expandPaths(paths);
  entries.forEach((entry, index) => {
    if ('error' in entry) {
      summary.failed.push(describeFailure(entry.error, entry.error.file));
    } else {
      let bytes: Uint8Array | undefined;
      try {
        bytes = readInputBytes(entry.path);
      } catch (error) {
        summary.failed.push({ file: entry.path, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
      }
      for (const item of bytes ? readDocuments(bytes, entry.path, options) : []) {
        if ('error' in item) {
          summary.failed.push(describeFailure(item.error, item.error.file));
          continue;
        }
        try {
          const record = analyze(item.input);
          summary.words += record.layers.tokens.length;
          for (const message of record.analysis.warnings) summary.warnings.push({ file: entry.path, line: item.input.meta.origin.line, message });
          pending.push(record);
        } catch (error) {
          summary.failed.push(describeFailure(error, entry.path, item.input.meta.origin.line));
        }
        if (pending.length >= batchSize) flush();
      }
    }
    options.onProgress?.(index + 1, entries.length, 'path' in entry ? entry.path : entry.error.file);
  });
  flush();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
