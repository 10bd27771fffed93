import { api } from '../api.js';
import { h } from '../dom.js';
import { href, navigate } from '../router.js';
import { timelineChart } from '../timeline-chart.js';

/** Event dates the corpus talks about (resolved time expressions), each bar opening its article. */
export async function timelineView(): Promise<HTMLElement> {
  const { times } = await api.timeline();
  return h('div', { class: 'view timeline-view' },
    h('h1', {}, 'Timeline of events'),
    h('p', { class: 'help' }, 'Each bar is a resolved time expression of an article (what it talks about, not when it was published).'),
    timelineChart(times.map((time) => ({
      from: time.from, to: time.to, precision: time.precision, label: `${time.text} — ${time.title ?? time.documentId}`,
      onSelect: () => navigate('doc', time.documentId),
    })), `${times.length} event times`),
    h('ol', { class: 'time-list' }, ...times.slice(0, 100).map((time) => h('li', {},
      h('code', {}, `[${time.from}, ${time.to})`), ' ', h('q', {}, time.text), ' — ',
      h('a', { href: href('doc', time.documentId) }, time.title ?? time.documentId)))));
}
