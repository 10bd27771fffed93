import type { AnalysisRecord } from '../../src/record/schema.js';
import type { DocumentResponse, DocumentSummary, ErrorBody, PlaceSummary, SearchResult, Statement, TimelineEntry } from '../../src/serve/schemas.js';

export type { AnalysisRecord, DocumentResponse, DocumentSummary, PlaceSummary, SearchResult, Statement, TimelineEntry };

export class ApiFailure extends Error {}

async function getJson<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(name, String(value));
  }
  return readJson<T>(await fetch(`${path}${query.size ? `?${query}` : ''}`, { headers: { accept: 'application/json' } }));
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  return readJson<T>(await fetch(path, { method: 'POST', body: JSON.stringify(body), headers: { accept: 'application/json', 'content-type': 'application/json' } }));
}

async function readJson<T>(response: Response): Promise<T> {
  const body = await response.json().catch(() => undefined) as T | ErrorBody | undefined;
  if (!response.ok) throw new ApiFailure((body as ErrorBody | undefined)?.error?.message ?? `${response.status} ${response.statusText}`);
  return body as T;
}

export type SearchFilters = Partial<Record<'q' | 'lang' | 'from' | 'to' | 'eventFrom' | 'eventTo' | 'source' | 'speaker' | 'place' | 'offset', string>>;

export const api = {
  search: (filters: SearchFilters, limit = 20) => getJson<SearchResult>('/api/documents', { ...filters, limit }),
  document: (id: string) => getJson<DocumentResponse>(`/api/documents/${encodeURIComponent(id)}`),
  entity: (norm: string) => getJson<{ norm: string; types: Record<string, number>; documents: DocumentSummary[] }>(`/api/entities/${encodeURIComponent(norm)}`),
  quotes: (speaker?: string, offset = 0) => getJson<{ quotes: Statement[] }>('/api/quotes', { speaker, offset, limit: 100 }),
  analyze: (content: { text: string; date?: string; title?: string }) => postJson<AnalysisRecord>('/api/analyze', content),
  places: () => getJson<{ places: PlaceSummary[] }>('/api/places'),
  timeline: (params: { document?: string; from?: string; to?: string } = {}) => getJson<{ times: TimelineEntry[] }>('/api/timeline', { ...params, limit: 2000 }),
};
