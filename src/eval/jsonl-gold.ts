import { GoldFormatError, readGoldText } from './gold-error.js';
import { languageFromFileName } from './conllu.js';

/** Each non-blank line of a JSONL gold file as an object with its 1-based line; GoldFormatError names the first bad line. */
export function readJsonlObjects(file: string): Array<{ record: Record<string, unknown>; line: number }> {
  const content = readGoldText(file);
  const objects: Array<{ record: Record<string, unknown>; line: number }> = [];
  content.split('\n').forEach((rawLine, index) => {
    const line = index + 1;
    if (rawLine.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(rawLine);
    } catch (error) {
      throw new GoldFormatError(file, line, `invalid JSON (${(error as Error).message})`);
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new GoldFormatError(file, line, 'a line must be a JSON object');
    objects.push({ record: record as Record<string, unknown>, line });
  });
  return objects;
}

/** The language of a gold record: `--lang`, else its `lang` field, else a fr/en prefix of the file name. */
export function goldLanguage(declared: unknown, file: string, line: number, override?: 'fr' | 'en'): 'fr' | 'en' {
  if (override) return override;
  if (declared === 'fr' || declared === 'en') return declared;
  const fromName = languageFromFileName(file);
  if (fromName) return fromName;
  throw new GoldFormatError(file, line, `"lang" must be fr or en (or pass --lang), got ${JSON.stringify(declared)}`);
}
