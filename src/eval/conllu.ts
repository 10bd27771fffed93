import { GoldFormatError, readGoldText } from './gold-error.js';

/** One syntactic word (a CoNLL-U row with an integer ID). */
export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root. */
  head: number;
  deprel: string;
  misc: string;
}

/** A surface token: one word, or a multiword token (`2-3 au`) covering several words. */
export interface ConlluToken {
  form: string;
  /** Indices into the sentence's `words` array, `[first, last]` inclusive. */
  words: [number, number];
  spaceAfter: boolean;
}

export interface ConlluSentence {
  id?: string;
  text?: string;
  /** Set when the sentence starts a new document / paragraph (`# newdoc`, `# newpar`). */
  newDoc: boolean;
  newPar: boolean;
  words: ConlluWord[];
  tokens: ConlluToken[];
  /** 1-based line of the sentence's first row, for error messages. */
  line: number;
}

const INTEGER_ID = /^[1-9]\d*$/;
const RANGE_ID = /^([1-9]\d*)-([1-9]\d*)$/;
const EMPTY_NODE_ID = /^\d+\.\d+$/;

function hasSpaceAfter(misc: string): boolean {
  return !misc.split('|').includes('SpaceAfter=No');
}

/** Parses CoNLL-U text; empty nodes (`8.1`) are skipped, as they only carry enhanced dependencies. */
export function parseConllu(content: string, file = '<conllu>'): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  const lines = content.split(/\r?\n/);
  let current: ConlluSentence | undefined;
  let pendingRange: { form: string; first: number; last: number; misc: string } | undefined;
  const start = (line: number): ConlluSentence => ({ newDoc: false, newPar: false, words: [], tokens: [], line });
  const finish = (line: number) => {
    if (!current) return;
    if (current.words.length === 0) throw new GoldFormatError(file, line, 'sentence without words');
    if (pendingRange) throw new GoldFormatError(file, line, `multiword token ${pendingRange.form} covers missing words`);
    sentences.push(current);
    current = undefined;
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (raw.trim() === '') { finish(lineNo); return; }
    current ??= start(lineNo);
    if (raw.startsWith('#')) {
      const comment = /^#\s*([^=]+?)\s*(?:=\s?(.*))?$/.exec(raw);
      const key = comment?.[1];
      if (key === 'sent_id') current.id = comment![2];
      else if (key === 'text') current.text = comment![2] ?? '';
      else if (key?.startsWith('newdoc')) current.newDoc = true;
      else if (key?.startsWith('newpar')) current.newPar = true;
      return;
    }
    const cols = raw.split('\t');
    if (cols.length !== 10) throw new GoldFormatError(file, lineNo, `expected 10 tab-separated columns, found ${cols.length}`);
    const [id, form, lemma, upos, xpos, feats, head, deprel, , misc] = cols as [string, string, string, string, string, string, string, string, string, string];
    const range = RANGE_ID.exec(id);
    if (range) {
      pendingRange = { form, first: Number(range[1]), last: Number(range[2]), misc };
      return;
    }
    if (EMPTY_NODE_ID.test(id)) return;
    if (!INTEGER_ID.test(id) || Number(id) !== current.words.length + 1) {
      throw new GoldFormatError(file, lineNo, `unexpected word ID ${id}`);
    }
    const wordIndex = current.words.length;
    const headNumber = head === '_' ? 0 : Number(head);
    if (!Number.isInteger(headNumber)) throw new GoldFormatError(file, lineNo, `bad HEAD ${head}`);
    current.words.push({ id: Number(id), form, lemma, upos, xpos, feats, head: headNumber, deprel, misc });
    if (pendingRange && Number(id) === pendingRange.first) {
      current.tokens.push({ form: pendingRange.form, words: [wordIndex, pendingRange.last - 1], spaceAfter: hasSpaceAfter(pendingRange.misc) });
    } else if (!pendingRange) {
      current.tokens.push({ form, words: [wordIndex, wordIndex], spaceAfter: hasSpaceAfter(misc) });
    }
    if (pendingRange && Number(id) === pendingRange.last) pendingRange = undefined;
  });
  finish(lines.length);
  return sentences;
}

export function readConllu(path: string): ConlluSentence[] {
  return parseConllu(readGoldText(path), path);
}

/** `fr`/`en` from a CoNLL file name such as `fr_sequoia-ud-dev.conllu`, per the eval contract. */
export function languageFromFileName(path: string): 'fr' | 'en' | undefined {
  const base = path.split('/').pop() ?? '';
  const prefix = /^(fr|en)[_-]/i.exec(base)?.[1]?.toLowerCase();
  return prefix === 'fr' || prefix === 'en' ? prefix : undefined;
}
