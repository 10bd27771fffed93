import type { LexEntry, TimeLanguage } from './language.js';
import { normalizeWord, tokenizeForTime } from './tokenize.js';

/** A phrase trie over normalised tokens: "aujourd'hui" and "plus de" are several tokens long. */
export interface TrieNode {
  entries?: LexEntry[];
  next: Map<string, TrieNode>;
}

export interface LexMatch { entry: LexEntry; length: number }

export interface CompiledLexicon {
  root: TrieNode;
  ambiguous: Set<string>;
  triggers: Set<string>;
  blockers: Set<string>;
  abbreviations: Set<string>;
  capitalised: Set<string>;
  lowercaseMonths: boolean;
}

function insert(root: TrieNode, keys: string[], entries: LexEntry[]): void {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = { next: new Map() }));
    node = child;
  }
  (node.entries ??= []).push(...entries);
}

const lowerAll = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase().replace(/’/g, "'")));
const normalizeAll = (words: readonly string[]) => new Set(words.map(normalizeWord));

export function compileLexicon(language: TimeLanguage): CompiledLexicon {
  const root: TrieNode = { next: new Map() };
  for (const [phrase, entries] of Object.entries(language.lexicon)) {
    const keys = tokenizeForTime(phrase, language.decimalComma).map((t) => t.norm);
    insert(root, keys, [entries].flat());
  }
  return {
    root,
    ambiguous: normalizeAll(language.ambiguous),
    triggers: lowerAll(language.ambiguousTriggers),
    blockers: lowerAll(language.ambiguousBlockers),
    abbreviations: normalizeAll(language.abbreviations),
    capitalised: normalizeAll(language.capitalised),
    lowercaseMonths: language.lowercaseMonths,
  };
}

/** Every lexicon phrase starting at token `i`, longest first; a phrase never runs across a line break. */
export function lookupAt(root: TrieNode, norms: readonly string[], breaks: readonly boolean[], i: number): LexMatch[] {
  const found: LexMatch[] = [];
  let node: TrieNode | undefined = root;
  for (let j = i; j < norms.length; j++) {
    if (j > i && breaks[j]) break;
    node = node.next.get(norms[j]!);
    if (!node) break;
    if (node.entries) for (const entry of node.entries) found.push({ entry, length: j - i + 1 });
  }
  return found.reverse();
}
