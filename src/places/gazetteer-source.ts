/**
 * The rows the gazetteer index is built from: the shared GeoNames extract (../shared/data/geo, see
 * its README) filtered and completed with curated names (scripts/build-gazetteer.ts says which).
 */
import { dirname, join } from 'node:path';
import { readTsv } from '../train/tsv.js';
import type { CountryRecord, PlaceRecord } from './gazetteer-index.js';
import { gazetteerPath } from './gazetteer.js';

/** Our own curated rows (same columns as the shared places-curated.tsv, with sources in `note`), applied after it. */
export const OWN_CURATED = join(dirname(gazetteerPath()), 'curated.tsv');

/** Populated places smaller than this are left out unless they are seats or curated. */
export const DEFAULT_MIN_POPULATION = 1000;

const unique = (names: string[]): string[] => [...new Set(names.filter((name) => name.length > 0))];
const list = (cell: string | undefined): string[] => (cell ? cell.split('|') : []);

/** Five decimals is ~1 m: more only bloats the file. */
const coordinate = (value: string): number => Math.round(Number(value) * 1e5) / 1e5;

/** GeoNames often names regions with their division word ("Maidan Wardak Province"); news names them without it. */
const DIVISION_WORD = /\s+(Province|Governorate|Region|Oblast|Prefecture|District|State|Wilaya|Department|Muhafazah)$/;

function withoutDivisionWord(row: Record<string, string>): string[] {
  if (row.fclass !== 'A') return [];
  return [row.name!, row.asciiname!].filter((name) => DIVISION_WORD.test(name)).map((name) => name.replace(DIVISION_WORD, ''));
}

export function readPlaces(geo: string, minPopulation: number): PlaceRecord[] {
  const rows = readTsv(join(geo, 'places.tsv'));
  const curated = [...readTsv(join(geo, 'places-curated.tsv')), ...readTsv(OWN_CURATED)];
  const extraNames = new Map<string, string[]>();
  for (const row of curated) {
    if (row.geonameid!.startsWith('curated:')) rows.push(row);
    else extraNames.set(row.geonameid!, [...(extraNames.get(row.geonameid!) ?? []), ...row.alternates!.split('|')]);
  }
  const places: PlaceRecord[] = [];
  for (const row of rows) {
    const population = Number(row.population || 0);
    const extra = extraNames.get(row.geonameid!) ?? [];
    const seat = /^PPL(C|A|A2|A3)$/.test(row.fcode!);
    if (row.fclass === 'P' && population < minPopulation && !seat && extra.length === 0) continue;
    places.push({
      geonameid: row.geonameid!, name: row.name!, code: `${row.fclass}.${row.fcode}`, country: row.country!, admin1: row.admin1!,
      lat: coordinate(row.lat!), lon: coordinate(row.lon!), population,
      names: unique([row.asciiname!, ...row.alternates!.split('|'), ...extra, ...withoutDivisionWord(row)]).filter((name) => name !== row.name),
    });
  }
  return places;
}

export function readCountries(geo: string): CountryRecord[] {
  return readTsv(join(geo, 'countries.tsv')).map((row) => ({
    iso2: row.iso2!, geonameid: row.geonameid!, nameEn: row.name_en!, nameFr: row.name_fr!, capital: row.capital!,
    demonymsEn: list(row.demonyms_en), demonymsFr: list(row.demonyms_fr), alternates: list(row.alternates),
  }));
}

