/**
 * Structured-perceptron NER tagger: per-word emission scores from hashed features plus learned
 * label-transition scores, decoded by Viterbi over valid BIO sequences only (no I-X after O).
 */
import { AveragedPerceptron } from '../ml/averaged-perceptron.js';
import { BIO_LABELS, allowedTransition } from './bio.js';
import { LabelMemory } from './label-memory.js';
import { MAX_NER_FEATURES, type NerFeatureSources, type SentenceFeatures, nerSentenceFeatures, transitionFeature } from './ner-features.js';

const LABELS = BIO_LABELS.length;
const TRANSITION_FEATURES = Array.from({ length: LABELS + 1 }, (_, p) => [transitionFeature(p - 1)]);

export class NerTagger {
  private readonly scratch = new Float32Array(LABELS);
  /** One word's features, copied out of the sentence's: a `subarray` view per word costs more than the copy. */
  private readonly wordFeatures = new Uint32Array(MAX_NER_FEATURES);
  /** The transition scores of a model that no longer learns, computed once instead of per sentence. */
  private readonly fixedTransitions: Float32Array | null;

  constructor(readonly model: AveragedPerceptron, readonly sources: NerFeatureSources) {
    if (model.classes !== LABELS) throw new RangeError(`NER model has ${model.classes} classes, expected ${LABELS}`);
    this.fixedTransitions = model.trainable ? null : this.transitionScores();
  }

  /**
   * Label indices (into BIO_LABELS) of each word. With the `memory` of the document's earlier
   * sentences, the sentence is read in their light and then added to it.
   */
  tag(words: readonly string[], memory?: LabelMemory): Int32Array {
    if (words.length === 0) return new Int32Array(0);
    const labels = this.decode(nerSentenceFeatures(words, this.sources, memory?.recall(words)), words.length);
    memory?.remember(words, labels);
    return labels;
  }

  /**
   * Labels of sentences read in order, each in the light of the earlier ones of its document
   * (a new document wherever `startsDocument` is set).
   */
  tagInOrder(sentences: readonly { readonly words: readonly string[]; readonly startsDocument?: boolean }[]): Int32Array[] {
    let memory = new LabelMemory();
    return sentences.map((sentence) => {
      if (sentence.startsDocument) memory = new LabelMemory();
      return this.tag(sentence.words, memory);
    });
  }

  /** Viterbi over emission + transition scores, with invalid transitions excluded. */
  decode(sentence: SentenceFeatures, n: number): Int32Array {
    const emissions = new Float32Array(n * LABELS);
    const features = this.wordFeatures;
    for (let i = 0; i < n; i++) {
      const count = sentence.counts[i]!;
      for (let f = 0; f < count; f++) features[f] = sentence.features[i * MAX_NER_FEATURES + f]!;
      this.scratch.fill(0);
      this.model.score(features, count, this.scratch);
      emissions.set(this.scratch, i * LABELS);
    }
    const transitions = this.fixedTransitions ?? this.transitionScores();
    const best = new Float32Array(n * LABELS);
    const back = new Int32Array(n * LABELS);
    for (let y = 0; y < LABELS; y++) best[y] = transitions[y]! + emissions[y]!;
    for (let i = 1; i < n; i++) {
      for (let y = 0; y < LABELS; y++) {
        let bestScore = -Infinity;
        let bestPrevious = 0;
        for (let p = 0; p < LABELS; p++) {
          const score = best[(i - 1) * LABELS + p]! + transitions[(p + 1) * LABELS + y]!;
          if (score > bestScore) {
            bestScore = score;
            bestPrevious = p;
          }
        }
        best[i * LABELS + y] = bestScore + emissions[i * LABELS + y]!;
        back[i * LABELS + y] = bestPrevious;
      }
    }
    const labels = new Int32Array(n);
    let last = 0;
    for (let y = 1; y < LABELS; y++) if (best[(n - 1) * LABELS + y]! > best[(n - 1) * LABELS + last]!) last = y;
    labels[n - 1] = last;
    for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i * LABELS + labels[i]!]!;
    return labels;
  }

  /** transitions[(p + 1) * LABELS + y]: score of y after p (p = -1 at the start); -Infinity when invalid. */
  private transitionScores(): Float32Array {
    const transitions = new Float32Array((LABELS + 1) * LABELS);
    for (let p = -1; p < LABELS; p++) {
      this.scratch.fill(0);
      this.model.score(TRANSITION_FEATURES[p + 1]!, 1, this.scratch);
      for (let y = 0; y < LABELS; y++) transitions[(p + 1) * LABELS + y] = allowedTransition(p, y) ? this.scratch[y]! : -Infinity;
    }
    return transitions;
  }

  /** One structured-perceptron step on a sentence; returns whether the prediction was wrong. */
  learn(sentence: SentenceFeatures, gold: Int32Array): boolean {
    const n = gold.length;
    const predicted = this.decode(sentence, n);
    let wrong = false;
    for (let i = 0; i < n; i++) {
      const g = gold[i]!;
      const p = predicted[i]!;
      const goldPrevious = i > 0 ? gold[i - 1]! : -1;
      const predictedPrevious = i > 0 ? predicted[i - 1]! : -1;
      if (g !== p) {
        wrong = true;
        const features = sentence.features.subarray(i * MAX_NER_FEATURES);
        this.model.update(features, sentence.counts[i]!, g, p);
      }
      if (g !== p || goldPrevious !== predictedPrevious) {
        this.model.adjust(TRANSITION_FEATURES[goldPrevious + 1]!, 1, g, 1);
        this.model.adjust(TRANSITION_FEATURES[predictedPrevious + 1]!, 1, p, -1);
      }
    }
    this.model.tick();
    return wrong;
  }
}
