import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { recordJsonSchema } from '../../record/schema.js';

export function registerSchema(program: Command): void {
  program.command('schema')
    .description('print the JSON Schema of the analysis record')
    .option('--out <file>', 'write it to a file')
    .action((options: { out?: string }) => {
      const json = `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
      if (options.out) writeFileSync(options.out, json);
      else process.stdout.write(json);
    });
}
