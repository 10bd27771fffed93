import { h } from './dom.js';
import { segmentText, type Mark } from './highlight.js';

export interface ArticleText {
  element: HTMLElement;
  /** Scrolls to the text at `[start, end)` and flashes it. */
  reveal(start: number, end: number): void;
  /** Lights up (or not) every piece of text in a mark group. */
  light(group: string, on: boolean): void;
}

/**
 * The record text with its marks. Each piece between mark boundaries is one element carrying the
 * classes of every mark over it, so nested and overlapping spans all stay visible; the text itself
 * is inserted as text nodes, at its original offsets (white-space is preserved by CSS).
 */
export function renderArticleText(text: string, marks: readonly Mark[], lang: string): ArticleText {
  const groups = new Map<string, HTMLElement[]>();
  const pieces: Array<{ start: number; end: number; node: HTMLElement }> = [];
  const body = h('div', { class: 'article-text', lang });
  for (const segment of segmentText(text.length, marks)) {
    const slice = text.slice(segment.start, segment.end);
    if (segment.marks.length === 0) {
      body.append(slice);
      continue;
    }
    const classes = new Set(['hl', ...segment.marks.flatMap((mark) => [`layer-${mark.layer}`, ...mark.kind.split(' ')])]);
    const node = h('span', {
      class: [...classes].join(' '),
      title: [...new Set(segment.marks.map((mark) => mark.label))].join('\n'),
      'data-start': segment.start,
      'data-end': segment.end,
    }, slice);
    for (const group of new Set(segment.marks.map((mark) => mark.group).filter((group): group is string => Boolean(group)))) {
      groups.set(group, [...(groups.get(group) ?? []), node]);
      node.addEventListener('mouseenter', () => light(group, true));
      node.addEventListener('mouseleave', () => light(group, false));
    }
    body.append(node);
    pieces.push({ start: segment.start, end: segment.end, node });
  }
  function light(group: string, on: boolean): void {
    for (const node of groups.get(group) ?? []) node.classList.toggle('linked', on);
  }
  return {
    element: body,
    light,
    reveal(start, end) {
      const hit = pieces.filter((piece) => piece.start < end && piece.end > start);
      hit[0]?.node.scrollIntoView({ block: 'center', behavior: 'smooth' });
      for (const piece of hit) {
        piece.node.classList.remove('flash');
        void piece.node.offsetWidth;
        piece.node.classList.add('flash');
      }
    },
  };
}
