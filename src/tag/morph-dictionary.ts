/**
 * Frequent words whose morphology the training treebank leaves no doubt about once their UPOS is
 * known ("the" as DET is Definite=Def|PronType=Art, DT; "," as PUNCT has no features): the tagger
 * gives them these values without scoring, which saves most of its morphology work on function
 * words and punctuation.
 */
import { normalizeWord } from './word-hashes.js';

export interface MorphDictionaryData {
  /** UPOS index → normalised word → its morphology value index per head (see `morphHeads`). */
  readonly words: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>>;
  /** UPOS index → per head, the value indices training saw with that UPOS (a NOUN has no Tense, nor the XPOS VBD). */
  readonly valuesByUpos: Readonly<Record<string, readonly (readonly number[])[]>>;
}

/** A word with a UPOS is sure when seen this often… */
const MIN_COUNT = 20;
/** …and with the same morphology at least this share of the time. */
const MIN_SHARE = 0.995;

export class MorphDictionary {
  private readonly byUpos: Map<string, Int32Array>[] = [];

  constructor(readonly data: MorphDictionaryData) {
    for (const [upos, words] of Object.entries(data.words)) {
      this.byUpos[Number(upos)] = new Map(Object.entries(words).map(([word, values]) => [word, Int32Array.from(values)]));
    }
  }

  /** Per head, the values a word of this UPOS may take; undefined for a UPOS training never saw. */
  valuesFor(upos: number): readonly (readonly number[])[] | undefined {
    return this.data.valuesByUpos[upos];
  }

  /** The sure morphology values (one per head) of a word with this UPOS, if any. */
  sureMorph(word: string, upos: number): Int32Array | undefined {
    return this.byUpos[upos]?.get(normalizeWord(word));
  }
}

/** One training word: its form, UPOS index and morphology value index per head. */
export interface MorphExample {
  readonly form: string;
  readonly upos: number;
  readonly morph: readonly number[];
}

export function buildMorphDictionaryData(examples: Iterable<MorphExample>): MorphDictionaryData {
  const counts = new Map<number, Map<string, Map<string, number>>>();
  const seen = new Map<number, Set<number>[]>();
  for (const { form, upos, morph } of examples) {
    let headValues = seen.get(upos);
    if (!headValues) seen.set(upos, (headValues = morph.map(() => new Set<number>())));
    morph.forEach((value, head) => headValues!.at(head)!.add(value));
    let byWord = counts.get(upos);
    if (!byWord) counts.set(upos, (byWord = new Map()));
    const word = normalizeWord(form);
    let values = byWord.get(word);
    if (!values) byWord.set(word, (values = new Map()));
    const key = morph.join(',');
    values.set(key, (values.get(key) ?? 0) + 1);
  }
  const words: Record<string, Record<string, number[]>> = {};
  for (const [upos, byWord] of [...counts].sort(([a], [b]) => a - b)) {
    const sure: Record<string, number[]> = {};
    for (const [word, values] of [...byWord].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const key = sureValue(values);
      if (key !== undefined) sure[word] = key.split(',').map(Number);
    }
    if (Object.keys(sure).length > 0) words[upos] = sure;
  }
  const valuesByUpos: Record<string, number[][]> = {};
  for (const [upos, heads] of [...seen].sort(([a], [b]) => a - b)) valuesByUpos[upos] = heads.map((values) => [...values].sort((a, b) => a - b));
  return { words, valuesByUpos };
}

/** The value seen at least MIN_SHARE of the time, when seen MIN_COUNT times in all. */
function sureValue(counts: Map<string, number>): string | undefined {
  let total = 0;
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    total += count;
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return total >= MIN_COUNT && bestCount >= MIN_SHARE * total ? best : undefined;
}
