/**
 * How a word is usually written in running text, away from sentence starts: a strong hint that
 * a capitalised word is a name ("Jordanie" is always capitalised) or not ("Selon" only starts
 * sentences). Classes: share of capitalised occurrences in fifths (0–4), 5 for all-caps words.
 */
import { normalizeWord } from '../tag/word-hashes.js';

const MIN_OCCURRENCES = 2;

export function casingClasses(sentences: Iterable<readonly string[]>): Record<string, number> {
  const capitalised = new Map<string, number>();
  const total = new Map<string, number>();
  const allCaps = new Map<string, number>();
  for (const sentence of sentences) {
    for (let i = 1; i < sentence.length; i++) {
      const word = sentence[i]!;
      if (!/^\p{L}/u.test(word)) continue;
      const key = normalizeWord(word);
      total.set(key, (total.get(key) ?? 0) + 1);
      if (/^\p{Lu}/u.test(word)) capitalised.set(key, (capitalised.get(key) ?? 0) + 1);
      if (word.length > 1 && word === word.toUpperCase()) allCaps.set(key, (allCaps.get(key) ?? 0) + 1);
    }
  }
  const classes: Record<string, number> = {};
  for (const [word, count] of total) {
    if (count < MIN_OCCURRENCES) continue;
    const caps = allCaps.get(word) ?? 0;
    classes[word] = caps * 2 > count ? 5 : Math.min(4, Math.floor((5 * (capitalised.get(word) ?? 0)) / count));
  }
  return classes;
}
