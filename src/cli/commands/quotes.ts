import type { Command } from 'commander';
import { DEFAULT_DB, positiveInteger } from '../options.js';
import { openExisting } from './open.js';

export function registerQuotes(program: Command): void {
  program.command('quotes')
    .description('statements across the corpus, newest first: who said what, with the cue and the kind of report')
    .option('--speaker <name>', 'speaker or outlet name contains')
    .option('--source <outlet>', 'only articles whose outlet of record contains this (e.g. "Press TV")')
    .option('--db <file>', 'SQLite corpus file', DEFAULT_DB)
    .option('--limit <n>', 'statements to show', positiveInteger, 50)
    .option('--offset <n>', 'statements to skip', (v) => Number(v), 0)
    .option('--json', 'print JSON')
    .action((options: { speaker?: string; source?: string; db: string; limit: number; offset: number; json?: boolean }) => {
      const corpus = openExisting(options.db);
      try {
        const rows = corpus.statements(options);
        if (options.json) {
          console.log(JSON.stringify(rows));
          return;
        }
        for (const row of rows) {
          const content = row.content.replace(/\s+/g, ' ');
          const said = row.when ? `, said ${row.when.text} = ${row.when.value}` : '';
          console.log(`${row.date ?? '----'}  ${row.speaker ?? '(no speaker)'} [${row.speakerType ?? 'unknown'}] — ${row.cue} — "${content.length > 160 ? `${content.slice(0, 159)}…` : content}" (${row.kind}${row.stance && row.stance !== 'reports' ? `, ${row.stance}` : ''}${said})  ${row.documentId}`);
        }
        console.log(`${rows.length} statement${rows.length === 1 ? '' : 's'}`);
      } finally {
        corpus.close();
      }
    });
}
