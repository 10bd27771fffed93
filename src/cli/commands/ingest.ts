import type { Command } from 'commander';
import { Corpus } from '../../store/corpus.js';
import { ingestPaths, type IngestSummary } from '../../api/ingest.js';
import { DEFAULT_DB, positiveInteger } from '../options.js';
import { progressBar } from '../progress.js';
import { EXIT } from '../errors.js';

export function printIngestSummary(summary: IngestSummary, db: string): void {
  const where = (item: { file: string; line?: number }) => `${item.file}${item.line ? `:${item.line}` : ''}`;
  for (const warning of summary.warnings) console.error(`warning: ${where(warning)}: ${warning.message}`);
  for (const failure of summary.failed) console.error(`error: ${where(failure)}: ${failure.message}`);
  const rate = summary.seconds > 0 ? Math.round(summary.words / summary.seconds) : 0;
  console.log(`${db}: ${summary.added} added, ${summary.newVersions} new versions, ${summary.duplicates} duplicates, ${summary.failed.length} failed, ${summary.warnings.length} warnings`
    + ` (${summary.words.toLocaleString('en')} tokens in ${summary.seconds.toFixed(1)} s, ${rate.toLocaleString('en')} tokens/s)`);
}

/** Exit status of a batch: partial when some inputs failed, usage error when nothing went through. */
export function ingestExitCode(summary: IngestSummary): number {
  if (summary.failed.length === 0) return EXIT.ok;
  return summary.added + summary.newVersions + summary.duplicates > 0 ? EXIT.partial : EXIT.usage;
}

export function registerIngest(program: Command, setExit: (code: number) => void): void {
  program.command('ingest')
    .description('read, analyse and store articles: text, dated text, JSONL, HTML, RSS/Atom files, directories (recursive), - for stdin')
    .argument('<paths...>', 'files or directories')
    .option('--db <file>', 'SQLite corpus file', DEFAULT_DB)
    .option('--max-size <MB>', 'refuse inputs larger than this many megabytes of text', positiveInteger, 10)
    .option('--batch <n>', 'documents per transaction', positiveInteger, 100)
    .action((paths: string[], options: { db: string; maxSize: number; batch: number }) => {
      const corpus = Corpus.open(options.db);
      const bar = progressBar('ingesting');
      try {
        const summary = ingestPaths(corpus, paths, {
          maxBytes: options.maxSize * 1024 * 1024,
          batchSize: options.batch,
          onProgress: (done, total) => bar.update(done, total),
        });
        bar.stop();
        printIngestSummary(summary, options.db);
        setExit(ingestExitCode(summary));
      } finally {
        bar.stop();
        corpus.close();
      }
    });
}
