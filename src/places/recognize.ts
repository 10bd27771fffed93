import type { Entity } from '../record/layers/entities.js';
import type { GazetteerEntry, MatchStrength } from './gazetteer.js';
import { gazetteer } from './gazetteer.js';
import type { PlaceLanguageData } from './language-data.js';
import { isCapital, isCountry, isPopulated } from './kinds.js';
import { ARABIC_ARTICLES } from './transliteration.js';
import type { Word } from './words.js';

/** A span that names a place, with every gazetteer feature it may refer to. */
export interface PlaceCandidateSpan {
  start: number;
  end: number;
  /** Indexes into the word list. */
  firstWord: number;
  endWord: number;
  candidates: { entry: GazetteerEntry; strength: MatchStrength; primary: boolean }[];
  /** Found by the NER model as a location. */
  fromEntities: boolean;
}

/** Longest place name tried, in words ("Saint-Jean-de-Luz" is one word, "Bosnia and Herzegovina" three). */
const MAX_NAME_WORDS = 5;
/** A populated place this large is known enough to be accepted on its name alone. */
const TOWN_POPULATION = 15_000;
/** Inside a longer capitalised run ("Donald Trump"), only this large or a country, capital or region counts. */
const PROMINENT_POPULATION = 100_000;

const ARTICLES = new Set<string>(ARABIC_ARTICLES);

/** Features named often enough in news that their name alone makes a place mention. */
function isStrong(entry: GazetteerEntry): boolean {
  return !isPopulated(entry.code) || entry.population >= TOWN_POPULATION || entry.geonameid.startsWith('curated:');
}

function isProminent(entry: GazetteerEntry): boolean {
  return isCountry(entry.code) || isCapital(entry.code) || !isPopulated(entry.code) || entry.population >= PROMINENT_POPULATION;
}

const joinable = (text: string, a: Word, b: Word): boolean => /^[ \u00a0\-‑]{1,2}$/.test(text.slice(a.end, b.start));

/** Words before `index` (nearest first), stopping at a sentence start. */
function wordsBefore(words: readonly Word[], index: number, count: number): Word[] {
  const out: Word[] = [];
  for (let i = index - 1; i >= 0 && out.length < count; i--) {
    out.push(words[i]!);
    if (words[i]!.sentenceStart) break;
  }
  return out;
}

/** The locative cue right before a name, skipping articles ("dans la ville de", "in the city of"). */
export function hasLocativeCue(words: readonly Word[], index: number, lang: PlaceLanguageData): boolean {
  for (const word of wordsBefore(words, index, 3)) {
    if (lang.locativeCues.has(word.lower)) return true;
    if (!lang.nameConnectors.has(word.lower)) return false;
  }
  return false;
}

function isInside(span: { start: number; end: number }, entities: readonly Entity[], types: readonly string[]): Entity | undefined {
  return entities.find((e) => types.includes(e.type) && e.start <= span.start && span.end <= e.end);
}

/**
 * Finds place names: gazetteer matches over capitalised word sequences, checked against the
 * evidence that they are places (feature size, locative cue, the NER model when it ran).
 * `focus` holds the countries the article is already known to talk about.
 */
export function recognizePlaces(
  text: string, words: readonly Word[], lang: PlaceLanguageData, entities: readonly Entity[] | undefined,
  focus: ReadonlySet<string>, isDemonym: (word: Word) => boolean,
): PlaceCandidateSpan[] {
  const g = gazetteer();
  const found: PlaceCandidateSpan[] = [];
  const capitalisedContent = (w: Word) => w.capitalised && !(w.sentenceStart && lang.notPlaceWords.has(w.lower));
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (!first.capitalised || lang.notPlaceWords.has(first.lower) || isDemonym(first)) continue;
    let best: PlaceCandidateSpan | undefined;
    let last = i;
    for (let j = i; j < Math.min(words.length, i + MAX_NAME_WORDS); j++) {
      if (j > i && !joinable(text, words[j - 1]!, words[j]!)) break;
      const word = words[j]!;
      const inner = word.capitalised || lang.nameConnectors.has(word.lower) || ARTICLES.has(word.lower);
      // A lower-case last word is allowed only when the whole span is a known name ("Méditerranée orientale").
      if (!inner && j === i) break;
      // A lower-case last word only extends names of areas ("Méditerranée orientale"), never a town ("Damas a").
      const candidates = g.lookup(text.slice(first.start, word.end))
        .filter((c) => (c.strength !== 'skeleton' || j === i) && (inner || !isPopulated(c.entry.code)));
      if (candidates.length > 0) { best = { start: first.start, end: word.end, firstWord: i, endWord: j + 1, candidates, fromEntities: false }; last = j; }
      if (!inner) break;
    }
    if (!best) continue;
    if (accept(text, best, words, lang, entities, focus, capitalisedContent)) {
      found.push(best);
      i = last;
    }
  }
  addEntityOnlyLocations(text, found, entities);
  return found;
}

function accept(
  text: string, span: PlaceCandidateSpan, words: readonly Word[], lang: PlaceLanguageData, entities: readonly Entity[] | undefined,
  focus: ReadonlySet<string>, capitalisedContent: (w: Word) => boolean,
): boolean {
  if (entities) {
    if (isInside(span, entities, ['PER', 'ORG', 'MISC'])) return false;
    if (isInside(span, entities, ['LOC'])) { span.fromEntities = true; return true; }
  }
  const previous = wordsBefore(words, span.firstWord, 1)[0];
  if (previous && lang.notPlaceHeads.has(previous.lower)) return false;
  const exact = span.candidates.filter((c) => c.strength !== 'skeleton').map((c) => c.entry);
  const cue = hasLocativeCue(words, span.firstWord, lang);
  if (exact.length === 0) {
    // A spelling matched only by its consonant skeleton needs a locative cue and a country the article is about.
    return cue && span.candidates.some((c) => focus.has(c.entry.country) && isStrong(c.entry));
  }
  const inLongerRun = (span.firstWord > 0 && capitalisedContent(words[span.firstWord - 1]!) && !words[span.firstWord]!.sentenceStart
    && /^[ \u00a0]$/.test(text.slice(words[span.firstWord - 1]!.end, words[span.firstWord]!.start)))
    || (span.endWord < words.length && capitalisedContent(words[span.endWord]!) && !words[span.endWord]!.sentenceStart
      && words[span.endWord]!.start - words[span.endWord - 1]!.end === 1);
  if (inLongerRun) return exact.some(isProminent);
  if (exact.some(isStrong)) return true;
  return cue || exact.some((e) => focus.has(e.country));
}

/** Locations the NER model found that no gazetteer match covers: kept, to be reported unresolved. */
function addEntityOnlyLocations(text: string, found: PlaceCandidateSpan[], entities: readonly Entity[] | undefined): void {
  if (!entities) return;
  const g = gazetteer();
  for (const entity of entities) {
    if (entity.type !== 'LOC') continue;
    if (found.some((f) => f.start < entity.end && entity.start < f.end)) continue;
    found.push({
      start: entity.start, end: entity.end, firstWord: -1, endWord: -1, fromEntities: true,
      candidates: g.lookup(text.slice(entity.start, entity.end)),
    });
  }
  found.sort((a, b) => a.start - b.start);
}
