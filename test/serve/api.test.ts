import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { Corpus } from '../../src/store/corpus.js';
import { ingestPaths } from '../../src/api/ingest.js';
import { createApp } from '../../src/serve/app.js';
import { AnalysisRecord } from '../../src/record/schema.js';
import { SAMPLES, SEED_TEXT, corpusArticles, tempDir } from '../helpers/paths.js';

let corpus: Corpus;
let app: ReturnType<typeof createApp>;
let seedId: string;

const TOKEN = 'correct horse battery staple';

beforeAll(() => {
  corpus = Corpus.open(join(tempDir(), 'api.db'));
  ingestPaths(corpus, [SAMPLES]);
  app = createApp({ corpus, token: TOKEN, maxBodyBytes: 64 * 1024 });
  seedId = corpus.search({ q: 'Rukban', limit: 1 }).hits[0]!.id;
}, 180_000);
afterAll(() => corpus.close());

async function json(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await app.request(path, init);
  return { status: response.status, body: await response.json(), headers: response.headers };
}

function post(path: string, body: string, contentType: string, token?: string): RequestInit {
  return { method: 'POST', body, headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
}

describe('GET /api/documents (search)', () => {
  it('finds articles by full text with highlighted snippets and facets', async () => {
    const { status, body } = await json('/api/documents?q=Palmyre');
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(0);
    expect(body.hits[0].snippet).toMatch(/⟦Palmyre⟧/i);
    expect(body.facets.lang.fr).toBe(body.total);
  });

  it('filters by language and paginates', async () => {
    const all = await json('/api/documents?lang=en&limit=5');
    expect(all.body.hits).toHaveLength(5);
    expect(all.body.hits.every((hit: { lang: string }) => hit.lang === 'en')).toBe(true);
    expect(all.body.total).toBe(corpusArticles('en').length);
    const next = await json('/api/documents?lang=en&limit=5&offset=5');
    expect(next.body.hits[0].id).not.toBe(all.body.hits[0].id);
    expect(next.body.offset).toBe(5);
  });

  it('filters by publication date range and outlet', async () => {
    const { body } = await json('/api/documents?from=2019-04&to=2019-04&source=Press');
    expect(body.hits.map((hit: { id: string }) => hit.id)).toEqual([seedId]);
  });

  it('treats SQL and FTS syntax in parameters as data', async () => {
    const sql = await json(`/api/documents?source=${encodeURIComponent("%' OR '1'='1")}`);
    expect(sql.status).toBe(200);
    expect(sql.body.total).toBe(0);
    const fts = await json(`/api/documents?q=${encodeURIComponent('Palmyre") OR title:*')}`);
    expect([200, 400]).toContain(fts.status);
    const speaker = await json(`/api/documents?speaker=${encodeURIComponent("x'); DROP TABLE documents; --")}`);
    expect(speaker.status).toBe(200);
    expect(corpus.stats().documents).toBeGreaterThan(100);
  });

  it('refuses bad parameters with a 400 naming them', async () => {
    for (const query of ['limit=abc', 'limit=1000', 'from=April', 'lang=french', 'bogus=1', 'q=a&q=b']) {
      const { status, body } = await json(`/api/documents?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.status).toBe(400);
      expect(body.error.message.length).toBeGreaterThan(5);
    }
    const unbalanced = await json(`/api/documents?q=${encodeURIComponent('"')}`);
    expect(unbalanced.status).toBe(400);
  });
});

describe('GET /api/documents/:id', () => {
  it('returns the stored record with its versions, by id or id prefix', async () => {
    const { status, body } = await json(`/api/documents/${seedId.slice(0, 8)}`);
    expect(status).toBe(200);
    const record = AnalysisRecord.parse(body.record);
    expect(record.text).toBe(SEED_TEXT);
    expect(record.meta.date).toEqual({ value: '2019-04', precision: 'month' });
    expect(body.versions).toHaveLength(1);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await json('/api/documents/0123456789abcdef')).status).toBe(404);
    const bad = await json(`/api/documents/${encodeURIComponent("1' OR 1=1")}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('path parameter id');
  });

  it('answers 404 for an unknown entity and an unknown endpoint', async () => {
    expect((await json('/api/entities/nobody-at-all')).status).toBe(404);
    expect((await json('/api/nothing-here')).status).toBe(404);
  });
});

describe('POST /api/analyze', () => {
  it('analyses text without storing it', async () => {
    const before = corpus.stats().documents;
    const text = 'Le ministre a déclaré à Damas que « la situation est stable ». Il a ajouté que tout irait bien.';
    const { status, body } = await json('/api/analyze', post('/api/analyze', JSON.stringify({ text, date: '2019-04-08', title: 'Essai' }), 'application/json'));
    expect(status).toBe(200);
    const record = AnalysisRecord.parse(body);
    expect(record.text).toBe(text);
    expect(record.lang.code).toBe('fr');
    expect(record.meta.date).toEqual({ value: '2019-04-08', precision: 'day' });
    expect(record.layers.quotes[0]!.open).toBe('«');
    expect(text.slice(record.layers.quotes[0]!.contentStart, record.layers.quotes[0]!.contentEnd)).toContain('la situation est stable');
    expect(corpus.stats().documents).toBe(before);
  });

  it('reads the seed as dated text when sent raw', async () => {
    const { status, body } = await json('/api/analyze', post('/api/analyze', SEED_TEXT, 'text/plain; charset=utf-8'));
    expect(status).toBe(200);
    expect(body.meta.origin.format).toBe('dated-text');
    expect(body.meta.source).toBe('Press TV');
  });

  it('extracts the article from HTML', async () => {
    const article = corpusArticles('en')[0]!;
    const html = `<!doctype html><html lang="en"><head><title>${article.title}</title></head><body><nav>Menu</nav><article><h1>${article.title}</h1>${article.text.split('\n').filter(Boolean).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const { status, body } = await json('/api/analyze', post('/api/analyze', html, 'text/html'));
    expect(status).toBe(200);
    expect(body.text).not.toContain('<p>');
    expect(body.lang.code).toBe('en');
  });

  it('refuses bad JSON, empty, oversized, mistyped and ambiguous bodies with JSON errors', async () => {
    const cases: Array<[RequestInit, number]> = [
      [post('', '{"text": "unterminated', 'application/json'), 400],
      [post('', '', 'text/plain'), 400],
      [post('', 'x'.repeat(70 * 1024), 'text/plain'), 413],
      [post('', 'plain words', 'application/pdf'), 415],
      [post('', '{"a":1}\n', 'application/x-ndjson'), 415],
      [post('', JSON.stringify({ text: 'a', html: '<p>b</p>' }), 'application/json'), 400],
      [post('', JSON.stringify({ text: 'Bonjour.', date: 'hier' }), 'application/json'), 400],
      [post('', JSON.stringify({ text: 'Bonjour.', evil: true }), 'application/json'), 400],
      [post('', JSON.stringify({ text: 'Bonjour.', url: 'javascript:alert(1)' }), 'application/json'), 400],
      [post('', '   \n  ', 'text/plain'), 422],
    ];
    for (const [init, expected] of cases) {
      const { status, body, headers } = await json('/api/analyze', init);
      expect(status, String(init.body).slice(0, 40)).toBe(expected);
      expect(headers.get('content-type')).toMatch(/application\/json/);
      expect(body.error.status).toBe(expected);
    }
  });
});

describe('POST /api/documents', () => {
  const article = 'date 2019-05-02 Selon des sources locales, des combats ont éclaté près de Deir ez-Zor.\nSource: Avec Press Tv';

  it('requires the bearer token when one is configured', async () => {
    expect((await json('/api/documents', post('', article, 'text/plain'))).status).toBe(401);
    expect((await json('/api/documents', post('', article, 'text/plain', 'wrong'))).status).toBe(403);
  });

  it('stores with the token and finds the document afterwards; the same text again is a duplicate', async () => {
    const created = await json('/api/documents', post('', article, 'text/plain', TOKEN));
    expect(created.status).toBe(201);
    expect(created.body.documents[0].status).toBe('added');
    const { id } = created.body.documents[0];
    const found = await json(`/api/documents/${id}`);
    expect(found.body.record.meta.date.value).toBe('2019-05-02');
    const again = await json('/api/documents', post('', article, 'text/plain', TOKEN));
    expect(again.body.documents[0].status).toBe('duplicate');
  });

  it('ingests a JSONL batch and reports bad lines', async () => {
    const lines = [
      JSON.stringify({ title: 'Test one', text: 'The council met on Monday in Geneva to discuss the ceasefire.', lang: 'en', date: '2020-01-06', url: 'https://example.org/one' }),
      '{"broken": ',
    ].join('\n');
    const { status, body } = await json('/api/documents', post('', lines, 'application/x-ndjson', TOKEN));
    expect(status).toBe(201);
    expect(body.documents).toHaveLength(1);
    expect(body.failed[0].line).toBe(2);
  });

  it('is open when no token is configured', async () => {
    const open = createApp({ corpus });
    const response = await open.request('/api/documents', post('', 'A short note about the weather in Lyon on Sunday.', 'text/plain'));
    expect(response.status).toBe(201);
  });
});

describe('corpus views', () => {
  it('lists places, quotes, timeline and stats as JSON', async () => {
    for (const path of ['/api/places', '/api/quotes?limit=5', '/api/timeline', '/api/stats']) {
      const { status } = await json(path);
      expect(status, path).toBe(200);
    }
    expect((await json('/api/stats')).body.byLang.fr).toBeGreaterThan(50);
  });
});

describe('hardening', () => {
  it('publishes an OpenAPI 3.1 description built from the schemas', async () => {
    const { body } = await json('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    for (const path of ['/api/documents', '/api/documents/{id}', '/api/analyze', '/api/entities/{id}', '/api/places', '/api/quotes']) {
      expect(body.paths[path], path).toBeDefined();
    }
    const search = body.paths['/api/documents'].get;
    expect(search.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['q', 'lang', 'from', 'to', 'source', 'speaker', 'place', 'limit', 'offset']));
    const record = body.paths['/api/analyze'].post.responses['200'].content['application/json'].schema;
    expect(record.properties.layers.properties.tokens).toBeDefined();
    expect(body.paths['/api/documents'].post.security).toEqual([{ bearer: [] }]);
  });

  it('sends a content security policy and no CORS headers by default', async () => {
    const response = await app.request('/api/stats', { headers: { origin: 'https://evil.example' } });
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('hides internal errors behind a bare 500', async () => {
    const broken = Corpus.open(join(tempDir(), 'broken.db'));
    const brokenApp = createApp({ corpus: broken });
    broken.close();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await brokenApp.request('/api/documents?q=Syrie');
    quiet.mockRestore();
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { status: 500, message: 'internal error' } });
    expect(text).not.toMatch(/at .*\.ts|database|sqlite/i);
  });
});
