import { api } from '../api.js';
import { h } from '../dom.js';
import { recordView } from './article.js';

/** Paste an article, see what presscope finds in it; nothing is stored. */
export async function analyzeView(): Promise<HTMLElement> {
  const output = h('div', { class: 'analysis-output', 'aria-live': 'polite' });
  const form = h('form', { class: 'search-form analyze-form' },
    h('label', { class: 'field' }, 'Article text (French or English; a first line "date 2019-04" and a last line "Source: …" are understood)',
      h('textarea', { name: 'text', rows: 10, required: true, lang: 'fr' })),
    h('div', { class: 'filter-grid' },
      h('label', { class: 'field' }, 'Publication date', h('input', { name: 'date', placeholder: 'YYYY[-MM[-DD]]', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' })),
      h('label', { class: 'field' }, 'Title', h('input', { name: 'title' }))),
    h('p', {}, h('button', { type: 'submit' }, 'Analyse')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    output.replaceChildren(h('p', { class: 'loading' }, 'Analysing…'));
    api.analyze({ text: String(data.get('text') ?? ''), date: value('date'), title: value('title') })
      .then((record) => output.replaceChildren(recordView(record)))
      .catch((error: Error) => output.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.message)));
  });
  return h('div', { class: 'view analyze-view' }, h('h1', {}, 'Analyse a text'), form, output);
}
