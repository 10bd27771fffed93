import { z } from 'zod';
import { Span } from './layers/span.js';
import { Paragraph, Quote, Sentence, Token } from './layers/segments.js';
import { Entity } from './layers/entities.js';
import { Attribution, OutletRef } from './layers/attributions.js';
import { TimeExpression } from './layers/times.js';
import { PlaceMention } from './layers/places.js';

/** Bumped on any change to the record's shape; stored with every record. */
export const RECORD_VERSION = '1.0.0';

export const DatePrecision = z.enum(['year', 'month', 'day', 'time']);

export const PublicationDate = z.object({
  /** ISO 8601, as precise as the source: `2019`, `2019-04`, `2019-04-08`, `2019-04-08T10:00:00Z`. */
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/),
  precision: DatePrecision,
});
export type PublicationDate = z.infer<typeof PublicationDate>;

export const Language = z.object({
  /** ISO 639-1 code when known, `und` when undetermined. */
  code: z.string(),
  confidence: z.number().min(0).max(1),
  /** Whether the analysis stages support this language (French and English). */
  supported: z.boolean(),
  method: z.enum(['declared', 'detected']),
});
export type Language = z.infer<typeof Language>;

export const InputFormat = z.enum(['text', 'dated-text', 'jsonl', 'html', 'rss', 'atom']);
export type InputFormat = z.infer<typeof InputFormat>;

export const DocumentMeta = z.object({
  title: z.string().optional(),
  date: PublicationDate.optional(),
  url: z.string().optional(),
  author: z.string().optional(),
  site: z.string().optional(),
  /** The outlet the text was taken from, as written in the input ("Avec Press Tv"). */
  sourceRaw: z.string().optional(),
  /** The outlet's canonical name ("Press TV"). */
  source: z.string().optional(),
  origin: z.object({
    path: z.string().optional(),
    format: InputFormat,
    /** 1-based line of a JSONL record, or item index of a feed. */
    line: z.number().int().positive().optional(),
    externalId: z.string().optional(),
    encoding: z.string().optional(),
  }),
  /** Metadata lines that stay in the text (date header, "Source: …" footer). */
  header: Span.optional(),
  footer: Span.optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const Layers = z.object({
  paragraphs: z.array(Paragraph),
  sentences: z.array(Sentence),
  tokens: z.array(Token),
  quotes: z.array(Quote),
  entities: z.array(Entity).optional(),
  attributions: z.array(Attribution).optional(),
  outlets: z.array(OutletRef).optional(),
  times: z.array(TimeExpression).optional(),
  places: z.array(PlaceMention).optional(),
});
export type Layers = z.infer<typeof Layers>;
export type LayerName = keyof Layers;

export const AnalysisRecord = z.object({
  schemaVersion: z.literal(RECORD_VERSION),
  /** Stable identity of the article across versions (from its URL, external id or path, else its content). */
  id: z.string(),
  /** SHA-256 of the text: identical text, identical hash. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  lang: Language,
  meta: DocumentMeta,
  text: z.string(),
  layers: Layers,
  /** Stages that ran, in order, and anything they could not do. */
  analysis: z.object({
    stages: z.array(z.string()),
    warnings: z.array(z.string()),
  }),
});
export type AnalysisRecord = z.infer<typeof AnalysisRecord>;

/** The JSON Schema published in `schema/record.schema.json`, derived from the zod definitions above. */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://presscope.dev/schema/record-${RECORD_VERSION}.json`,
    title: 'presscope analysis record',
    ...z.toJSONSchema(AnalysisRecord, { target: 'draft-2020-12', io: 'input' }),
  };
}

export { Span, Paragraph, Sentence, Token, Quote, Entity, Attribution, OutletRef, TimeExpression, PlaceMention };
