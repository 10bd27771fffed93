/**
 * Emission features of the NER model for each word of a sentence: the word and its neighbours,
 * affixes, shapes, gazetteer matches and word clusters. Transition features are separate.
 */
import { hashString, mix } from '../ml/feature-hash.js';
import { WORD_ATTR_COUNT, WordAttr, normalizeWord, sentenceWordHashes } from '../tag/word-hashes.js';
import type { Gazetteer } from './gazetteer.js';
import { NOT_REMEMBERED } from './label-memory.js';

export const MAX_NER_FEATURES = 64;

const names = [
  'bias', 'w0', 'w0exact', 'w-1', 'w-2', 'w+1', 'w+2', 'w-1exact', 'w+1exact', 's2', 's3', 's4', 'p2', 'p3', 'shape', 'shapeLong',
  'shape-1', 'shape+1', 'shape-1shape0', 'shape0shape+1', 'w-1w0', 'w0w+1', 'first', 'gaz', 'gazShape', 'gaz-1', 'gaz+1', 'gazLen',
  'cluster', 'cluster-1', 'cluster+1', 'w-1shape0', 'w-2w-1', 'p1+1', 'all-caps-sentence', 'casing', 'casingShape', 'casing+1', 'casing-1',
  'memory', 'memoryShape', 'memory-1', 'memory+1', 'clusterCoarse', 'clusterShape',
] as const;
const T = Object.fromEntries(names.map((name, i) => [name, i + 1])) as Record<(typeof names)[number], number>;

function attr(hashes: Uint32Array, i: number, attribute: number): number {
  return hashes[(i + 2) * WORD_ATTR_COUNT + attribute]!;
}

export interface NerFeatureSources {
  readonly gazetteer: Gazetteer;
  /** Normalised word → cluster id (0 if unknown). */
  readonly clusters: ReadonlyMap<string, number>;
  /** Normalised word → how it is usually written (see casing.ts); absent if rare. */
  readonly casing: ReadonlyMap<string, number>;
}

/** Feature hashes of every word: `features[i * MAX_NER_FEATURES ..]`, `counts[i]` of them. */
export interface SentenceFeatures {
  readonly features: Uint32Array;
  readonly counts: Uint8Array;
}

/**
 * `recalled`: per word, the label-memory value of label-memory.ts (labels given to the same word
 * earlier in the document), absent outside a document.
 */
