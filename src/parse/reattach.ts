import type { AveragedPerceptron } from '../ml/averaged-perceptron.js';
import { hashString } from '../ml/feature-hash.js';
import { distanceBucket, f2, f3, f4, labelValue, valueAt } from './features.js';
import { FinishedTree } from './relabel.js';
import { NONE, ROOT, type EncodedSentence } from './words.js';

/**
 * Corrective second pass over attachments (after Hall & Novák 2005). A greedy parser's wrong head
 * is often close to the right one in its own tree: on EWT dev over half of the wrong heads are a
 * sibling or the grandparent of the word, a seventh more an uncle, the great-grandparent or a
 * sibling's child. Each word is scored against those candidates with
 * features of the finished tree (the preposition of a prepositional phrase with each candidate
 * head, the verbs and punctuation between, the relations the candidate already governs), and
 * moves only when a candidate beats its current head by a margin chosen on dev.
 */

/** Candidates read per word besides the current head, nearest kinds first: EWT dev LAS is the same with 3 as with 10, in less time. */
const MAX_CANDIDATES = 3;
const REATTACH_FEATURE_COUNT = 26;

/** How a candidate head relates to the word's current head in the tree. */
const CURRENT = 1, GRANDPARENT = 2, SIBLING = 3, UNCLE = 4, GREAT_GRANDPARENT = 5, NEPHEW = 6;

const VERB = hashString('VERB') | 0;
const AUX = hashString('AUX') | 0;
const PUNCT = hashString('PUNCT') | 0;
const COMMA = hashString(',') | 0;

/** Bit set of the labels of `head`'s children, skipping `except`. */
function childLabels(tree: FinishedTree, head: number, except: number): number {
  let set = 0;
  for (let p = tree.firstChild(head); p < tree.endChild(head); p++) {
    const c = tree.child(p);
    if (c !== except) set |= 1 << (tree.labels[c]! % 31);
  }
  return set;
}

/** Features of attaching `dependent` to `candidate` (`kind` says how it relates to the current head). */
export function reattachFeatures(tree: FinishedTree, sentence: EncodedSentence, dependent: number, candidate: number, kind: number, out: Uint32Array): number {
  const { word, tag, coarse, suffix, morph } = sentence;
  const { n, heads, labels } = tree;
  const d = dependent, c = candidate, h = heads[d]!;
  const dw = valueAt(word, d), dp = valueAt(tag, d), dc = valueAt(coarse, d);
  const cw = valueAt(word, c), cp = valueAt(tag, c), cc = valueAt(coarse, c), hp = valueAt(tag, h);
  const dir = d < c ? 1 : 2;
  const dist = distanceBucket(Math.abs(c - d));
  const dl = labelValue(labels[d]!);
  const cl = heads[c] === n ? ROOT : labelValue(labels[c]!);
  const ch = heads[c] === n ? ROOT : valueAt(tag, heads[c]!);
  // The word's first child before it: the preposition of a prepositional phrase, the subordinator of a clause.
  const firstChild = tree.endChild(d) > tree.firstChild(d) ? tree.child(tree.firstChild(d)) : -1;
  const marker = firstChild >= 0 && firstChild < d ? valueAt(word, firstChild) : NONE;
  const step = d < c ? 1 : -1;
  let verbs = 0, punct = NONE, commas = 0;
  for (let i = d + step; i !== c; i += step) {
    if (coarse[i] === VERB || coarse[i] === AUX) verbs++;
    else if (coarse[i] === PUNCT) {
      if (punct === NONE) punct = word[i]!;
      if (word[i] === COMMA) commas++;
    }
  }
  const governed = childLabels(tree, c, d);
  const sameRelation = (governed >>> (labels[d]! % 31)) & 1;

  let k = 0;
  out[k++] = f2(300, kind, dir);
  out[k++] = f4(301, kind, dp, cp, dir); out[k++] = f3(302, kind, dl, cp); out[k++] = f3(303, kind, dl, dp);
  out[k++] = f3(304, dw, cw, dir); out[k++] = f3(305, dp, cw, dir); out[k++] = f3(306, dw, cp, dir);
  out[k++] = f4(307, dp, cp, dir, dist); out[k++] = f4(308, dc, cc, dir, dist); out[k++] = f4(309, dl, cc, dir, dist);
  out[k++] = f3(310, marker, cw, dir); out[k++] = f3(311, marker, cp, dir); out[k++] = f4(312, marker, cw, dw, dir);
  out[k++] = f4(313, dp, cp, Math.min(verbs, 3), dir); out[k++] = f4(314, dp, cp, punct, Math.min(commas, 3));
  out[k++] = f4(315, dl, cp, sameRelation, dir); out[k++] = f4(316, dp, cp, cl, dir); out[k++] = f3(317, dl, cl, kind);
  out[k++] = f4(318, dp, cp, ch, dir); out[k++] = f4(319, cp, valueAt(tag, c - 1), valueAt(tag, c + 1), dp);
  out[k++] = f3(320, valueAt(morph, d), cp, dir); out[k++] = f3(321, valueAt(morph, c), dp, dir);
  out[k++] = f4(322, cp, hp, dp, kind); out[k++] = f3(323, dl, governed, cc);
  out[k++] = f3(324, valueAt(suffix, d), cp, dir); out[k++] = f4(325, cw, dl, dir, marker === NONE ? 0 : 1);
  return k;
}

/**
 * The reattacher: one perceptron of a single score per candidate head, so that candidates of any
 * number compete on one scale.
 */
