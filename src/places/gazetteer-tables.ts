/**
 * The load-ready tables of the gazetteer index: string lists and sorted key → postings tables,
 * kept as UTF-8 bytes and typed arrays so that loading creates no JavaScript string or object per
 * name (hundreds of thousands of them took seconds and a hundred megabytes of heap).
 */
import { ModelError, readTypedArraySection, requireSection, typedArraySection, type ModelContents } from '../ml/model-file.js';

type Sections = Map<string, Uint8Array>;

/** Lengths go to the file (small numbers compress well), offsets are rebuilt on load. */
function lengthsSection(lengths: readonly number[]): Uint8Array {
  if (lengths.some((length) => length > 0xffff)) throw new Error('a gazetteer string or posting list is longer than 65535');
  return typedArraySection(Uint16Array.from(lengths));
}

function readOffsets(contents: ModelContents, name: string, source: string): Uint32Array {
  const lengths = readTypedArraySection(requireSection(contents, name, source), Uint16Array, name, source);
  const offsets = new Uint32Array(lengths.length + 1);
  for (let i = 0; i < lengths.length; i++) offsets[i + 1] = offsets[i]! + lengths[i]!;
  return offsets;
}

function writePackedStrings(sections: Sections, name: string, strings: readonly Buffer[]): void {
  sections.set(`${name}.text`, Buffer.concat(strings));
  sections.set(`${name}.lengths`, lengthsSection(strings.map((bytes) => bytes.length)));
}

function readPackedStrings(contents: ModelContents, name: string, source: string): { text: Buffer; starts: Uint32Array } {
  const bytes = requireSection(contents, `${name}.text`, source);
  const starts = readOffsets(contents, `${name}.lengths`, source);
  if (starts[starts.length - 1] !== bytes.byteLength) throw new ModelError(`${source}: section "${name}" lengths do not match its text`);
  return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), starts };
}

/** A list of strings decoded one at a time, on demand. */
export class StringList {
  private constructor(private readonly text: Buffer, private readonly starts: Uint32Array) {}

  static write(sections: Sections, name: string, strings: readonly string[]): void {
    writePackedStrings(sections, name, strings.map((s) => Buffer.from(s, 'utf8')));
  }

  static read(contents: ModelContents, name: string, source: string): StringList {
    const { text, starts } = readPackedStrings(contents, name, source);
    return new StringList(text, starts);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  get(index: number): string {
    return this.text.toString('utf8', this.starts[index]!, this.starts[index + 1]!);
  }
}

const NO_POSTINGS = new Int32Array(0);

/** Keys in UTF-8 byte order, each with a list of integers, found by binary search. */
export class KeyTable {
  private constructor(
    private readonly keys: Buffer,
    private readonly keyStarts: Uint32Array,
    private readonly postingStarts: Uint32Array,
    private readonly values: Int32Array,
  ) {}

  /** Postings keep their order; keys are sorted here. */
  static write(sections: Sections, name: string, postings: ReadonlyMap<string, readonly number[]>): void {
    const sorted = [...postings].map(([key, list]) => ({ bytes: Buffer.from(key, 'utf8'), list }))
      .sort((a, b) => Buffer.compare(a.bytes, b.bytes));
    writePackedStrings(sections, name, sorted.map((entry) => entry.bytes));
    sections.set(`${name}.postingLengths`, lengthsSection(sorted.map((entry) => entry.list.length)));
    sections.set(`${name}.postings`, typedArraySection(Int32Array.from(sorted.flatMap((entry) => entry.list))));
  }

  static read(contents: ModelContents, name: string, source: string): KeyTable {
    const { text, starts } = readPackedStrings(contents, name, source);
    const postingStarts = readOffsets(contents, `${name}.postingLengths`, source);
    const values = readTypedArraySection(requireSection(contents, `${name}.postings`, source), Int32Array, `${name}.postings`, source);
    if (postingStarts.length !== starts.length || postingStarts[postingStarts.length - 1] !== values.length) {
      throw new ModelError(`${source}: section "${name}" postings do not match its keys`);
    }
    return new KeyTable(text, starts, postingStarts, values);
  }

  /** The integers stored under `key`, in build order (empty when the key is absent). */
  get(key: string): Int32Array {
    const query = Buffer.from(key, 'utf8');
    let low = 0;
    let high = this.keyStarts.length - 2;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.keys.compare(query, 0, query.length, this.keyStarts[middle], this.keyStarts[middle + 1]);
      if (order === 0) return this.values.subarray(this.postingStarts[middle], this.postingStarts[middle + 1]);
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return NO_POSTINGS;
  }
}
