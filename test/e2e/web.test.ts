import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { Corpus } from '../../src/store/corpus.js';
import { ingestPaths } from '../../src/api/ingest.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { REPO, SAMPLES, SEED_PATH, SEED_TEXT, tempDir } from '../helpers/paths.js';
import { layeredSeedExcerpt } from './layered-fixture.js';
import { analyze } from '../../src/pipeline/analyze.js';

const CHROMIUM = '/usr/bin/chromium';
const WEB_DIR = join(REPO, 'dist-web');
const ARTIFACTS = join(REPO, 'test-artifacts');

let server: RunningServer;
let context: BrowserContext;
let page: Page;
let seedId: string;
let layeredId: string;
const pageErrors: string[] = [];

async function open(hash: string): Promise<void> {
  await page.goto(`${server.url}/${hash}`);
  await page.waitForSelector('main[aria-busy="false"]');
}

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

describe.skipIf(!existsSync(CHROMIUM))('web page in headless Chromium', () => {
  beforeAll(async () => {
    if (!existsSync(join(WEB_DIR, 'index.html'))) execFileSync('node', [join(REPO, 'web', 'build.mjs')], { stdio: 'inherit' });
    mkdirSync(ARTIFACTS, { recursive: true });
    const dir = tempDir('presscope-e2e-');
    const db = join(dir, 'corpus.db');
    const corpus = Corpus.open(db);
    ingestPaths(corpus, [SEED_PATH, join(SAMPLES, 'wikinews-fr.jsonl'), join(SAMPLES, 'wikinews-en.jsonl')]);
    const hostile = corpus.ingest([analyze({
      text: 'Le porte-parole a déclaré : « <script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2"> ».',
      meta: { title: '<img src=x onerror="window.pwned = 3"> Balises dans un titre', url: 'javascript:window.pwned = 4', origin: { format: 'jsonl' } },
      declaredLang: 'fr',
    })]);
    expect(hostile).toEqual(['added']);
    const layered = layeredSeedExcerpt();
    corpus.ingest([layered]);
    layeredId = layered.id;
    seedId = corpus.search({ q: 'Rukban', lang: 'fr', from: '2019-04', to: '2019-04' }).hits.find((hit) => hit.id !== layeredId)!.id;
    corpus.close();
    server = await startServer({ db, port: 0, host: '127.0.0.1', webDir: WEB_DIR });
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? await context.newPage();
    page.on('pageerror', (error) => { pageErrors.push(error.message); });
  }, 180_000);

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  }, 30_000);

  it('searches the corpus and highlights matches in snippets', async () => {
    await open('');
    await page.getByLabel('Search', { exact: true }).fill('Palmyre');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Palmyre/);
    await page.waitForSelector('.result mark');
    const marks = await page.locator('.result mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => /palmyre/i.test(mark))).toBe(true);
    expect(await page.locator('.facet').first().textContent()).toContain('fr');
    await screenshot('search-palmyre');
  });

  it('filters by language through the facet links', async () => {
    await open('#/search?q=Syria');
    await page.locator('.facet a', { hasText: 'en' }).first().click();
    await page.waitForURL(/lang=en/);
    await page.waitForSelector('main[aria-busy="false"] .result');
    const langs = await page.locator('.result-title').evaluateAll((links) => links.map((link) => link.getAttribute('lang')));
    expect(langs.length).toBeGreaterThan(0);
    expect(new Set(langs)).toEqual(new Set(['en']));
  });

  it('shows the seed article with its exact text and highlighted quotations', async () => {
    await open(`#/doc/${seedId}`);
    expect(await page.locator('.article-text').textContent()).toBe(SEED_TEXT);
    const quotes = await page.locator('.article-text .layer-quotes').allTextContents();
    expect(quotes.join('')).toContain('ne font que soutenir les terroristes en Syrie');
    expect(await page.locator('.article-meta').textContent()).toContain('2019-04');
    expect(await page.locator('.source-chain').textContent()).toContain('Press TV');
    await screenshot('seed-article');
  });

  it('renders every layer, links a speaker to what it said, and toggles layers', async () => {
    await open(`#/doc/${layeredId}`);
    for (const layer of ['quotes', 'entities', 'attributions', 'times', 'places']) {
      expect(await page.locator(`.article-text .layer-${layer}`).count(), layer).toBeGreaterThan(0);
    }
    // Nested spans: the quotation inside al-Mayadeen's reported content keeps both highlights.
    const nested = page.locator('.article-text .layer-quotes.attr-content').first();
    expect(await nested.textContent()).toBeTruthy();
    await page.locator('.article-text .attr-source', { hasText: 'sources proches' }).hover();
    const linked = await page.locator('.article-text .hl.linked').allTextContents();
    expect(linked.join('')).toContain('des protestations anti-américaines et anti-FDS');
    expect(await page.locator('.speakers').textContent()).toContain('unnamed source');
    expect(await page.locator('.speakers').textContent()).toContain('outlet');
    expect(await page.locator('.speakers').textContent()).toContain('as reported by al-Mayadeen');
    expect(await page.locator('.side-panel .world .map-point').count()).toBe(4);
    expect(await page.locator('.side-panel .time-bar').count()).toBe(3);
    await screenshot('layered-article');

    await page.getByLabel(/Entities/).uncheck();
    expect(await page.locator('.record-view.hide-entities').count()).toBe(1);
    const background = await page.locator('.article-text .ent-ORG').first().evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(background).toBe('rgba(0, 0, 0, 0)');
  });

  it('draws the corpus places on a world map, a place opening its articles', async () => {
    await open('#/map');
    expect(await page.locator('.world .countries path').count()).toBeGreaterThan(150);
    const points = page.locator('.world .map-point');
    expect(await points.count()).toBeGreaterThan(0);
    await screenshot('map');
    await page.locator('.world .map-point').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/place=/);
    await page.waitForSelector('main[aria-busy="false"] .result');
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
  });

  it('draws the timeline of resolved event dates, a bar opening the articles of its period', async () => {
    await open('#/timeline');
    const bars = page.locator('.histogram .bucket[role="button"]');
    expect(await bars.count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.time-list li').first().textContent()).toMatch(/^\[\d{4}-\d{2}-\d{2}, \d{4}-\d{2}-\d{2}\)/);
    await screenshot('timeline');
    await open('#/timeline?from=2018-12&to=2019-04');
    expect(await page.locator('figcaption').first().textContent()).toContain('by month');
    await page.locator('.histogram .bucket[role="button"]', { hasText: '2018-12' }).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/eventFrom=2018-12/);
    await page.waitForSelector('main[aria-busy="false"] .result');
    expect(await page.locator('.result-title').allTextContents()).toContain('Extrait annoté (test de rendu)');
  });

  it('lists statements by speaker across the corpus and an entity\'s articles', async () => {
    await open(`#/doc/${layeredId}`);
    await page.locator('.speakers a', { hasText: 'sources proches des groupes terroristes armés' }).click();
    await page.waitForURL(/#\/quotes\?speaker=/);
    await page.waitForSelector('main[aria-busy="false"] .quote-item');
    expect(await page.locator('.quote-list').textContent()).toContain('des protestations anti-américaines et anti-FDS');
    await screenshot('statements');
    await open(`#/doc/${layeredId}`);
    await page.getByRole('link', { name: 'articles mentioning al-Mayadeen' }).click();
    await page.waitForURL(/#\/entity\//);
    await page.waitForSelector('main[aria-busy="false"] .entity-view');
    expect(await page.locator('.entity-view .result-title').allTextContents()).toContain('Extrait annoté (test de rendu)');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(`#/doc/${layeredId}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot('layered-article-phone');
    await open('#/search?q=Syrie');
    await screenshot('search-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('analyses pasted text on the page without storing it', async () => {
    const before = await (await fetch(`${server.url}/api/stats`)).json() as { documents: number };
    const paragraph = SEED_TEXT.split('\n\n').find((part) => part.startsWith('Lundi'))!;
    await open('#/analyze');
    await page.getByLabel(/Article text/).fill(paragraph);
    await page.getByLabel('Publication date').fill('2019-04');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.waitForSelector('.analysis-output .article-text');
    expect(await page.locator('.analysis-output .article-text').textContent()).toBe(paragraph);
    expect(await page.locator('.analysis-output .layer-quotes').count()).toBeGreaterThan(0);
    expect(await page.locator('.analysis-output .article-meta').textContent()).toContain('not stored');
    await screenshot('analyze');
    const after = await (await fetch(`${server.url}/api/stats`)).json() as { documents: number };
    expect(after.documents).toBe(before.documents);
  });

  it('shows markup found in articles as text, never as HTML', async () => {
    await open(`#/search?q=${encodeURIComponent('porte-parole balises')}`);
    await page.locator('.result-title', { hasText: 'Balises dans un titre' }).click();
    await page.waitForSelector('main[aria-busy="false"] .article-text');
    expect(await page.locator('h1').textContent()).toBe('<img src=x onerror="window.pwned = 3"> Balises dans un titre');
    expect(await page.locator('.article-text').textContent()).toContain('<script>window.pwned = 1</script>');
    expect(await page.locator('main img, main script, .article-url a').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it('shows a readable error for an unknown document', async () => {
    await open('#/doc/0123456789abcdef');
    expect(await page.getByRole('alert').textContent()).toContain('not found');
  });
});
