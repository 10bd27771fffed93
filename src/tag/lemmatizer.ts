/**
 * Lemmatiser: a lexicon learned from the treebank (form + UPOS → most frequent lemma), and for
 * unseen words the most frequent edit rule of the longest known suffix for that UPOS.
 */
import { applyLemmaRule, lemmaRule, ruleStrip } from './lemma-rules.js';

export interface LemmatizerData {
  /** `UPOS\tform` → lemma (exact form), and `UPOS\t\u0001lower` → lemma (lower-cased form). */
  readonly lexicon: Readonly<Record<string, string>>;
  /** `UPOS\tsuffix` → rule; the empty suffix is the UPOS's default rule. */
  readonly suffixRules: Readonly<Record<string, string>>;
  readonly maxSuffix: number;
  /**
   * UPOS → endings that inflect without changing the lemma ("s" of "morts" beside "mort"), longest
   * first: an unseen form takes the lemma of its known sibling without the ending.
   */
  readonly inflections: Readonly<Record<string, readonly string[]>>;
}

const LOWER_KEY = '\u0001';
const LOWER_KEY_CODE = LOWER_KEY.charCodeAt(0);
const MAX_SUFFIX = 7;

export class Lemmatizer {
  /** Per UPOS (tables split once at load, so that a look-up builds no `UPOS\tform` key string). */
  private readonly exact = new Map<string, Map<string, string>>();
  private readonly folded = new Map<string, Map<string, string>>();
  private readonly suffixRules = new Map<string, Map<string, string>>();
  private readonly inflections: ReadonlyMap<string, readonly string[]>;

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
    this.inflections = new Map(Object.entries(data.inflections));
  }

  lemma(form: string, upos: string): string {
    const exact = this.exact.get(upos)?.get(form);
    if (exact !== undefined) return exact;
    const lower = form.toLowerCase();
    const foldedLexicon = this.folded.get(upos);
    const folded = foldedLexicon?.get(lower);
    if (folded !== undefined) return folded;
    for (const ending of this.inflections.get(upos) ?? []) {
      if (lower.length <= ending.length + 1 || !lower.endsWith(ending)) continue;
      const sibling = foldedLexicon!.get(lower.slice(0, lower.length - ending.length));
      if (sibling !== undefined) return sibling;
    }
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
    // A rule speaks only for suffixes that hold all it strips: "ouverts → ouvrir" (strip "erts")
    // says nothing about other words in "-rts" ("morts" would become "mrir").
    for (let length = ruleStrip(rule); length <= Math.min(MAX_SUFFIX, lower.length); length++) {
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
  return { lexicon, suffixRules, maxSuffix: MAX_SUFFIX, inflections: inflectionEndings(lexicon) };
}

/** Endings (up to this long) that may inflect a word without changing its lemma… */
const MAX_INFLECTION = 2;
/** …when this many known pairs of forms show it… */
const MIN_INFLECTION_PAIRS = 20;
/** …and the two forms of a pair share their lemma this often. */
const MIN_INFLECTION_AGREEMENT = 0.95;

/** Per UPOS, the endings whose known pairs (form, form + ending) nearly always share a lemma. */
function inflectionEndings(lexicon: Readonly<Record<string, string>>): Record<string, string[]> {
  const pairs = new Map<string, { same: number; all: number }>();
  for (const key in lexicon) {
    const tab = key.indexOf('\t');
    if (key.charCodeAt(tab + 1) !== LOWER_KEY_CODE) continue;
    const upos = key.slice(0, tab);
    const form = key.slice(tab + 2);
    for (let length = 1; length <= MAX_INFLECTION && length < form.length - 1; length++) {
      const base = lexicon[`${upos}\t${LOWER_KEY}${form.slice(0, form.length - length)}`];
      if (base === undefined) continue;
      const pairKey = `${upos}\t${form.slice(form.length - length)}`;
      const counts = pairs.get(pairKey) ?? { same: 0, all: 0 };
      counts.all++;
      if (base === lexicon[key]) counts.same++;
      pairs.set(pairKey, counts);
    }
  }
  const endings: Record<string, string[]> = {};
  for (const [pairKey, { same, all }] of [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (all < MIN_INFLECTION_PAIRS || same < MIN_INFLECTION_AGREEMENT * all) continue;
    const tab = pairKey.indexOf('\t');
    (endings[pairKey.slice(0, tab)] ??= []).push(pairKey.slice(tab + 1));
  }
  for (const list of Object.values(endings)) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return endings;
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
