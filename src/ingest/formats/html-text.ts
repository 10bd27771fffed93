/** Elements whose content starts a new paragraph of the extracted text. */
const BLOCK_ELEMENTS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'PRE', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'ASIDE', 'DL', 'DT', 'DD', 'HR', 'MAIN',
]);
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * Plain text of an HTML fragment with paragraphs separated by blank lines, so the paragraph
 * segmenter sees the page's structure; `<br>` becomes a line break, runs of spaces collapse.
 */
export function htmlToText(root: DomNode): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const block = current.replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n').replace(/[ \t\r\f\v]+/g, ' ').trim();
    if (block) blocks.push(block);
    current = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED_ELEMENTS.has(name)) return;
    if (name === 'BR') { current += '\n'; return; }
    const isBlock = BLOCK_ELEMENTS.has(name);
    if (isBlock) flush();
    for (let i = 0; i < node.childNodes.length; i++) visit(node.childNodes[i]!);
    if (isBlock) flush();
  };
  visit(root);
  flush();
  return blocks.join('\n\n');
}
