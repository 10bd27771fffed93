import type { Entity } from '../record/layers/entities.js';
import type { GazetteerEntry, MatchStrength } from './gazetteer.js';
import { gazetteer } from './gazetteer.js';
import type { PlaceLanguageData } from './language-data.js';
import { isCapital, isCountry, isPopulated, isRegion } from './kinds.js';
import { ARABIC_ARTICLES } from './transliteration.js';
import { nameKeys } from './normalize.js';
import type { Word } from './words.js';

export interface PlaceCandidate { entry: GazetteerEntry; strength: MatchStrength; primary: boolean }

/** A span that names a place, with every gazetteer feature it may refer to. */
export interface PlaceCandidateSpan {
  start: number;
  end: number;
  /** Indexes into the word list (-1 for a span that only the NER model found). */
  firstWord: number;
  endWord: number;
  candidates: PlaceCandidate[];
  /** Found by the NER model as a location. */
  fromEntities: boolean;
}

/** What the article is about, as far as the matcher needs: country code → number of mentions. */
export type CountryFocus = ReadonlyMap<string, number>;

/** Names whose acceptance depends on the article's countries, which are known only once the article is read. */
export interface PendingSpan { span: PlaceCandidateSpan; accept: (focus: CountryFocus) => boolean }

export interface Recognition { places: PlaceCandidateSpan[]; pending: PendingSpan[] }

/** Longest place name tried, in words ("Saint-Jean-de-Luz" is one word, "Bosnia and Herzegovina" three). */
const MAX_NAME_WORDS = 5;
/** A populated place this large is known enough to be accepted on its name alone. */
const TOWN_POPULATION = 15_000;
/** Large enough to be meant even by an alternate name or at the start of a sentence. */
const CITY_POPULATION = 100_000;
/** Names this short ("QC", "MP", "D") only count as country codes ("US", "UK", "RDC"). */
const MAX_CODE_LETTERS = 3;
/** A weak name is accepted on the article's focus only if this long (short names collide too often). */
const MIN_FOCUS_NAME_LETTERS = 6;

const ARTICLES = new Set<string>(ARABIC_ARTICLES);

/** Countries, capitals and areas that belong to no country (seas, continents): meant whatever the context. */
function isProminent(entry: GazetteerEntry): boolean {
  return isCountry(entry.code) || isCapital(entry.code) || (!isPopulated(entry.code) && entry.country === '');
}

/** Curated rows are places the news names that GeoNames lacks (al-Tanf, Rukban): chosen by hand, never people. */
const isCurated = (entry: GazetteerEntry): boolean => entry.geonameid.startsWith('curated:');

function isStrong({ entry, primary }: PlaceCandidate): boolean {
  if (isProminent(entry) || isCurated(entry)) return true;
  if (!primary) return isRegion(entry.code) || entry.population >= CITY_POPULATION;
  return !isPopulated(entry.code) || entry.population >= TOWN_POPULATION;
}

/** GeoNames leaves many district seats without population (Al Qāmishlī): a seat counts as a town. */
const isTownSized = (entry: GazetteerEntry): boolean =>
  entry.population >= TOWN_POPULATION || (entry.population === 0 && /^P\.PPL(A|A2|C)$/.test(entry.code));

const letters = (text: string): number => text.replace(/[^\p{L}]/gu, '').length;

const joinable = (text: string, a: Word, b: Word): boolean => /^[ \u00a0\-‑]{1,2}$/.test(text.slice(a.end, b.start));

