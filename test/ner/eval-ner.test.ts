import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldFormatError } from '../../src/eval/gold-error.js';
import { evalNer } from '../../src/eval/ner.js';

describe('evalNer', () => {
  it('scores WiNER dev sentences with exactly the contract keys', async () => {
    const sentences = readFileSync('/work/shared/data/ner/fr-winer-dev.tsv', 'utf8').split(/\n\n/).slice(0, 150);
    const path = join(mkdtempSync(join(tmpdir(), 'eval-ner-')), 'fr-sample.tsv');
    writeFileSync(path, `${sentences.join('\n\n')}\n\n`);
    const { table, metrics } = await evalNer(path, {});
    expect(Object.keys(metrics).sort()).toEqual(['f1', 'per_type', 'precision', 'recall', 'words_per_second']);
    expect(metrics.f1).toBeGreaterThan(70);
    expect(Object.keys(metrics.per_type as object).sort()).toEqual(['LOC', 'MISC', 'ORG', 'PER']);
    expect(table).toMatch(/PER/);
  });

  it('throws GoldFormatError on a line without a TAB', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'eval-ner-')), 'en-bad.tsv');
    writeFileSync(path, 'Washington\tB-LOC\nsaid O\n\n');
    await expect(evalNer(path, {})).rejects.toThrow(GoldFormatError);
    await expect(evalNer(path, {})).rejects.toThrow(/en-bad\.tsv:2/);
  });
});
