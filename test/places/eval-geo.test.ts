import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalGeo, scoreDocument } from '../../src/eval/geo.js';
import { GoldFormatError } from '../../src/eval/gold-error.js';
import { tempDir } from '../helpers/paths.js';

const text = 'Les combats ont repris à Homs. Damas a réclamé un cessez-le-feu à Washington.';
const at = (surface: string) => ({ start: text.indexOf(surface), end: text.indexOf(surface) + surface.length, text: surface });

describe('eval geo', () => {
  it('scores span overlap, distance and ids with exactly the contract keys', async () => {
    const gold = join(tempDir(), 'geo.jsonl');
    const places = [
      { ...at('Homs'), geonameid: '169577', lat: 34.72405, lon: 36.72559 },
      { ...at('Damas'), geonameid: '170654', lat: 33.5102, lon: 36.29128 },
      { ...at('Washington'), geonameid: '4140963', lat: 38.89511, lon: -77.03637 },
    ];
    writeFileSync(gold, JSON.stringify({ id: 'x', lang: 'fr', date: '2019-04-08', text, places }) + '\n');
    const { metrics, table } = await evalGeo(gold, {});
    expect(Object.keys(metrics).sort()).toEqual(['acc_161km', 'acc_id', 'f1', 'mean_error_km', 'precision', 'recall', 'words_per_second']);
    expect(metrics).toMatchObject({ precision: 100, recall: 100, f1: 100, acc_161km: 100, acc_id: 100, mean_error_km: 0 });
    expect(table).toContain('3 gold');
  });

  it('counts a wrong resolution against accuracy, not against recall', () => {
    const gold = [{ start: 0, end: 4, geonameid: '169577', lat: 34.72, lon: 36.73 }];
    const counts = scoreDocument(gold, [{ start: 0, end: 4, text: 'Homs', usage: 'place', status: 'resolved', geonameid: '2219905', lat: 32.65, lon: 14.26 }]);
    expect(counts).toMatchObject({ matched: 1, within161: 0, sameId: 0 });
    expect(counts.errorKmSum).toBeGreaterThan(2000);
  });

  it('names the line of a malformed gold file', async () => {
    const gold = join(tempDir(), 'bad.jsonl');
    writeFileSync(gold, JSON.stringify({ id: 'x', lang: 'fr', text, places: [] }) + '\n' + JSON.stringify({ id: 'y', lang: 'fr', text, places: [{ start: 5, end: 2 }] }) + '\n');
    await expect(evalGeo(gold, {})).rejects.toThrow(GoldFormatError);
    await expect(evalGeo(gold, {})).rejects.toThrow(/bad\.jsonl:2/);
  });
});
