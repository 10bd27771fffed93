/**
 * Unsupervised word clusters from raw text, for taggers' features on words rare in labelled
 * data. Each frequent word gets a context vector (its left and right neighbours, randomly
 * projected to a few dimensions and weighted by the neighbours' rarity), then a two-level
 * spherical k-means: `cluster = coarse * fine + f + 1`, so `id >>> 4` groups related clusters
 * when `fine` is 16. 0 means "no cluster".
 */
import { seededRandom } from './random.js';

export interface ClusterOptions {
  readonly minCount?: number;
  readonly contextWords?: number;
  readonly dimensions?: number;
  /** Clusters of the first level and of the second level within each (a power of 2). */
  readonly coarse?: number;
  readonly fine?: number;
  readonly iterations?: number;
  readonly seed?: number;
}

export function buildWordClusters(sentences: Iterable<readonly string[]>, options: ClusterOptions = {}): Record<string, number> {
  const minCount = options.minCount ?? 3;
  const contextWords = options.contextWords ?? 2000;
  const dims = options.dimensions ?? 64;
  const coarse = options.coarse ?? 16;
  const fine = options.fine ?? 16;
  const iterations = options.iterations ?? 8;
  const random = seededRandom(options.seed ?? 1);
  const corpus = [...sentences];

  const counts = new Map<string, number>();
  let total = 0;
  for (const sentence of corpus) for (const word of sentence) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
    total++;
  }
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocabulary = byFrequency.filter(([, count]) => count >= minCount).map(([word]) => word);
  const wordIndex = new Map(vocabulary.map((word, i) => [word, i]));
  const contexts = new Map(byFrequency.slice(0, contextWords).map(([word], i) => [word, i]));
  // Random ±1 projections of each context word, separately as a left and as a right neighbour,
  // weighted by the context's inverse frequency so that "de"/"the" do not dominate.
  const projections = new Float32Array(2 * contextWords * dims);
  byFrequency.slice(0, contextWords).forEach(([, count], c) => {
    const weight = Math.log(total / count);
    for (let side = 0; side < 2; side++) {
      for (let d = 0; d < dims; d++) projections[((side * contextWords + c) * dims) + d] = (random() < 0.5 ? -1 : 1) * weight;
    }
  });
  const vectors = new Float32Array(vocabulary.length * dims);
  const addContext = (target: number, side: number, context: number | undefined) => {
    if (context === undefined || context >= contextWords) return;
    const from = (side * contextWords + context) * dims;
    const to = target * dims;
    for (let d = 0; d < dims; d++) vectors[to + d] += projections[from + d]!;
  };
  for (const sentence of corpus) {
    for (let i = 0; i < sentence.length; i++) {
      const target = wordIndex.get(sentence[i]!);
      if (target === undefined) continue;
      addContext(target, 0, i > 0 ? contexts.get(sentence[i - 1]!) : undefined);
      addContext(target, 1, i + 1 < sentence.length ? contexts.get(sentence[i + 1]!) : undefined);
    }
  }
  for (let w = 0; w < vocabulary.length; w++) normalise(vectors, w * dims, dims);

  const all = vocabulary.map((_, i) => i);
  const top = kMeans(vectors, dims, all, coarse, iterations, random);
  const clusters: Record<string, number> = {};
  for (let c = 0; c < coarse; c++) {
    const members = all.filter((w) => top[w] === c);
    if (members.length === 0) continue;
    const sub = kMeans(vectors, dims, members, Math.min(fine, members.length), iterations, random);
    members.forEach((w, m) => {
      clusters[vocabulary[w]!] = c * fine + sub[m]! + 1;
    });
  }
  return clusters;
}

function normalise(vectors: Float32Array, at: number, dims: number): void {
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += vectors[at + d]! * vectors[at + d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) vectors[at + d] = vectors[at + d]! / norm;
}

/** Spherical k-means over the given rows; returns each member's cluster (index into `members`). */
function kMeans(vectors: Float32Array, dims: number, members: readonly number[], k: number, iterations: number, random: () => number): Int32Array {
  const centers = new Float32Array(k * dims);
  // Centres start on evenly spread members of a seeded shuffle (deterministic, cheap).
  const picks = new Set<number>();
  while (picks.size < k) picks.add(members[Math.floor(random() * members.length)]!);
  [...picks].forEach((w, c) => centers.set(vectors.subarray(w * dims, (w + 1) * dims), c * dims));
  const assignment = new Int32Array(members.length);
  for (let iteration = 0; iteration < iterations; iteration++) {
    members.forEach((w, m) => {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += vectors[w * dims + d]! * centers[c * dims + d]!;
        if (dot > bestScore) {
          bestScore = dot;
          best = c;
        }
      }
      assignment[m] = best;
    });
    centers.fill(0);
    members.forEach((w, m) => {
      const c = assignment[m]!;
      for (let d = 0; d < dims; d++) centers[c * dims + d] += vectors[w * dims + d]!;
    });
    for (let c = 0; c < k; c++) normalise(centers, c * dims, dims);
  }
  return assignment;
}
