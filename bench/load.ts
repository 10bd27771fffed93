/**
 * Load test of the HTTP API on 127.0.0.1: requests per second and p99 latency for search and
 * analyze. Bounded: each scenario runs for a fixed few seconds against a server this script starts
 * on a free local port over a temporary corpus of the bundled samples, then everything stops.
 * Run with `npm run bench:load`; not part of the unit tests.
 */
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../src/store/corpus.js';
import { ingestPaths } from '../src/api/ingest.js';
import { startServer } from '../src/serve/server.js';
import { packageRoot } from '../src/package-root.js';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 5);
const SEARCHES = ['Syrie', 'Palmyre', '"Donald Trump"', 'election', 'attentat*', 'Damas OR Damascus', 'ceasefire -Ukraine'];

interface Scenario {
  name: string;
  connections: number;
  requests: autocannon.Request[];
}

async function run(url: string, scenario: Scenario) {
  const result = await autocannon({ url, connections: scenario.connections, duration: SECONDS, requests: scenario.requests });
  const failures = result.errors + result.timeouts + result.non2xx;
  return {
    scenario: scenario.name,
    connections: scenario.connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    failures,
  };
}

async function main(): Promise<void> {
  const root = packageRoot();
  const dir = mkdtempSync(join(tmpdir(), 'presscope-load-'));
  const db = join(dir, 'load.db');
  const corpus = Corpus.open(db);
  const ingested = ingestPaths(corpus, [join(root, 'samples')]);
  corpus.close();
  const server = await startServer({ db, port: 0, host: '127.0.0.1', webDir: join(dir, 'no-web') });
  const seed = readFileSync(join(root, 'samples', 'press-tv-syria-2019-04.txt'), 'utf8');
  const paragraph = seed.split('\n\n').slice(0, 3).join('\n\n');
  try {
    console.log(`presscope load test: ${ingested.added} documents, ${SECONDS} s per scenario, server ${server.url}`);
    const scenarios: Scenario[] = [
      { name: 'search GET /api/documents?q=…', connections: 10, requests: SEARCHES.map((q) => ({ method: 'GET', path: `/api/documents?q=${encodeURIComponent(q)}&limit=20` })) },
      { name: 'filtered search (lang + date range, no text)', connections: 10, requests: [{ method: 'GET', path: '/api/documents?lang=fr&from=2016&to=2019-12&limit=20' }] },
      { name: 'analyze POST /api/analyze (seed, 2.3 kB)', connections: 4, requests: [{ method: 'POST', path: '/api/analyze', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: seed }] },
      { name: 'analyze POST /api/analyze (3 paragraphs)', connections: 4, requests: [{ method: 'POST', path: '/api/analyze', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: paragraph, date: '2019-04' }) }] },
    ];
    const results = [];
    for (const scenario of scenarios) {
      const result = await run(server.url, scenario);
      results.push(result);
      console.log(`${result.scenario.padEnd(48)} ${String(result.requestsPerSecond).padStart(6)} req/s   p50 ${String(result.latencyMs.p50).padStart(4)} ms   p99 ${String(result.latencyMs.p99).padStart(5)} ms   (${result.requests} requests, ${result.failures} failed)`);
    }
    console.log(JSON.stringify({ seconds: SECONDS, results }));
    if (results.some((result) => result.failures > 0)) process.exitCode = 1;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
