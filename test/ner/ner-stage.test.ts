import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisLanguage } from '../../src/pipeline/stage.js';
import type { DocumentMeta, Entity } from '../../src/record/schema.js';
import { ModelError } from '../../src/ml/model-file.js';
import { allowedTransition } from '../../src/ner/bio.js';
import { loadNerModel, nerModel } from '../../src/ner/ner-model.js';
import { nerStage } from '../../src/ner/stage.js';
import { paragraphStage } from '../../src/segment/paragraphs.js';
import { tokenStage } from '../../src/segment/tokens.js';

const SEED = readFileSync('/work/shared/seed/press-tv-syria-2019-04.txt', 'utf8');
const META: DocumentMeta = { origin: { format: 'text' } };

function entities(text: string, lang: AnalysisLanguage): Entity[] {
  const paragraphs = paragraphStage.run({ text, lang, meta: META, layers: {} });
  const segmented = tokenStage.run({ text, lang, meta: META, layers: paragraphs });
  return nerStage.run({ text, lang, meta: META, layers: { ...paragraphs, ...segmented } }).entities!;
}

describe('NER stage on the seed article', () => {
  let found: Entity[];
  let texts: Set<string>;
  beforeAll(() => {
    found = entities(SEED, 'fr');
    texts = new Set(found.map((entity) => entity.text));
  });

  it.each([
    'al-Mayadeen', 'Rukban', 'Jordanie', 'al-Tanf', 'Deir Ezzor', 'Daech', 'FDS', 'Donald Trump', 'Damas', 'Washington', 'Iran', 'Homs',
    'Palmyre', 'Méditerranée orientale', 'Russie', 'Hadi Mohamadi', 'ONU', 'Croissant Rouge',
  ])('finds %s with an exact span', (name) => {
    expect(texts).toContain(name);
  });

  it('anchors every entity on its text and gives people and places sensible types', () => {
    for (const entity of found) expect(SEED.slice(entity.start, entity.end)).toBe(entity.text);
    const typeOf = (name: string) => found.find((entity) => entity.text === name)?.type;
    expect(typeOf('Donald Trump')).toBe('PER');
    expect(typeOf('Hadi Mohamadi')).toBe('PER');
    expect(typeOf('Jordanie')).toBe('LOC');
    expect(typeOf('Homs')).toBe('LOC');
    expect(typeOf('ONU')).toBe('ORG');
  });

  it('types the outlets the registry knows as organisations ("al-Mayadeen", the footer\'s "Press Tv")', () => {
    const typeOf = (name: string) => found.find((entity) => entity.text === name)?.type;
    expect(typeOf('al-Mayadeen')).toBe('ORG');
    expect(typeOf('Press Tv')).toBe('ORG');
  });

  it('gives mentions of the same entity the same norm', () => {
    const syria = found.filter((entity) => entity.norm === 'syrie');
    expect(syria.length).toBeGreaterThan(3);
    expect(new Set(syria.map((entity) => entity.type)).size).toBe(1);
  });
});

describe('NER stage on an English corpus article', () => {
  const article = JSON.parse(readFileSync('/work/shared/corpus/wikinews-en.jsonl', 'utf8').split('\n')[0]!) as { text: string };
  let found: Entity[];
  beforeAll(() => {
    found = entities(article.text, 'en');
  });

  it('finds the city and the country of "collapsed on Monday in Magnitogorsk, a city in the Ural region of Russia"', () => {
    const magnitogorsk = found.find((entity) => entity.text === 'Magnitogorsk');
    expect(magnitogorsk?.type).toBe('LOC');
    expect(found.some((entity) => entity.text === 'Russia' && entity.type === 'LOC')).toBe(true);
    expect(found.some((entity) => entity.text === 'Monday')).toBe(false);
  });
});

describe('NER decoding', () => {
  it('never puts I-X after O or after another type on corpus sentences', () => {
    const { tagger } = nerModel('fr');
    const lines = readFileSync('/work/shared/corpus/wikinews-fr.jsonl', 'utf8').split('\n').filter(Boolean).slice(0, 10);
    for (const line of lines) {
      const words = (JSON.parse(line) as { text: string }).text.split(/\s+/).filter(Boolean).slice(0, 200);
      const labels = tagger.tag(words);
      labels.forEach((label, i) => expect(allowedTransition(i > 0 ? labels[i - 1]! : -1, label)).toBe(true));
    }
  });

  it('gives a ModelError for a model file of another task', () => {
    expect(() => loadNerModel(new URL('../../models/fr/pos.bin.gz', import.meta.url).pathname, 'fr')).toThrow(ModelError);
  });
});
