import { argmax, type AveragedPerceptron } from '../ml/averaged-perceptron.js';
import { hashString } from '../ml/feature-hash.js';
import { distanceBucket, f1, f2, f3, f4, labelValue, valueAt } from './features.js';
import { NONE, ROOT, type EncodedSentence } from './words.js';

/**
 * Second-pass labelling over the finished tree. The arc-time labeller sees the head with only the
 * children attached so far and nothing above it; once the tree is complete, every arc can be
 * relabelled knowing the head's head and relation, all siblings on both sides and the words that
 * frame the dependent's span (obl vs nmod, appos vs conj, parataxis after a colon).
 */

/** Children and siblings read per arc: enough for nearly every word, and bounded for long lists. */
const MAX_CHILDREN = 8;
const MAX_SIBLINGS = 10;
export const RELABEL_FEATURE_LIMIT = 52 + 2 * MAX_CHILDREN + 2 * MAX_SIBLINGS;

const PUNCT = hashString('PUNCT') | 0;
const COMMA = hashString(',') | 0;

/** A tree whose words all have their head (index n is the root), with each word's children in sentence order. */
export class FinishedTree {
  n = 0;
  heads: Int32Array = new Int32Array(0);
  labels: Int32Array = new Int32Array(0);
  private childStart = new Int32Array(0);
  private childList = new Int32Array(0);
  /** Where the next child of each word goes while the list is filled. */
  private cursor = new Int32Array(0);

  load(n: number, heads: Int32Array, labels: Int32Array): void {
    this.n = n;
    this.heads = heads;
    this.labels = labels;
    if (this.childStart.length < n + 2) {
      this.childStart = new Int32Array(2 * (n + 2));
      this.childList = new Int32Array(2 * (n + 2));
      this.cursor = new Int32Array(2 * (n + 2));
    }
    const start = this.childStart;
    start.fill(0, 0, n + 2);
    for (let i = 0; i < n; i++) start[heads[i]! + 1]!++;
    for (let h = 0; h <= n; h++) start[h + 1]! += start[h]!;
    const cursor = this.cursor;
    cursor.set(start.subarray(0, n + 1));
    for (let i = 0; i < n; i++) this.childList[cursor[heads[i]!]!++] = i;
  }

  firstChild(h: number): number {
    return this.childStart[h]!;
  }

  endChild(h: number): number {
    return this.childStart[h + 1]!;
  }

  child(position: number): number {
    return this.childList[position]!;
  }

  /** First and last word of the subtree of `word` (its span when the tree is projective). */
  spanStart(word: number): number {
    let w = word;
    while (this.endChild(w) > this.firstChild(w) && this.child(this.firstChild(w)) < w) w = this.child(this.firstChild(w));
    return w;
  }

  spanEnd(word: number): number {
    let w = word;
    while (this.endChild(w) > this.firstChild(w) && this.child(this.endChild(w) - 1) > w) w = this.child(this.endChild(w) - 1);
    return w;
  }
}

/** Bit set of the labels of `h`'s children in positions [from, to) of its child list, skipping `except`. */
function labelSet(tree: FinishedTree, from: number, to: number, except: number): number {
  let set = 0;
  for (let p = from; p < to; p++) {
    const c = tree.child(p);
    if (c !== except) set |= 1 << (tree.labels[c]! % 31);
  }
  return set;
}