export function nerSentenceFeatures(words: readonly string[], sources: NerFeatureSources, recalled?: Int16Array): SentenceFeatures {
  const n = words.length;
  const hashes = sentenceWordHashes(words);
  const lower = words.map(normalizeWord);
  const gazetteer = sources.gazetteer.match(lower);
  const clusters = lower.map((word) => sources.clusters.get(word) ?? 0);
  const casing = lower.map((word) => sources.casing.get(word) ?? 0xff);
  const casingAt = (i: number) => (i < 0 || i >= n ? 0xfe : casing[i]!);
  const features = new Uint32Array(n * MAX_NER_FEATURES);
  const counts = new Uint8Array(n);
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  const allCaps = letters.length > 8 && letters === letters.toUpperCase();
  const gazAt = (i: number) => (i < 0 || i >= n ? 0xff : gazetteer.categories[i]! * 4 + gazetteer.positions[i]!);
  const clusterAt = (i: number) => (i < 0 || i >= n ? 0xffff : clusters[i]!);
  for (let i = 0; i < n; i++) {
    let k = i * MAX_NER_FEATURES;
    const start = k;
    const w0 = attr(hashes, i, WordAttr.Lower);
    const shape0 = attr(hashes, i, WordAttr.Shape);
    features[k++] = T.bias;
    features[k++] = mix(T.w0, w0);
    features[k++] = mix(T.w0exact, attr(hashes, i, WordAttr.Exact));
    features[k++] = mix(T['w-1'], attr(hashes, i - 1, WordAttr.Lower));
    features[k++] = mix(T['w-2'], attr(hashes, i - 2, WordAttr.Lower));
    features[k++] = mix(T['w+1'], attr(hashes, i + 1, WordAttr.Lower));
    features[k++] = mix(T['w+2'], attr(hashes, i + 2, WordAttr.Lower));
    features[k++] = mix(T['w-1exact'], attr(hashes, i - 1, WordAttr.Exact));
    features[k++] = mix(T['w+1exact'], attr(hashes, i + 1, WordAttr.Exact));
    features[k++] = mix(T.s2, attr(hashes, i, WordAttr.Suffix2));
    features[k++] = mix(T.s3, attr(hashes, i, WordAttr.Suffix3));
    features[k++] = mix(T.s4, attr(hashes, i, WordAttr.Suffix4));
    features[k++] = mix(T.p2, attr(hashes, i, WordAttr.Prefix2));
    features[k++] = mix(T.p3, attr(hashes, i, WordAttr.Prefix3));
    features[k++] = mix(T.shape, shape0);
    features[k++] = mix(T.shapeLong, attr(hashes, i, WordAttr.ShapeLong));
    features[k++] = mix(T['shape-1'], attr(hashes, i - 1, WordAttr.Shape));
    features[k++] = mix(T['shape+1'], attr(hashes, i + 1, WordAttr.Shape));
    features[k++] = mix(mix(T['shape-1shape0'], attr(hashes, i - 1, WordAttr.Shape)), shape0);
    features[k++] = mix(mix(T['shape0shape+1'], shape0), attr(hashes, i + 1, WordAttr.Shape));
    features[k++] = mix(mix(T['w-1w0'], attr(hashes, i - 1, WordAttr.Lower)), w0);
    features[k++] = mix(mix(T['w0w+1'], w0), attr(hashes, i + 1, WordAttr.Lower));
    features[k++] = mix(mix(T['w-1shape0'], attr(hashes, i - 1, WordAttr.Lower)), shape0);
    features[k++] = mix(mix(T['w-2w-1'], attr(hashes, i - 2, WordAttr.Lower)), attr(hashes, i - 1, WordAttr.Lower));
    features[k++] = mix(T['p1+1'], attr(hashes, i + 1, WordAttr.Prefix1));
    if (i === 0) features[k++] = mix(T.first, shape0);
    if (allCaps) features[k++] = mix(T['all-caps-sentence'], w0);
    const gaz = gazAt(i);
    features[k++] = mix(T.gaz, gaz);
    features[k++] = mix(mix(T.gazShape, gaz), shape0);
    features[k++] = mix(mix(T['gaz-1'], gazAt(i - 1)), gaz);
    features[k++] = mix(mix(T['gaz+1'], gaz), gazAt(i + 1));
    features[k++] = mix(T.casing, casingAt(i));
    features[k++] = mix(mix(T.casingShape, casingAt(i)), shape0);
    features[k++] = mix(T['casing+1'], casingAt(i + 1));
    features[k++] = mix(T['casing-1'], casingAt(i - 1));
    const cluster = clusterAt(i);
    if (cluster !== 0) {
      features[k++] = mix(T.cluster, cluster);
      features[k++] = mix(T.clusterCoarse, cluster >>> 4);
      features[k++] = mix(mix(T.clusterShape, cluster), shape0);
    }
    features[k++] = mix(T['cluster-1'], clusterAt(i - 1));
    features[k++] = mix(T['cluster+1'], clusterAt(i + 1));
    if (recalled) {
      const memory = recalled[i]!;
      const rememberedLabel = (j: number) => (j < 0 || j >= n || recalled[j]! === NOT_REMEMBERED ? 0xff : recalled[j]! >> 2);
      if (memory !== NOT_REMEMBERED || /\p{Lu}/u.test(words[i]!)) {
        features[k++] = mix(T.memory, memory + 1);
        features[k++] = mix(mix(T.memoryShape, rememberedLabel(i)), shape0);
      }
      features[k++] = mix(mix(T['memory-1'], rememberedLabel(i - 1)), rememberedLabel(i));
      features[k++] = mix(mix(T['memory+1'], rememberedLabel(i)), rememberedLabel(i + 1));
    }
    counts[i] = k - start;
  }
  return { features, counts };
}

/** Feature of the transition from label `previous` (-1 at the sentence start), scored per next label. */
export function transitionFeature(previous: number): number {
  return mix(hashString('transition'), previous + 1);
}
