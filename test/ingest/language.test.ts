import { describe, expect, it } from 'vitest';
import { identifyLanguage } from '../../src/ingest/language.js';
import { corpusArticles, SEED_TEXT } from '../helpers/paths.js';

describe('identifyLanguage', () => {
  it('identifies the seed as French with high confidence', () => {
    expect(identifyLanguage(SEED_TEXT)).toMatchObject({ code: 'fr', supported: true, method: 'detected' });
    expect(identifyLanguage(SEED_TEXT).confidence).toBeGreaterThan(0.9);
  });

  it('agrees with the declared language on every demo corpus article', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const article of corpusArticles(lang)) {
        expect(identifyLanguage(article.text).code, article.id).toBe(lang);
      }
    }
  });

  it('marks other languages as unsupported rather than rejecting them', () => {
    const spanish = 'El gobierno de España anunció el lunes que retirará sus tropas de la región antes del final del año, según fuentes oficiales.';
    expect(identifyLanguage(spanish)).toMatchObject({ code: 'es', supported: false });
  });

  it('gives up on text too short to tell', () => {
    expect(identifyLanguage('OK 2019')).toMatchObject({ code: 'und', confidence: 0, supported: false });
  });
});