/** Features of the arc into `dependent` in a finished tree; the dependent's own label is never read. */
export function relabelFeatures(tree: FinishedTree, sentence: EncodedSentence, dependent: number, out: Uint32Array): number {
  const { word, tag, coarse, suffix, morph } = sentence;
  const { n, heads, labels } = tree;
  const d = dependent;
  const h = heads[d]!;
  const g = h === n ? n : heads[h]!;
  const hw = valueAt(word, h), hp = valueAt(tag, h), hc = valueAt(coarse, h), hm = valueAt(morph, h);
  const dw = valueAt(word, d), dp = valueAt(tag, d), dc = valueAt(coarse, d), dm = valueAt(morph, d);
  const dir = d < h ? 1 : 2;
  const dist = distanceBucket(Math.abs(h - d));
  const headLabel = h === n ? ROOT : labelValue(labels[h]!), gp = g === n ? ROOT : valueAt(tag, g);

  let k = 0;
  out[k++] = f1(200, 1);
  out[k++] = f2(201, hw, dir); out[k++] = f2(202, hp, dir); out[k++] = f3(203, hw, hp, dir);
  out[k++] = f2(204, dw, dir); out[k++] = f2(205, dp, dir); out[k++] = f3(206, dw, dp, dir);
  out[k++] = f3(207, hp, dp, dir); out[k++] = f3(208, hw, dp, dir); out[k++] = f3(209, hp, dw, dir);
  out[k++] = f3(210, hw, dw, dir); out[k++] = f4(211, hp, dp, dir, dist);
  out[k++] = f3(212, hc, dc, dir); out[k++] = f4(213, hc, dc, dir, dist);
  out[k++] = f3(214, dm, hp, dir); out[k++] = f3(215, hm, dp, dir); out[k++] = f4(216, hm, dm, dc, dir);
  out[k++] = f3(217, valueAt(suffix, d), hc, dir); out[k++] = f3(218, dw, hc, dir); out[k++] = f3(219, hw, dc, dir);
  out[k++] = f3(220, dp, valueAt(tag, d - 1), valueAt(tag, d + 1)); out[k++] = f3(221, hp, valueAt(tag, h - 1), valueAt(tag, h + 1));
  out[k++] = f2(222, valueAt(word, d - 1), dp); out[k++] = f3(223, dp, valueAt(word, d + 1), dir);
  // Above the head: the relation the head itself holds and its own head.
  out[k++] = f4(224, hp, dp, dir, headLabel); out[k++] = f4(225, gp, hp, dp, dir);
  out[k++] = f3(226, headLabel, dc, dir); out[k++] = f4(227, headLabel, hm, dc, dir);

  // The head's other children: all of them, those before and after the dependent, the nearest on each side.
  const first = tree.firstChild(h), end = tree.endChild(h);
  let position = first;
  while (tree.child(position) !== d) position++;
  const before = labelSet(tree, first, position, d), after = labelSet(tree, position + 1, end, d);
  out[k++] = f4(228, hp, dp, dir, before); out[k++] = f4(229, hp, dp, dir, after); out[k++] = f3(230, dc, hc, before | after);
  const left = position > first ? tree.child(position - 1) : -1, right = position + 1 < end ? tree.child(position + 1) : -1;
  const leftLabel = left < 0 ? NONE : labelValue(labels[left]!), rightLabel = right < 0 ? NONE : labelValue(labels[right]!);
  out[k++] = f4(231, dp, valueAt(tag, left), leftLabel, dir); out[k++] = f4(232, dp, valueAt(tag, right), rightLabel, dir);
  out[k++] = f3(233, dc, leftLabel, rightLabel); out[k++] = f4(234, dw, leftLabel, rightLabel, hc);
  for (let p = Math.max(first, position - MAX_SIBLINGS / 2), last = Math.min(end, position + 1 + MAX_SIBLINGS / 2); p < last; p++) {
    if (p === position) continue;
    const sibling = tree.child(p), side = p < position ? 1 : 2;
    out[k++] = f4(235, labelValue(labels[sibling]!), dc, dir, side);
    out[k++] = f4(236, labelValue(labels[sibling]!), hp, dp, side);
  }

  // The dependent's own children (its case marker, copula, subject...).
  const dFirst = tree.firstChild(d), dEnd = tree.endChild(d);
  let dSplit = dFirst;
  while (dSplit < dEnd && tree.child(dSplit) < d) dSplit++;
  out[k++] = f3(237, dp, labelSet(tree, dFirst, dSplit, -1), dir); out[k++] = f3(238, dp, labelSet(tree, dSplit, dEnd, -1), dir);
  out[k++] = f3(239, dp, Math.min(dSplit - dFirst, 4), Math.min(dEnd - dSplit, 4));
  for (let p = dFirst, last = Math.min(dEnd, dFirst + MAX_CHILDREN); p < last; p++) {
    const c = tree.child(p), cl = labelValue(labels[c]!);
    out[k++] = f4(240, cl, valueAt(word, c), dc, dir);
    out[k++] = f4(241, cl, valueAt(tag, c), dp, hc);
  }

  // What frames the dependent's span, and the punctuation between it and its head.
  const spanStart = tree.spanStart(d), spanEnd = tree.spanEnd(d);
  out[k++] = f4(242, valueAt(word, spanStart - 1), dp, dir, hc); out[k++] = f4(243, valueAt(word, spanEnd + 1), dp, dir, hc);
  out[k++] = f3(244, valueAt(word, spanStart - 1), valueAt(word, spanEnd + 1), dc);
  const step = d < h ? 1 : -1;
  let punct = NONE, commas = 0;
  for (let i = d + step; i !== h && i >= 0 && i < n; i += step) {
    if (coarse[i] !== PUNCT) continue;
    if (punct === NONE) punct = word[i]!;
    if (word[i] === COMMA) commas++;
  }
  out[k++] = f4(245, punct, dp, hp, dir); out[k++] = f4(246, Math.min(commas, 3), dc, hc, dir);
  out[k++] = f4(247, punct, headLabel, dc, dir);
  // Coordination and apposition join words of one category over a longer span.
  out[k++] = f4(248, dc === hc ? 1 : 0, dir, punct, dist); out[k++] = f3(249, dp, distanceBucket(spanEnd - spanStart), dir);
  out[k++] = f4(250, valueAt(word, g), hp, dp, dir); out[k++] = f3(251, dw, valueAt(suffix, h), dir);
  return k;
}

