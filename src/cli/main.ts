import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, UsageError } from './errors.js';
import { registerIngest } from './commands/ingest.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerSearch } from './commands/search.js';
import { registerShow } from './commands/show.js';
import { registerExport } from './commands/export.js';
import { registerSchema } from './commands/schema.js';
import { registerDemo } from './commands/demo.js';
import { registerEval } from './commands/eval.js';
import { registerQuotes } from './commands/quotes.js';
import { registerTrain } from './commands/train.js';
import { registerServe } from './commands/serve.js';
import { registerPlaces } from './commands/places.js';
import { QueryError } from '../store/corpus.js';
import { StoreVersionError } from '../store/migrations.js';
import { InputError } from '../ingest/errors.js';
import { packageRoot } from '../package-root.js';

const { version } = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };

/** Errors that are the user's to fix: printed as one line, never with a stack trace. */
const USER_ERRORS = [UsageError, QueryError, StoreVersionError, InputError];

function isUserError(error: unknown): error is Error {
  return USER_ERRORS.some((type) => error instanceof type)
    || (error instanceof Error && ['ModelError', 'GoldFormatError'].includes(error.name))
    || (error instanceof Error && 'code' in error && typeof error.code === 'string' && /^SQLITE_(CANTOPEN|NOTADB|READONLY|CORRUPT)/.test(error.code));
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('presscope')
    .description('news intelligence: who is named, who said what, which outlets, when and where — with exact offsets')
    .version(version)
    // Options after a command name are the command's own: `show ID --version 2` is not the program's --version.
    .enablePositionalOptions()
    .showHelpAfterError('(run presscope --help for usage)')
    .exitOverride();
  registerDemo(program, setExit);
  registerIngest(program, setExit);
  registerAnalyze(program, setExit);
  registerSearch(program);
  registerShow(program);
  registerExport(program);
  registerQuotes(program);
  registerPlaces(program);
  registerEval(program, setExit);
  registerTrain(program);
  registerServe(program);
  registerSchema(program);
  return program;
}

/** Runs the CLI and returns its exit code (see README: 0 ok, 1 some inputs failed, 2 usage or input error, 70 bug). */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((status) => { code = status; });
  try {
    await program.parseAsync(argv as string[]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (isUserError(error)) {
      console.error(`error: ${error.message}`);
      return EXIT.usage;
    }
    console.error(`internal error: ${(error as Error)?.message ?? String(error)}`);
    if (process.env.PRESSCOPE_DEBUG) console.error((error as Error)?.stack);
    else console.error('(this is a bug in presscope; run with PRESSCOPE_DEBUG=1 for details)');
    return EXIT.internal;
  }
}
