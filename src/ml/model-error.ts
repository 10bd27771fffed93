/** A model file or blob that cannot be used: missing, corrupt, or of another format version. The message is one line. */
export class ModelError extends Error {
  constructor(message: string) {
    super(message.replace(/\s*\n\s*/g, ' '));
    this.name = 'ModelError';
  }
}
