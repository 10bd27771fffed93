/**
 * Compacts the shared GeoNames extract (/work/shared/data/geo, see its README) into the gazetteer
 * shipped in data/gazetteer/gazetteer.bin.gz (src/places/gazetteer-index.ts). Reproducible: same
 * inputs, byte-identical output.
 *
 *   npm run build:gazetteer -- [--geo DIR] [--out FILE] [--min-population N]
 *
 * Kept: every country, region, sea and other non-populated feature, every capital and seat of an
 * administrative division (GeoNames often has no population for them: As Sukhnah, Syria), and other
 * populated places with at least N inhabitants (default 1000) — smaller hamlets mostly add false
 * matches on capitalised words and rarely appear in international news.
 */
import { writeModelFile } from '../src/ml/model-file.js';
import { sharedPath } from '../src/train/data-paths.js';
import { GAZETTEER_FILE, buildGazetteerIndex } from '../src/places/gazetteer-index.js';
import { DEFAULT_MIN_POPULATION, readCountries, readPlaces } from '../src/places/gazetteer-source.js';
import { gazetteerPath } from '../src/places/gazetteer.js';

interface Args { geo: string; out: string; minPopulation: number }

function parseArgs(argv: string[]): Args {
  const args: Args = { geo: sharedPath('data', 'geo'), out: gazetteerPath(), minPopulation: DEFAULT_MIN_POPULATION };
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

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const places = readPlaces(args.geo, args.minPopulation);
  const countries = readCountries(args.geo);
  // No time stamp: the same inputs give a byte-identical file.
  const manifest = { trainingData: ['geo/places.tsv', 'geo/places-curated.tsv', 'geo/countries.tsv', 'data/gazetteer/curated.tsv'], seed: 0, devScores: {}, trainedAt: '' };
  writeModelFile(args.out, { ...GAZETTEER_FILE, manifest, config: { minPopulation: args.minPopulation } }, buildGazetteerIndex(places, countries));
  console.log(`${args.out}: ${places.length} places, ${countries.length} countries`);
}

main();
