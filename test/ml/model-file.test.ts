import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  MODEL_FORMAT_VERSION,
  ModelError,
  decodeModel,
  encodeModel,
  jsonSection,
  parseJsonSection,
  readModelFile,
  requireSection,
  writeModelFile,
} from '../../src/ml/model-file.js';

const header = {
  task: 'pos',
  lang: 'fr',
  config: { labels: ['NOUN', 'VERB'] },
  manifest: { trainingData: ['fr_sequoia-ud-train.conllu'], seed: 7, devScores: { upos: 97.9 }, trainedAt: '2026-01-01T00:00:00Z' },
};
const sections = new Map<string, Uint8Array>([
  ['weights', Uint8Array.from([1, 2, 3, 250])],
  ['lexicon', jsonSection({ chaîne: 'chaîne' })],
]);

function failure(action: () => unknown): ModelError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    expect((error as Error).message).not.toContain('\n');
    return error as ModelError;
  }
  throw new Error('expected a ModelError');
}

describe('model files', () => {
  it('round-trip header, manifest and sections through a file', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'presscope-model-')), 'fr', 'pos.bin.gz');
    writeModelFile(path, header, sections);
    const loaded = readModelFile(path, { task: 'pos', lang: 'fr' });
    expect(loaded.header.formatVersion).toBe(MODEL_FORMAT_VERSION);
    expect(loaded.header.manifest.devScores.upos).toBe(97.9);
    expect(loaded.header.config).toEqual({ labels: ['NOUN', 'VERB'] });
    expect([...requireSection(loaded, 'weights')]).toEqual([1, 2, 3, 250]);
    expect(parseJsonSection(requireSection(loaded, 'lexicon'), 'lexicon')).toEqual({ chaîne: 'chaîne' });
  });

  it('gives a one-line ModelError for a missing file', () => {
    expect(failure(() => readModelFile('/nonexistent/en/ner.bin.gz', { task: 'ner', lang: 'en' })).message).toMatch(/not found.*presscope train ner --lang en/);
  });

  it('gives a ModelError for corrupt bytes, a wrong magic, another task or another version', () => {
    const good = encodeModel(header, sections);
    const flipped = Uint8Array.from(good);
    flipped[flipped.length - 6] ^= 0xff; // inside gzip's CRC/size trailer
    expect(failure(() => decodeModel(flipped, { task: 'pos', lang: 'fr' })).message).toMatch(/corrupt/);
    expect(failure(() => decodeModel(good.subarray(0, good.length / 2), { task: 'pos', lang: 'fr' })).message).toMatch(/corrupt/);
    expect(failure(() => decodeModel(gzipSync(Buffer.from('hello world, not a model')), { task: 'pos', lang: 'fr' })).message).toMatch(/not a presscope model/);
    expect(failure(() => decodeModel(good, { task: 'ner', lang: 'fr' })).message).toMatch(/fr pos model, expected fr ner/);
    const raw = gunzipSync(good);
    const text = raw.toString('latin1').replace(`"formatVersion":${MODEL_FORMAT_VERSION}`, `"formatVersion":${MODEL_FORMAT_VERSION + 1}`);
    expect(failure(() => decodeModel(gzipSync(Buffer.from(text, 'latin1')), { task: 'pos', lang: 'fr' })).message).toMatch(/format version/);
  });

  it('decodes whatever size the gzip trailer claims, and reports a false one as corruption', () => {
    const good = encodeModel(header, sections);
    const claimsFourGigabytes = Uint8Array.from(good);
    claimsFourGigabytes.fill(0xff, claimsFourGigabytes.length - 4);
    expect(failure(() => decodeModel(claimsFourGigabytes, { task: 'pos', lang: 'fr' })).message).toMatch(/corrupt/);
    // Two gzip members: the trailer gives only the last one's size, yet everything is read.
    const raw = gunzipSync(good);
    const twoMembers = Buffer.concat([gzipSync(raw.subarray(0, 40)), gzipSync(raw.subarray(40))]);
    expect([...requireSection(decodeModel(twoMembers, { task: 'pos', lang: 'fr' }), 'weights')]).toEqual([1, 2, 3, 250]);
  });

  it('names a missing section', () => {
    const loaded = decodeModel(encodeModel(header, sections), { task: 'pos', lang: 'fr' });
    expect(failure(() => requireSection(loaded, 'clusters', 'fr/pos')).message).toMatch(/lacks section "clusters"/);
  });

  it('rejects a file of garbage', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'presscope-model-')), 'garbage.bin.gz');
    writeFileSync(path, 'not gzip at all');
    expect(failure(() => readModelFile(path, { task: 'pos', lang: 'fr' })).message).toMatch(/corrupt/);
  });
});
