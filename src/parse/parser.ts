import { argmax } from '../ml/averaged-perceptron.js';
import { LABEL_FEATURE_COUNT, TRANSITION_FEATURE_COUNT, labelFeatures, transitionFeatures } from './features.js';
import type { ParserModel } from './model.js';
import { TreeRelabeller } from './relabel.js';
import { LEFT, NO_WORD, ParseState, RIGHT, SHIFT, TRANSITION_COUNT } from './transitions.js';
import { encodeSentence, type EncodedSentence, type ParseWord } from './words.js';

/** Heads are sentence-internal word indices, -1 for the root's dependent. */
export interface ParseResult {
  heads: Int32Array;
  labels: string[];
}

/**
 * Longest span parsed as one unit. Real sentences are far shorter; longer "sentences" (tables,
 * lists, unsegmented text) are cut into chunks whose roots hang from the first chunk's root.
 */
export const MAX_CHUNK_WORDS = 300;
const CHUNK_LINK_LABEL = 'parataxis';

/** Scratch buffers reused across calls; parsing is synchronous so one set per parser suffices. */
export class Parser {
  private readonly state = new ParseState();
  private readonly features = new Uint32Array(Math.max(TRANSITION_FEATURE_COUNT, LABEL_FEATURE_COUNT));
  private readonly transitionScores = new Float32Array(TRANSITION_COUNT);
  private readonly labelScores: Float32Array;
  private readonly relabeller: TreeRelabeller | null;

  constructor(readonly model: ParserModel) {
    this.labelScores = new Float32Array(model.labels.length);
    this.relabeller = model.relabeller ? new TreeRelabeller(model.relabeller.weights, model.rootLabel, model.relabeller.margin) : null;
  }

  parse(words: readonly ParseWord[]): ParseResult {
    const heads = new Int32Array(words.length).fill(NO_WORD);
    const labels: string[] = new Array(words.length);
    let firstRoot = NO_WORD;
    for (let from = 0; from < words.length; from += MAX_CHUNK_WORDS) {
      const to = Math.min(words.length, from + MAX_CHUNK_WORDS);
      const chunk = this.parseEncoded(encodeSentence(words.slice(from, to)));
      for (let i = 0; i < chunk.heads.length; i++) {
        const head = chunk.heads[i]!;
        labels[from + i] = this.model.labels[chunk.labels[i]!]!;
        if (head !== NO_WORD) {
          heads[from + i] = from + head;
        } else if (firstRoot === NO_WORD) {
          firstRoot = from + i;
        } else {
          heads[from + i] = firstRoot;
          labels[from + i] = CHUNK_LINK_LABEL;
        }
      }
    }
    return { heads, labels };
  }

  /** Greedy decoding; returns heads (NO_WORD for the root's dependent) and label ids. */
  parseEncoded(sentence: EncodedSentence): { heads: Int32Array; labels: Int32Array } {
    const { state, features, transitionScores } = this;
    const { transitions } = this.model;
    const n = sentence.length;
    state.reset(n);
    this.relabeller?.begin(n);
    while (!state.isFinal()) {
      // A forced move needs no scoring (empty stack, or only the root left in the buffer).
      let move = state.onlyLegal();
      if (move === NO_WORD) {
        const count = transitionFeatures(state, sentence, features, this.model.tagDoubts);
        transitionScores.fill(0);
        transitions.score(features, count, transitionScores);
        move = bestLegal(state, transitionScores);
      }
      const label = this.predictLabel(state, sentence, move);
      // Arcs to the root are not scored (nor relabelled); the relabeller sees every other arc's scores.
      if (this.relabeller && label !== NO_WORD && label !== this.model.rootLabel) this.relabeller.noteArc(state.s(0), this.labelScores);
      state.apply(move, label);
    }
    const heads = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const head = state.heads[i]!;
      heads[i] = head === n ? NO_WORD : head;
    }
    const labels = this.relabeller ? this.relabeller.relabel(sentence, state.heads, state.labels) : state.labels.slice(0, n);
    return { heads, labels };
  }

  /** The labeller's best relation for the arc `move` would make (NO_WORD for SHIFT); never `root` below the root. */
  predictLabel(state: ParseState, sentence: EncodedSentence, move: number): number {
    if (move === SHIFT) return NO_WORD;
    const dependent = state.s(0);
    const head = move === LEFT ? state.front : state.s(1);
    if (head === sentence.length) return this.model.rootLabel;
    const count = labelFeatures(state, sentence, head, dependent, this.features, this.model.tagDoubts);
    const scores = this.labelScores;
    scores.fill(0);
    this.model.labeller.score(this.features, count, scores);
    scores[this.model.rootLabel] = -Infinity;
    return argmax(scores);
  }
}

/** Highest-scoring legal transition (SHIFT, LEFT, RIGHT order on ties). */
export function bestLegal(state: ParseState, scores: Float32Array, allowed?: Float64Array, maxCost = 0): number {
  let best = NO_WORD;
  let bestScore = -Infinity;
  for (let t = SHIFT; t <= RIGHT; t++) {
    if (allowed ? allowed[t]! > maxCost : !state.isLegal(t)) continue;
    if (best === NO_WORD || scores[t]! > bestScore) {
      best = t;
      bestScore = scores[t]!;
    }
  }
  return best;
}
