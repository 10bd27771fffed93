import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { nameKeys } from './normalize.js';

/** One gazetteer feature (a row of data/gazetteer/places.tsv.gz, built by scripts/build-gazetteer.ts). */
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

export interface CountryInfo {
  readonly iso2: string;
  readonly geonameid: string;
  readonly nameEn: string;
  readonly nameFr: string;
  readonly capital: string;
  readonly demonymsEn: readonly string[];
  readonly demonymsFr: readonly string[];
}

/** How a name matched: the exact folded name, the name without Arabic article, or only its consonant skeleton. */
export type MatchStrength = 'exact' | 'article' | 'skeleton';

export interface LookupResult { readonly entry: GazetteerEntry; readonly strength: MatchStrength; readonly primary: boolean }

/** Distinct names remembered by `lookup` before the memo is cleared. */
const LOOKUP_MEMO_SIZE = 50_000;

export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  readonly countries: ReadonlyMap<string, CountryInfo>;
  /** Entries whose name or alternate name matches, with the strongest key that matched. */
  lookup(name: string): readonly LookupResult[];
  byId(geonameid: string): GazetteerEntry | undefined;
  /** The ADM1 entry a place belongs to. */
  region(entry: GazetteerEntry): GazetteerEntry | undefined;
}

/** Skeleton keys are only built for features big enough to be worth a fuzzy match. */
const SKELETON_MIN_POPULATION = 15_000;
const SKELETON_MIN_LENGTH = 3;

function findDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'data', 'gazetteer');
    if (existsSync(join(candidate, 'places.tsv.gz'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('data/gazetteer/places.tsv.gz not found: run `npx tsx scripts/build-gazetteer.ts`');
    dir = parent;
  }
}

function readRows(path: string): string[][] {
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n');
  return lines.slice(1).filter((line) => line.length > 0).map((line) => line.split('\t'));
}

/** Postings are packed: key → entry index (number) or several indexes (array); primary-name matches flagged by sign. */
type Postings = Map<string, number | number[]>;

function post(map: Postings, key: string, value: number): void {
  if (key.length === 0) return;
  const current = map.get(key);
  if (current === undefined) map.set(key, value);
  else if (typeof current === 'number') { if (current !== value) map.set(key, [current, value]); }
  else if (!current.includes(value)) current.push(value);
}

const postingList = (value: number | number[] | undefined): number[] =>
  value === undefined ? [] : typeof value === 'number' ? [value] : value;

function buildGazetteer(dir: string): Gazetteer {
  const countries = new Map<string, CountryInfo>();
  const countryNames = new Map<string, string[]>();
  for (const [iso2, geonameid, nameEn, nameFr, alternates, capital, demEn, demFr] of readRows(join(dir, 'countries.tsv.gz'))) {
    countries.set(iso2!, {
      iso2: iso2!, geonameid: geonameid!, nameEn: nameEn!, nameFr: nameFr!, capital: capital!,
      demonymsEn: demEn ? demEn.split('|') : [], demonymsFr: demFr ? demFr.split('|') : [],
    });
    countryNames.set(geonameid!, [nameEn!, nameFr!, ...(alternates ? alternates.split('|') : [])]);
  }
  const entries: GazetteerEntry[] = [];
  const exact: Postings = new Map();
  const articleFree: Postings = new Map();
  const skeleton: Postings = new Map();
  const regions = new Map<string, number>();
  for (const [geonameid, name, code, country, admin1, lat, lon, population, names] of readRows(join(dir, 'places.tsv.gz'))) {
    const index = entries.length;
    const allNames = [...new Set([...(names ? names.split('|') : []), ...(countryNames.get(geonameid!) ?? [])])].filter((n) => n !== name);
    const entry: GazetteerEntry = {
      index, geonameid: geonameid!, name: name!, code: code!, country: country!, admin1: admin1!,
      lat: Number(lat), lon: Number(lon), population: Number(population || 0),
    };
    entries.push(entry);
    if (code === 'A.ADM1') regions.set(`${country}.${admin1}`, index);
    const fuzzy = !code!.startsWith('P.') || entry.population >= SKELETON_MIN_POPULATION || /^P\.PPL(C|A|A2)$/.test(code!);
    // Negative postings mark matches on the primary name, which outrank alternates ("Homs" the city over Al Khums).
    for (const [i, n] of [name!, ...allNames].entries()) {
      const flag = i === 0 ? -(index + 1) : index + 1;
      const keys = nameKeys(n, fuzzy);
      post(exact, keys.full, flag);
      // Most names have no article: their article-free key is the full key, already posted.
      if (keys.articleFree !== keys.full) post(articleFree, keys.articleFree, flag);
      if (fuzzy && keys.skeleton.length >= SKELETON_MIN_LENGTH) post(skeleton, keys.skeleton, flag);
    }
  }
  const byGeonameid = new Map(entries.map((entry) => [entry.geonameid, entry]));
  const search = (name: string): LookupResult[] => {
    const found = new Map<number, { entry: GazetteerEntry; strength: MatchStrength; primary: boolean }>();
    const collect = (postings: Postings, key: string, strength: MatchStrength) => {
      for (const flagged of postingList(postings.get(key))) {
        const index = Math.abs(flagged) - 1;
        const previous = found.get(index);
        if (!previous) found.set(index, { entry: entries[index]!, strength, primary: flagged < 0 });
        else if (flagged < 0 && previous.strength === strength) previous.primary = true;
      }
    };
    const keys = nameKeys(name);
    collect(exact, keys.full, 'exact');
    collect(exact, keys.articleFree, 'article');
    collect(articleFree, keys.articleFree, 'article');
    if (found.size === 0 && keys.skeleton.length > SKELETON_MIN_LENGTH && name.length >= 5) collect(skeleton, keys.skeleton, 'skeleton');
    return [...found.values()];
  };
  const memo = new Map<string, LookupResult[]>();
  return {
    entries,
    countries,
    lookup(name) {
      // Names repeat within and across articles; results are immutable, so a bounded memo is safe.
      const cached = memo.get(name);
      if (cached) return cached;
      if (memo.size >= LOOKUP_MEMO_SIZE) memo.clear();
      const result = search(name);
      memo.set(name, result);
      return result;
    },
    byId: (geonameid) => byGeonameid.get(geonameid),
    region: (entry) => {
      const index = regions.get(`${entry.country}.${entry.admin1}`);
      return index === undefined ? undefined : entries[index];
    },
  };
}

let loaded: Gazetteer | undefined;

/** The shipped gazetteer, read and indexed once on first use. */
export function gazetteer(): Gazetteer {
  loaded ??= buildGazetteer(findDataDir());
  return loaded;
}
