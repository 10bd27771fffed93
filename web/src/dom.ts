/** Small DOM builders. Text always goes in as text nodes, never as HTML, so article content cannot inject markup. */

type Child = Node | string | number | null | undefined | false;
type AttributeValue = string | number | boolean | undefined | null | ((event: Event) => void);
export type Attributes = Record<string, AttributeValue>;

function apply(element: Element, attributes: Attributes, children: Child[]): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  apply(element, attributes, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  apply(element, attributes, children);
  return element;
}

/** Makes a non-button element act as one for keyboard users (Enter and Space activate it). */
export function activatable<E extends Element>(element: E, label: string, action: () => void): E {
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', label);
  element.addEventListener('click', action);
  element.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      action();
    }
  });
  return element;
}

/** A search snippet from the store, its matches between ⟦ and ⟧, as text with <mark> elements. */
export function snippetNodes(snippet: string): Node[] {
  return snippet.split(/(⟦[^⟧]*⟧)/u).filter(Boolean)
    .map((part) => (part.startsWith('⟦') && part.endsWith('⟧') ? h('mark', {}, part.slice(1, -1)) : document.createTextNode(part)));
}
