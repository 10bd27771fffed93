/**
 * Feature templates of the POS and morphology taggers. A feature is the mix of a template id
 * with word-attribute hashes (see word-hashes.ts) and tag indices; all integer work.
 */
import { mix } from '../ml/feature-hash.js';
import { WORD_ATTR_COUNT, WordAttr } from './word-hashes.js';

/** Upper bound of the number of features one token can produce (buffer size). */
export const MAX_TAGGER_FEATURES = 64;

const enumerate = (names: readonly string[]) => Object.fromEntries(names.map((name, index) => [name, index + 1])) as Record<string, number>;

const T = enumerate([
  'bias', 'w0', 'w0exact', 'w-1', 'w-2', 'w+1', 'w+2', 's1', 's2', 's3', 's4', 's5', 'p1', 'p2', 'p3', 'shape', 'shapeLong',
  'shape-1', 'shape+1', 's3-1', 's3+1', 's2+1', 'w-1w0', 'w0w+1', 'w-1w+1', 'first-shape', 't-1', 't-2', 't-1t-2', 't-1w0', 't-1s3',
  'u0', 'u0w0', 'u0s1', 'u0s2', 'u0s3', 'u0s4', 'u-1', 'u+1', 'u-1u0', 'u0u+1', 'u0w-1', 'u0w+1', 'u-1w-1', 'u+1w+1', 'u0exact', 'u0shape',
  'u0p2', 'r+1', 'r+2', 'r+1r+2', 't-1r+1', 'w0r+1',
]);

/** Hash of word `i`'s attribute (i may be -2..n+1: boundary words). */
function attr(hashes: Uint32Array, i: number, attribute: number): number {
  return hashes[(i + 2) * WORD_ATTR_COUNT + attribute]!;
}

const BOUNDARY_TAG = 0xffff;

/** Slots per word in `sentenceContextFeatures`: the count, then at most 26 features. */
const CONTEXT_STRIDE = 27;

/**
 * The word-context features (the words and affixes around it) of every word of a sentence,
 * mixed once: both UPOS passes and the morphology decision start with the same ones. Word i's
 * count is at `i * CONTEXT_STRIDE`, its features right after.
 */
export function sentenceContextFeatures(hashes: Uint32Array, length: number): Uint32Array {
  const context = new Uint32Array(length * CONTEXT_STRIDE);
  for (let i = 0; i < length; i++) {
    const at = i * CONTEXT_STRIDE;
    context[at] = wordContextFeatures(hashes, i, context, at + 1) - (at + 1);
  }
  return context;
}

/** Copies word i's context features to the start of `out`; returns their count. */
function copyContextFeatures(context: Uint32Array, i: number, out: Uint32Array): number {
  const at = i * CONTEXT_STRIDE;
  const count = context[at]!;
  for (let f = 0; f < count; f++) out[f] = context[at + 1 + f]!;
  return count;
}

/**
 * Features for the UPOS decision at word i (`context`: see sentenceContextFeatures), given the two previous predicted tags (their
 * indices, or -1 at the sentence start) and, for the second pass, the first pass's tags of the
 * whole sentence (`ahead`), of which it reads the next two: a left-to-right tagger otherwise
 * decides "that" or "like" before seeing what follows. Returns the feature count.
 */
export function uposFeatures(
  hashes: Uint32Array, context: Uint32Array, i: number, prev1: number, prev2: number, ahead: Int32Array | null, out: Uint32Array,
): number {
  const p1 = prev1 < 0 ? BOUNDARY_TAG : prev1;
  const p2 = prev2 < 0 ? BOUNDARY_TAG : prev2;
  let n = copyContextFeatures(context, i, out);
  const w0 = attr(hashes, i, WordAttr.Lower);
  out[n++] = mix(T['t-1']!, p1);
  out[n++] = mix(T['t-2']!, p2);
  out[n++] = mix(mix(T['t-1t-2']!, p1), p2);
  out[n++] = mix(mix(T['t-1w0']!, p1), w0);
  out[n++] = mix(mix(T['t-1s3']!, p1), attr(hashes, i, WordAttr.Suffix3));
  if (ahead) {
    const r1 = i + 1 < ahead.length ? ahead[i + 1]! : BOUNDARY_TAG;
    const r2 = i + 2 < ahead.length ? ahead[i + 2]! : BOUNDARY_TAG;
    out[n++] = mix(T['r+1']!, r1);
    out[n++] = mix(T['r+2']!, r2);
    out[n++] = mix(mix(T['r+1r+2']!, r1), r2);
    out[n++] = mix(mix(T['t-1r+1']!, p1), r1);
    out[n++] = mix(mix(T['w0r+1']!, w0), r1);
  }
  return n;
}

/**
 * Features for morphology and XPOS decisions at word i, once every word's UPOS is known
 * (`upos` holds indices): the word context plus the tags around it.
 */
