import { describe, expect, it } from 'vitest';
import { RowIndex } from '../../src/ml/row-index.js';
import { hashString } from '../../src/ml/feature-hash.js';
import { SEED_TEXT } from '../helpers/paths.js';

describe('RowIndex', () => {
  it('numbers the stored rows in row order and answers -1 for the others', () => {
    // Rows chosen by hashing the seed's words into 2^12 buckets, as a feature table does.
    const rows = 1 << 12;
    const stored = [...new Set(SEED_TEXT.split(/\s+/u).map((word) => hashString(word) & (rows - 1)))].sort((a, b) => a - b);
    const bitmap = new Uint8Array(rows / 8);
    for (const row of stored) bitmap[row >>> 3]! |= 1 << (row & 7);
    const index = new RowIndex(bitmap, rows);
    expect(index.count).toBe(stored.length);
    const storedSet = new Set(stored);
    for (let row = 0; row < rows; row++) expect(index.positionOf(row)).toBe(storedSet.has(row) ? stored.indexOf(row) : -1);
  });

  it('handles the last bit of a 32-bit word and tables smaller than a word', () => {
    const bitmap = Uint8Array.from([0, 0, 0, 0x80, 0x01, 0, 0, 0]);
    const index = new RowIndex(bitmap, 64);
    expect([index.positionOf(31), index.positionOf(32), index.positionOf(30), index.positionOf(33)]).toEqual([0, 1, -1, -1]);
    const small = new RowIndex(Uint8Array.from([0b1010]), 4);
    expect([0, 1, 2, 3].map((row) => small.positionOf(row))).toEqual([-1, 0, -1, 1]);
  });
});
