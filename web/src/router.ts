/** Hash routes (`#/`, `#/doc/ID`, `#/map`, `#/timeline`, `#/quotes`, `#/entity/NORM`, `#/analyze`; the views are in main.ts) with their query, so every view has a shareable URL. */
export interface Route {
  view: string;
  id?: string;
  params: Record<string, string>;
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { view: parts[0] ?? 'search', id: parts[1], params: Object.fromEntries(new URLSearchParams(query)) };
}

export function href(view: string, id?: string, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return `#/${view}${id ? `/${encodeURIComponent(id)}` : ''}${query.size ? `?${query}` : ''}`;
}

export function navigate(view: string, id?: string, params: Record<string, string | undefined> = {}): void {
  location.hash = href(view, id, params);
}
