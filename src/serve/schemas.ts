import { z } from 'zod';
import { AnalysisRecord } from '../record/schema.js';

/**
 * The HTTP API's request and response shapes. Handlers validate with them, the OpenAPI
 * description is generated from them and the web page takes its types from them.
 */

const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const ShortText = z.string().trim().min(1).max(200);
const Limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
const Offset = z.coerce.number().int().min(0).max(1_000_000).default(0);
export const DocumentId = z.string().regex(/^[0-9a-f]{6,64}$/i, 'expected a document id (hexadecimal, at least 6 characters)');

export const SearchParams = z.strictObject({
  q: z.string().trim().min(1).max(500).optional(),
  lang: z.string().regex(/^[a-z]{2,3}$/i, 'expected a language code such as fr or en').optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  eventFrom: IsoDate.optional(),
  eventTo: IsoDate.optional(),
  source: ShortText.optional(),
  speaker: ShortText.optional(),
  place: ShortText.optional(),
  limit: Limit(100, 20),
  offset: Offset,
});
export type SearchParams = z.infer<typeof SearchParams>;

export const DocumentParams = z.strictObject({
  version: z.coerce.number().int().min(1).optional(),
});

export const PlacesParams = z.strictObject({
  country: z.string().regex(/^[a-z]{2}$/i, 'expected a two-letter country code').optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: Limit(5000, 1000),
});

export const QuotesParams = z.strictObject({
  speaker: ShortText.optional(),
  source: ShortText.optional(),
  limit: Limit(500, 100),
  offset: Offset,
});

export const TimelineParams = z.strictObject({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  document: DocumentId.optional(),
  limit: Limit(2000, 500),
});

/** JSON body of POST /api/analyze and POST /api/documents; raw text, HTML, JSONL or feeds are accepted too. */
export const ContentBody = z.strictObject({
  text: z.string().min(1).optional(),
  html: z.string().min(1).optional(),
  title: ShortText.optional(),
  date: IsoDate.optional(),
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).max(2000).optional(),
  source: ShortText.optional(),
  lang: z.string().regex(/^[a-z]{2,3}$/i).optional(),
}).refine((body) => (body.text === undefined) !== (body.html === undefined), { message: 'give exactly one of text or html' });
export type ContentBody = z.infer<typeof ContentBody>;

export const DocumentSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  lang: z.string(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  words: z.number().int(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const SearchHit = DocumentSummary.extend({
  /** Matching passage, matches between ⟦ and ⟧. */
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  hits: z.array(SearchHit),
  facets: z.object({ lang: z.record(z.string(), z.number()), source: z.record(z.string(), z.number()) }),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const DocumentResponse = z.object({
  record: AnalysisRecord,
  versions: z.array(z.object({ version: z.number().int(), contentHash: z.string(), createdAt: z.string() })),
});
export type DocumentResponse = z.infer<typeof DocumentResponse>;

export const EntityResponse = z.object({
  norm: z.string(),
  types: z.record(z.string(), z.number()),
  documents: z.array(DocumentSummary),
});

export const PlaceSummary = z.object({
  geonameid: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  kind: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  mentions: z.number().int(),
  documents: z.array(z.string()),
});
export type PlaceSummary = z.infer<typeof PlaceSummary>;
export const PlacesResponse = z.object({ places: z.array(PlaceSummary) });

export const Statement = z.object({
  documentId: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  speaker: z.string().nullable(),
  speakerType: z.string().nullable(),
  kind: z.string(),
  stance: z.string().nullable(),
  cue: z.string(),
  content: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** When the statement was made, as its text dates it. */
  when: z.object({ text: z.string(), value: z.string(), from: z.string().nullable(), to: z.string().nullable() }).nullable(),
});
export type Statement = z.infer<typeof Statement>;
export const QuotesResponse = z.object({ quotes: z.array(Statement) });

export const TimelineEntry = z.object({
  documentId: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  text: z.string(),
  value: z.string(),
  from: z.string(),
  to: z.string(),
  precision: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;
export const TimelineResponse = z.object({ times: z.array(TimelineEntry) });

export const Failure = z.object({ file: z.string(), line: z.number().int().optional(), message: z.string() });

export const IngestResponse = z.object({
  documents: z.array(z.object({ id: z.string(), status: z.enum(['added', 'new-version', 'duplicate']), title: z.string().nullable() })),
  failed: z.array(Failure),
});

export const StatsResponse = z.object({
  documents: z.number().int(),
  versions: z.number().int(),
  words: z.number().int(),
  byLang: z.record(z.string(), z.number()),
});

export const ErrorBody = z.object({
  error: z.object({
    status: z.number().int(),
    message: z.string(),
    /** Which request fields were wrong, for validation errors. */
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
