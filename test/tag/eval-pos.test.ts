import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldFormatError } from '../../src/eval/gold-error.js';
import { evalPos } from '../../src/eval/pos.js';

/** The first sentences of the Sequoia dev file (held out from training). */
function sequoiaSample(sentences: number): string {
  const blocks = readFileSync('/work/shared/data/ud/fr_sequoia-ud-dev.conllu', 'utf8').split(/\n\n/);
  return `${blocks.slice(0, sentences).join('\n\n')}\n\n`;
}

describe('evalPos', () => {
  it('scores a CoNLL-U file with exactly the contract keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-pos-'));
    const path = join(dir, 'fr_sample.conllu');
    writeFileSync(path, sequoiaSample(40));
    const { table, metrics } = await evalPos(path, {});
    expect(Object.keys(metrics).sort()).toEqual(['lemma', 'ufeats', 'upos', 'words_per_second', 'xpos']);
    expect(metrics.upos).toBeGreaterThan(93);
    expect(metrics.lemma).toBeGreaterThan(93);
    expect(metrics.xpos).toBeNull();
    expect(table).toContain('UPOS');
  });

  it('throws GoldFormatError naming the line of a malformed row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-pos-'));
    const path = join(dir, 'fr_bad.conllu');
    writeFileSync(path, '# text = Damas\n1\tDamas\tDamas\tPROPN\n\n');
    await expect(evalPos(path, {})).rejects.toThrow(GoldFormatError);
    await expect(evalPos(path, {})).rejects.toThrow(/fr_bad\.conllu:2/);
  });
});
