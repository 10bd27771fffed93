import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchByOverlap, normalisedContent, readQuotesGold, scoreArticle, type QuoteCounts } from '../../src/eval/quotes.js';
import { GoldFormatError } from '../../src/eval/gold-error.js';
import type { Attribution } from '../../src/record/schema.js';

const TEXT = 'Fars News said the crash involved pilot error. “It was a fire,” an official said.';

function goldFile(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'quotes-'));
  const file = join(dir, 'en-sample.jsonl');
  writeFileSync(file, lines.join('\n'));
  return file;
}

describe('quotes evaluation', () => {
  it('matches contents one to one when they share at least 30% of the longer one', () => {
    const gold = [[{ start: 15, end: 45 }]];
    expect(matchByOverlap(gold, [[{ start: 15, end: 30 }]], 0.3).size).toBe(1);
    expect(matchByOverlap(gold, [[{ start: 15, end: 20 }]], 0.3).size).toBe(0);
    expect(matchByOverlap(gold, [[{ start: 15, end: 45 }], [{ start: 15, end: 45 }]], 0.3).size).toBe(1);
  });

  it('compares exact contents without spaces and quotation marks at the edges', () => {
    expect(normalisedContent(TEXT, [{ start: 47, end: 63 }])).toBe('It was a fire,');
  });

  it('scores source accuracy over gold attributions that have a source', () => {
    const counts: QuoteCounts = { gold: 0, system: 0, overlap: 0, exact: 0, cueGold: 0, cueSystem: 0, cueMatched: 0, withSource: 0, sourceCorrect: 0 };
    const gold = [
      { cue: [{ start: 10, end: 14 }], content: [{ start: 15, end: 45 }], source: [{ start: 0, end: 9 }] },
      { cue: [{ start: 75, end: 79 }], content: [{ start: 47, end: 63 }], source: [{ start: 64, end: 74 }] },
    ];
    const predicted: Attribution[] = [
      { kind: 'indirect', cue: [{ start: 10, end: 14 }], content: [{ start: 15, end: 45 }], source: [{ start: 0, end: 4 }], stance: 'reports' },
      { kind: 'direct', cue: [{ start: 75, end: 79 }], content: [{ start: 47, end: 63 }], source: [], stance: 'reports' },
    ];
    scoreArticle(TEXT, gold, predicted, counts);
    expect(counts).toMatchObject({ gold: 2, system: 2, overlap: 2, exact: 2, cueMatched: 2, withSource: 2, sourceCorrect: 1 });
  });

  it('reads the language from the file and rejects malformed lines with their number', () => {
    const ok = JSON.stringify({ id: 'a', lang: 'en', text: TEXT, attributions: [] });
    expect(readQuotesGold(goldFile([ok]))[0]!.lang).toBe('en');
    expect(() => readQuotesGold(goldFile([ok, '{not json']))).toThrow(GoldFormatError);
    expect(() => readQuotesGold(goldFile([ok, '{not json']))).toThrow(/:2: invalid JSON/);
    const outside = JSON.stringify({ id: 'b', text: TEXT, attributions: [{ cue: [[0, 4]], content: [[5, 999]], source: [] }] });
    expect(() => readQuotesGold(goldFile([outside]))).toThrow(/:1: content: \[5, 999\] is outside the text/);
  });
});
