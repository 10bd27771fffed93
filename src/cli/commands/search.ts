import type { Command } from 'commander';
import { SNIPPET_CLOSE, SNIPPET_OPEN, type SearchQuery } from '../../store/corpus.js';
import { DEFAULT_DB, isoDate, positiveInteger } from '../options.js';
import { openExisting } from './open.js';

export function registerSearch(program: Command): void {
  program.command('search')
    .description('full-text search of the corpus (accent- and case-insensitive), with filters')
    .argument('[query]', 'words, "exact phrases", prefix*, -excluded, a OR b')
    .option('--db <file>', 'SQLite corpus file', DEFAULT_DB)
    .option('--lang <code>', 'only documents in this language')
    .option('--from <date>', 'published on or after (YYYY[-MM[-DD]])', isoDate)
    .option('--to <date>', 'published on or before', isoDate)
    .option('--event-from <date>', 'mentions an event time on or after', isoDate)
    .option('--event-to <date>', 'mentions an event time on or before', isoDate)
    .option('--source <outlet>', 'outlet name contains')
    .option('--speaker <name>', 'has a statement by a speaker whose name contains')
    .option('--place <name|geonameid>', 'mentions this place')
    .option('--limit <n>', 'hits to show', positiveInteger, 20)
    .option('--offset <n>', 'hits to skip', (v) => Number(v), 0)
    .option('--json', 'print the result as JSON')
    .action((query: string | undefined, options: SearchQuery & { db: string; json?: boolean }) => {
      const corpus = openExisting(options.db);
      try {
        const result = corpus.search({ ...options, q: query });
        if (options.json) {
          console.log(JSON.stringify(result));
          return;
        }
        const highlight = process.stdout.isTTY ? ['\x1b[1;33m', '\x1b[0m'] : ['[', ']'];
        for (const hit of result.hits) {
          console.log(`${hit.id}  ${hit.date ?? '----------'}  ${hit.lang}  ${hit.source ?? ''}  ${hit.title ?? ''}`);
          console.log(`    ${hit.snippet.replace(/\s+/g, ' ').replaceAll(SNIPPET_OPEN, highlight[0]!).replaceAll(SNIPPET_CLOSE, highlight[1]!)}`);
        }
        console.log(`${result.total} document${result.total === 1 ? '' : 's'}${result.total > result.hits.length ? ` (showing ${result.hits.length})` : ''}`);
      } finally {
        corpus.close();
      }
    });
}


