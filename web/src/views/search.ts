import { api, type SearchFilters, type SearchResult } from '../api.js';
import { h, snippetNodes } from '../dom.js';
import { href, navigate } from '../router.js';

const PAGE = 20;
const FILTERS = ['q', 'lang', 'source', 'from', 'to', 'eventFrom', 'eventTo', 'speaker', 'place'] as const;

function field(name: string, label: string, value: string, attributes: Record<string, string> = {}): HTMLElement {
  return h('label', { class: `field field-${name}` }, label, h('input', { name, value, autocomplete: 'off', ...attributes }));
}

function facetList(title: string, name: 'lang' | 'source', counts: Record<string, number>, filters: SearchFilters): HTMLElement {
  return h('section', { class: 'facet', 'aria-label': title }, h('h3', {}, title),
    h('ul', {}, ...Object.entries(counts).map(([value, count]) => h('li', {},
      h('a', { href: href('search', undefined, { ...filters, [name]: value === 'unknown' ? undefined : value, offset: undefined }), class: filters[name] === value ? 'active' : undefined },
        value, ' ', h('span', { class: 'count' }, String(count)))))));
}

function resultList(result: SearchResult): HTMLElement {
  return h('ol', { class: 'results' }, ...result.hits.map((hit) => h('li', { class: 'result' },
    h('a', { href: href('doc', hit.id), class: 'result-title', lang: hit.lang }, hit.title ?? `Untitled ${hit.source ? `${hit.source} ` : ''}article (${hit.date ?? 'undated'})`),
    h('div', { class: 'result-meta' }, [hit.date ?? 'undated', hit.lang, hit.source, `${hit.words} words`].filter(Boolean).join(' · ')),
    h('p', { class: 'snippet', lang: hit.lang }, ...snippetNodes(hit.snippet)))));
}

function pager(result: SearchResult, filters: SearchFilters): HTMLElement {
  const offset = Number(filters.offset ?? 0);
  const link = (label: string, to: number, enabled: boolean) => enabled
    ? h('a', { href: href('search', undefined, { ...filters, offset: to ? String(to) : undefined }), class: 'page' }, label)
    : h('span', { class: 'page disabled', 'aria-disabled': 'true' }, label);
  return h('nav', { class: 'pager', 'aria-label': 'result pages' },
    link('← previous', Math.max(0, offset - PAGE), offset > 0),
    h('span', {}, `${result.total === 0 ? 0 : offset + 1}–${offset + result.hits.length} of ${result.total}`),
    link('next →', offset + PAGE, offset + PAGE < result.total));
}

/** Corpus view: the search form with filters, facets with counts, results with highlighted snippets. */
export async function searchView(params: Record<string, string>): Promise<HTMLElement> {
  const filters: SearchFilters = Object.fromEntries(Object.entries(params).filter(([name]) => [...FILTERS, 'offset'].includes(name)));
  const form = h('form', { class: 'search-form', role: 'search' },
    h('div', { class: 'query-row' },
      field('q', 'Search', filters.q ?? '', { type: 'search', placeholder: 'words, "exact phrase", prefix*, -excluded', 'aria-describedby': 'search-help' }),
      h('button', { type: 'submit' }, 'Search')),
    h('details', { class: 'filters', open: FILTERS.slice(1).some((name) => filters[name]) },
      h('summary', {}, 'Filters'),
      h('div', { class: 'filter-grid' },
        h('label', { class: 'field' }, 'Language', h('select', { name: 'lang' },
          ...[['', 'any'], ['fr', 'French'], ['en', 'English']].map(([value, label]) => h('option', { value, selected: (filters.lang ?? '') === value }, label)))),
        field('source', 'Outlet', filters.source ?? ''),
        field('from', 'Published from', filters.from ?? '', { placeholder: 'YYYY[-MM[-DD]]', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' }),
        field('to', 'to', filters.to ?? '', { placeholder: 'YYYY[-MM[-DD]]', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' }),
        field('eventFrom', 'Events from', filters.eventFrom ?? '', { placeholder: 'YYYY[-MM[-DD]]', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' }),
        field('eventTo', 'to', filters.eventTo ?? '', { placeholder: 'YYYY[-MM[-DD]]', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' }),
        field('speaker', 'Speaker', filters.speaker ?? ''),
        field('place', 'Place', filters.place ?? '', { placeholder: 'name or GeoNames id' }))),
    h('p', { id: 'search-help', class: 'help' }, 'Accent- and case-insensitive full-text search over titles and texts.'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    navigate('search', undefined, Object.fromEntries(FILTERS.map((name) => [name, String(data.get(name) ?? '').trim() || undefined])));
  });
  const result = await api.search(filters, PAGE);
  return h('div', { class: 'view search-view' },
    form,
    h('div', { class: 'search-layout' },
      h('aside', { class: 'facets', 'aria-label': 'facets' },
        facetList('Language', 'lang', result.facets.lang, filters),
        facetList('Outlet', 'source', result.facets.source, filters)),
      h('section', { class: 'search-results', 'aria-live': 'polite', 'aria-label': 'results' },
        h('p', { class: 'total' }, `${result.total} document${result.total === 1 ? '' : 's'}`),
        resultList(result),
        pager(result, filters))));
}
