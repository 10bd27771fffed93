/**
 * Builds the NER gazetteer from the GeoNames extracts in shared/data/geo: country names and
 * variants, demonyms, regions/seas/islands, and populated places of at least MIN_POPULATION.
 * Single-word names that are also common lower-case words of the language are dropped
 * (they would fire on "mobile", "nice"…).
 */
import { GazetteerCategory, type GazetteerData, MAX_NAME_TOKENS, nameTokens } from '../ner/gazetteer.js';
import { sharedPath } from './data-paths.js';
import { readTsv } from './tsv.js';

const MIN_POPULATION = 15000;

/** `lowerCaseWords`: words seen in lower case in the language's training text. */
export function buildGazetteerData(lang: 'fr' | 'en', lowerCaseWords: ReadonlySet<string>): GazetteerData {
  const data: GazetteerData = {};
  const add = (name: string, category: number) => {
    const tokens = nameTokens(name.trim());
    if (tokens.length === 0 || tokens.length > MAX_NAME_TOKENS) return;
    if (tokens.length === 1 && (tokens[0]!.length < 3 || lowerCaseWords.has(tokens[0]!)) && category !== GazetteerCategory.Demonym) return;
    const key = tokens.join(' ');
    data[key] = (data[key] ?? 0) | category;
  };
  const list = (cell: string | undefined) => (cell ? cell.split('|') : []);
  for (const row of readTsv(sharedPath('data', 'geo', 'countries.tsv'))) {
    for (const name of [row.name_en!, row.name_fr!, ...list(row.alternates)]) add(name, GazetteerCategory.Country);
    for (const demonym of list(lang === 'fr' ? row.demonyms_fr : row.demonyms_en)) add(demonym, GazetteerCategory.Demonym);
  }
  for (const row of readTsv(sharedPath('data', 'geo', 'places.tsv'))) {
    const fclass = row.fclass;
    let category: number;
    if (fclass === 'P') {
      if (Number(row.population || 0) < MIN_POPULATION) continue;
      category = GazetteerCategory.Place;
    } else if (fclass === 'A' && row.fcode === 'PCL') {
      category = GazetteerCategory.Country;
    } else {
      category = GazetteerCategory.Region;
    }
    for (const name of [row.name!, row.asciiname!, ...list(row.alternates)]) add(name, category);
  }
  return data;
}
