import type { AnalysisLanguage } from '../pipeline/stage.js';
import { fold } from './normalize.js';
import { gazetteer } from './gazetteer.js';

/** Shorter forms are noise in the source lists (a lone "s"). */
const MIN_DEMONYM_LENGTH = 4;

const cache = new Map<AnalysisLanguage, Map<string, string>>();

/**
 * Demonym or adjective (lower case, with and without accents) → ISO country code, from the country table. A form shared by
 * several countries ("congolais") goes to the most populous, the usual referent in news.
 */
export function demonymIndex(lang: AnalysisLanguage): ReadonlyMap<string, string> {
  let index = cache.get(lang);
  if (index) return index;
  const g = gazetteer();
  const population = (iso2: string) => g.byId(g.countries.get(iso2)!.geonameid)?.population ?? 0;
  index = new Map();
  for (const country of g.countries.values()) {
    for (const form of lang === 'fr' ? country.demonymsFr : country.demonymsEn) {
      if (form.length < MIN_DEMONYM_LENGTH) continue;
      // Both the written form and its accent-free spelling, so that callers look words up as they are.
      for (const key of new Set([form.toLowerCase(), fold(form)])) {
        const current = index.get(key);
        if (!current || population(country.iso2) > population(current)) index.set(key, country.iso2);
      }
    }
  }
  cache.set(lang, index);
  return index;
}
