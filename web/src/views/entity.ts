import { api } from '../api.js';
import { h } from '../dom.js';
import { href } from '../router.js';

/** One entity across the corpus: how it was typed and the articles that mention it. */
export async function entityView(norm: string): Promise<HTMLElement> {
  const entity = await api.entity(norm);
  return h('div', { class: 'view entity-view' },
    h('h1', {}, entity.norm),
    h('p', { class: 'note' }, Object.entries(entity.types).map(([type, count]) => `${type} ×${count}`).join(' · ')),
    h('ol', { class: 'results' }, ...entity.documents.map((document) => h('li', { class: 'result' },
      h('a', { href: href('doc', document.id), class: 'result-title', lang: document.lang }, document.title ?? document.id),
      h('div', { class: 'result-meta' }, [document.date ?? 'undated', document.lang, document.source].filter(Boolean).join(' · '))))));
}
