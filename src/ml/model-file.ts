/**
 * Model files: a gzip stream holding a magic string, a JSON header (format version, task,
 * language, manifest, section table) and named binary sections (e.g. perceptron weights,
 * lexicons). gzip's CRC catches corruption; the header catches version and task mix-ups.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ModelError } from './model-error.js';

export { ModelError } from './model-error.js';

/** Bumped whenever the byte layout of model files or of a section changes incompatibly. */
export const MODEL_FORMAT_VERSION = 1;

const MAGIC = 'PRESCOPE-MODEL\n';

/** Provenance of a model, kept inside the file so a shipped weight file explains itself. */
export interface ModelManifest {
  readonly trainingData: readonly string[];
  readonly seed: number;
  readonly devScores: Readonly<Record<string, number>>;
  /** ISO date-time of the end of training. */
  readonly trainedAt: string;
  readonly [extra: string]: unknown;
}

export interface ModelHeader {
  readonly formatVersion: number;
  readonly task: string;
  readonly lang: string;
  readonly manifest: ModelManifest;
  /** Task-specific settings needed to rebuild the model (label lists, feature sizes…). */
  readonly config: Readonly<Record<string, unknown>>;
}

export interface ModelContents {
  readonly header: ModelHeader;
  readonly sections: ReadonlyMap<string, Uint8Array>;
}

interface SectionEntry {
  readonly name: string;
  readonly length: number;
}

/** Serialises header and sections into gzipped bytes. */
export function encodeModel(header: Omit<ModelHeader, 'formatVersion'>, sections: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const table: SectionEntry[] = [...sections].map(([name, bytes]) => ({ name, length: bytes.byteLength }));
  const json = Buffer.from(JSON.stringify({ ...header, formatVersion: MODEL_FORMAT_VERSION, sections: table }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length, 0);
  const parts: Uint8Array[] = [Buffer.from(MAGIC, 'latin1'), length, json, ...sections.values()];
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Bounds the output buffer a (possibly corrupt) size field can ask for; real models are far smaller. */
const MAX_CHUNK_SIZE = 128 << 20;

/**
 * The uncompressed size from the gzip trailer (ISIZE, modulo 2^32), as zlib's output chunk size:
 * inflating into one buffer of the right size instead of 16 kB chunks joined at the end takes
 * about a third less time. A wrong size only costs speed.
 */
function outputChunkSize(bytes: Uint8Array): number {
  if (bytes.byteLength < 18) return 64;
  const size = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(bytes.byteLength - 4, true);
  return Math.min(Math.max(size, 64), MAX_CHUNK_SIZE);
}

/**
 * Parses gzipped model bytes. `expected` guards against loading, say, an English NER model
 * as the French tagger. `source` names the file in error messages.
 */
export function decodeModel(bytes: Uint8Array, expected: { task: string; lang: string }, source = 'model'): ModelContents {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes, { chunkSize: outputChunkSize(bytes) });
  } catch (error) {
    throw new ModelError(`${source}: corrupt model file (${(error as Error).message})`);
  }
  if (raw.length < MAGIC.length + 4 || raw.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new ModelError(`${source}: not a presscope model file`);
  }
  const jsonLength = raw.readUInt32LE(MAGIC.length);
  const jsonStart = MAGIC.length + 4;
  if (jsonStart + jsonLength > raw.length) throw new ModelError(`${source}: corrupt model file (header truncated)`);
  let parsed: ModelHeader & { sections: SectionEntry[] };
  try {
    parsed = JSON.parse(raw.toString('utf8', jsonStart, jsonStart + jsonLength));
  } catch {
    throw new ModelError(`${source}: corrupt model file (unreadable header)`);
  }
  if (parsed.formatVersion !== MODEL_FORMAT_VERSION) {
    throw new ModelError(`${source}: model format version ${parsed.formatVersion}, this presscope reads version ${MODEL_FORMAT_VERSION}; retrain with \`presscope train\``);
  }
  if (parsed.task !== expected.task || parsed.lang !== expected.lang) {
    throw new ModelError(`${source}: holds a ${parsed.lang} ${parsed.task} model, expected ${expected.lang} ${expected.task}`);
  }
  if (!Array.isArray(parsed.sections)) throw new ModelError(`${source}: corrupt model file (no section table)`);
  const sections = new Map<string, Uint8Array>();
  let offset = jsonStart + jsonLength;
  for (const entry of parsed.sections) {
    if (offset + entry.length > raw.length) throw new ModelError(`${source}: corrupt model file (section ${entry.name} truncated)`);
    sections.set(entry.name, new Uint8Array(raw.buffer, raw.byteOffset + offset, entry.length));
    offset += entry.length;
  }
  if (offset !== raw.length) throw new ModelError(`${source}: corrupt model file (trailing bytes)`);
  const { sections: _table, ...header } = parsed;
  return { header, sections };
}

/** Writes a model file atomically (temp file + rename) so a crash never leaves half a model. */
export function writeModelFile(path: string, header: Omit<ModelHeader, 'formatVersion'>, sections: ReadonlyMap<string, Uint8Array>): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, encodeModel(header, sections));
  renameSync(temporary, path);
}

export function readModelFile(path: string, expected: { task: string; lang: string }): ModelContents {
  if (!existsSync(path)) throw new ModelError(`${path}: model file not found; train it with \`presscope train ${expected.task} --lang ${expected.lang}\``);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ModelError(`${path}: cannot read model file (${(error as Error).message})`);
  }
  return decodeModel(bytes, expected, path);
}

/** A required section, or a ModelError naming it. */
export function requireSection(contents: ModelContents, name: string, source = 'model'): Uint8Array {
  const section = contents.sections.get(name);
  if (!section) throw new ModelError(`${source}: model file lacks section "${name}"`);
  return section;
}

/** UTF-8 JSON as a section, for lexicons and label lists. */
export function jsonSection(value: unknown): Uint8Array {
  return Buffer.from(JSON.stringify(value), 'utf8');
}

export function parseJsonSection<T>(bytes: Uint8Array, name: string, source = 'model'): T {
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as T;
  } catch {
    throw new ModelError(`${source}: section "${name}" is not valid JSON`);
  }
}

/** The bytes of a typed array, as a section (platform byte order: little-endian on every Node target). */
export function typedArraySection(array: ArrayBufferView): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

type TypedArrayConstructor<T> = { new (buffer: ArrayBuffer): T; readonly BYTES_PER_ELEMENT: number };

/** A section read back as a typed array; copied, because sections start at unaligned offsets. */
export function readTypedArraySection<T>(bytes: Uint8Array, type: TypedArrayConstructor<T>, name: string, source = 'model'): T {
  if (bytes.byteLength % type.BYTES_PER_ELEMENT !== 0) throw new ModelError(`${source}: section "${name}" is not a whole number of ${type.BYTES_PER_ELEMENT}-byte values`);
  return new type(bytes.slice().buffer);
}
