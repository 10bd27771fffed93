import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readModelFile } from '../ml/model-file.js';
import { packageRoot } from '../package-root.js';
import { nameKeys } from './normalize.js';
import { GAZETTEER_FILE, SKELETON_MIN_LENGTH, readGazetteerIndex, type CountryInfo, type GazetteerEntry, type GazetteerIndex } from './gazetteer-index.js';
import type { KeyTable } from './gazetteer-tables.js';

export type { CountryInfo, GazetteerEntry } from './gazetteer-index.js';

/** How a name matched: the exact folded name, the name without Arabic article, or only its consonant skeleton. */
export type MatchStrength = 'exact' | 'article' | 'skeleton';

export interface LookupResult { readonly entry: GazetteerEntry; readonly strength: MatchStrength; readonly primary: boolean }

/** Distinct names remembered by `lookup` before the memo is cleared. */
const LOOKUP_MEMO_SIZE = 50_000;

export interface Gazetteer {
  /** Number of features. */
  readonly size: number;
  readonly countries: ReadonlyMap<string, CountryInfo>;
  /** Entries whose name or alternate name matches, with the strongest key that matched. */
  lookup(name: string): readonly LookupResult[];
  byId(geonameid: string): GazetteerEntry | undefined;
  /** The ADM1 entry a place belongs to. */
  region(entry: GazetteerEntry): GazetteerEntry | undefined;
}

/** data/gazetteer/gazetteer.bin.gz at the package root. */
export function gazetteerPath(): string {
  return join(packageRoot(), 'data', 'gazetteer', 'gazetteer.bin.gz');
}

function openGazetteer(index: GazetteerIndex): Gazetteer {
  const search = (name: string): LookupResult[] => {
    const found = new Map<number, { entry: GazetteerEntry; strength: MatchStrength; primary: boolean }>();
    const collect = (table: KeyTable, key: string, strength: MatchStrength) => {
      for (const flagged of table.get(key)) {
        const entryIndex = Math.abs(flagged) - 1;
        const previous = found.get(entryIndex);
        if (!previous) found.set(entryIndex, { entry: index.entry(entryIndex), strength, primary: flagged < 0 });
        else if (flagged < 0 && previous.strength === strength) previous.primary = true;
      }
    };
    const keys = nameKeys(name);
    collect(index.exact, keys.full, 'exact');
    collect(index.exact, keys.articleFree, 'article');
    collect(index.articleFree, keys.articleFree, 'article');
    if (found.size === 0 && keys.skeleton.length > SKELETON_MIN_LENGTH && name.length >= 5) collect(index.skeleton, keys.skeleton, 'skeleton');
    return [...found.values()];
  };
  const memo = new Map<string, LookupResult[]>();
  const regions = new Map<string, number>();
  for (const regionIndex of index.regions) {
    const entry = index.entry(regionIndex);
    regions.set(`${entry.country}.${entry.admin1}`, regionIndex);
  }
  return {
    size: index.size,
    countries: new Map(index.countries.map((country) => [country.iso2, country])),
    lookup(name) {
      // Names repeat within and across articles; results are immutable, so a bounded memo is safe.
      const cached = memo.get(name);
      if (cached) return cached;
      if (memo.size >= LOOKUP_MEMO_SIZE) memo.clear();
      const result = search(name);
      memo.set(name, result);
      return result;
    },
    byId(geonameid) {
      // A repeated id resolves to its last row, as a map built in row order would.
      const matches = index.ids.get(geonameid);
      return matches.length === 0 ? undefined : index.entry(matches[matches.length - 1]!);
    },
    region(entry) {
      const regionIndex = regions.get(`${entry.country}.${entry.admin1}`);
      return regionIndex === undefined ? undefined : index.entry(regionIndex);
    },
  };
}

/** Reads a gazetteer index file (see scripts/build-gazetteer.ts). */
export function loadGazetteer(path: string): Gazetteer {
  if (!existsSync(path)) throw new Error(`${path} not found: run \`npm run build:gazetteer\``);
  return openGazetteer(readGazetteerIndex(readModelFile(path, GAZETTEER_FILE), path));
}

let loaded: Gazetteer | undefined;

/** The shipped gazetteer, read once on first use. */
export function gazetteer(): Gazetteer {
  loaded ??= loadGazetteer(gazetteerPath());
  return loaded;
}
