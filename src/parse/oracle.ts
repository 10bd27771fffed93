import { LEFT, NO_WORD, RIGHT, SHIFT, TRANSITION_COUNT, type ParseState } from './transitions.js';

/**
 * Gold tree of a sentence for the dynamic oracle: `heads[i]` is the gold head of word i, with the
 * root as index n; `dependents[h]` lists the gold dependents of h.
 */
export interface GoldTree {
  heads: Int32Array;
  dependents: Int32Array[];
}

export function goldTree(heads: ArrayLike<number>): GoldTree {
  const n = heads.length;
  const lists: number[][] = Array.from({ length: n + 1 }, () => []);
  const goldHeads = new Int32Array(n + 1).fill(NO_WORD);
  for (let i = 0; i < n; i++) {
    const head = heads[i]!;
    goldHeads[i] = head;
    lists[head]!.push(i);
  }
  return { heads: goldHeads, dependents: lists.map((list) => Int32Array.from(list)) };
}

/** Gold dependents of `word` still in the buffer (every word from the front on is unattached). */
function dependentsInBuffer(gold: GoldTree, word: number, front: number): number {
  let count = 0;
  for (const d of gold.dependents[word]!) if (d >= front) count++;
  return count;
}

/**
 * Number of gold arcs each transition makes unreachable (Goldberg & Nivre 2013, arc-hybrid);
 * illegal transitions get Infinity. On non-projective gold trees the costs stay a sound guide:
 * they never reward an arc that the gold tree does not contain.
 */
export function transitionCosts(state: ParseState, gold: GoldTree, onStack: Uint8Array, costs: Float64Array): void {
  costs.fill(Infinity, 0, TRANSITION_COUNT);
  const s0 = state.s(0);
  const s1 = state.s(1);
  const b = state.front;
  if (state.isLegal(SHIFT)) {
    let cost = 0;
    for (const d of gold.dependents[b]!) if (onStack[d]) cost++;
    const head = gold.heads[b]!;
    if (head !== s0 && head >= 0 && head < state.n && onStack[head]) cost++;
    costs[SHIFT] = cost;
  }
  if (s0 !== NO_WORD) {
    const lost = dependentsInBuffer(gold, s0, b);
    const head = gold.heads[s0]!;
    if (state.isLegal(LEFT)) costs[LEFT] = lost + (head === s1 || head > b ? 1 : 0);
    if (state.isLegal(RIGHT)) costs[RIGHT] = lost + (head >= b ? 1 : 0);
  }
}
