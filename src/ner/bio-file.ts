/**
 * Reader of `TOKEN<TAB>TAG` files: one token per line, a blank line between sentences, and
 * comment lines starting with `# ` that have no TAB (a line with a TAB is always a token).
 */
import { GoldFormatError, readGoldText } from '../eval/gold-error.js';
import { BIO_LABELS } from './bio.js';

export interface BioSentence {
  words: string[];
  tags: string[];
  /** 1-based line of the first token. */
  line: number;
  /** First sentence of the file or of a document (after a `# doc` comment). */
  startsDocument: boolean;
}

export function parseBioFile(content: string, file = '<bio>'): BioSentence[] {
  const sentences: BioSentence[] = [];
  let current: BioSentence | null = null;
  let documentStart = true;
  const lines = content.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (raw.trim() === '') {
      if (current) sentences.push(current);
      current = null;
      return;
    }
    const tab = raw.indexOf('\t');
    if (tab < 0) {
      if (raw.startsWith('#')) {
        if (/^# ?doc\b/.test(raw)) documentStart = true;
        return;
      }
      throw new GoldFormatError(file, lineNo, 'expected TOKEN<TAB>TAG');
    }
    const word = raw.slice(0, tab);
    const tag = raw.slice(tab + 1).trim();
    if (word.length === 0) throw new GoldFormatError(file, lineNo, 'empty token');
    if (tag.includes('\t')) throw new GoldFormatError(file, lineNo, 'more than two columns');
    if (!BIO_LABELS.includes(tag)) throw new GoldFormatError(file, lineNo, `unknown tag "${tag}" (expected O, B-X or I-X with X in PER, LOC, ORG, MISC)`);
    if (!current) {
      current = { words: [], tags: [], line: lineNo, startsDocument: documentStart };
      documentStart = false;
    }
    current.words.push(word);
    current.tags.push(tag);
  });
  if (current) sentences.push(current);
  return sentences;
}

export function readBioFile(path: string): BioSentence[] {
  return parseBioFile(readGoldText(path), path);
}
