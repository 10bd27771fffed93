import { readFileSync } from 'node:fs';

/** Raised when a gold file cannot be read or is malformed; `presscope eval` reports it and exits 2. */
export class GoldFormatError extends Error {
  constructor(readonly file: string, readonly line: number | undefined, detail: string) {
    super(`${file}${line ? `:${line}` : ''}: ${detail}`);
    this.name = 'GoldFormatError';
  }
}

/** The text of a gold file; an unreadable file is a GoldFormatError naming it (eval exits 2). */
export function readGoldText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new GoldFormatError(file, undefined, `cannot read the gold file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
