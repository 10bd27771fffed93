import type { Command } from 'commander';
import { formatRecord } from '../../report/text.js';
import { DEFAULT_DB, oneOf, positiveInteger } from '../options.js';
import { UsageError } from '../errors.js';
import { openExisting } from './open.js';

export function registerShow(program: Command): void {
  program.command('show')
    .description('print a stored document (its id, or an unambiguous prefix of it)')
    .argument('<id>', 'document id')
    .option('--db <file>', 'SQLite corpus file', DEFAULT_DB)
    .option('--format <format>', 'json or text', oneOf('json', 'text'), 'text')
    .option('--version <n>', 'an earlier version', positiveInteger)
    .action((id: string, options: { db: string; format: 'json' | 'text'; version?: number }) => {
      const corpus = openExisting(options.db);
      try {
        const record = corpus.get(id, options.version);
        if (!record) throw new UsageError(`no document ${id}${options.version ? ` version ${options.version}` : ''} in ${options.db}`);
        if (options.format === 'json') {
          console.log(JSON.stringify(record));
        } else {
          const versions = corpus.versions(id);
          console.log(formatRecord(record));
          console.log(`\n${versions.length} version${versions.length === 1 ? '' : 's'}: ${versions.map((v) => `${v.version} (${v.createdAt})`).join(', ')}`);
        }
      } finally {
        corpus.close();
      }
    });
}
