/**
 * The gazetteer index file (data/gazetteer/gazetteer.bin.gz): every kept GeoNames feature as
 * columns, and its names already folded into lookup keys (src/places/normalize.ts) with their
 * postings, so that loading is a gunzip and a few typed-array copies. Written by
 * scripts/build-gazetteer.ts; a model-file container, so corruption and version mix-ups are caught.
 */
import { ModelError, parseJsonSection, readTypedArraySection, requireSection, typedArraySection, jsonSection, type ModelContents } from '../ml/model-file.js';
import { nameKeys } from './normalize.js';
import { KeyTable, StringList } from './gazetteer-tables.js';

/** How model-file headers name the gazetteer (it holds names in every language). */
export const GAZETTEER_FILE = { task: 'gazetteer', lang: 'mul' } as const;

/** One gazetteer feature. */
export interface GazetteerEntry {
  readonly index: number;
  readonly geonameid: string;
  readonly name: string;
  /** GeoNames `class.code`, e.g. `P.PPLC`, `A.ADM1`, `H.SEA`. */
  readonly code: string;
  readonly country: string;
  readonly admin1: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
}

/** A feature as the build hands it over, with all its other names. */
export interface PlaceRecord extends Omit<GazetteerEntry, 'index'> {
  readonly names: readonly string[];
}

export interface CountryInfo {
  readonly iso2: string;
  readonly geonameid: string;
  readonly nameEn: string;
  readonly nameFr: string;
  readonly capital: string;
  readonly demonymsEn: readonly string[];
  readonly demonymsFr: readonly string[];
}

export interface CountryRecord extends CountryInfo {
  readonly alternates: readonly string[];
}

/** Skeleton keys are only built for features big enough to be worth a fuzzy match. */
const SKELETON_MIN_POPULATION = 15_000;
export const SKELETON_MIN_LENGTH = 3;

/** Coordinates are stored as integers of 1e-5 degree (~1 m), the precision the build keeps. */
const COORDINATE_UNITS = 1e5;

const STRING_COLUMNS = ['geonameid', 'name', 'code', 'country', 'admin1'] as const;

/** Name key → entry indexes, negative (−index−1) for matches on the primary name, which outrank alternates ("Homs" the city over Al Khums). */
type Postings = Map<string, number[]>;

function post(postings: Postings, key: string, flagged: number): void {
  if (key.length === 0) return;
  const list = postings.get(key);
  if (list === undefined) postings.set(key, [flagged]);
  else if (!list.includes(flagged)) list.push(flagged);
}

function coordinateUnits(value: number): number {
  const units = Math.round(value * COORDINATE_UNITS);
  if (units / COORDINATE_UNITS !== value) throw new Error(`coordinate ${value} has more than five decimals`);
  return units;
}

/** The index sections of `places` (in order: an entry's index is its position) and `countries`. */
export function buildGazetteerIndex(places: readonly PlaceRecord[], countries: readonly CountryRecord[]): Map<string, Uint8Array> {
  const countryNames = new Map(countries.map((country) => [country.geonameid, [country.nameEn, country.nameFr, ...country.alternates]]));
  const exact: Postings = new Map();
  const articleFree: Postings = new Map();
  const skeleton: Postings = new Map();
  const ids: Postings = new Map();
  const regions: number[] = [];
  places.forEach((place, index) => {
    post(ids, place.geonameid, index);
    if (place.code === 'A.ADM1') regions.push(index);
    const otherNames = [...new Set([...place.names, ...(countryNames.get(place.geonameid) ?? [])])].filter((n) => n !== place.name);
    const fuzzy = !place.code.startsWith('P.') || place.population >= SKELETON_MIN_POPULATION || /^P\.PPL(C|A|A2)$/.test(place.code);
    for (const [i, name] of [place.name, ...otherNames].entries()) {
      const flagged = i === 0 ? -(index + 1) : index + 1;
      const keys = nameKeys(name, fuzzy);
      post(exact, keys.full, flagged);
      // Most names have no article: their article-free key is the full key, already posted.
      if (keys.articleFree !== keys.full) post(articleFree, keys.articleFree, flagged);
      if (fuzzy && keys.skeleton.length >= SKELETON_MIN_LENGTH) post(skeleton, keys.skeleton, flagged);
    }
  });
  const sections = new Map<string, Uint8Array>();
  for (const column of STRING_COLUMNS) StringList.write(sections, column, places.map((place) => place[column]));
  sections.set('lat', typedArraySection(Int32Array.from(places, (place) => coordinateUnits(place.lat))));
  sections.set('lon', typedArraySection(Int32Array.from(places, (place) => coordinateUnits(place.lon))));
  sections.set('population', typedArraySection(Float64Array.from(places, (place) => place.population)));
  sections.set('regions', typedArraySection(Int32Array.from(regions)));
  KeyTable.write(sections, 'ids', ids);
  KeyTable.write(sections, 'exact', exact);
  KeyTable.write(sections, 'articleFree', articleFree);
  KeyTable.write(sections, 'skeleton', skeleton);
  const countryInfo: CountryInfo[] = countries.map(({ alternates: _names, ...info }) => info);
  sections.set('countries', jsonSection(countryInfo));
  return sections;
}

/** The index as loaded: entries are decoded when first asked for. */
export interface GazetteerIndex {
  readonly size: number;
  entry(index: number): GazetteerEntry;
  readonly countries: readonly CountryInfo[];
  /** ADM1 entries, in index order. */
  readonly regions: Int32Array;
  readonly ids: KeyTable;
  readonly exact: KeyTable;
  readonly articleFree: KeyTable;
  readonly skeleton: KeyTable;
}

export function readGazetteerIndex(contents: ModelContents, source: string): GazetteerIndex {
  const [geonameid, name, code, country, admin1] = STRING_COLUMNS.map((column) => StringList.read(contents, column, source));
  const size = geonameid!.length;
  const column = <T extends Int32Array | Float64Array>(section: string, type: { new (buffer: ArrayBuffer): T; readonly BYTES_PER_ELEMENT: number }): T => {
    const values = readTypedArraySection(requireSection(contents, section, source), type, section, source);
    if (values.length !== size) throw new ModelError(`${source}: section "${section}" has ${values.length} values for ${size} entries`);
    return values;
  };
  const lat = column('lat', Int32Array);
  const lon = column('lon', Int32Array);
  const population = column('population', Float64Array);
  if ([name, code, country, admin1].some((list) => list!.length !== size)) throw new ModelError(`${source}: entry columns differ in length`);
  const decoded: (GazetteerEntry | undefined)[] = new Array(size);
  return {
    size,
    entry(index) {
      // One object per entry ever asked for, so that entries can be compared by identity.
      decoded[index] ??= {
        index, geonameid: geonameid!.get(index), name: name!.get(index), code: code!.get(index), country: country!.get(index), admin1: admin1!.get(index),
        lat: lat[index]! / COORDINATE_UNITS, lon: lon[index]! / COORDINATE_UNITS, population: population[index]!,
      };
      return decoded[index];
    },
    countries: parseJsonSection<CountryInfo[]>(requireSection(contents, 'countries', source), 'countries', source),
    regions: readTypedArraySection(requireSection(contents, 'regions', source), Int32Array, 'regions', source),
    ids: KeyTable.read(contents, 'ids', source),
    exact: KeyTable.read(contents, 'exact', source),
    articleFree: KeyTable.read(contents, 'articleFree', source),
    skeleton: KeyTable.read(contents, 'skeleton', source),
  };
}
