import { LABEL_FEATURE_COUNT, TRANSITION_FEATURE_COUNT, labelFeatures, transitionFeatures } from './features.js';
import type { ParserModel } from './model.js';
import { transitionCosts, type GoldTree } from './oracle.js';
import { bestLegal, Parser } from './parser.js';
import { LEFT, NO_WORD, ParseState, SHIFT, TRANSITION_COUNT } from './transitions.js';
import type { EncodedSentence } from './words.js';

export interface TrainingSentence {
  sentence: EncodedSentence;
  gold: GoldTree;
  /** Gold label id of each word. */
  labels: Int32Array;
}

/**
 * One online pass over a sentence with the dynamic oracle (Goldberg & Nivre 2012): the model is
 * updated whenever its best transition loses gold arcs, and with `explore` it then follows its
 * own prediction, so that it learns to recover from its mistakes as it will have to at run time.
 */
export class ParserLearner {
  private readonly state = new ParseState();
  private readonly features = new Uint32Array(Math.max(TRANSITION_FEATURE_COUNT, LABEL_FEATURE_COUNT));
  private readonly scores = new Float32Array(TRANSITION_COUNT);
  private readonly costs = new Float64Array(TRANSITION_COUNT);
  private onStack = new Uint8Array(128);
  private readonly parser: Parser;

  constructor(readonly model: ParserModel, private readonly random: () => number) {
    this.parser = new Parser(model);
  }

  /** Trains on one sentence; returns the number of words attached to their gold head. */
  learn(example: TrainingSentence, explore: boolean): number {
    const { state, features, scores, costs } = this;
    const { sentence, gold } = example;
    const n = sentence.length;
    if (this.onStack.length < n + 1) this.onStack = new Uint8Array(2 * (n + 1));
    const onStack = this.onStack;
    onStack.fill(0, 0, n + 1);
    state.reset(n);
    let correct = 0;
    while (!state.isFinal()) {
      const count = transitionFeatures(state, sentence, features, this.model.tagDoubts);
      scores.fill(0);
      this.model.transitions.score(features, count, scores);
      transitionCosts(state, gold, onStack, costs);
      const minCost = Math.min(costs[0]!, costs[1]!, costs[2]!);
      const predicted = bestLegal(state, scores);
      const oracle = bestLegal(state, scores, costs, minCost);
      if (costs[predicted]! > minCost) this.model.transitions.update(features, count, oracle, predicted);
      this.model.transitions.tick();
      const move = explore && this.random() < 0.9 ? predicted : oracle;
      const label = move === SHIFT ? NO_WORD : this.learnLabel(example, move);
      if (move === SHIFT) onStack[state.front] = 1;
      else onStack[state.s(0)] = 0;
      if (move !== SHIFT && gold.heads[state.s(0)] === (move === LEFT ? state.front : state.s(1))) correct++;
      state.apply(move, label);
    }
    return correct;
  }

  /** Labels the arc `move` makes; trains the labeller when the arc itself is right. */
  private learnLabel(example: TrainingSentence, move: number): number {
    const { state, features } = this;
    const dependent = state.s(0);
    const head = move === LEFT ? state.front : state.s(1);
    if (head === example.sentence.length || example.gold.heads[dependent] !== head) {
      return this.parser.predictLabel(state, example.sentence, move);
    }
    const truth = example.labels[dependent]!;
    const guess = this.parser.predictLabel(state, example.sentence, move);
    const count = labelFeatures(state, example.sentence, head, dependent, features, this.model.tagDoubts);
    this.model.labeller.update(features, count, truth, guess);
    this.model.labeller.tick();
    return truth;
  }
}
