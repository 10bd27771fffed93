import { api } from '../api.js';
import { h } from '../dom.js';
import { eventHistogram } from '../event-histogram.js';
import { href, navigate } from '../router.js';

const ISO = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** Event dates the corpus talks about (resolved time expressions), not publication dates; a bar opens its articles. */
export async function timelineView(params: Record<string, string>): Promise<HTMLElement> {
  const range = { from: params.from, to: params.to };
  const { times } = await api.timeline(range);
  const form = h('form', { class: 'search-form range-form' },
    h('div', { class: 'filter-grid' },
      h('label', { class: 'field' }, 'Events from', h('input', { name: 'from', value: range.from ?? '', placeholder: 'YYYY[-MM[-DD]]', pattern: ISO })),
      h('label', { class: 'field' }, 'to', h('input', { name: 'to', value: range.to ?? '', placeholder: 'YYYY[-MM[-DD]]', pattern: ISO })),
      h('p', {}, h('button', { type: 'submit' }, 'Show'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    navigate('timeline', undefined, { from: String(data.get('from') ?? '').trim() || undefined, to: String(data.get('to') ?? '').trim() || undefined });
  });
  return h('div', { class: 'view timeline-view' },
    h('h1', {}, 'Timeline of events'),
    h('p', { class: 'help' }, 'Resolved time expressions of the articles — what they talk about, not when they were published. Select a bar to see its articles.'),
    form,
    eventHistogram(times, `${times.length} event times`, (key) => navigate('search', undefined, { eventFrom: key, eventTo: key }), range),
    h('ol', { class: 'time-list' }, ...times.slice(0, 100).map((time) => h('li', {},
      h('code', {}, `[${time.from}, ${time.to})`), ' ', h('q', {}, time.text), ' — ',
      h('a', { href: href('doc', time.documentId) }, time.title ?? time.documentId)))));
}