export function morphFeatures(hashes: Uint32Array, context: Uint32Array, i: number, upos: Int32Array, length: number, out: Uint32Array): number {
  let n = copyContextFeatures(context, i, out);
  const u0 = upos[i]!;
  const uPrev = i > 0 ? upos[i - 1]! : BOUNDARY_TAG;
  const uNext = i + 1 < length ? upos[i + 1]! : BOUNDARY_TAG;
  out[n++] = mix(T.u0!, u0);
  out[n++] = mix(mix(T.u0w0!, u0), attr(hashes, i, WordAttr.Lower));
  out[n++] = mix(mix(T.u0exact!, u0), attr(hashes, i, WordAttr.Exact));
  out[n++] = mix(mix(T.u0s1!, u0), attr(hashes, i, WordAttr.Suffix1));
  out[n++] = mix(mix(T.u0s2!, u0), attr(hashes, i, WordAttr.Suffix2));
  out[n++] = mix(mix(T.u0s3!, u0), attr(hashes, i, WordAttr.Suffix3));
  out[n++] = mix(mix(T.u0s4!, u0), attr(hashes, i, WordAttr.Suffix4));
  out[n++] = mix(mix(T.u0p2!, u0), attr(hashes, i, WordAttr.Prefix2));
  out[n++] = mix(mix(T.u0shape!, u0), attr(hashes, i, WordAttr.Shape));
  out[n++] = mix(T['u-1']!, uPrev);
  out[n++] = mix(T['u+1']!, uNext);
  out[n++] = mix(mix(T['u-1u0']!, uPrev), u0);
  out[n++] = mix(mix(T['u0u+1']!, u0), uNext);
  out[n++] = mix(mix(T['u0w-1']!, u0), attr(hashes, i - 1, WordAttr.Lower));
  out[n++] = mix(mix(T['u0w+1']!, u0), attr(hashes, i + 1, WordAttr.Lower));
  out[n++] = mix(mix(T['u-1w-1']!, uPrev), attr(hashes, i - 1, WordAttr.Lower));
  out[n++] = mix(mix(T['u+1w+1']!, uNext), attr(hashes, i + 1, WordAttr.Lower));
  return n;
}

function wordContextFeatures(hashes: Uint32Array, i: number, out: Uint32Array, start: number): number {
  let n = start;
  const w0 = attr(hashes, i, WordAttr.Lower);
  const wPrev = attr(hashes, i - 1, WordAttr.Lower);
  const wNext = attr(hashes, i + 1, WordAttr.Lower);
  out[n++] = T.bias!;
  out[n++] = mix(T.w0!, w0);
  out[n++] = mix(T.w0exact!, attr(hashes, i, WordAttr.Exact));
  out[n++] = mix(T['w-1']!, wPrev);
  out[n++] = mix(T['w-2']!, attr(hashes, i - 2, WordAttr.Lower));
  out[n++] = mix(T['w+1']!, wNext);
  out[n++] = mix(T['w+2']!, attr(hashes, i + 2, WordAttr.Lower));
  out[n++] = mix(T.s1!, attr(hashes, i, WordAttr.Suffix1));
  out[n++] = mix(T.s2!, attr(hashes, i, WordAttr.Suffix2));
  out[n++] = mix(T.s3!, attr(hashes, i, WordAttr.Suffix3));
  out[n++] = mix(T.s4!, attr(hashes, i, WordAttr.Suffix4));
  out[n++] = mix(T.s5!, attr(hashes, i, WordAttr.Suffix5));
  out[n++] = mix(T.p1!, attr(hashes, i, WordAttr.Prefix1));
  out[n++] = mix(T.p2!, attr(hashes, i, WordAttr.Prefix2));
  out[n++] = mix(T.p3!, attr(hashes, i, WordAttr.Prefix3));
  out[n++] = mix(T.shape!, attr(hashes, i, WordAttr.Shape));
  out[n++] = mix(T.shapeLong!, attr(hashes, i, WordAttr.ShapeLong));
  out[n++] = mix(T['shape-1']!, attr(hashes, i - 1, WordAttr.Shape));
  out[n++] = mix(T['shape+1']!, attr(hashes, i + 1, WordAttr.Shape));
  out[n++] = mix(T['s3-1']!, attr(hashes, i - 1, WordAttr.Suffix3));
  out[n++] = mix(T['s3+1']!, attr(hashes, i + 1, WordAttr.Suffix3));
  out[n++] = mix(T['s2+1']!, attr(hashes, i + 1, WordAttr.Suffix2));
  out[n++] = mix(mix(T['w-1w0']!, wPrev), w0);
  out[n++] = mix(mix(T['w0w+1']!, w0), wNext);
  out[n++] = mix(mix(T['w-1w+1']!, wPrev), wNext);
  if (i === 0) out[n++] = mix(T['first-shape']!, attr(hashes, i, WordAttr.Shape));
  return n;
}
