import type { Stage, StageInput } from '../pipeline/stage.js';
import type { PlaceMention } from '../record/layers/places.js';
import type { Span } from '../record/layers/span.js';
import { demonymIndex } from './demonyms.js';
import { featureKind, isPopulated, precisionOf } from './kinds.js';
import { placeLanguageData, type PlaceLanguageData } from './language-data.js';
import { recognizePlaces, type PlaceCandidateSpan } from './recognize.js';
import { articleContext, confidenceOf, countryEntry, rankCandidates, type ArticleContext, type ScoredCandidate } from './resolve.js';
import { isGovernmentMetonym, roleOf } from './usage.js';
import { placeWords, type Word } from './words.js';
import { gazetteer, type GazetteerEntry } from './gazetteer.js';

/** Candidates listed on a mention: enough for an analyst to fix a wrong choice. */
const MAX_LISTED_CANDIDATES = 5;

function located(entry: GazetteerEntry): Pick<PlaceMention, 'geonameid' | 'name' | 'kind' | 'country' | 'lat' | 'lon' | 'precision'> {
  return {
    geonameid: entry.geonameid, name: entry.name, kind: featureKind(entry.code, entry.population, entry.name),
    country: entry.country || undefined, lat: entry.lat, lon: entry.lon, precision: precisionOf(entry.code),
  };
}

const inSpans = (offset: number, spans: readonly (Span | undefined)[]): boolean =>
  spans.some((span) => span !== undefined && span.start <= offset && offset < span.end);

function demonymMentions(text: string, words: readonly Word[], lang: StageInput['lang'], taken: readonly Span[]): PlaceMention[] {
  const index = demonymIndex(lang);
  const mentions: PlaceMention[] = [];
  for (const word of words) {
    // English demonyms are capitalised ("Syrian"); French adjectives are not, nouns are ("les Syriens").
    if (lang === 'en' && !word.capitalised) continue;
    const iso2 = index.get(word.lower);
    if (!iso2 || taken.some((s) => s.start < word.end && word.start < s.end)) continue;
    const entry = countryEntry(iso2);
    if (!entry) continue;
    mentions.push({
      start: word.start, end: word.end, text: text.slice(word.start, word.end), usage: 'demonym', status: 'resolved',
      ...located(entry), confidence: 0.9,
    });
  }
  return mentions;
}

/**
 * "la province d'Idleb": when the sentence names a region but the gazetteer only knows the city by
 * that spelling, the city's first-level region is meant.
 */
function preferRegion(ranked: ScoredCandidate[], regionCue: boolean): ScoredCandidate[] {
  const best = ranked[0];
  if (!regionCue || !best || !isPopulated(best.entry.code)) return ranked;
  const region = gazetteer().region(best.entry);
  return region ? [{ entry: region, score: best.score }, ...ranked] : ranked;
}

function toMention(text: string, span: PlaceCandidateSpan, words: readonly Word[], lang: PlaceLanguageData, context: ArticleContext): PlaceMention {
  const before = span.firstWord > 0 ? words[span.firstWord - 1] : undefined;
  const regionCue = before !== undefined && (lang.regionCues.has(before.lower)
    || (span.firstWord > 1 && lang.nameConnectors.has(before.lower) && lang.regionCues.has(words[span.firstWord - 2]!.lower)));
  const ranked = preferRegion(rankCandidates(span.candidates, context, regionCue), regionCue);
  const base = { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
  const candidates = ranked.slice(0, MAX_LISTED_CANDIDATES).map(({ entry, score }) => ({
    geonameid: entry.geonameid, name: entry.name, country: entry.country || undefined, score: Math.round(score * 100) / 100,
  }));
  const best = ranked[0];
  if (!best) return { ...base, usage: 'place', status: 'unresolved', candidates };
  const metonym = span.firstWord >= 0 && isGovernmentMetonym(best.entry, words, span.firstWord, span.endWord, lang);
  return {
    ...base, usage: metonym ? 'metonym' : 'place', status: 'resolved', ...located(best.entry),
    confidence: confidenceOf(ranked), role: span.firstWord >= 0 && !metonym ? roleOf(words, span.firstWord, lang) : 'unspecified',
    candidates: candidates.length > 1 ? candidates : undefined,
  };
}

/** Place mentions of one document: toponyms resolved against the gazetteer, demonyms and government metonyms kept apart. */
export function findPlaces(input: StageInput): PlaceMention[] {
  const { text, layers } = input;
  const lang = placeLanguageData(input.lang);
  const skip = [input.meta.header, input.meta.footer, ...(layers.paragraphs ?? []).filter((p) => p.role === 'footer')];
  const words = placeWords(text, lang, layers.sentences ?? []).filter((w) => !inSpans(w.start, skip));
  const entities = layers.entities;
  const demonymForms = demonymIndex(input.lang);
  const isDemonym = (word: Word) => demonymForms.has(word.lower);
  // Names that need the article's countries to be accepted wait until the sure ones have given them.
  const recognition = recognizePlaces(text, words, lang, entities, isDemonym);
  const demonyms = demonymMentions(text, words, input.lang, recognition.places);
  const context = articleContext(recognition.places, demonyms.map((d) => d.country!));
  const spans = [...recognition.places, ...recognition.pending.filter((p) => p.accept(context.countryWeights)).map((p) => p.span)]
    .sort((a, b) => a.start - b.start);
  const places = spans.map((span) => toMention(text, span, words, lang, context));
  const freeDemonyms = demonyms.filter((d) => !spans.some((s) => s.start < d.end && d.start < s.end));
  return [...places, ...freeDemonyms].sort((a, b) => a.start - b.start);
}

export const placeStage: Stage = {
  name: 'places',
  requires: ['tokens', 'sentences'],
  provides: ['places'],
  run: (input) => ({ places: findPlaces(input) }),
};
