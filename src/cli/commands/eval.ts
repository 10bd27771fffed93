import type { Command } from 'commander';
import { EVAL_TASKS, runEval, type EvalTask } from '../../eval/index.js';
import { GoldFormatError } from '../../eval/gold-error.js';
import { language, oneOf } from '../options.js';
import { EXIT } from '../errors.js';

export function registerEval(program: Command, setExit: (code: number) => void): void {
  program.command('eval')
    .description('score the system against a gold file (see ../shared/docs/eval-contract.md); the last stdout line is JSON')
    .argument('<task>', EVAL_TASKS.join(' | '), oneOf(...EVAL_TASKS))
    .requiredOption('--gold <file>', 'gold file')
    .option('--lang <code>', 'fr or en (default: from the file)', language)
    .option('--json', 'print only the JSON line')
    .action(async (task: EvalTask, options: { gold: string; lang?: 'fr' | 'en'; json?: boolean }) => {
      try {
        const { table, metrics } = await runEval(task, options.gold, { lang: options.lang });
        if (!options.json) console.log(table);
        console.log(JSON.stringify(metrics));
      } catch (error) {
        if (!(error instanceof GoldFormatError)) throw error;
        console.error(`error: ${error.message}`);
        setExit(EXIT.usage);
      }
    });
}
