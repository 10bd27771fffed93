import type { Context } from 'hono';
import { ApiError, validate } from './errors.js';
import { ContentBody } from './schemas.js';
import type { MetaOverrides } from '../api/in-memory.js';

/** Content sent by a client, ready for the in-memory readers: bytes, a name whose extension tells the format, and stated metadata. */
export interface RequestContent {
  bytes: Uint8Array;
  name: string;
  overrides: MetaOverrides;
}

/** Raw media types a client may send, and the file name that makes the readers treat them right. */
const RAW_TYPES: Record<string, { name: string; batch: boolean }> = {
  'text/plain': { name: 'request.txt', batch: false },
  'text/html': { name: 'request.html', batch: false },
  'application/xhtml+xml': { name: 'request.html', batch: false },
  'application/x-ndjson': { name: 'request.jsonl', batch: true },
  'application/jsonl': { name: 'request.jsonl', batch: true },
  'application/rss+xml': { name: 'request.rss', batch: true },
  'application/atom+xml': { name: 'request.atom', batch: true },
  'application/xml': { name: 'request.xml', batch: true },
  'text/xml': { name: 'request.xml', batch: true },
};

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new ApiError(400, `request body is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Reads a request body as content: JSON `{text|html, title, date, url, source, lang}` or a raw
 * body by Content-Type. `batches` allows JSONL and feeds (ingest), which hold many articles.
 */
export async function readContent(c: Context, options: { batches: boolean }): Promise<RequestContent> {
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const body = new Uint8Array(await c.req.arrayBuffer());
  if (body.length === 0) throw new ApiError(400, 'request body is empty');
  if (mediaType === 'application/json') {
    const parsed = validate(ContentBody, parseJson(new TextDecoder('utf-8').decode(body)), 'request body');
    const { text, html, ...overrides } = parsed;
    return { bytes: new TextEncoder().encode(text ?? html), name: text !== undefined ? 'request.txt' : 'request.html', overrides };
  }
  const raw = RAW_TYPES[mediaType];
  if (!raw || (raw.batch && !options.batches)) {
    const accepted = ['application/json', ...Object.keys(RAW_TYPES).filter((type) => options.batches || !RAW_TYPES[type]!.batch)];
    throw new ApiError(415, `unsupported Content-Type "${mediaType || '(none)'}"; send one of ${accepted.join(', ')}`);
  }
  return { bytes: body, name: raw.name, overrides: {} };
}
