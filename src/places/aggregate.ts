import type { AnalysisRecord, PlaceMention } from '../record/schema.js';

/** One place of the corpus view: a resolved feature with how often and where it is mentioned. */
export interface AggregatedPlace {
  geonameid: string;
  name: string;
  country?: string;
  lat: number;
  lon: number;
  kind?: string;
  precision?: number;
  /** Mentions across all the records given. */
  mentions: number;
  /** Record ids, each once, in first-mention order. */
  documents: string[];
}

export interface AggregateOptions {
  /** Which uses count; by default only places where something is said to happen (no demonyms, no governments speaking). */
  usages?: readonly PlaceMention['usage'][];
  /** Keep only places in this country (ISO 3166-1 alpha-2). */
  country?: string;
}

type RecordWithPlaces = Pick<AnalysisRecord, 'id'> & { layers: Pick<AnalysisRecord['layers'], 'places'> };

/** Groups the resolved place mentions of many records by GeoNames id, most mentioned first. */
export function aggregatePlaces(records: Iterable<RecordWithPlaces>, options: AggregateOptions = {}): AggregatedPlace[] {
  const usages = new Set(options.usages ?? ['place']);
  const byId = new Map<string, AggregatedPlace & { seen: Set<string> }>();
  for (const record of records) {
    for (const mention of record.layers.places ?? []) {
      if (mention.status !== 'resolved' || !usages.has(mention.usage)) continue;
      if (mention.geonameid === undefined || mention.lat === undefined || mention.lon === undefined) continue;
      if (options.country && mention.country !== options.country.toUpperCase()) continue;
      let place = byId.get(mention.geonameid);
      if (!place) {
        place = {
          geonameid: mention.geonameid, name: mention.name ?? mention.text, country: mention.country, lat: mention.lat, lon: mention.lon,
          kind: mention.kind, precision: mention.precision, mentions: 0, documents: [], seen: new Set(),
        };
        byId.set(mention.geonameid, place);
      }
      place.mentions++;
      if (!place.seen.has(record.id)) { place.seen.add(record.id); place.documents.push(record.id); }
    }
  }
  return [...byId.values()]
    .map(({ seen: _seen, ...place }) => place)
    .sort((a, b) => b.mentions - a.mentions || b.documents.length - a.documents.length || a.name.localeCompare(b.name));
}

export interface PlaceFeatureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id: string;
    geometry: { type: 'Point'; coordinates: [number, number] };
    properties: Omit<AggregatedPlace, 'lat' | 'lon'> & { documentCount: number };
  }[];
}

/** GeoJSON (RFC 7946: longitude first) for the web map. */
export function toGeoJSON(places: readonly AggregatedPlace[]): PlaceFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.map(({ lat, lon, ...properties }) => ({
      type: 'Feature',
      id: properties.geonameid,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { ...properties, documentCount: properties.documents.length },
    })),
  };
}
