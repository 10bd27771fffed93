import type { PlaceMention } from '../record/layers/places.js';
import type { GazetteerEntry } from './gazetteer.js';
import { isCapital, isCountry } from './kinds.js';
import type { PlaceLanguageData } from './language-data.js';
import type { Word } from './words.js';

/** How far a verb may sit from its subject ("Damas a à maintes reprises réclamé"). */
const MAX_FILLERS = 4;
const BORDER_WINDOW = 4;

/**
 * A capital or a country named as the subject of a speech or demand verb, as its addressee
 * ("réclamé à Washington"), or as the subject of the clause it introduces ("demanded that
 * Washington withdraw"), stands for its government: a metonym, not a place where something happened.
 */
export function isGovernmentMetonym(entry: GazetteerEntry, words: readonly Word[], first: number, end: number, lang: PlaceLanguageData): boolean {
  if (!isCapital(entry.code) && !isCountry(entry.code)) return false;
  const before = words[first - 1];
  if (before && lang.complementisers.has(before.lower) && words[first - 2] && lang.speechVerbs.has(words[first - 2]!.lower)) return true;
  const prepositions = [lang.roles.location, lang.roles.origin, lang.roles.destination];
  if (!before || !prepositions.some((set) => set.has(before.lower))) {
    for (let i = end, skipped = 0; i < words.length && skipped <= MAX_FILLERS; i++, skipped++) {
      const word = words[i]!;
      if (lang.speechVerbs.has(word.lower)) return true;
      if (!lang.verbFillers.has(word.lower)) break;
    }
    return false;
  }
  // Addressee: "à"/"to" right before, a speech verb just before that.
  for (let i = first - 2; i >= Math.max(0, first - 2 - MAX_FILLERS); i--) {
    if (lang.speechVerbs.has(words[i]!.lower)) return true;
  }
  return false;
}

/** The role the sentence gives the place: where something happened, where from, where to, or a border. */
export function roleOf(words: readonly Word[], first: number, lang: PlaceLanguageData): NonNullable<PlaceMention['role']> {
  for (let i = first - 1; i >= Math.max(0, first - BORDER_WINDOW); i--) {
    if (lang.borderCues.has(words[i]!.lower)) return 'border';
    if (words[i]!.sentenceStart) break;
  }
  for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
    const word = words[i]!.lower;
    if (lang.roles.origin.has(word)) return 'origin';
    if (lang.roles.destination.has(word)) return 'destination';
    if (lang.roles.location.has(word)) return 'location';
    if (!lang.nameConnectors.has(word)) break;
  }
  return 'unspecified';
}
