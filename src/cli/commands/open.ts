import { existsSync } from 'node:fs';
import { Corpus } from '../../store/corpus.js';
import { UsageError } from '../errors.js';

/** Opens a corpus that must already exist (reading commands never create an empty one by mistake). */
export function openExisting(db: string): Corpus {
  if (!existsSync(db)) throw new UsageError(`${db}: no such corpus; create it with "presscope ingest PATH --db ${db}"`);
  return Corpus.open(db);
}
