import { describe, expect, it } from 'vitest';
import { aggregatePlaces, toGeoJSON } from '../../src/places/aggregate.js';
import { findPlaces } from '../../src/places/stage.js';

const recordOf = (id: string, text: string, lang: 'fr' | 'en') => ({
  id, layers: { places: findPlaces({ text, lang, meta: { origin: { format: 'jsonl' } }, layers: {} }) },
});

const records = [
  recordOf('a', "L'armée syrienne a repris Palmyre. Les combats continuent près de Palmyre et à Homs.", 'fr'),
  recordOf('b', 'Fighting resumed near Palmyra and Homs, in Syria. Damascus said the road was open.', 'en'),
];

describe('aggregatePlaces', () => {
  it('groups mentions of the same feature across languages and documents', () => {
    const places = aggregatePlaces(records);
    const tadmur = places.find((p) => p.geonameid === '163808');
    expect(tadmur).toMatchObject({ name: 'Tadmur', country: 'SY', mentions: 3, documents: ['a', 'b'] });
    expect(places.find((p) => p.geonameid === '169577')?.documents).toEqual(['a', 'b']);
    expect(places[0]!.geonameid).toBe('163808');
  });

  it('leaves out demonyms and governments speaking unless asked, and filters by country', () => {
    expect(aggregatePlaces(records).map((p) => p.name)).not.toContain('Damascus');
    expect(aggregatePlaces(records, { usages: ['place', 'metonym'] }).map((p) => p.name)).toContain('Damascus');
    expect(aggregatePlaces(records, { usages: ['demonym'] }).map((p) => p.country)).toEqual(['SY']);
    expect(aggregatePlaces(records, { country: 'jo' })).toEqual([]);
  });
});

describe('toGeoJSON', () => {
  it('writes longitude first, as RFC 7946 requires', () => {
    const collection = toGeoJSON(aggregatePlaces(records));
    expect(collection.type).toBe('FeatureCollection');
    const tadmur = collection.features.find((f) => f.id === '163808')!;
    expect(tadmur.geometry.coordinates[0]).toBeCloseTo(38.28, 1);
    expect(tadmur.geometry.coordinates[1]).toBeCloseTo(34.56, 1);
    expect(tadmur.properties).toMatchObject({ mentions: 3, documentCount: 2 });
  });
});
