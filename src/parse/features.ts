import { NONE, type EncodedSentence } from './words.js';
import { NO_WORD, type ParseState } from './transitions.js';

/**
 * Feature templates in the style of Zhang & Nivre (2011), adapted to the arc-hybrid system
 * (the buffer front b0 can already have left children; s1 takes right dependents of s0).
 * Each feature is a 32-bit hash of its template number and values; the weight table folds it.
 */
export const TRANSITION_FEATURE_COUNT = 108;
export const LABEL_FEATURE_COUNT = 40;

function start(template: number): number {
  return Math.imul(template + 0x3c6ef372, 0x85ebca6b);
}

function mix(hash: number, value: number): number {
  const h = Math.imul(hash ^ value, 0x9e3779b1);
  return h ^ (h >>> 15);
}

export function f1(t: number, a: number): number {
  return mix(mix(start(t), a), 0x27d4eb2f);
}
export function f2(t: number, a: number, b: number): number {
  return mix(mix(mix(start(t), a), b), 0x27d4eb2f);
}
export function f3(t: number, a: number, b: number, c: number): number {
  return mix(mix(mix(mix(start(t), a), b), c), 0x27d4eb2f);
}
export function f4(t: number, a: number, b: number, c: number, d: number): number {
  return mix(mix(mix(mix(mix(start(t), a), b), c), d), 0x27d4eb2f);
}

/** Distance buckets: exact up to 4, then 5–6, 7–9, 10+. */
export function distanceBucket(distance: number): number {
  if (distance <= 4) return distance;
  if (distance <= 6) return 5;
  if (distance <= 9) return 6;
  return 7;
}

export function labelValue(label: number): number {
  return label < 0 ? NONE : label + 1;
}

/** Attribute of word `i`, or NONE outside the sentence (module-level so that hot loops allocate nothing). */
export function valueAt(values: Int32Array, i: number): number {
  return i < 0 || i >= values.length ? NONE : values[i]!;
}

function labelAt(labels: Int32Array, i: number): number {
  return i === NO_WORD ? NONE : labelValue(labels[i]!);
}

function child(children: Int32Array, i: number): number {
  return i === NO_WORD ? NO_WORD : children[i]!;
}

/**
 * Fills `out` with the features of the current configuration; returns how many. `tagDoubts`: the
 * model was trained with the features of the tagger's doubts (a model without them must not
 * read them, as they would only hit weights learnt for other features).
 */