/**
 * The relabeller: one perceptron over relabelFeatures, run once the transitions have built the
 * tree. Its scores are added to those the arc-time labeller gave each arc: the two see different
 * context and their errors differ, so the sum beats either (EWT dev LAS, see src/train/parse.ts).
 */
export class TreeRelabeller {
  private readonly tree = new FinishedTree();
  private readonly features = new Uint32Array(RELABEL_FEATURE_LIMIT);
  private readonly scores: Float32Array;
  /** How many of `features` the last scored arc filled. */
  private featureCount = 0;
  /** Per word of the current sentence: whether its arc is rescored, and its arc-time scores (`classes` each). */
  private uncertain = new Uint8Array(0);
  private uncertainCount = 0;
  private arcScores = new Float32Array(0);

  /**
   * `margin`: arcs whose best arc-time label leads the second by at least this much keep it
   * unscored (most arcs: determiners, case markers, punctuation), which keeps relabelling cheap.
   */
  constructor(readonly weights: AveragedPerceptron, private readonly rootLabel: number, private readonly margin: number) {
    this.scores = new Float32Array(weights.classes);
  }

  /** Starts a sentence of `n` words: no arc is marked for rescoring yet. */
  begin(n: number): void {
    const classes = this.scores.length;
    if (this.uncertain.length < n) {
      this.uncertain = new Uint8Array(2 * n);
      this.arcScores = new Float32Array(2 * n * classes);
    }
    this.uncertain.fill(0, 0, n);
    this.uncertainCount = 0;
  }

  /**
   * Records the arc-time labeller's scores of the arc into `dependent`; only an arc whose best
   * label leads the second by less than the margin is kept for rescoring.
   */
  noteArc(dependent: number, scores: Float32Array): void {
    if (leadOf(scores) >= this.margin) return;
    this.uncertain[dependent] = 1;
    this.uncertainCount++;
    this.arcScores.set(scores, dependent * scores.length);
  }

  /** New labels for the tree (root = n) of the sentence begun last: its uncertain arcs rescored, reading the labels given. */
  relabel(sentence: EncodedSentence, heads: Int32Array, labels: Int32Array): Int32Array {
    const n = sentence.length;
    const relabelled = labels.slice(0, n);
    if (this.uncertainCount === 0) return relabelled;
    this.tree.load(n, heads, labels);
    for (let d = 0; d < n; d++) if (this.uncertain[d] === 1) relabelled[d] = this.best(sentence, d, this.arcScores);
    return relabelled;
  }

  /**
   * One perceptron pass over a tree whose context labels are `labels`, learning each arc's label
   * from `truth` (-1: an arc not to learn, such as one attached to the wrong head). The relabeller
   * learns alone: on its training sentences the arc-time labeller is right too often to correct.
   */
  learn(sentence: EncodedSentence, heads: Int32Array, labels: Int32Array, truth: Int32Array): void {
    const n = sentence.length;
    this.tree.load(n, heads, labels);
    for (let d = 0; d < n; d++) {
      if (heads[d] === n || truth[d]! < 0) continue;
      const guess = this.best(sentence, d, null);
      if (guess !== truth[d]) this.weights.update(this.features, this.featureCount, truth[d]!, guess);
      this.weights.tick();
    }
  }

  private best(sentence: EncodedSentence, dependent: number, arcScores: Float32Array | null): number {
    this.featureCount = relabelFeatures(this.tree, sentence, dependent, this.features);
    const scores = this.scores;
    const classes = scores.length;
    if (arcScores) scores.set(arcScores.subarray(dependent * classes, (dependent + 1) * classes));
    else scores.fill(0);
    this.weights.score(this.features, this.featureCount, scores);
    scores[this.rootLabel] = -Infinity;
    return argmax(scores);
  }
}

/** How far the best score leads the second best. */
function leadOf(scores: Float32Array): number {
  let first = -Infinity, second = -Infinity;
  for (let c = 0; c < scores.length; c++) {
    const score = scores[c]!;
    if (score > first) {
      second = first;
      first = score;
    } else if (score > second) second = score;
  }
  return first - second;
}
