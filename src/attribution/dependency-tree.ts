import type { Token } from '../record/layers/segments.js';
import type { Span } from '../record/layers/span.js';

/** The parse of one document as child lists, for reading subtrees (token indices are the token layer's). */
export interface DependencyTree {
  readonly tokens: readonly Token[];
  readonly children: readonly (readonly number[])[];
  /** Lower-cased form of each token. */
  readonly lower: readonly string[];
  /** Lower-cased lemma of each token (its form when untagged). */
  readonly lemma: readonly string[];
}

export function dependencyTree(tokens: readonly Token[], text: string): DependencyTree {
  const children: number[][] = tokens.map(() => []);
  tokens.forEach((token, i) => {
    if (token.head !== undefined && token.head !== i) children[token.head]?.push(i);
  });
  const lower = tokens.map((t) => (t.form ?? text.slice(t.start, t.end)).toLowerCase());
  const lemma = tokens.map((t, i) => t.lemma?.toLowerCase() ?? lower[i]!);
  return { tokens, children, lower, lemma };
}

/** True when the parser attached the tokens (a layer without heads has no tree to read). */
export function isParsed(tokens: readonly Token[] | undefined): tokens is readonly Token[] {
  return tokens !== undefined && tokens.some((t) => t.deprel !== undefined);
}

/** Token indices of the subtree of `root`, sorted, leaving out the subtrees of `excluded` roots. */
export function subtree(tree: DependencyTree, root: number, excluded: ReadonlySet<number> = new Set()): number[] {
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (excluded.has(node)) continue;
    out.push(node);
    for (const child of tree.children[node]!) stack.push(child);
  }
  return out.sort((a, b) => a - b);
}

/** Character spans of sorted token indices: one span per run of consecutive tokens. */
export function tokenRuns(tree: DependencyTree, indices: readonly number[]): Span[] {
  const spans: Span[] = [];
  let runStart = -1;
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k]!;
    if (runStart < 0) runStart = index;
    const next = indices[k + 1];
    if (next !== index + 1) {
      spans.push({ start: tree.tokens[runStart]!.start, end: tree.tokens[index]!.end });
      runStart = -1;
    }
  }
  return spans;
}
