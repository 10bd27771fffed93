import type { GazetteerEntry, MatchStrength } from './gazetteer.js';
import { gazetteer } from './gazetteer.js';
import { isCapital, isCountry, isPopulated, isRegion } from './kinds.js';

export interface ScoredCandidate { entry: GazetteerEntry; score: number }

/** What the rest of the article says, used to choose between homonyms. */
export interface ArticleContext {
  /** How many mentions point to each country (country names, demonyms, unambiguous places). */
  countryWeights: ReadonlyMap<string, number>;
  /** `country.admin1` of the unambiguous places of the article. */
  regions: ReadonlySet<string>;
}

// Weights of the ranking below; set by reasoning about news usage, then checked on the dev sets.
const COUNTRY_PRIOR = 4;
const WIDE_FEATURE_PRIOR = 3.2;
/** "Asia", "Africa", "Europe" name the continent far more often than the towns named after it. */
const CONTINENT_PRIOR = 4;
const REGION_PRIOR = 2.4;
const REGION_CUE_BONUS = 1.5;
const POPULATION_WEIGHT = 0.4;
const CAPITAL_BONUS = 0.8;
const ADMIN_SEAT_BONUS = 0.3;
const PRIMARY_NAME_BONUS = 0.3;
const STRENGTH_PENALTY: Record<MatchStrength, number> = { exact: 0, article: 0.2, skeleton: 1 };
const FOCUS_BONUS = 1.5;
const SAME_REGION_BONUS = 0.5;
/** "Hong Kong", "Kuwait", "Djibouti": a name shared by a country and its capital means the country unless said otherwise. */
const CAPITAL_OF_NAMESAKE_PENALTY = 1;

/** How likely a feature is to be meant by its name in news, before any context. */
function prior(entry: GazetteerEntry, regionCue: boolean): number {
  if (isCountry(entry.code)) return COUNTRY_PRIOR;
  if (isRegion(entry.code)) return REGION_PRIOR + (regionCue ? REGION_CUE_BONUS : 0);
  if (entry.code === 'L.CONT') return CONTINENT_PRIOR;
  if (!isPopulated(entry.code)) return entry.country === '' ? WIDE_FEATURE_PRIOR : REGION_PRIOR;
  return POPULATION_WEIGHT * Math.log10(entry.population + 10)
    + (isCapital(entry.code) ? CAPITAL_BONUS : 0) + (/^P\.PPLA[1-2]?$/.test(entry.code) ? ADMIN_SEAT_BONUS : 0);
}

/** Ranks the candidates of one mention, best first. */
export function rankCandidates(
  candidates: readonly { entry: GazetteerEntry; strength: MatchStrength; primary: boolean }[],
  context: ArticleContext, regionCue: boolean,
): ScoredCandidate[] {
  const maxWeight = Math.max(1, ...context.countryWeights.values());
  const namesakeCountries = new Set(candidates.filter((c) => isCountry(c.entry.code)).map((c) => c.entry.country));
  return candidates.map(({ entry, strength, primary }) => {
    const focus = (context.countryWeights.get(entry.country) ?? 0) / maxWeight;
    const score = prior(entry, regionCue) - STRENGTH_PENALTY[strength] + (primary ? PRIMARY_NAME_BONUS : 0)
      + FOCUS_BONUS * focus + (context.regions.has(`${entry.country}.${entry.admin1}`) && !isCountry(entry.code) ? SAME_REGION_BONUS : 0)
      - (isCapital(entry.code) && namesakeCountries.has(entry.country) ? CAPITAL_OF_NAMESAKE_PENALTY : 0);
    return { entry, score };
  }).sort((a, b) => b.score - a.score || b.entry.population - a.entry.population);
}

/** Confidence from the margin between the two best candidates: a clear winner is near 1. */
export function confidenceOf(ranked: readonly ScoredCandidate[]): number {
  if (ranked.length === 0) return 0;
  if (ranked.length === 1) return 0.95;
  const margin = ranked[0]!.score - ranked[1]!.score;
  return Math.round(Math.min(0.95, 0.5 + margin / 2) * 100) / 100;
}

/** The article context from first-pass matches: only candidates that need no context themselves count. */
export function articleContext(
  mentions: readonly { candidates: readonly { entry: GazetteerEntry; strength: MatchStrength }[] }[],
  demonymCountries: readonly string[],
): ArticleContext {
  const countryWeights = new Map<string, number>();
  const regions = new Set<string>();
  const add = (country: string) => { if (country) countryWeights.set(country, (countryWeights.get(country) ?? 0) + 1); };
  for (const country of demonymCountries) add(country);
  for (const { candidates } of mentions) {
    const exact = candidates.filter((c) => c.strength !== 'skeleton');
    const countries = exact.filter((c) => isCountry(c.entry.code));
    // A country name, or a name whose every reading lies in one country (Deir ez-Zor the city and the governorate).
    const inOneCountry = exact.length > 0 && exact.every((c) => c.entry.country === exact[0]!.entry.country);
    const unambiguous = countries.length === 1 ? countries[0] : inOneCountry ? exact[0] : undefined;
    if (!unambiguous || !unambiguous.entry.country) continue;
    add(unambiguous.entry.country);
    if (!isCountry(unambiguous.entry.code) && exact.length === 1) regions.add(`${unambiguous.entry.country}.${unambiguous.entry.admin1}`);
  }
  return { countryWeights, regions };
}

export const countryEntry = (iso2: string): GazetteerEntry | undefined => {
  const g = gazetteer();
  const country = g.countries.get(iso2);
  return country ? g.byId(country.geonameid) : undefined;
};
