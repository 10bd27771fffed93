/** Raised when a gold file cannot be read or is malformed; `presscope eval` reports it and exits 2. */
export class GoldFormatError extends Error {
  constructor(readonly file: string, readonly line: number | undefined, detail: string) {
    super(`${file}${line ? `:${line}` : ''}: ${detail}`);
    this.name = 'GoldFormatError';
  }
}
