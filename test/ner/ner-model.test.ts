import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelError } from '../../src/ml/model-file.js';
import { spansOfLabels } from '../../src/ner/bio.js';
import { NER_MODEL_VARIABLE, loadNerModel, nerModelPath } from '../../src/ner/ner-model.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('choice of the NER model file', () => {
  it('is the default model of each language unless PRESSCOPE_NER_MODEL names another', () => {
    vi.stubEnv(NER_MODEL_VARIABLE, '');
    expect(nerModelPath('fr')).toMatch(/models\/fr\/ner\.bin\.gz$/);
    expect(nerModelPath('en')).toMatch(/models\/en\/ner\.bin\.gz$/);
  });

  it('takes the named variant where it exists and keeps the default for other languages', () => {
    vi.stubEnv(NER_MODEL_VARIABLE, 'wikineural-nc');
    expect(nerModelPath('fr')).toMatch(/models\/fr\/ner-wikineural-nc\.bin\.gz$/);
    expect(nerModelPath('en')).toMatch(/models\/en\/ner\.bin\.gz$/);
  });

  it('refuses a name no model file has, and anything that is not a plain name', () => {
    vi.stubEnv(NER_MODEL_VARIABLE, 'no-such-model');
    expect(() => nerModelPath('fr')).toThrow(ModelError);
    vi.stubEnv(NER_MODEL_VARIABLE, '../fr/ner');
    expect(() => nerModelPath('fr')).toThrow(/model name/);
  });
});

describe('the optional WikiNEuRal model', () => {
  vi.stubEnv(NER_MODEL_VARIABLE, 'wikineural-nc');
  const path = nerModelPath('fr');
  vi.unstubAllEnvs();
  const model = loadNerModel(path, 'fr');

  it('says in its manifest that it is for non-commercial use only', () => {
    expect(model.manifest.licence).toBe('CC BY-NC-SA 4.0');
    expect(model.manifest.notice).toMatch(/NON-COMMERCIAL USE ONLY/);
    expect(model.manifest.trainingData).toContain('fr-wikineural-train.tsv');
  });

  it('finds people and places in a French sentence', () => {
    const words = ['Emmanuel', 'Macron', 'a', 'rencontré', 'Angela', 'Merkel', 'à', 'Berlin', '.'];
    expect(spansOfLabels(model.tagger.tag(words))).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'PER', start: 4, end: 6 },
      { type: 'LOC', start: 7, end: 8 },
    ]);
  });
});

describe('the default French model', () => {
  it('is trained on free-licence data only', () => {
    const model = loadNerModel(nerModelPath('fr'), 'fr');
    expect(model.manifest.trainingData.some((file) => /wikineural/i.test(file))).toBe(false);
    expect((model.manifest.clusterText as string[]).some((file) => /wikineural/i.test(file))).toBe(false);
  });
});
