import { api, type AnalysisRecord } from '../api.js';
import { renderArticleText } from '../article-text.js';
import { h } from '../dom.js';
import { presentLayers } from '../layers.js';
import { PANELS } from '../panels.js';
import { href } from '../router.js';

/**
 * A record as the reader sees it: header, the text with every layer highlighted (toggles per
 * layer) and the side panel. Used for stored articles and for text analysed on the fly.
 */
export function recordView(record: AnalysisRecord, versionCount?: number): HTMLElement {
  const layers = presentLayers(record);
  const text = renderArticleText(record.text, layers.flatMap((layer) => layer.marks(record)), record.lang.code);
  const view = h('div', { class: 'record-view' });
  const toggles = h('fieldset', { class: 'layer-toggles' }, h('legend', {}, 'Highlight'),
    ...layers.map((layer) => {
      const count = record.layers[layer.name]?.length ?? 0;
      const box = h('input', { type: 'checkbox', checked: true, name: layer.name });
      box.addEventListener('change', () => view.classList.toggle(`hide-${layer.name}`, !box.checked));
      return h('label', { class: `toggle toggle-${layer.name}` }, box, ` ${layer.label} `, h('span', { class: 'count' }, String(count)));
    }));
  const { meta } = record;
  const sections = PANELS.map((panel) => {
    const content = panel.render(record, text);
    return content && h('section', { class: 'panel' }, h('h2', {}, panel.title), content);
  });
  view.append(
    h('header', { class: 'article-header' },
      h('h1', { lang: record.lang.code }, meta.title ?? meta.origin.path?.split(/[\\/]/).pop() ?? record.text.trim().slice(0, 80)),
      h('p', { class: 'article-meta' }, [
        meta.date ? `published ${meta.date.value} (${meta.date.precision})` : 'undated',
        `${record.lang.code}${record.lang.method === 'detected' ? ` (detected, ${record.lang.confidence.toFixed(2)})` : ''}`,
        meta.source ? `outlet ${meta.source}` : null,
        versionCount ? `version ${versionCount}` : 'not stored',
        `id ${record.id}`,
      ].filter(Boolean).join(' · ')),
      // Only web addresses become links: a stored URL is input, and javascript: or data: must not be clickable.
      meta.url ? h('p', { class: 'article-url' }, /^https?:\/\//i.test(meta.url) ? h('a', { href: meta.url, rel: 'noopener noreferrer' }, meta.url) : meta.url) : null,
      ...record.analysis.warnings.map((warning) => h('p', { class: 'warning' }, warning))),
    h('div', { class: 'article-layout' },
      h('article', { class: 'article-main' }, toggles, text.element),
      h('aside', { class: 'side-panel', 'aria-label': 'what presscope found' }, ...sections)),
  );
  return view;
}

/** A stored article by id. */
export async function articleView(id: string): Promise<HTMLElement> {
  const { record, versions } = await api.document(id);
  return h('div', { class: 'view article-view' },
    h('p', { class: 'back' }, h('a', { href: href('search') }, '← search')),
    recordView(record, versions.length));
}
