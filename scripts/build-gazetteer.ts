/**
 * Compacts the shared GeoNames extract (/work/shared/data/geo, see its README) into the gazetteer
 * shipped in data/gazetteer/. Reproducible: same inputs, byte-identical outputs.
 *
 *   npx tsx scripts/build-gazetteer.ts [--geo DIR] [--out DIR] [--min-population N]
 *
 * Kept: every country, region, sea and other non-populated feature, every capital and seat of an
 * administrative division (GeoNames often has no population for them: As Sukhnah, Syria), and other
 * populated places with at least N inhabitants (default 1000) — smaller hamlets mostly add false
 * matches on capitalised words and rarely appear in international news.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readTsv } from '../src/train/tsv.js';
import { sharedPath } from '../src/train/data-paths.js';

interface Args { geo: string; out: string; minPopulation: number }

/** Our own curated rows (same columns as the shared places-curated.tsv, with sources in `note`), applied after it. */
const OWN_CURATED = 'data/gazetteer/curated.tsv';

function parseArgs(argv: string[]): Args {
  const args: Args = { geo: sharedPath('data', 'geo'), out: 'data/gazetteer', minPopulation: 1000 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`missing value after ${flag}`);
    if (flag === '--geo') args.geo = value;
    else if (flag === '--out') args.out = value;
    else if (flag === '--min-population') args.minPopulation = Number(value);
    else throw new Error(`unknown option ${flag}`);
  }
  return args;
}

const unique = (names: string[]): string[] => [...new Set(names.filter((name) => name.length > 0))];

/** Five decimals is ~1 m: more only bloats the file. */
const coordinate = (value: string): string => String(Math.round(Number(value) * 1e5) / 1e5);

const PLACE_COLUMNS = ['geonameid', 'name', 'code', 'country', 'admin1', 'lat', 'lon', 'population', 'names'] as const;

/** GeoNames often names regions with their division word ("Maidan Wardak Province"); news names them without it. */
const DIVISION_WORD = /\s+(Province|Governorate|Region|Oblast|Prefecture|District|State|Wilaya|Department|Muhafazah)$/;

function withoutDivisionWord(row: Record<string, string>): string[] {
  if (row.fclass !== 'A') return [];
  return [row.name!, row.asciiname!].filter((name) => DIVISION_WORD.test(name)).map((name) => name.replace(DIVISION_WORD, ''));
}

function buildPlaces(geo: string, minPopulation: number): string {
  const rows = readTsv(join(geo, 'places.tsv'));
  const curated = [...readTsv(join(geo, 'places-curated.tsv')), ...readTsv(OWN_CURATED)];
  const extraNames = new Map<string, string[]>();
  for (const row of curated) {
    if (row.geonameid!.startsWith('curated:')) rows.push(row);
    else extraNames.set(row.geonameid!, [...(extraNames.get(row.geonameid!) ?? []), ...row.alternates!.split('|')]);
  }
  const out: string[] = [PLACE_COLUMNS.join('\t')];
  for (const row of rows) {
    const population = Number(row.population || 0);
    const extra = extraNames.get(row.geonameid!) ?? [];
    const seat = /^PPL(C|A|A2|A3)$/.test(row.fcode!);
    if (row.fclass === 'P' && population < minPopulation && !seat && extra.length === 0) continue;
    const names = unique([row.asciiname!, ...row.alternates!.split('|'), ...extra, ...withoutDivisionWord(row)]).filter((name) => name !== row.name);
    out.push([
      row.geonameid, row.name, `${row.fclass}.${row.fcode}`, row.country, row.admin1,
      coordinate(row.lat!), coordinate(row.lon!), row.population, names.join('|'),
    ].join('\t'));
  }
  return out.join('\n') + '\n';
}

const COUNTRY_COLUMNS = ['iso2', 'geonameid', 'name_en', 'name_fr', 'alternates', 'capital', 'demonyms_en', 'demonyms_fr'] as const;

function buildCountries(geo: string): string {
  const out: string[] = [COUNTRY_COLUMNS.join('\t')];
  for (const row of readTsv(join(geo, 'countries.tsv'))) out.push(COUNTRY_COLUMNS.map((column) => row[column]).join('\t'));
  return out.join('\n') + '\n';
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(args.out, { recursive: true });
  for (const [file, content] of [['places.tsv.gz', buildPlaces(args.geo, args.minPopulation)], ['countries.tsv.gz', buildCountries(args.geo)]] as const) {
    const gz = gzipSync(Buffer.from(content, 'utf8'), { level: 9 });
    writeFileSync(join(args.out, file), gz);
    console.log(`${file}: ${content.split('\n').length - 2} rows, ${(gz.length / 1e6).toFixed(2)} MB`);
  }
}

main();
