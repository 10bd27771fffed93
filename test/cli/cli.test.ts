import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { presscope } from '../helpers/cli.js';
import { REPO, SAMPLES, SEED_PATH, SEED_TEXT, tempDir } from '../helpers/paths.js';
import { AnalysisRecord } from '../../src/record/schema.js';

const NO_STACK = /^\s+at .+\(.*:\d+:\d+\)$/m;

describe('presscope CLI', () => {
  const dir = tempDir();
  const db = join(dir, 'corpus.db');

  beforeAll(() => {
    const result = presscope(['ingest', SAMPLES, '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/122 added, 0 new versions, 0 duplicates, 0 failed/);
  });

  it('ingests idempotently: the second run finds only duplicates', () => {
    const again = presscope(['ingest', SAMPLES, '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 added, 0 new versions, 122 duplicates, 0 failed/);
  });

  it('reports every bad input on one line, stores the good ones and exits 1', () => {
    const bad = join(dir, 'bad');
    mkdirSync(join(bad, 'nested'), { recursive: true });
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(bad, 'latin1.txt'), Buffer.from('Le ministre a déclaré que la réunion aurait lieu à Genève la semaine prochaine, selon des sources proches du dossier.', 'latin1'));
    writeFileSync(join(bad, 'nested', 'batch.jsonl'), [
      JSON.stringify({ id: 'ok-1', lang: 'en', date: '2019-04-08', text: 'The ministry said on Monday that talks would resume in Geneva next week.' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text', title: 'x' }),
    ].join('\n'));
    writeFileSync(join(bad, 'big.txt'), 'Syrie. '.repeat(200_000));
    const result = presscope(['ingest', bad, join(dir, 'missing.txt'), '--db', join(dir, 'bad.db'), '--max-size', '1']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/2 added, 0 new versions, 0 duplicates, 6 failed/);
    const errors = result.stderr.trim().split('\n').filter((line) => line.startsWith('error:'));
    expect(errors).toEqual(expect.arrayContaining([
      `error: ${join(bad, 'empty.txt')}: empty input`,
      `error: ${join(bad, 'image.png')}: binary content, not text`,
      `error: ${join(bad, 'big.txt')}: input is 1.4 MB, over the 1.0 MB limit (--max-size)`,
      expect.stringMatching(new RegExp(`^error: ${join(bad, 'nested', 'batch.jsonl')}:2: malformed JSON`)),
      `error: ${join(bad, 'nested', 'batch.jsonl')}:3: missing field "text"`,
      `error: ${join(dir, 'missing.txt')}: no such file or directory`,
    ]));
    expect(errors).toHaveLength(6);
    expect(result.stderr).not.toMatch(NO_STACK);
    const shown = presscope(['search', 'Genève', '--db', join(dir, 'bad.db'), '--json']);
    expect(JSON.parse(shown.stdout).hits).toHaveLength(1);
  });

  it('stores documents in other languages or without a date, with a warning naming the file', () => {
    const other = join(dir, 'other');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'es.txt'), 'date 2019-04-08 El gobierno de España anunció el lunes que retirará sus tropas de la región antes del final del año, según fuentes oficiales.');
    writeFileSync(join(other, 'undated.txt'), 'Le ministre a déclaré lundi que la réunion aurait lieu à Genève la semaine prochaine.');
    const odb = join(dir, 'other.db');
    const result = presscope(['ingest', other, '--db', odb]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/2 added, 0 new versions, 0 duplicates, 0 failed, 2 warnings/);
    expect(result.stderr.trim().split('\n').sort()).toEqual([
      `warning: ${join(other, 'es.txt')}: language es is not supported for analysis (fr, en); the document is stored without annotations`,
      `warning: ${join(other, 'undated.txt')}: no publication date: relative times ("Monday", "last week") are left unresolved`,
    ]);
    const spanish = JSON.parse(presscope(['search', 'gobierno', '--db', odb, '--json']).stdout).hits[0];
    expect(spanish).toMatchObject({ lang: 'es', date: '2019-04-08' });
  });

  it('analyzes the seed without storing it: date, outlet, language, paragraphs, quotations', () => {
    const result = presscope(['analyze', SEED_PATH, '--format', 'text']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('language fr (detected');
    expect(result.stdout).toContain('date 2019-04 (month precision)');
    expect(result.stdout).toContain('outlet Press TV (from "Avec Press Tv")');
    expect(result.stdout).toMatch(/11 paragraphs, \d+ sentences, \d+ tokens, 3 quotations/);
    expect(result.stdout).toContain('«ne font que soutenir les terroristes en Syrie»');
  });

  it('analyzes stdin into a record that validates against the schema, with offsets into the input', () => {
    const result = presscope(['analyze', '-'], { input: SEED_TEXT });
    expect(result.code).toBe(0);
    const record = AnalysisRecord.parse(JSON.parse(result.stdout));
    expect(record.text).toBe(SEED_TEXT);
    for (const token of record.layers.tokens) expect(token.end).toBeGreaterThan(token.start);
    const quote = record.layers.quotes[0]!;
    expect(SEED_TEXT.slice(quote.contentStart, quote.contentEnd)).toContain('ne font que soutenir les terroristes en Syrie');
  });

  it('searches with filters and prints JSON on request', () => {
    const text = presscope(['search', 'Palmyre', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/\d+ documents?/);
    const json = JSON.parse(presscope(['search', 'Palmyre', '--db', db, '--lang', 'fr', '--json']).stdout);
    expect(json.total).toBeGreaterThan(1);
    expect(json.hits.every((hit: { lang: string }) => hit.lang === 'fr')).toBe(true);
    const seed = JSON.parse(presscope(['search', '--source', 'Press TV', '--from', '2019-04', '--to', '2019-04', '--db', db, '--json']).stdout);
    expect(seed.total).toBe(1);
  });

  it('shows a stored document by id prefix, and exports JSONL and CSV', () => {
    const hit = JSON.parse(presscope(['search', 'Mohamadi', '--db', db, '--json']).stdout).hits[0];
    const shown = presscope(['show', hit.id.slice(0, 8), '--db', db]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('outlet Press TV');
    const firstVersion = presscope(['show', hit.id, '--version', '1', '--db', db]);
    expect(firstVersion.code).toBe(0);
    expect(firstVersion.stdout).toContain('outlet Press TV');
    const jsonl = presscope(['export', '--db', db]).stdout.trim().split('\n');
    expect(jsonl).toHaveLength(122);
    AnalysisRecord.parse(JSON.parse(jsonl[0]!));
    const out = join(dir, 'corpus.csv');
    expect(presscope(['export', '--format', 'csv', '--out', out, '--db', db]).code).toBe(0);
    const csv = readFileSync(out, 'utf8').trim().split('\n');
    expect(csv[0]).toMatch(/^id,title,date,lang,source,url,words/);
    expect(csv).toHaveLength(123);
  });

  it('exits 0 without an error when the reader of its output stops early (export | head)', () => {
    const script = `node bin/presscope.js export --db '${db}' 2>'${join(dir, 'epipe.err')}' | head -c 1 > /dev/null; echo \${PIPESTATUS[0]}`;
    const result = spawnSync('bash', ['-c', script], { cwd: REPO, encoding: 'utf8' });
    expect(result.stdout.trim()).toBe('0');
    expect(readFileSync(join(dir, 'epipe.err'), 'utf8')).toBe('');
  });

  it('gives one-line errors and exit code 2 for usage mistakes', () => {
    for (const args of [['frobnicate'], ['search', 'x', '--from', 'yesterday', '--db', db], ['show', 'ffffffffff', '--db', db], ['search', 'x', '--db', join(dir, 'nope.db')], ['analyze', join(dir, 'nope.txt')], ['train', 'attribution', '--lang', 'fr']]) {
      const result = presscope(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n').length, result.stderr).toBeLessThanOrEqual(2);
      expect(result.stderr).not.toMatch(NO_STACK);
    }
  });

  it('publishes the JSON Schema of the record, identical to the committed file', () => {
    const result = presscope(['schema']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(REPO, 'schema/record.schema.json'), 'utf8'));
  });
});
