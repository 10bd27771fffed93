import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countMatches, evalTime } from '../../src/eval/time.js';
import { GoldFormatError } from '../../src/eval/gold-error.js';

const dir = mkdtempSync(join(tmpdir(), 'presscope-time-'));
function goldFile(name: string, lines: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return path;
}

const TEXT = 'Le président a annoncé le 19 décembre sa décision. Depuis plusieurs jours, les tribus manifestent.';
const timex = (text: string, type: string, value: string) => ({ start: TEXT.indexOf(text), end: TEXT.indexOf(text) + text.length, text, type, value });

describe('eval time', () => {
  it('scores spans, types and values with the contract keys', async () => {
    const path = goldFile('ok.jsonl', [{
      id: 'd1', lang: 'fr', dct: '2019-04-10', text: TEXT,
      timexes: [timex('19 décembre', 'DATE', '2018-12-19'), timex('plusieurs jours', 'DURATION', 'PXD')],
    }]);
    const { table, metrics } = await evalTime(path, {});
    expect(Object.keys(metrics).sort()).toEqual(['relaxed_f1', 'strict_f1', 'type_accuracy', 'value_accuracy', 'value_f1', 'words_per_second'].sort());
    // "le 19 décembre" overlaps the gold "19 décembre" but is not the same span.
    expect(metrics).toMatchObject({ strict_f1: 50, relaxed_f1: 100, type_accuracy: 100, value_accuracy: 100, value_f1: 100 });
    expect(metrics.words_per_second).toBeGreaterThan(0);
    expect(table).toContain('relaxed');
  });

  it('counts a wrong value as a relaxed match that does not count for value F1', () => {
    const gold = [{ start: 0, end: 5, type: 'DATE', value: '2019-04-08' }, { start: 10, end: 20, type: 'DURATION', value: 'P3D' }];
    const counts = countMatches(gold, [{ start: 0, end: 5, type: 'DATE', value: '2019-04-01' }, { start: 12, end: 15, type: 'DATE', value: 'P3D' }, { start: 30, end: 35, type: 'DATE', value: '2019' }]);
    expect(counts).toEqual({ gold: 2, system: 3, strict: 1, relaxed: 2, type: 1, value: 1 });
  });

  it('rejects malformed gold with the line that is wrong', async () => {
    const good = { id: 'd1', lang: 'en', dct: '1998-08-07', text: 'Friday', timexes: [] };
    await expect(evalTime(goldFile('bad-json.jsonl', [good, '{"id": "d2",']), {})).rejects.toThrow(/bad-json\.jsonl:2: invalid JSON/);
    const badOffsets = { ...good, timexes: [{ start: 3, end: 40, text: 'x', type: 'DATE', value: '1998-08-07' }] };
    await expect(evalTime(goldFile('bad-offsets.jsonl', [good, good, badOffsets]), {})).rejects.toThrow(GoldFormatError);
    await expect(evalTime(goldFile('bad-offsets.jsonl', [good, good, badOffsets]), {})).rejects.toThrow(/:3: timexes\[0\] has invalid offsets/);
    await expect(evalTime(goldFile('no-lang.jsonl', [{ ...good, lang: 'de' }]), {})).rejects.toThrow(/:1: "lang" must be fr or en/);
    await expect(evalTime(join(dir, 'missing.jsonl'), {})).rejects.toThrow(/cannot read the gold file/);
  });

  it('lets --lang override the language of the file', async () => {
    const path = goldFile('override.jsonl', [{ id: 'd1', lang: 'de', dct: '2019-04-10', text: TEXT, timexes: [timex('plusieurs jours', 'DURATION', 'PXD')] }]);
    const { metrics } = await evalTime(path, { lang: 'fr' });
    expect(metrics.value_f1).toBeGreaterThan(0);
  });
});
