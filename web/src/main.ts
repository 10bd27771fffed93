import { ApiFailure } from './api.js';
import { h } from './dom.js';
import { parseRoute } from './router.js';
import { articleView } from './views/article.js';
import { mapView } from './views/map.js';
import { searchView } from './views/search.js';
import { timelineView } from './views/timeline.js';
import { quotesView } from './views/quotes.js';
import { entityView } from './views/entity.js';
import { analyzeView } from './views/analyze.js';

const VIEWS: Record<string, (id: string | undefined, params: Record<string, string>) => Promise<HTMLElement>> = {
  search: (_id, params) => searchView(params),
  doc: (id) => (id ? articleView(id) : Promise.reject(new ApiFailure('no document id in the address'))),
  map: () => mapView(),
  timeline: (_id, params) => timelineView(params),
  quotes: (_id, params) => quotesView(params),
  analyze: () => analyzeView(),
  entity: (id) => (id ? entityView(id) : Promise.reject(new ApiFailure('no entity in the address'))),
};

const main = document.getElementById('main')!;
let rendering = 0;

async function render(): Promise<void> {
  const route = parseRoute(location.hash.startsWith('#/') ? location.hash : '');
  const ticket = ++rendering;
  main.setAttribute('aria-busy', 'true');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav.site a')) {
    if (link.dataset.view === route.view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  let content: HTMLElement;
  try {
    content = await (VIEWS[route.view] ?? VIEWS.search!)(route.id, route.params);
  } catch (error) {
    content = h('div', { class: 'view error', role: 'alert' }, h('h1', {}, 'Something went wrong'), h('p', {}, (error as Error).message));
  }
  // A later navigation wins over a slower earlier one.
  if (ticket !== rendering) return;
  main.replaceChildren(content);
  main.setAttribute('aria-busy', 'false');
  document.title = `${content.querySelector('h1')?.textContent ?? 'Search'} · presscope`;
  if (route.view !== 'search') main.focus({ preventScroll: true });
}

// In-page anchors (the skip link) are not routes.
window.addEventListener('hashchange', () => { if (location.hash === '' || location.hash.startsWith('#/')) void render(); });
void render();