/** Words before `index` (nearest first), stopping at a sentence start. */
function wordsBefore(words: readonly Word[], index: number, count: number): Word[] {
  const out: Word[] = [];
  for (let i = index - 1; i >= 0 && out.length < count; i--) {
    if (words[i + 1]!.sentenceStart) break;
    out.push(words[i]!);
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

/** The entity covering a name, and whether it is longer than the name (a possessive "'s" does not count). */
function entityAround(
  text: string, span: { start: number; end: number }, entities: readonly Entity[],
): { type: Entity['type']; longer: boolean; lastWord: boolean } | undefined {
  const entity = entities.find((e) => e.start <= span.start && span.end <= e.end);
  if (!entity) return undefined;
  const lastWord = /^(['’]s)?$/.test(text.slice(span.end, entity.end));
  return { type: entity.type, longer: entity.start < span.start || !lastWord, lastWord };
}

/** Part of an organisation, facility, event or document name ("Abu Dhabi TV", "Parliament of Iraq", "accord de Paris", "US$50"). */
function inOrganisationName(text: string, span: PlaceCandidateSpan, words: readonly Word[], lang: PlaceLanguageData): boolean {
  if (/^\s?[$€£]/.test(text.slice(span.end, span.end + 2))) return true;
  const next = words[span.endWord];
  if (next && next.capitalised && joinable(text, words[span.endWord - 1]!, next) && lang.organisationWords.has(next.lower)) return true;
  const [before, beforeThat, third] = wordsBefore(words, span.firstWord, 3);
  if (before && lang.organisationWords.has(before.lower) && before.capitalised && joinable(text, before, words[span.firstWord]!)) return true;
  // English capitalises the organisation word ("Parliament of Iraq", not "the centre of Afghanistan"); French does not ("accord de Paris").
  const organisation = (w: Word | undefined) => w !== undefined && lang.organisationWords.has(w.lower) && (w.capitalised || !lang.organisationWordsCapitalised);
  if (before && lang.nameConnectors.has(before.lower)) {
    if (organisation(beforeThat)) return true;
    if (beforeThat && lang.nameConnectors.has(beforeThat.lower) && organisation(third)) return true;
  }
  return false;
}

/** A capitalised neighbour makes the name part of a longer proper name ("Donald Trump", "John R. Bolton", "Causeway Bay"). */
function inLongerName(text: string, span: PlaceCandidateSpan, words: readonly Word[], lang: PlaceLanguageData): boolean {
  // A capitalised function word at the start of a sentence ("Selon Damas") does not make a longer name; a surname does ("Bernie Sanders").
  const content = (w: Word | undefined): w is Word => w !== undefined && w.capitalised && !(w.sentenceStart && lang.notPlaceWords.has(w.lower));
  const previous = words[span.firstWord - 1];
  if (!words[span.firstWord]!.sentenceStart && content(previous)) {
    const gap = text.slice(previous.end, words[span.firstWord]!.start);
    if (/^[ \u00a0]$/.test(gap) || (previous.text.length === 1 && /^\. $/.test(gap))) return true;
  }
  const next = words[span.endWord];
  return content(next) && !next.sentenceStart && /^[ \u00a0]$/.test(text.slice(words[span.endWord - 1]!.end, next.start));
}

/**
 * Finds place names: gazetteer matches over capitalised word sequences, checked against the
 * evidence that they are places (feature size, locative cue, neighbouring words, the article's
 * countries, the NER model when it ran).
 */
export function recognizePlaces(
  text: string, words: readonly Word[], lang: PlaceLanguageData, entities: readonly Entity[] | undefined,
  isDemonym: (word: Word) => boolean,
): Recognition {
  const g = gazetteer();
  const found: PlaceCandidateSpan[] = [];
  const pending: PendingSpan[] = [];
  // Surnames seen inside a person's full name are not places later in the article either ("Bolton").
  const personNames = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (!first.capitalised || isDemonym(first)) continue;
    let best: PlaceCandidateSpan | undefined;
    for (let j = i; j < Math.min(words.length, i + MAX_NAME_WORDS); j++) {
      if (j > i && !joinable(text, words[j - 1]!, words[j]!)) break;
      const word = words[j]!;
      const inner = word.capitalised || lang.nameConnectors.has(word.lower) || ARTICLES.has(word.lower);
      if (!inner && j === i) break;
      const surface = text.slice(first.start, word.end);
      const short = letters(surface) <= MAX_CODE_LETTERS;
      // A lower-case last word only extends names of areas ("Méditerranée orientale"), never a town ("Damas a").
      const candidates = g.lookup(surface).filter((c) => (c.strength !== 'skeleton' || j === i)
        && (inner || (!isPopulated(c.entry.code) && c.entry.country === '')) && (!short || isCountry(c.entry.code)));
      // A name ends on a name word, not on "of"/"de"; a lower-case ending needs a name start ("The southern" is not one).
      const endsWell = !lang.nameConnectors.has(word.lower) && !ARTICLES.has(word.lower)
        && (word.capitalised || !lang.notPlaceWords.has(first.lower)) && !(j > i && isDemonym(word));
      if (candidates.length > 0 && endsWell) best = { start: first.start, end: word.end, firstWord: i, endWord: j + 1, candidates, fromEntities: false };
      if (!inner) break;
    }
    if (!best) continue;
    if (best.endWord - best.firstWord === 1 && lang.notPlaceWords.has(first.lower)) continue;
    const verdict = judge(text, best, words, lang, entities, personNames);
    if (verdict === 'place') found.push(best);
    if (typeof verdict === 'function') pending.push({ span: best, accept: verdict });
    if (verdict === 'person') personNames.add(text.slice(best.start, best.end));
    // A rejected name is not searched again word by word ("Parliament of New South Wales" is not "Wales").
    i = best.endWord - 1;
  }
  addEntityOnlyLocations(text, found, entities, lang);
  return { places: found, pending };
}

function judge(
  text: string, span: PlaceCandidateSpan, words: readonly Word[], lang: PlaceLanguageData, entities: readonly Entity[] | undefined,
  personNames: ReadonlySet<string>,
): 'place' | 'person' | 'other' | PendingSpan['accept'] {
  // The NER model is one more piece of evidence, not the judge: its LOC acts as a locative cue, a longer
  // entity around the name makes it part of another name, and its PER vetoes all but countries, capitals and
  // curated places ("la base américaine al-Tanf", whose Arabic article looks like a surname's to the model).
  const entity = entities ? entityAround(text, span, entities) : undefined;
  // The last word of a person's name ("John R. Bolton's") is their surname: "Bolton" alone later in the article is them too.
  if (entity?.longer) return entity.type === 'PER' && entity.lastWord ? 'person' : 'other';
  if (entity?.type === 'PER' && !span.candidates.some((c) => isProminent(c.entry) || isCurated(c.entry))) return 'other';
  const nerLocation = entity?.type === 'LOC';
  if (nerLocation) span.fromEntities = true;
  const surface = text.slice(span.start, span.end);
  if (personNames.has(surface) || lang.institutionKeys.has(nameKeys(surface, false).full)) return 'other';
  const previous = wordsBefore(words, span.firstWord, 1)[0];
  if (previous && lang.notPlaceHeads.has(previous.lower)) return 'other';
  if (inOrganisationName(text, span, words, lang)) return 'other';
  // "University of California", "The Commerce department": the name ends with an organisation word.
  if (lang.organisationWords.has(words[span.endWord - 1]!.lower)) return 'other';
  const cue = nerLocation || hasLocativeCue(words, span.firstWord, lang);
  const exact = span.candidates.filter((c) => c.strength !== 'skeleton');
  if (inLongerName(text, span, words, lang)) {
    // "from Vermont Bernie Sanders": a cue still makes a well-known region or city a place.
    const kept = exact.some((c) => isProminent(c.entry) || (cue && isStrong(c) && (isRegion(c.entry.code) || c.entry.population >= CITY_POPULATION)));
    return kept ? 'place' : 'person';
  }
  if (exact.length === 0) {
    // A spelling matched only by its consonant skeleton needs a locative cue and the article's main country.
    if (!cue) return 'other';
    return (focus) => {
      const top = [...focus.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      return span.candidates.some((c) => c.entry.country === top);
    };
  }
  if (words[span.firstWord]!.sentenceStart && span.endWord - span.firstWord === 1) {
    // A capital at the start of a sentence says nothing: only well-known places count there.
    return exact.some((c) => isProminent(c.entry) || (isStrong(c) && (c.entry.population >= CITY_POPULATION || (c.primary && isRegion(c.entry.code))))) ? 'place' : 'other';
  }
  if (exact.some(isStrong)) return 'place';
  // A cue before a small place's own name suffices; an alternate spelling of a small place also needs the article's country.
  if (cue && exact.some((c) => c.primary)) return 'place';
  if (cue) return (focus) => exact.some((c) => focus.has(c.entry.country));
  if (letters(surface) < MIN_FOCUS_NAME_LETTERS) return 'other';
  // A town of the article's country: by a known alternate spelling ("Palmyre"), or by its own name when the country is a theme.
  return (focus) => exact.some((c) => (c.primary ? (focus.get(c.entry.country) ?? 0) >= 2 : focus.has(c.entry.country) && isTownSized(c.entry)));
}

/**
 * Locations of the NER model that the gazetteer does not know: kept, to be reported unresolved.
 * Names the gazetteer knows were judged above (a rejection stands); acronyms ("FEMA") and names
 * starting with a function word ("The Verge") or holding an organisation word are left out.
 */
function addEntityOnlyLocations(text: string, found: PlaceCandidateSpan[], entities: readonly Entity[] | undefined, lang: PlaceLanguageData): void {
  if (!entities) return;
  const g = gazetteer();
  for (const entity of entities) {
    if (entity.type !== 'LOC') continue;
    if (found.some((f) => f.start < entity.end && entity.start < f.end)) continue;
    const surface = text.slice(entity.start, entity.end);
    const words = surface.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 0);
    if (/^\p{Lu}{2,}$/u.test(surface) || words.length === 0 || lang.notPlaceWords.has(words[0]!)) continue;
    if (words.some((w) => lang.organisationWords.has(w)) || g.lookup(surface).length > 0) continue;
    found.push({ start: entity.start, end: entity.end, firstWord: -1, endWord: -1, fromEntities: true, candidates: [] });
  }
  found.sort((a, b) => a.start - b.start);
}
