import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { DEFAULT_DB, oneOf } from '../options.js';
import { openExisting } from './open.js';

const CSV_COLUMNS = ['id', 'title', 'date', 'lang', 'source', 'url', 'words', 'sentences', 'quotes', 'entities', 'statements', 'places', 'times'] as const;

function csvCell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function registerExport(program: Command): void {
  program.command('export')
    .description('write the current version of every document: full records as JSONL, or one CSV row per document')
    .option('--db <file>', 'SQLite corpus file', DEFAULT_DB)
    .option('--format <format>', 'jsonl or csv', oneOf('jsonl', 'csv'), 'jsonl')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (options: { db: string; format: 'jsonl' | 'csv'; out?: string }) => {
      const corpus = openExisting(options.db);
      const out: NodeJS.WritableStream = options.out ? createWriteStream(options.out) : process.stdout;
      const write = async (line: string) => {
        if (!out.write(`${line}\n`)) await once(out, 'drain');
      };
      try {
        if (options.format === 'csv') await write(CSV_COLUMNS.join(','));
        const summaries = new Map(corpus.summaries().map((s) => [s.id, s]));
        for (const record of corpus.records()) {
          if (options.format === 'jsonl') {
            await write(JSON.stringify(record));
            continue;
          }
          const { layers, meta } = record;
          const row = [record.id, meta.title, meta.date?.value, record.lang.code, meta.source, meta.url, summaries.get(record.id)?.words,
            layers.sentences.length, layers.quotes.length, layers.entities?.length ?? 0, layers.attributions?.length ?? 0,
            layers.places?.length ?? 0, layers.times?.length ?? 0];
          await write(row.map(csvCell).join(','));
        }
      } finally {
        corpus.close();
        if (options.out) await new Promise<void>((resolve) => out.end(resolve));
      }
    });
}
