/**
 * Which rows of a hashed weight table are stored, and where: a bitmap with a running count per
 * 32-bit word (rank/select). Loaded models keep only their non-zero rows — most hash buckets are
 * never used — so a table takes a tenth of the memory of its dense form and loads without a fill.
 */
function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export class RowIndex {
  private readonly words: Uint32Array;
  /** Stored rows before each bitmap word. */
  private readonly ranks: Uint32Array;
  /** Number of stored rows. */
  readonly count: number;

  /** `bitmap`: bit r (byte r >> 3, bit r & 7) set when row r is stored; stored rows come in row order. */
  constructor(bitmap: Uint8Array, rows: number) {
    const wordCount = Math.ceil(rows / 32);
    const bytes = new Uint8Array(wordCount * 4);
    bytes.set(bitmap.subarray(0, Math.min(bitmap.length, bytes.length)));
    // Bytes in little-endian order make bit r of the bitmap bit (r & 31) of word r >> 5.
    this.words = new Uint32Array(bytes.buffer);
    this.ranks = new Uint32Array(wordCount);
    let count = 0;
    for (let w = 0; w < wordCount; w++) {
      this.ranks[w] = count;
      count += popcount(this.words[w]!);
    }
    this.count = count;
  }

  /** Position of `row` among the stored rows, or -1 when it is not stored. */
  positionOf(row: number): number {
    const word = this.words[row >>> 5]!;
    const bit = 1 << (row & 31);
    if ((word & bit) === 0) return -1;
    return this.ranks[row >>> 5]! + popcount(word & (bit - 1));
  }
}
