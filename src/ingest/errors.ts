/**
 * A problem with one input (a file, a JSONL line, a feed item). It is reported as one line naming
 * the file (and line) and never stops the rest of a batch.
 */
export class InputError extends Error {
  constructor(readonly file: string, message: string, readonly line?: number) {
    super(message);
    this.name = 'InputError';
  }

  /** `file:line: message`, the form every CLI report uses. */
  describe(): string {
    return `${this.file}${this.line ? `:${this.line}` : ''}: ${this.message}`;
  }
}
