import { z } from 'zod';
import type { Corpus } from '../store/corpus.js';
import { analyzeInMemory, ingestInMemory } from '../api/in-memory.js';
import { eventTimeline } from '../api/timeline.js';
import { AnalysisRecord } from '../record/schema.js';
import { ApiError } from './errors.js';
import type { RequestContent } from './content.js';
import {
  DocumentId, DocumentParams, DocumentResponse, EntityResponse, IngestResponse, PlacesParams, PlacesResponse,
  QuotesParams, QuotesResponse, SearchParams, SearchResult, StatsResponse, TimelineParams, TimelineResponse,
} from './schemas.js';

export interface EndpointInput<Q> {
  corpus: Corpus;
  query: Q;
  path: Record<string, string>;
  content?: RequestContent;
  /** Per-document size limit for submitted content. */
  maxDocumentBytes: number;
}

/**
 * One API endpoint: its contract (validated inputs, response schema) and a handler that only calls
 * library functions. The router and the OpenAPI description are both built from this list.
 */
export interface Endpoint<Q extends z.ZodObject = z.ZodObject> {
  method: 'get' | 'post';
  path: string;
  summary: string;
  query?: Q;
  pathParams?: Record<string, z.ZodType>;
  /** Accepts content in the body; `batches` also allows JSONL and feeds. */
  content?: { batches: boolean };
  write?: boolean;
  status: 200 | 201;
  response: z.ZodType;
  handle(input: EndpointInput<z.infer<Q>>): unknown;
}

function define<Q extends z.ZodObject>(endpoint: Endpoint<Q>): Endpoint {
  return endpoint as unknown as Endpoint;
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new ApiError(404, `${what} not found`);
  return value;
}

export const ENDPOINTS: readonly Endpoint[] = [
  define({
    method: 'get', path: '/api/documents', summary: 'Full-text search with filters, paginated; facets count the whole result',
    query: SearchParams, status: 200, response: SearchResult,
    handle: ({ corpus, query }) => ({ ...corpus.search(query), limit: query.limit, offset: query.offset }),
  }),
  define({
    method: 'get', path: '/api/documents/:id', summary: 'A stored record (current version, or ?version=N) with its version list',
    query: DocumentParams, pathParams: { id: DocumentId }, status: 200, response: DocumentResponse,
    handle: ({ corpus, query, path }) => ({
      record: found(corpus.get(path.id!, query.version), `document ${path.id}${query.version ? ` version ${query.version}` : ''}`),
      versions: corpus.versions(path.id!),
    }),
  }),
  define({
    method: 'post', path: '/api/documents', summary: 'Analyse and store text, HTML, JSONL or a feed',
    content: { batches: true }, write: true, status: 201, response: IngestResponse,
    handle: ({ corpus, content, maxDocumentBytes }) => {
      const result = ingestInMemory(corpus, content!.bytes, content!.name, { maxBytes: maxDocumentBytes, overrides: content!.overrides });
      if (result.documents.length === 0) throw new ApiError(422, `nothing to store: ${result.failed.map((f) => f.message).join('; ')}`);
      return result;
    },
  }),
  define({
    method: 'post', path: '/api/analyze', summary: 'Analyse text or HTML and return the record, without storing it',
    content: { batches: false }, status: 200, response: AnalysisRecord,
    handle: ({ content, maxDocumentBytes }) => {
      const { records, failed } = analyzeInMemory(content!.bytes, content!.name, { maxBytes: maxDocumentBytes, overrides: content!.overrides });
      if (records.length === 0) throw new ApiError(422, `nothing to analyse: ${failed.map((f) => f.message).join('; ')}`);
      return records[0];
    },
  }),
  define({
    method: 'get', path: '/api/entities/:id', summary: 'An entity by its normalised form: types and the documents that mention it',
    pathParams: { id: z.string().min(1).max(300) }, status: 200, response: EntityResponse,
    handle: ({ corpus, path }) => found(corpus.entity(path.id!), `entity "${path.id}"`),
  }),
  define({
    method: 'get', path: '/api/places', summary: 'Resolved places of the corpus with mention counts, for the map',
    query: PlacesParams, status: 200, response: PlacesResponse,
    handle: ({ corpus, query }) => ({ places: corpus.places(query) }),
  }),
  define({
    method: 'get', path: '/api/quotes', summary: 'Statements (attributions) across the corpus, by speaker',
    query: QuotesParams, status: 200, response: QuotesResponse,
    handle: ({ corpus, query }) => ({ quotes: corpus.statements(query) }),
  }),
  define({
    method: 'get', path: '/api/timeline', summary: 'Resolved event times ([from, to) intervals of the times layer), oldest first',
    query: TimelineParams, status: 200, response: TimelineResponse,
    handle: ({ corpus, query }) => ({ times: eventTimeline(corpus, { ...query, documentId: query.document }) }),
  }),
  define({
    method: 'get', path: '/api/stats', summary: 'Corpus size', status: 200, response: StatsResponse,
    handle: ({ corpus }) => corpus.stats(),
  }),
];