export function transitionFeatures(state: ParseState, sentence: EncodedSentence, out: Uint32Array, tagDoubts: boolean): number {
  const { word, tag, coarse, suffix } = sentence;
  const { left1, left2, right1, right2, labels } = state;

  const s0 = state.s(0), s1 = state.s(1), s2 = state.s(2);
  const b0 = state.b(0), b1 = state.b(1), b2 = state.b(2);
  const s0w = valueAt(word, s0), s0p = valueAt(tag, s0), s1w = valueAt(word, s1), s1p = valueAt(tag, s1), s2p = valueAt(tag, s2);
  const b0w = valueAt(word, b0), b0p = valueAt(tag, b0), b1w = valueAt(word, b1), b1p = valueAt(tag, b1), b2w = valueAt(word, b2), b2p = valueAt(tag, b2);
  const s0l1 = child(left1, s0), s0l2 = child(left2, s0), s0r1 = child(right1, s0), s0r2 = child(right2, s0);
  const b0l1 = child(left1, b0), b0l2 = child(left2, b0), s1r1 = child(right1, s1), s1l1 = child(left1, s1);
  const s0l1p = valueAt(tag, s0l1), s0r1p = valueAt(tag, s0r1), b0l1p = valueAt(tag, b0l1);
  const d = s0 === NO_WORD ? NONE : distanceBucket(b0 - s0);
  const d10 = s1 === NO_WORD ? NONE : distanceBucket(s0 - s1);
  const s0vl = s0 === NO_WORD ? NONE : state.leftCount[s0]!, s0vr = s0 === NO_WORD ? NONE : state.rightCount[s0]!;
  const b0vl = state.leftCount[b0]!, s1vr = s1 === NO_WORD ? NONE : state.rightCount[s1]!;
  const s0sl = s0 === NO_WORD ? NONE : state.leftLabels[s0]!, s0sr = s0 === NO_WORD ? NONE : state.rightLabels[s0]!;
  const b0sl = state.leftLabels[b0]!;

  let k = 0;
  // Single words.
  out[k++] = f1(1, s0w); out[k++] = f1(2, s0p); out[k++] = f2(3, s0w, s0p);
  out[k++] = f1(4, b0w); out[k++] = f1(5, b0p); out[k++] = f2(6, b0w, b0p);
  out[k++] = f1(7, b1w); out[k++] = f1(8, b1p); out[k++] = f2(9, b1w, b1p);
  out[k++] = f1(10, b2w); out[k++] = f1(11, b2p); out[k++] = f2(12, b2w, b2p);
  out[k++] = f1(13, s1w); out[k++] = f1(14, s1p); out[k++] = f2(15, s1w, s1p);
  out[k++] = f1(16, s2p);
  // Pairs.
  out[k++] = f4(17, s0w, s0p, b0w, b0p); out[k++] = f3(18, s0w, s0p, b0w); out[k++] = f3(19, s0w, b0w, b0p);
  out[k++] = f3(20, s0w, s0p, b0p); out[k++] = f3(21, s0p, b0w, b0p); out[k++] = f2(22, s0w, b0w);
  out[k++] = f2(23, s0p, b0p); out[k++] = f2(24, b0p, b1p); out[k++] = f2(25, s1p, s0p);
  out[k++] = f2(26, s1w, s0w); out[k++] = f3(27, s1p, s0w, s0p); out[k++] = f3(28, s1w, s1p, s0p);
  // Tag trigrams.
  out[k++] = f3(29, b0p, b1p, b2p); out[k++] = f3(30, s0p, b0p, b1p); out[k++] = f3(31, s1p, s0p, b0p);
  out[k++] = f3(32, s0p, s0l1p, b0p); out[k++] = f3(33, s0p, s0r1p, b0p); out[k++] = f3(34, s0p, b0p, b0l1p);
  out[k++] = f3(35, s2p, s1p, s0p); out[k++] = f3(36, s1p, valueAt(tag, s1r1), s0p); out[k++] = f3(37, s1p, s0p, s0l1p);
  // Distance.
  out[k++] = f2(38, s0w, d); out[k++] = f2(39, s0p, d); out[k++] = f2(40, b0w, d); out[k++] = f2(41, b0p, d);
  out[k++] = f3(42, s0w, b0w, d); out[k++] = f3(43, s0p, b0p, d); out[k++] = f3(44, s1p, s0p, d10);
  out[k++] = f4(45, s1p, s0p, b0p, d);
  // Valency.
  out[k++] = f2(46, s0w, s0vr); out[k++] = f2(47, s0p, s0vr); out[k++] = f2(48, s0w, s0vl);
  out[k++] = f2(49, s0p, s0vl); out[k++] = f2(50, b0w, b0vl); out[k++] = f2(51, b0p, b0vl);
  out[k++] = f2(52, s1p, s1vr);
  // Children: words, tags, labels.
  out[k++] = f1(53, valueAt(word, s0l1)); out[k++] = f1(54, s0l1p); out[k++] = f1(55, labelAt(labels, s0l1));
  out[k++] = f1(56, valueAt(word, s0r1)); out[k++] = f1(57, s0r1p); out[k++] = f1(58, labelAt(labels, s0r1));
  out[k++] = f1(59, valueAt(word, b0l1)); out[k++] = f1(60, b0l1p); out[k++] = f1(61, labelAt(labels, b0l1));
  out[k++] = f1(62, valueAt(tag, s1r1)); out[k++] = f1(63, labelAt(labels, s1r1)); out[k++] = f2(64, s1p, valueAt(tag, s1l1));
  out[k++] = f1(65, valueAt(word, s0l2)); out[k++] = f1(66, valueAt(tag, s0l2)); out[k++] = f1(67, labelAt(labels, s0l2));
  out[k++] = f1(68, valueAt(word, s0r2)); out[k++] = f1(69, valueAt(tag, s0r2)); out[k++] = f1(70, labelAt(labels, s0r2));
  out[k++] = f1(71, valueAt(word, b0l2)); out[k++] = f1(72, valueAt(tag, b0l2)); out[k++] = f1(73, labelAt(labels, b0l2));
  out[k++] = f3(74, s0p, s0l1p, valueAt(tag, s0l2)); out[k++] = f3(75, s0p, s0r1p, valueAt(tag, s0r2)); out[k++] = f3(76, b0p, b0l1p, valueAt(tag, b0l2));
  // Label sets.
  out[k++] = f2(77, s0w, s0sr); out[k++] = f2(78, s0p, s0sr); out[k++] = f2(79, s0w, s0sl);
  out[k++] = f2(80, s0p, s0sl); out[k++] = f2(81, b0w, b0sl); out[k++] = f2(82, b0p, b0sl);
  out[k++] = f3(83, s0p, labelAt(labels, s0l1), b0p); out[k++] = f3(84, s1w, s0p, b0p);
  // Coarse tags (UPOS), backing off from fine-tag combinations the tagger may have got wrong.
  const s0c = valueAt(coarse, s0), s1c = valueAt(coarse, s1), b0c = valueAt(coarse, b0), b1c = valueAt(coarse, b1);
  out[k++] = f1(85, s0c); out[k++] = f1(86, b0c); out[k++] = f2(87, s0c, b0c); out[k++] = f3(88, s0c, b0c, b1c);
  out[k++] = f3(89, s1c, s0c, b0c); out[k++] = f2(90, s0w, b0c); out[k++] = f2(91, s0c, b0w); out[k++] = f3(92, s0c, b0c, d);
  out[k++] = f3(93, s0c, valueAt(coarse, s0l1), b0c); out[k++] = f3(94, s0c, valueAt(coarse, s0r1), b0c);
  out[k++] = f3(95, s0c, b0c, valueAt(coarse, b0l1)); out[k++] = f2(96, s1c, s0c);
  // Suffixes stand in for the words a rare word resembles.
  out[k++] = f2(97, valueAt(suffix, s0), s0c); out[k++] = f2(98, valueAt(suffix, b0), b0c); out[k++] = f3(99, valueAt(suffix, s0), valueAt(suffix, b0), d);
  if (!tagDoubts) return k;
  // Tags the tagger hesitated on, with their runner-up: where a near-PROPN NOUN or near-VERB ADJ attaches.
  const { hedgedCoarse, hedgedTag } = sentence;
  const s0h = valueAt(hedgedCoarse, s0), s1h = valueAt(hedgedCoarse, s1), b0h = valueAt(hedgedCoarse, b0);
  out[k++] = f1(140, s0h); out[k++] = f1(141, b0h); out[k++] = f1(142, s1h); out[k++] = f1(143, valueAt(hedgedCoarse, b1));
  out[k++] = f1(144, valueAt(hedgedTag, s0)); out[k++] = f1(145, valueAt(hedgedTag, b0));
  out[k++] = f2(146, s0h, b0p); out[k++] = f2(147, s0p, b0h); out[k++] = f3(148, s1h, s0h, b0h);
  return k;
}

