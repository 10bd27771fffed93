import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { Corpus } from '../../store/corpus.js';
import { ingestPaths } from '../../api/ingest.js';
import { formatRecord } from '../../report/text.js';
import { documentId } from '../../pipeline/analyze.js';
import { DEFAULT_DB } from '../options.js';
import { packageRoot } from '../../package-root.js';
import { progressBar } from '../progress.js';
import { ingestExitCode, printIngestSummary } from './ingest.js';

/** The sample data shipped in the repository: the demo corpus and the canonical seed article. */
const SAMPLES_DIR = join(packageRoot(), 'samples');
const SEED = 'press-tv-syria-2019-04.txt';

export function registerDemo(program: Command, setExit: (code: number) => void): void {
  program.command('demo')
    .description('ingest the bundled sample corpus (121 Wikinews articles and the seed article) and print a report')
    .option('--db <file>', 'SQLite corpus file', DEFAULT_DB)
    .action((options: { db: string }) => {
      if (!existsSync(SAMPLES_DIR)) throw new Error(`sample data missing at ${SAMPLES_DIR}`);
      const corpus = Corpus.open(options.db);
      const bar = progressBar('ingesting samples');
      try {
        const summary = ingestPaths(corpus, [SAMPLES_DIR], { onProgress: (done, total) => bar.update(done, total) });
        bar.stop();
        printIngestSummary(summary, options.db);
        const stats = corpus.stats();
        console.log(`corpus: ${stats.documents} documents (${Object.entries(stats.byLang).map(([lang, n]) => `${n} ${lang}`).join(', ')}), ${stats.words.toLocaleString('en')} words, ${stats.versions} versions`);
        // Files are identified by their path, so the seed's id follows from where it lies.
        const seedId = documentId({ text: '', meta: { origin: { path: resolve(SAMPLES_DIR, SEED), format: 'dated-text' } } });
        const record = corpus.get(seedId);
        if (record) console.log(`\nThe seed article (${SEED}):\n\n${formatRecord(record)}`);
        console.log(`\nNext: presscope search "Palmyre" --db ${options.db}    ·    presscope show ${seedId} --db ${options.db}`);
        setExit(ingestExitCode(summary));
      } finally {
        bar.stop();
        corpus.close();
      }
    });
}
