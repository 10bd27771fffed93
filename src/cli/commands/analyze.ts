import type { Command } from 'commander';
import { analyze } from '../../pipeline/analyze.js';
import { readDocuments, readInputBytes } from '../../ingest/read-inputs.js';
import { formatRecord } from '../../report/text.js';
import { oneOf } from '../options.js';
import { EXIT, UsageError } from '../errors.js';

export function registerAnalyze(program: Command, setExit: (code: number) => void): void {
  program.command('analyze')
    .description('analyse one input without storing it and print its record')
    .argument('<file>', 'a file, or - for stdin')
    .option('--format <format>', 'json (the record) or text (a readable report)', oneOf('json', 'text'), 'json')
    .option('--lang <code>', 'language of the input, instead of detecting it')
    .action((file: string, options: { format: 'json' | 'text'; lang?: string }) => {
      let bytes: Uint8Array;
      try {
        bytes = readInputBytes(file);
      } catch (error) {
        throw new UsageError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
      let failed = 0;
      let done = 0;
      for (const item of readDocuments(bytes, file)) {
        if ('error' in item) {
          console.error(`error: ${item.error.describe()}`);
          failed++;
          continue;
        }
        const record = analyze({ ...item.input, declaredLang: options.lang ?? item.input.declaredLang });
        console.log(options.format === 'json' ? JSON.stringify(record) : `${formatRecord(record)}\n`);
        done++;
      }
      setExit(failed === 0 ? EXIT.ok : done > 0 ? EXIT.partial : EXIT.usage);
    });
}
