/**
 * Spelling knowledge for place names that is neither French nor English: how Arabic (and other)
 * names are romanised differently by French and English sources.
 */

/** The Arabic article in its romanisations (al-, el-, ad-, ar-, as-, at-, az-, ash-, an-…), sun-letter assimilated. */
export const ARABIC_ARTICLES = ['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'an', 'ash', 'ech', 'es', 'ez', 'ed', 'er', 'et', 'en', 'ul', 'ud', 'the'] as const;

/**
 * Letter groups rewritten before a name is reduced to its consonant skeleton, so that French and
 * English transliterations meet: Qamichli / Qamishli, Roukbane / Rukban, Kobané / Kobani.
 * Longer groups first: they are tried in this order at each position.
 */
export const SKELETON_REWRITES: Readonly<Record<string, string>> = {
  ou: 'u', ch: 'sh', kh: 'k', gh: 'g', dh: 'd', th: 't', ph: 'f', ck: 'k', dj: 'g', ca: 'ka', co: 'ko', cu: 'ku',
  q: 'k', w: 'u', j: 'g',
};
