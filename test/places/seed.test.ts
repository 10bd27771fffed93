import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { paragraphStage } from '../../src/segment/paragraphs.js';
import { tokenStage } from '../../src/segment/tokens.js';
import { placeStage } from '../../src/places/stage.js';
import { distanceKm } from '../../src/places/distance.js';
import type { PlaceMention } from '../../src/record/schema.js';
import { SEED_TEXT } from '../helpers/paths.js';

const record = analyze(
  { text: SEED_TEXT, meta: { date: { value: '2019-04', precision: 'month' }, origin: { format: 'text' } }, declaredLang: 'fr' },
  [paragraphStage, tokenStage, placeStage],
);
const places = record.layers.places ?? [];
const mentionsOf = (surface: string): PlaceMention[] => places.filter((p) => p.text === surface);

/** Reference points, read by hand from GeoNames (countries and seas by their centroid). */
const EXPECTED: [string, number, number][] = [
  ['Rukban', 33.314, 38.703],
  ['Jordanie', 31.246, 36.771],
  ['al-Tanf', 33.5, 38.62],
  ['Syrie', 35.025, 38.508],
  ['Iran', 32.58, 54.273],
  ['Homs', 34.724, 36.726],
  ['Palmyre', 34.562, 38.284],
  ['Méditerranée orientale', 34.886, 22.368],
];

describe('places on the seed article', () => {
  it('keeps offsets on the original text', () => {
    for (const place of places) expect(SEED_TEXT.slice(place.start, place.end)).toBe(place.text);
  });

  it.each(EXPECTED)('resolves %s within 50 km of the right place', (surface, lat, lon) => {
    const found = mentionsOf(surface);
    expect(found.length).toBeGreaterThan(0);
    for (const place of found) {
      expect(place.status).toBe('resolved');
      expect(distanceKm(lat, lon, place.lat!, place.lon!)).toBeLessThan(50);
    }
  });

  it('reads "la province de Deir Ezzor" as the governorate and "A Deir Ezzor" as the city', () => {
    const [province, city] = mentionsOf('Deir Ezzor');
    expect(province).toMatchObject({ geonameid: '170792', kind: 'region', precision: 2 });
    expect(city).toMatchObject({ geonameid: '170794', precision: 1 });
    expect(distanceKm(35.336, 40.141, city!.lat!, city!.lon!)).toBeLessThan(50);
  });

  it('tags Damas and Washington as governments speaking', () => {
    expect(mentionsOf('Damas')).toEqual([expect.objectContaining({ usage: 'metonym', country: 'SY', kind: 'capital' })]);
    expect(mentionsOf('Washington')).toEqual([expect.objectContaining({ usage: 'metonym', country: 'US', kind: 'capital' })]);
  });

  it('keeps demonyms apart as associated countries', () => {
    const demonyms = places.filter((p) => p.usage === 'demonym');
    const countryOf = (surface: string) => demonyms.find((p) => p.text === surface)?.country;
    expect(countryOf('russe')).toBe('RU');
    expect(countryOf('syrienne')).toBe('SY');
    expect(countryOf('américaine')).toBe('US');
    expect(countryOf('irakien')).toBe('IQ');
    expect(demonyms.every((p) => p.precision === 3)).toBe(true);
  });

  it('finds no place in person names or the source line', () => {
    const texts = places.map((p) => p.text);
    for (const notPlace of ['Hadi', 'Mohamadi', 'Donald', 'Trump', 'Press', 'Tv', 'Source']) expect(texts).not.toContain(notPlace);
    expect(places.filter((p) => p.usage === 'place').length).toBeGreaterThanOrEqual(20);
  });

  it('gives Rukban its kind and the border role of "à la frontière avec la Jordanie"', () => {
    expect(mentionsOf('Jordanie')[0]).toMatchObject({ role: 'border', kind: 'country', precision: 3 });
    expect(mentionsOf('al-Tanf')[0]).toMatchObject({ kind: 'military base', precision: 1, country: 'SY' });
  });

  it('keeps every place when the NER runs first (its PER on "al-Tanf" does not veto a curated place)', () => {
    const full = analyze({ text: SEED_TEXT, meta: { date: { value: '2019-04', precision: 'month' }, origin: { format: 'text' } }, declaredLang: 'fr' });
    const mapped = new Set((full.layers.places ?? []).filter((p) => p.status === 'resolved').map((p) => p.text));
    for (const [surface] of EXPECTED) expect(mapped).toContain(surface);
  });
});
