import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/places/stage.js';
import type { AnalysisLanguage } from '../../src/pipeline/stage.js';
import type { Entity, PlaceMention } from '../../src/record/schema.js';

const placesIn = (text: string, lang: AnalysisLanguage, entities?: Entity[]): PlaceMention[] =>
  findPlaces({ text, lang, meta: { origin: { format: 'jsonl' } }, layers: entities ? { entities } : {} });
const toponyms = (text: string, lang: AnalysisLanguage) => placesIn(text, lang).filter((p) => p.usage !== 'demonym');
const summary = (places: PlaceMention[]) => places.map((p) => [p.text, p.geonameid, p.country]);

describe('places in corpus sentences', () => {
  it('resolves French exonyms of Iraqi cities (frwikinews, 2016-01-04)', () => {
    const text = "Dans la ville de Hilla, située à 80 kilomètres au sud de la capitale Bagdad, c'est la mosquée Ammar ben Yasser qui a été attaquée.";
    const found = toponyms(text, 'fr');
    expect(found.map((p) => p.text)).toEqual(['Hilla', 'Bagdad']);
    expect(found.every((p) => p.country === 'IQ')).toBe(true);
    expect(found[1]).toMatchObject({ name: 'Baghdad', kind: 'capital' });
  });

  it('resolves an English city, its region and its country (enwikinews, Magnitogorsk)', () => {
    const text = 'An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural region of Russia.';
    expect(summary(toponyms(text, 'en'))).toEqual([['Magnitogorsk', '532288', 'RU'], ['Ural', expect.any(String), 'RU'], ['Russia', '2017370', 'RU']]);
    expect(toponyms(text, 'en')[0]).toMatchObject({ role: 'location', precision: 1 });
  });

  it('puts Homs in Syria when Syria is the subject, not Al Khums in Libya', () => {
    const found = toponyms("C'est dans ce sens que les activités terroristes se sont multipliées sur l'axe reliant Homs à Palmyre, en Syrie.", 'fr');
    expect(summary(found)).toEqual([['Homs', '169577', 'SY'], ['Palmyre', '163808', 'SY'], ['Syrie', '163843', 'SY']]);
  });

  it('matches transliteration variants of Syrian places', () => {
    const found = toponyms('Les combattants se sont repliés vers Racca et Deir ez-Zor, puis vers Hassaké et Qamichli, près de la Turquie.', 'fr');
    expect(found.map((p) => p.name)).toEqual(['Ar Raqqah', 'Deir ez-Zor', 'Al Ḩasakah', 'Al Qāmishlī', 'Turkey']);
  });

  it('leaves out place names inside organisation names and currencies', () => {
    expect(toponyms('On Friday Ford Motor Company announced the United States Department of Justice was performing a criminal investigation.', 'en')).toEqual([]);
    expect(toponyms('The strike took place in Iraq, at Baghdad International Airport, and will cost US$300 billion.', 'en').map((p) => p.text)).toEqual(['Iraq']);
    expect(toponyms("les États-Unis se retireront de l'accord de Paris sur le climat", 'fr').map((p) => p.text)).toEqual(['États-Unis']);
  });

  it('does not take surnames for places, even after the full name', () => {
    const text = 'On Tuesday, President Donald Trump asked for national security advisor John R. Bolton\'s resignation. Bolton had held the position since April 2018.';
    expect(toponyms(text, 'en')).toEqual([]);
  });

  it('takes the last word of a PER entity as a surname, even when NER later tags it alone as another type (enwikinews, Bolton)', () => {
    const text = "Trump asked for national security advisor John R. Bolton's resignation, and Bolton tendered it the next morning.";
    const person = text.indexOf('John'), alone = text.indexOf('Bolton tendered');
    const entities: Entity[] = [
      { start: person, end: person + "John R. Bolton's".length, type: 'PER', text: "John R. Bolton's", norm: 'john r. bolton' },
      { start: alone, end: alone + 6, type: 'ORG', text: 'Bolton', norm: 'bolton' },
    ];
    expect(placesIn(text, 'en', entities).filter((p) => p.usage !== 'demonym')).toEqual([]);
  });

  it('keeps a place of the NER model that the gazetteer lacks, unresolved', () => {
    const text = 'Un convoi évacuait les habitants de Foua vers Alep.';
    const start = text.indexOf('Foua');
    const found = placesIn(text, 'fr', [{ start, end: start + 4, type: 'LOC', text: 'Foua', norm: 'foua' }]);
    expect(found.map((p) => [p.text, p.status])).toEqual([['Foua', 'unresolved'], ['Alep', 'resolved']]);
  });

  it('keeps UTF-16 offsets after characters outside the BMP', () => {
    const text = '🇸🇾 Selon Damas, les forces ont repris Palmyre.';
    for (const place of toponyms(text, 'fr')) expect(text.slice(place.start, place.end)).toBe(place.text);
    expect(toponyms(text, 'fr').map((p) => p.text)).toEqual(['Damas', 'Palmyre']);
  });

  it('tells a government speaking from a place where something happens, in English too', () => {
    const found = toponyms('Damascus has repeatedly demanded that Washington withdraw its troops from Syria, where fighting continues near Aleppo.', 'en');
    expect(found.map((p) => [p.text, p.usage, p.role])).toEqual([
      ['Damascus', 'metonym', 'unspecified'], ['Washington', 'metonym', 'unspecified'], ['Syria', 'place', 'origin'], ['Aleppo', 'place', 'location'],
    ]);
  });

  it('returns nothing, without failing, for text without places', () => {
    expect(placesIn('', 'fr')).toEqual([]);
    expect(toponyms('Emmanuel Macron a obtenu 23,8 % des voix, devant Marine Le Pen et François Fillon.', 'fr')).toEqual([]);
  });
});
