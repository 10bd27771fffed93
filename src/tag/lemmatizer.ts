/**
 * Lemmatiser: a lexicon learned from the treebank (form + UPOS → most frequent lemma), and for
 * unseen words the most frequent edit rule of the longest known suffix for that UPOS.
 */
import { applyLemmaRule, lemmaRule } from './lemma-rules.js';

export interface LemmatizerData {
  /** `UPOS\tform` → lemma (exact form), and `UPOS\t\u0001lower` → lemma (lower-cased form). */
  readonly lexicon: Readonly<Record<string, string>>;
  /** `UPOS\tsuffix` → rule; the empty suffix is the UPOS's default rule. */
  readonly suffixRules: Readonly<Record<string, string>>;
  readonly maxSuffix: number;
}

const LOWER_KEY = '\u0001';
const LOWER_KEY_CODE = LOWER_KEY.charCodeAt(0);
const MAX_SUFFIX = 7;

export class Lemmatizer {
  /** Per UPOS (tables split once at load, so that a look-up builds no `UPOS\tform` key string). */
  private readonly exact = new Map<string, Map<string, string>>();
  private readonly folded = new Map<string, Map<string, string>>();
  private readonly suffixRules = new Map<string, Map<string, string>>();

  constructor(readonly data: LemmatizerData) {
    // for…in rather than Object.entries: no [key, value] array per entry (54k of them in English).
    for (const key in data.lexicon) {
      const tab = key.indexOf('\t');
      const isFolded = key.charCodeAt(tab + 1) === LOWER_KEY_CODE;
      addByUpos(isFolded ? this.folded : this.exact, key.slice(0, tab), key.slice(tab + (isFolded ? 2 : 1)), data.lexicon[key]!);
    }
    for (const key in data.suffixRules) {
      const tab = key.indexOf('\t');
      addByUpos(this.suffixRules, key.slice(0, tab), key.slice(tab + 1), data.suffixRules[key]!);
    }
  }

  lemma(form: string, upos: string): string {
    const exact = this.exact.get(upos)?.get(form);
    if (exact !== undefined) return exact;
    const lower = form.toLowerCase();
    const folded = this.folded.get(upos)?.get(lower);
    if (folded !== undefined) return folded;
    const rules = this.suffixRules.get(upos);
    if (rules === undefined) return form;
    for (let length = Math.min(this.data.maxSuffix, lower.length); length >= 0; length--) {
      const rule = rules.get(lower.slice(lower.length - length));
      if (rule === undefined) continue;
      const lemma = applyLemmaRule(form, rule);
      if (lemma !== null) return lemma;
    }
    return form;
  }
}

function addByUpos(table: Map<string, Map<string, string>>, upos: string, key: string, value: string): void {
  let entries = table.get(upos);
  if (entries === undefined) table.set(upos, (entries = new Map()));
  entries.set(key, value);
}

export interface LemmaExample {
  readonly form: string;
  readonly upos: string;
  readonly lemma: string;
}

/** Learns the lexicon and suffix rules from treebank words. */
export function buildLemmatizerData(examples: Iterable<LemmaExample>): LemmatizerData {
  const lexiconCounts = new Map<string, Map<string, number>>();
  const bump = (key: string, lemma: string) => {
    let counts = lexiconCounts.get(key);
    if (!counts) lexiconCounts.set(key, (counts = new Map()));
    counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  };
  for (const { form, upos, lemma } of examples) {
    if (lemma === '_' || lemma === '') continue;
    bump(`${upos}\t${form}`, lemma);
    bump(`${upos}\t${LOWER_KEY}${form.toLowerCase()}`, lemma);
  }
  const lexicon: Record<string, string> = {};
  for (const [key, counts] of lexiconCounts) lexicon[key] = mostFrequent(counts);

  // Suffix rules learn from word types (not tokens): unseen words behave like rare types.
  const ruleCounts = new Map<string, Map<string, number>>();
  for (const key of lexiconCounts.keys()) {
    if (key.includes(LOWER_KEY)) continue;
    const tab = key.indexOf('\t');
    const upos = key.slice(0, tab);
    const form = key.slice(tab + 1);
    const rule = lemmaRule(form, lexicon[key]!);
    const lower = form.toLowerCase();
    for (let length = 0; length <= Math.min(MAX_SUFFIX, lower.length); length++) {
      const suffixKey = `${upos}\t${lower.slice(lower.length - length)}`;
      let counts = ruleCounts.get(suffixKey);
      if (!counts) ruleCounts.set(suffixKey, (counts = new Map()));
      counts.set(rule, (counts.get(rule) ?? 0) + 1);
    }
  }
  const suffixRules: Record<string, string> = {};
  // Keep a suffix only when its rule differs from what its parent (one character shorter) gives.
  const sortedKeys = [...ruleCounts.keys()].sort((a, b) => a.length - b.length);
  for (const key of sortedKeys) {
    const rule = mostFrequent(ruleCounts.get(key)!);
    const tab = key.indexOf('\t');
    const suffix = key.slice(tab + 1);
    if (suffix.length > 0) {
      const parent = resolveRule(suffixRules, key.slice(0, tab), suffix.slice(1));
      if (parent === rule) continue;
    }
    suffixRules[key] = rule;
  }
  return { lexicon, suffixRules, maxSuffix: MAX_SUFFIX };
}

function resolveRule(rules: Record<string, string>, upos: string, suffix: string): string | undefined {
  for (let length = suffix.length; length >= 0; length--) {
    const rule = rules[`${upos}\t${suffix.slice(suffix.length - length)}`];
    if (rule !== undefined) return rule;
  }
  return undefined;
}

function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
