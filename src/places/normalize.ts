import { ARABIC_ARTICLES, SKELETON_REWRITES } from './transliteration.js';

const ARTICLES = new Set<string>(ARABIC_ARTICLES);
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, no accents, typographic apostrophes and dashes unified. */
export function fold(text: string): string {
  // Most names are plain ASCII: skipping Unicode decomposition for them keeps the index build fast.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’ʼ`´‘]/g, "'").replace(/[‐‑‒–—]/g, '-');
}

const collapseDoubles = (s: string): string => s.replace(/(.)\1+/g, '$1');
const ASCII_SEPARATORS = /[^a-z0-9]+/;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const words = (folded: string): string[] =>
  folded.split(NON_ASCII.test(folded) ? SEPARATORS : ASCII_SEPARATORS).filter((part) => part.length > 0);
const REWRITE = new RegExp(Object.keys(SKELETON_REWRITES).sort((a, b) => b.length - a.length).join('|'), 'g');

/** The three lookup keys of a name, from the strictest to the weakest. */
export interface NameKeys {
  /** "Deir Ezzor" and "Deir ez-Zor" both give "deirezor": case, accents, spaces, hyphens, apostrophes and doubled letters ignored. */
  full: string;
  /** As full, with the Arabic article dropped wherever it stands: "al-Tanf" → "tanf", "Dayr az Zawr" → "dayrzawr". */
  articleFree: string;
  /** Consonant skeleton for transliteration variants ("Hassaké" and "Al-Hasakah" → "hsk"). */
  skeleton: string;
}

export function nameKeys(name: string, withSkeleton = true): NameKeys {
  const parts = words(fold(name));
  const full = collapseDoubles(parts.join(''));
  const kept = parts.filter((part, i) => !(ARTICLES.has(part) && i < parts.length - 1));
  const articleFree = kept.length === parts.length ? full : collapseDoubles(kept.join(''));
  if (!withSkeleton) return { full, articleFree, skeleton: '' };
  const s = articleFree.replace(REWRITE, (group) => SKELETON_REWRITES[group]!);
  const skeleton = collapseDoubles(s.charAt(0) + s.slice(1).replace(/[aeiouyh]/g, ''));
  return { full, articleFree, skeleton };
}
