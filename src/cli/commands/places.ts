import type { Command } from 'commander';
import { toGeoJSON } from '../../places/aggregate.js';
import { DEFAULT_DB, isoDate, positiveInteger } from '../options.js';
import { openExisting } from './open.js';

export function registerPlaces(program: Command): void {
  program.command('places')
    .description('the places of the corpus (where things happen; not demonyms or governments speaking), most mentioned first')
    .option('--country <iso2>', 'only places in this country (ISO 3166-1 alpha-2, e.g. SY)')
    .option('--from <date>', 'documents published on or after', isoDate)
    .option('--to <date>', 'documents published on or before', isoDate)
    .option('--limit <n>', 'places to list', positiveInteger, 50)
    .option('--geojson', 'print a GeoJSON FeatureCollection instead of a table')
    .option('--db <file>', 'SQLite corpus file', DEFAULT_DB)
    .action((options: { country?: string; from?: string; to?: string; limit: number; geojson?: boolean; db: string }) => {
      const corpus = openExisting(options.db);
      try {
        const places = corpus.places(options);
        if (options.geojson) {
          const aggregated = places.map((p) => ({ ...p, country: p.country ?? undefined, kind: p.kind ?? undefined }));
          console.log(JSON.stringify(toGeoJSON(aggregated)));
          return;
        }
        for (const place of places) {
          console.log(`${String(place.mentions).padStart(5)}  ${place.name} (${place.country ?? '—'}, ${place.kind ?? 'place'}, ${place.lat.toFixed(2)}, ${place.lon.toFixed(2)})  geonames ${place.geonameid} · ${place.documents.length} document${place.documents.length === 1 ? '' : 's'}`);
        }
        console.log(`${places.length} place${places.length === 1 ? '' : 's'}`);
      } finally {
        corpus.close();
      }
    });
}
