/**
 * The UPOS tags each word was seen with in training, for words seen often enough that a tag never
 * seen with them is more likely a tagging mistake than a new use ("russe": ADJ or NOUN in Sequoia,
 * never the subjunctive VERB its ending suggests). The tagger chooses among those tags only, and
 * gives a word seen with one tag that tag without scoring.
 */
import { normalizeWord } from './word-hashes.js';

export interface UposDictionaryData {
  /** Normalised word → bit mask of its UPOS indices. */
  readonly words: Readonly<Record<string, number>>;
}

/** Any tag: a word outside the dictionary. */
export const ANY_UPOS = -1;

/** Memo bound, as for the word-attribute hashes: news vocabulary is Zipfian. */
const MEMO_LIMIT = 100_000;

export class UposDictionary {
  private readonly byWord: ReadonlyMap<string, number>;
  /** Written form → mask: skips normalising a word seen before. */
  private readonly memo = new Map<string, number>();

  constructor(readonly data: UposDictionaryData) {
    this.byWord = new Map(Object.entries(data.words));
  }

  /** Bit mask of the UPOS indices the word may take, ANY_UPOS (all bits) outside the dictionary. */
  allowed(word: string): number {
    // English ships without a dictionary and training tags without one: no normalising or memo for them.
    if (this.byWord.size === 0) return ANY_UPOS;
    let mask = this.memo.get(word);
    if (mask === undefined) {
      mask = this.byWord.get(normalizeWord(word)) ?? ANY_UPOS;
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(word, mask);
    }
    return mask;
  }
}

/** The only tag of a mask with one bit set, else -1. */
export function singleTag(mask: number): number {
  return mask > 0 && (mask & (mask - 1)) === 0 ? 31 - Math.clz32(mask) : -1;
}

/** Words seen at least `minCount` times in training, with the tags they were seen with; none if `minCount` is null. */
export function buildUposDictionaryData(examples: Iterable<{ form: string; upos: number }>, minCount: number | null): UposDictionaryData {
  if (minCount === null) return { words: {} };
  const seen = new Map<string, { count: number; mask: number }>();
  for (const { form, upos } of examples) {
    if (upos > 30) throw new RangeError('the UPOS dictionary holds at most 31 tags');
    const word = normalizeWord(form);
    const entry = seen.get(word) ?? { count: 0, mask: 0 };
    entry.count++;
    entry.mask |= 1 << upos;
    seen.set(word, entry);
  }
  const words: Record<string, number> = {};
  for (const [word, { count, mask }] of [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (count >= minCount) words[word] = mask;
  return { words };
}
