import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Corpus, QueryError } from '../../src/store/corpus.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { readPlainText } from '../../src/ingest/formats/text.js';
import { corpusArticles, SEED_PATH, SEED_TEXT, tempDir } from '../helpers/paths.js';
import type { AnalysisRecord } from '../../src/record/schema.js';

const seedRecord = (text = SEED_TEXT): AnalysisRecord => analyze(readPlainText(text, { path: SEED_PATH, format: 'text' }));

function articleRecord(lang: 'fr' | 'en', index: number): AnalysisRecord {
  const article = corpusArticles(lang)[index]!;
  return analyze({
    text: article.text,
    meta: { title: article.title, date: { value: article.date, precision: 'day' }, url: article.url, source: 'Wikinews', origin: { format: 'jsonl' } },
    declaredLang: lang,
  });
}

describe('Corpus', () => {
  let corpus: Corpus;
  beforeEach(() => { corpus = Corpus.open(join(tempDir(), 'test.db')); });
  afterEach(() => corpus.close());

  it('stores a record and gives it back unchanged', () => {
    const record = seedRecord();
    expect(corpus.ingest([record])).toEqual(['added']);
    expect(corpus.get(record.id)).toEqual(record);
    expect(corpus.get(record.id.slice(0, 8))).toEqual(record);
  });

  it('is idempotent: the same text twice is one document', () => {
    const record = seedRecord();
    expect(corpus.ingest([record, record])).toEqual(['added', 'duplicate']);
    expect(corpus.ingest([seedRecord()])).toEqual(['duplicate']);
    expect(corpus.stats()).toMatchObject({ documents: 1, versions: 1 });
  });

  it('keeps a changed text as a new version of the same document, searchable only in its latest form', () => {
    const first = seedRecord();
    const edited = seedRecord(SEED_TEXT.replace('Hadi Mohamadi', 'Hadi Mohammadi'));
    expect(edited.id).toBe(first.id);
    expect(corpus.ingest([first])).toEqual(['added']);
    expect(corpus.ingest([edited])).toEqual(['new-version']);
    expect(corpus.versions(first.id).map((v) => v.version)).toEqual([1, 2]);
    expect(corpus.get(first.id)?.text).toContain('Mohammadi');
    expect(corpus.get(first.id, 1)?.text).toContain('Mohamadi');
    expect(corpus.search({ q: 'Mohammadi' }).total).toBe(1);
    expect(corpus.search({ q: 'Mohamadi' }).total).toBe(0);
  });

  it('writes a batch in one transaction: a failing record leaves nothing behind', () => {
    const good = seedRecord();
    const broken = { ...articleRecord('fr', 0), contentHash: undefined } as unknown as AnalysisRecord;
    expect(() => corpus.ingest([good, broken])).toThrow();
    expect(corpus.stats().documents).toBe(0);
  });

  describe('search', () => {
    beforeEach(() => {
      corpus.ingest([seedRecord(), ...[0, 1, 2, 3, 4, 5].map((i) => articleRecord('fr', i)), ...[0, 1, 2, 3].map((i) => articleRecord('en', i))]);
    });

    it('is accent- and case-insensitive and marks the matches', () => {
      const result = corpus.search({ q: 'etats-unis' });
      expect(result.hits.map((h) => h.source)).toContain('Press TV');
      expect(result.hits[0]!.snippet).toMatch(/⟦[EÉ]tats-Unis⟧/);
      expect(corpus.search({ q: 'MÉDITERRANÉE' }).total).toBe(1);
    });

    it('filters by language, outlet and publication date (partial dates too)', () => {
      expect(corpus.search({ lang: 'en' }).total).toBe(4);
      expect(corpus.search({ source: 'press' }).hits.map((h) => h.source)).toEqual(['Press TV']);
      expect(corpus.search({ from: '2019-04', to: '2019-04' }).total).toBe(1);
      expect(corpus.search({ to: '2016-12-31' }).hits.every((h) => h.date! <= '2016-12-31')).toBe(true);
      expect(corpus.search({}).facets.lang).toEqual({ fr: 7, en: 4 });
    });

    it('lists statements by speaker and by outlet of record', () => {
      const inPressTv = corpus.statements({ source: 'press tv' });
      expect(inPressTv.length).toBe(12);
      expect(inPressTv.map((s) => s.speaker)).toContain('Hadi Mohamadi');
      expect(corpus.statements({ speaker: 'Mohamadi', source: 'Wikinews' })).toEqual([]);
      expect(corpus.statements({ speaker: 'Mohamadi' }).map((s) => s.cue)).toEqual(['note']);
      expect(inPressTv.find((s) => s.cue === 'a annoncé')?.when).toEqual({ text: 'le 19 décembre', value: '2018-12-19', from: '2018-12-19', to: '2018-12-20' });
    });

    it('treats query syntax in user input as plain words', () => {
      expect(() => corpus.search({ q: 'Syrie" OR NEAR(x' })).not.toThrow();
      expect(corpus.search({ q: "'; DROP TABLE versions; --" }).total).toBe(0);
      expect(corpus.stats().documents).toBe(11);
      expect(() => corpus.search({ q: '"" *' })).toThrow(QueryError);
    });

    it('pages through results', () => {
      const all = corpus.search({ limit: 100 }).hits.map((h) => h.id);
      const paged = [...corpus.search({ limit: 4 }).hits, ...corpus.search({ limit: 4, offset: 4 }).hits, ...corpus.search({ limit: 4, offset: 8 }).hits];
      expect(paged.map((h) => h.id)).toEqual(all);
    });
  });
});
