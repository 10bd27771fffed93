import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, readModelFile } from '../../src/ml/model-file.js';
import { GAZETTEER_FILE, buildGazetteerIndex, readGazetteerIndex, type CountryRecord, type PlaceRecord } from '../../src/places/gazetteer-index.js';
import { readCountries, readPlaces } from '../../src/places/gazetteer-source.js';
import { gazetteerPath } from '../../src/places/gazetteer.js';
import { KeyTable, StringList } from '../../src/places/gazetteer-tables.js';
import { nameKeys } from '../../src/places/normalize.js';
import { sharedPath } from '../../src/train/data-paths.js';

const manifest = { trainingData: [], seed: 0, devScores: {}, trainedAt: '' };
const roundTrip = (sections: Map<string, Uint8Array>) =>
  decodeModel(encodeModel({ ...GAZETTEER_FILE, manifest, config: {} }, sections), GAZETTEER_FILE);

describe('gazetteer tables', () => {
  it('find keys in any script, in build order, and nothing for absent keys', () => {
    const sections = new Map<string, Uint8Array>();
    const postings = new Map([['homs', [-3, 7]], ['ḥimṣ', [3]], ['حمص', [3, -9]], ['hom', [1]]]);
    KeyTable.write(sections, 'names', postings);
    StringList.write(sections, 'labels', ['Homs', '', 'Ḥimṣ', 'حمص']);
    const contents = roundTrip(sections);
    const table = KeyTable.read(contents, 'names', 'test');
    for (const [key, list] of postings) expect([...table.get(key)]).toEqual(list);
    for (const absent of ['', 'h', 'homss', 'Homs', 'zzz']) expect(table.get(absent).length).toBe(0);
    const labels = StringList.read(contents, 'labels', 'test');
    expect(Array.from({ length: labels.length }, (_, i) => labels.get(i))).toEqual(['Homs', '', 'Ḥimṣ', 'حمص']);
  });
});

describe('gazetteer index', () => {
  const place = (geonameid: string, name: string, code: string, population: number, names: string[]): PlaceRecord =>
    ({ geonameid, name, code, country: 'SY', admin1: '11', lat: 34.72682, lon: 36.72339, population, names });
  const syria: CountryRecord = { iso2: 'SY', geonameid: '163843', nameEn: 'Syria', nameFr: 'Syrie', capital: 'Damascus', demonymsEn: ['Syrian'], demonymsFr: ['syrien'], alternates: ['Syrian Arab Republic'] };

  it('posts primary names as negative indexes, country names and article-free keys, and keeps coordinates exact', () => {
    const places = [
      place('163843', 'Syria', 'A.PCL', 17_500_000, []),
      place('169577', 'Homs', 'P.PPLA', 775_404, ['Hims', 'Al-Homs']),
      place('169575', 'Homs Governorate', 'A.ADM1', 0, ['Homs']),
    ];
    const index = readGazetteerIndex(roundTrip(buildGazetteerIndex(places, [syria])), 'test');
    expect([...index.exact.get(nameKeys('Syrie').full)]).toEqual([1]);
    expect([...index.exact.get(nameKeys('Homs').full)]).toEqual([-2, 3]);
    expect(nameKeys('Al-Homs').articleFree).toBe(nameKeys('Homs').full);
    expect([...index.articleFree.get(nameKeys('Al-Homs').articleFree)]).toEqual([2]);
    expect([...index.exact.get(nameKeys('Al-Homs').full)]).toEqual([2]);
    expect([...index.regions]).toEqual([2]);
    expect(index.entry(1)).toEqual({ index: 1, geonameid: '169577', name: 'Homs', code: 'P.PPLA', country: 'SY', admin1: '11', lat: 34.72682, lon: 36.72339, population: 775_404 });
    expect(index.entry(1)).toBe(index.entry(1));
    expect(index.countries).toEqual([{ iso2: 'SY', geonameid: '163843', nameEn: 'Syria', nameFr: 'Syrie', capital: 'Damascus', demonymsEn: ['Syrian'], demonymsFr: ['syrien'] }]);
  });

  it('refuses coordinates finer than the stored precision', () => {
    expect(() => buildGazetteerIndex([{ ...place('1', 'X', 'P.PPL', 0, []), lat: 1.123456 }], [])).toThrow(/five decimals/);
  });

  it('is up to date with the shared GeoNames extract, the curated names and the name normalisation', () => {
    const shipped = readModelFile(gazetteerPath(), GAZETTEER_FILE);
    const minPopulation = shipped.header.config.minPopulation as number;
    const geo = sharedPath('data', 'geo');
    const rebuilt = buildGazetteerIndex(readPlaces(geo, minPopulation), readCountries(geo));
    expect([...shipped.sections.keys()]).toEqual([...rebuilt.keys()]);
    for (const [name, bytes] of rebuilt) expect(Buffer.compare(Buffer.from(bytes), Buffer.from(shipped.sections.get(name)!)), `section ${name} differs: run npm run build:gazetteer`).toBe(0);
  });
});
