import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { DocumentMeta } from '../record/schema.js';
import type { DocumentInput } from '../pipeline/analyze.js';
import { DecodeError, DEFAULT_MAX_BYTES, decodeBytes } from './decode.js';
import { InputError } from './errors.js';
import { readJsonl } from './formats/jsonl.js';
import { EmptyArticleError, readHtml } from './formats/html.js';
import { isFeed, readFeed } from './formats/feed.js';
import { readPlainText } from './formats/text.js';

export type InputItem = { input: DocumentInput } | { error: InputError };

export interface ReadOptions {
  /** Inputs larger than this many bytes are refused (default 10 MB). */
  maxBytes?: number;
}

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const FEED_EXTENSIONS = new Set(['.rss', '.atom', '.xml']);
const JSONL_BATCH_FACTOR = 100;

function tooLarge(bytes: number, maxBytes: number): string {
  return `input is ${(bytes / 1e6).toFixed(1)} MB, over the ${(maxBytes / 1e6).toFixed(1)} MB limit (--max-size)`;
}

/** Files below the given paths, depth first in name order so batches are reproducible; dot-files are skipped. */
export function expandPaths(paths: readonly string[]): Array<{ path: string } | { error: InputError }> {
  const found: Array<{ path: string } | { error: InputError }> = [];
  const visit = (path: string) => {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      found.push({ error: new InputError(path, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : `cannot read (${(error as NodeJS.ErrnoException).code})`) });
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!entry.startsWith('.')) visit(join(path, entry));
      }
    } else {
      found.push({ path });
    }
  };
  for (const path of paths) {
    if (path === '-') found.push({ path });
    else visit(path);
  }
  return found;
}

/** Reads one input's bytes into documents: format by extension, then by content. */
export function* readDocuments(bytes: Uint8Array, path: string, options: ReadOptions = {}): Generator<InputItem> {
  const file = path === '-' ? '<stdin>' : path;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) {
    yield { error: new InputError(file, 'empty input') };
    return;
  }
  const extension = extname(path).toLowerCase();
  const isJsonl = JSONL_EXTENSIONS.has(extension);
  // A JSONL batch holds many articles: the limit applies to each article's text, not to the batch.
  if (bytes.length > (isJsonl ? maxBytes * JSONL_BATCH_FACTOR : maxBytes)) {
    yield { error: new InputError(file, tooLarge(bytes.length, maxBytes)) };
    return;
  }
  let text: string;
  let encoding: string;
  try {
    ({ text, encoding } = decodeBytes(bytes));
  } catch (error) {
    if (error instanceof DecodeError) {
      yield { error: new InputError(file, error.message) };
      return;
    }
    throw error;
  }
  if (text.trim() === '') {
    yield { error: new InputError(file, 'input has no text (only whitespace)') };
    return;
  }
  const origin: DocumentMeta['origin'] = { path: path === '-' ? undefined : resolve(path), format: 'text', encoding };
  const head = text.slice(0, 1000).trimStart();
  if (isJsonl || (extension === '' && head.startsWith('{'))) {
    for (const item of readJsonl(text, origin)) {
      const length = 'input' in item ? Buffer.byteLength(item.input.text) : 0;
      yield 'input' in item && length > maxBytes
        ? { error: new InputError(file, tooLarge(length, maxBytes), item.input.meta.origin.line) }
        : item;
    }
  } else if (FEED_EXTENSIONS.has(extension) || (head.startsWith('<?xml') && isFeed(text))) {
    if (!isFeed(text)) {
      yield { error: new InputError(file, 'XML file is neither an RSS nor an Atom feed') };
      return;
    }
    yield* readFeed(text, origin);
  } else if (HTML_EXTENSIONS.has(extension) || /^<(!doctype html|html)/i.test(head)) {
    try {
      yield { input: readHtml(text, origin) };
    } catch (error) {
      if (!(error instanceof EmptyArticleError)) throw error;
      yield { error: new InputError(file, error.message) };
    }
  } else {
    yield { input: readPlainText(text, origin) };
  }
}

/** The bytes of a file, or of standard input for `-`. */
export function readInputBytes(path: string): Uint8Array {
  return path === '-' ? readFileSync(0) : readFileSync(path);
}