/**
 * Features for labelling the arc head → dependent at the moment it is made: the dependent is
 * complete (its whole subtree is known), the head has the children attached so far.
 */
export function labelFeatures(state: ParseState, sentence: EncodedSentence, head: number, dependent: number, out: Uint32Array, tagDoubts: boolean): number {
  const { word, tag, coarse, suffix, morph } = sentence;
  const labels = state.labels;
  const hw = valueAt(word, head), hp = valueAt(tag, head), dw = valueAt(word, dependent), dp = valueAt(tag, dependent);
  const dir = dependent < head ? 1 : 2;
  const dist = distanceBucket(Math.abs(head - dependent));
  const dl1 = state.left1[dependent]!, dr1 = state.right1[dependent]!;
  const siblingsSameSide = dir === 1 ? state.leftCount[head]! : state.rightCount[head]!;
  const headLabelsSameSide = dir === 1 ? state.leftLabels[head]! : state.rightLabels[head]!;

  let k = 0;
  out[k++] = f2(101, hw, dir); out[k++] = f2(102, hp, dir); out[k++] = f3(103, hw, hp, dir);
  out[k++] = f2(104, dw, dir); out[k++] = f2(105, dp, dir); out[k++] = f3(106, dw, dp, dir);
  out[k++] = f3(107, hp, dp, dir); out[k++] = f3(108, hw, dp, dir); out[k++] = f3(109, hp, dw, dir);
  out[k++] = f3(110, hw, dw, dir); out[k++] = f4(111, hp, dp, dir, dist); out[k++] = f2(112, dp, dist);
  out[k++] = f3(113, dp, valueAt(tag, dl1), labelAt(labels, dl1)); out[k++] = f3(114, dp, valueAt(tag, dr1), labelAt(labels, dr1));
  out[k++] = f2(115, dp, state.leftLabels[dependent]!); out[k++] = f2(116, dp, state.rightLabels[dependent]!);
  out[k++] = f4(117, hp, dp, dir, headLabelsSameSide); out[k++] = f4(118, hp, dp, dir, siblingsSameSide);
  out[k++] = f3(119, dp, valueAt(tag, dependent - 1), valueAt(tag, dependent + 1)); out[k++] = f3(120, hp, valueAt(tag, head - 1), valueAt(tag, head + 1));
  out[k++] = f4(121, dp, hp, valueAt(word, dl1), dir); out[k++] = f3(122, dp, valueAt(word, dr1), dir);
  out[k++] = f3(123, dw, hp, valueAt(tag, dl1)); out[k++] = f2(124, dp, state.leftCount[dependent]!);
  out[k++] = f4(125, hp, dp, valueAt(tag, state.left1[head]!), dir); out[k++] = f3(126, dp, valueAt(tag, dependent - 1), dir);
  out[k++] = f3(127, hw, dw, dp); out[k++] = f3(128, hp, state.rightLabels[head]!, state.leftLabels[head]!);
  out[k++] = f2(129, valueAt(word, dependent - 1), dp); out[k++] = f3(130, dp, valueAt(tag, state.left2[dependent]!), valueAt(word, state.left2[dependent]!));
  // Morphology separates relations the tags share (nsubj:pass under a participle, obj vs nsubj by case).
  const hc = valueAt(coarse, head), dc = valueAt(coarse, dependent), hm = valueAt(morph, head), dm = valueAt(morph, dependent);
  out[k++] = f3(131, hc, dc, dir); out[k++] = f4(132, hc, dc, dir, dist); out[k++] = f3(133, dm, hp, dir);
  out[k++] = f3(134, hm, dp, dir); out[k++] = f4(135, hm, dm, dc, dir); out[k++] = f3(136, valueAt(suffix, dependent), hc, dir);
  out[k++] = f3(137, dw, hc, dir); out[k++] = f3(138, hw, dc, dir);
  if (!tagDoubts) return k;
  out[k++] = f3(160, valueAt(sentence.hedgedCoarse, head), valueAt(sentence.hedgedCoarse, dependent), dir);
  out[k++] = f3(161, valueAt(sentence.hedgedTag, dependent), hp, dir);
  return k;
}
