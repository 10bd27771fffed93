import { api, type Statement } from '../api.js';
import { h } from '../dom.js';
import { href, navigate } from '../router.js';

const SPEAKER_KINDS: Record<string, string> = { unnamed: 'unnamed source', media: 'outlet', unknown: 'unknown source' };

function statementItem(statement: Statement): HTMLElement {
  return h('li', { class: 'quote-item' },
    h('div', { class: 'speaker' }, h('strong', {}, statement.speaker ?? '(no speaker)'), ' ',
      h('span', { class: `badge badge-${statement.speakerType ?? 'unknown'}` }, SPEAKER_KINDS[statement.speakerType ?? 'unknown'] ?? `named source (${statement.speakerType})`),
      ' ', h('span', { class: 'note' }, `${statement.cue} · ${statement.kind}${statement.stance && statement.stance !== 'reports' ? `, ${statement.stance}` : ''}`
        + (statement.when ? ` · said ${statement.when.text} (${statement.when.value})` : ''))),
    h('blockquote', {}, statement.content),
    h('a', { href: href('doc', statement.documentId), class: 'note' }, `${statement.date ?? 'undated'} · ${statement.title ?? statement.documentId}`));
}

/** Who said what across the corpus: statements of the attribution layer, filtered by speaker. */
export async function quotesView(params: Record<string, string>): Promise<HTMLElement> {
  const { quotes } = await api.quotes(params.speaker);
  const form = h('form', { class: 'search-form', role: 'search' },
    h('div', { class: 'query-row' },
      h('label', { class: 'field' }, 'Speaker or outlet', h('input', { name: 'speaker', type: 'search', value: params.speaker ?? '', autocomplete: 'off' })),
      h('button', { type: 'submit' }, 'Filter')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate('quotes', undefined, { speaker: String(new FormData(form).get('speaker') ?? '').trim() || undefined });
  });
  return h('div', { class: 'view quotes-view' },
    h('h1', {}, params.speaker ? `Statements by “${params.speaker}”` : 'Statements'),
    form,
    quotes.length === 0
      ? h('p', { class: 'empty' }, 'No statements found: the records have no attributions layer, or none matches.')
      : h('ol', { class: 'quote-list' }, ...quotes.map(statementItem)));
}