export class Reattacher {
  private readonly tree = new FinishedTree();
  private readonly features = new Uint32Array(REATTACH_FEATURE_COUNT);
  private readonly score = new Float32Array(1);
  private readonly candidates = new Int32Array(MAX_CANDIDATES + 1);
  private readonly kinds = new Int32Array(MAX_CANDIDATES + 1);
  private candidateCount = 0;

  /**
   * `margin`: how far a candidate must outscore the current head for the word to move; `scope`:
   * words whose attaching transition led the others by this much keep their head unexamined,
   * which keeps the pass cheap.
   */
  constructor(readonly weights: AveragedPerceptron, private readonly margin: number, private readonly scope: number) {}

  /**
   * Moves words of the tree (`heads`, root = n, changed in place) to better heads; returns the
   * moved words, whose labels belong to their old heads; `attachLeads` are the parser's (see scope). Each move keeps a tree: no candidate
   * descends from the word it would govern.
   */
  reattach(sentence: EncodedSentence, heads: Int32Array, labels: Int32Array, attachLeads: Float32Array): number[] {
    const n = sentence.length;
    const moved: number[] = [];
    this.tree.load(n, heads, labels);
    for (let d = 0; d < n; d++) {
      if (heads[d] === n || attachLeads[d]! >= this.scope) continue;
      this.collectCandidates(d);
      if (this.candidateCount === 1) continue;
      let best = 0, bestScore = -Infinity, currentScore = 0;
      for (let i = 0; i < this.candidateCount; i++) {
        const score = this.scoreOf(sentence, d, i);
        if (i === 0) currentScore = score;
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (best === 0 || bestScore - currentScore <= this.margin) continue;
      heads[d] = this.candidates[best]!;
      moved.push(d);
      this.tree.load(n, heads, labels);
    }
    return moved;
  }

  /**
   * One perceptron pass over a parser's tree of a training sentence: each word whose gold head
   * is among its candidates learns to prefer it. The tree itself is left as the parser made it,
   * so that every word is judged in the context it will have at run time.
   */
  learn(sentence: EncodedSentence, heads: Int32Array, labels: Int32Array, goldHeads: Int32Array): void {
    const n = sentence.length;
    this.tree.load(n, heads, labels);
    for (let d = 0; d < n; d++) {
      if (heads[d] === n) continue;
      this.collectCandidates(d);
      let gold = -1, best = 0, bestScore = -Infinity;
      for (let i = 0; i < this.candidateCount; i++) {
        if (this.candidates[i] === goldHeads[d]) gold = i;
        const score = this.scoreOf(sentence, d, i);
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (gold < 0) continue;
      if (best !== gold) {
        this.weights.adjust(this.features, reattachFeatures(this.tree, sentence, d, this.candidates[gold]!, this.kinds[gold]!, this.features), 0, 1);
        this.weights.adjust(this.features, reattachFeatures(this.tree, sentence, d, this.candidates[best]!, this.kinds[best]!, this.features), 0, -1);
      }
      this.weights.tick();
    }
  }

  private scoreOf(sentence: EncodedSentence, dependent: number, index: number): number {
    const count = reattachFeatures(this.tree, sentence, dependent, this.candidates[index]!, this.kinds[index]!, this.features);
    this.score[0] = 0;
    this.weights.score(this.features, count, this.score);
    return this.score[0]!;
  }

  /** The current head first, then the grandparent, siblings, uncles, great-grandparent and nephews, nearest first within each. */
  private collectCandidates(d: number): void {
    const { tree } = this;
    const { n, heads } = tree;
    const h = heads[d]!;
    this.candidateCount = 0;
    this.add(h, CURRENT);
    const g = heads[h]!;
    if (g !== n) this.add(g, GRANDPARENT);
    this.addChildren(h, d, SIBLING);
    if (g !== n) {
      this.addChildren(g, h, UNCLE);
      if (heads[g] !== n) this.add(heads[g]!, GREAT_GRANDPARENT);
    }
    // Children of the siblings next to the word: the noun a prepositional phrase after a list item may belong to.
    const position = this.childPosition(h, d);
    if (position > tree.firstChild(h)) this.addChildren(tree.child(position - 1), -1, NEPHEW);
    if (position + 1 < tree.endChild(h)) this.addChildren(tree.child(position + 1), -1, NEPHEW);
  }

  private childPosition(head: number, child: number): number {
    let position = this.tree.firstChild(head);
    while (this.tree.child(position) !== child) position++;
    return position;
  }

  /** Children of `head` other than `except`, outward from `except`'s place (nearest to the word first). */
  private addChildren(head: number, except: number, kind: number): void {
    const { tree } = this;
    const first = tree.firstChild(head), end = tree.endChild(head);
    let left = first, right = end - 1;
    if (except >= 0) {
      const position = this.childPosition(head, except);
      left = position - 1;
      right = position + 1;
      while (this.candidateCount <= MAX_CANDIDATES && (left >= first || right < end)) {
        if (left >= first) this.add(tree.child(left--), kind);
        if (right < end) this.add(tree.child(right++), kind);
      }
      return;
    }
    for (let p = left; p <= right; p++) this.add(tree.child(p), kind);
  }

  private add(candidate: number, kind: number): void {
    if (this.candidateCount > MAX_CANDIDATES) return;
    this.candidates[this.candidateCount] = candidate;
    this.kinds[this.candidateCount++] = kind;
  }
}
