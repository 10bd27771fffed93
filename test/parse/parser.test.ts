import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConlluSentence } from '../../src/eval/conllu.js';
import { ModelError } from '../../src/ml/model-error.js';
import { loadParserModel, saveParserModel } from '../../src/parse/model.js';
import { goldTree, transitionCosts } from '../../src/parse/oracle.js';
import { MAX_CHUNK_WORDS, Parser } from '../../src/parse/parser.js';
import { conlluHeads, conlluWords } from '../../src/parse/treebank.js';
import { ParseState, SHIFT, TRANSITION_COUNT } from '../../src/parse/transitions.js';
import { attachmentScores } from '../../src/train/parse.js';
import { tempDir } from '../helpers/paths.js';
import { sequoia, trainTinyModel } from './tiny-model.js';

const trainPart = sequoia.slice(0, 300);
const heldOut = sequoia.slice(300, 400);

/** Whether the gold tree has crossing arcs (then no arc-hybrid sequence can build it exactly). */
function isProjective(heads: Int32Array): boolean {
  const n = heads.length;
  for (let i = 0; i < n; i++) {
    const [a, b] = [Math.min(i, heads[i]!), Math.max(i, heads[i]!)];
    for (let j = 0; j < n; j++) {
      const [c, d] = [Math.min(j, heads[j]!), Math.max(j, heads[j]!)];
      if (a < c && c < b && b < d) return false;
    }
  }
  return true;
}

/** Follows the cheapest transition at every step (the static use of the dynamic oracle). */
function oracleParse(sentence: ConlluSentence): Int32Array {
  const heads = conlluHeads(sentence);
  const gold = goldTree(heads);
  const state = new ParseState();
  state.reset(heads.length);
  const onStack = new Uint8Array(heads.length + 1);
  const costs = new Float64Array(TRANSITION_COUNT);
  while (!state.isFinal()) {
    transitionCosts(state, gold, onStack, costs);
    let move = 0;
    for (let t = 1; t < TRANSITION_COUNT; t++) if (costs[t]! < costs[move]!) move = t;
    if (move === SHIFT) onStack[state.front] = 1;
    else onStack[state.s(0)] = 0;
    state.apply(move, 0);
  }
  return state.heads.slice(0, heads.length);
}

const model = trainTinyModel(trainPart);

describe('arc-hybrid transitions and dynamic oracle', () => {
  it('rebuilds every projective gold tree exactly by following zero-cost transitions', () => {
    const projective = sequoia.filter((sentence) => isProjective(conlluHeads(sentence)));
    expect(projective.length).toBeGreaterThan(300);
    for (const sentence of projective) expect(Array.from(oracleParse(sentence))).toEqual(Array.from(conlluHeads(sentence)));
  });

  it('still builds a complete single-rooted tree for non-projective gold trees, losing only crossing arcs', () => {
    const nonProjective = sequoia.filter((sentence) => !isProjective(conlluHeads(sentence)));
    expect(nonProjective.length).toBeGreaterThan(0);
    for (const sentence of nonProjective) {
      const gold = conlluHeads(sentence);
      const built = oracleParse(sentence);
      const n = gold.length;
      expect(built.filter((head) => head === n)).toHaveLength(1);
      const correct = built.filter((head, i) => head === gold[i]).length;
      expect(correct).toBeGreaterThanOrEqual(n - 3);
    }
  });
});

describe('forced moves', () => {
  it('onlyLegal names the one legal transition exactly when there is one, on every state of 100 oracle parses', () => {
    let forced = 0;
    for (const sentence of sequoia.slice(0, 100)) {
      const gold = goldTree(conlluHeads(sentence));
      const state = new ParseState();
      state.reset(sentence.words.length);
      const onStack = new Uint8Array(sentence.words.length + 1);
      const costs = new Float64Array(TRANSITION_COUNT);
      while (!state.isFinal()) {
        const legal = [0, 1, 2].filter((t) => state.isLegal(t));
        expect(state.onlyLegal()).toBe(legal.length === 1 ? legal[0] : -1);
        if (legal.length === 1) forced++;
        transitionCosts(state, gold, onStack, costs);
        const move = legal.reduce((best, t) => (costs[t]! < costs[best]! ? t : best));
        if (move === SHIFT) onStack[state.front] = 1;
        else onStack[state.s(0)] = 0;
        state.apply(move, 0);
      }
    }
    expect(forced).toBeGreaterThan(200);
  });
});

describe('Parser', () => {
  it('learns from 300 Sequoia sentences to attach most words of unseen ones', () => {
    const scores = attachmentScores(model, heldOut, heldOut.map(conlluWords));
    expect(scores.uas).toBeGreaterThan(70);
    expect(scores.las).toBeGreaterThan(60);
    expect(scores.las).toBeLessThanOrEqual(scores.uas);
  });

  it('attaches the determiners of a seed sentence to the following noun', () => {
    // "Selon la chaîne d'information al-Mayadeen, les armées russe et syrienne ont appelé les États-Unis …"
    const words = [
      ['Selon', 'ADP'], ['la', 'DET'], ['chaîne', 'NOUN'], ["d'", 'ADP'], ['information', 'NOUN'], ['al-Mayadeen', 'PROPN'],
      [',', 'PUNCT'], ['les', 'DET'], ['armées', 'NOUN'], ['russe', 'ADJ'], ['et', 'CCONJ'], ['syrienne', 'ADJ'],
      ['ont', 'AUX'], ['appelé', 'VERB'], ['les', 'DET'], ['États-Unis', 'PROPN'],
    ].map(([form, upos]) => ({ form: form!, upos }));
    const { heads, labels } = new Parser(model).parse(words);
    expect(heads[1]).toBe(2);
    expect(heads[7]).toBe(8);
    expect(labels[1]).toBe('det');
    expect(heads.filter((head) => head === -1)).toHaveLength(1);
  });

  it('parses a 5,000-word "sentence" in chunks into one tree without crashing', () => {
    const words = Array.from({ length: 5000 }, (_, i) => sequoia[i % 50]!.words.map((w) => ({ form: w.form, upos: w.upos })))
      .flat().slice(0, 5000);
    const { heads, labels } = new Parser(model).parse(words);
    expect(heads).toHaveLength(5000);
    expect(labels.every((label) => typeof label === 'string')).toBe(true);
    expect(heads.filter((head) => head === -1)).toHaveLength(1);
    // Every word reaches the root without a cycle.
    for (let i = 0; i < heads.length; i += 97) {
      let node = i;
      let steps = 0;
      while (heads[node] !== -1 && steps <= heads.length) { node = heads[node]!; steps++; }
      expect(steps).toBeLessThanOrEqual(heads.length);
    }
    expect(MAX_CHUNK_WORDS).toBeLessThan(5000);
  });

  it('handles empty input', () => {
    expect(new Parser(model).parse([]).heads).toHaveLength(0);
  });
});

describe('parser model file', () => {
  const dir = tempDir('presscope-parse-');
  const path = join(dir, 'parse.bin.gz');
  saveParserModel(path, model, { trainingData: ['fr_sequoia-ud-dev.conllu[0:300]'], seed: 7, devScores: {}, trainedAt: new Date(0).toISOString() });

  it('round-trips: the loaded model parses like the trained one', () => {
    const loaded = loadParserModel(path, 'fr');
    const sentence = conlluWords(heldOut[0]!);
    const before = new Parser(model).parse(sentence);
    const after = new Parser(loaded).parse(sentence);
    expect(Array.from(after.heads)).toEqual(Array.from(before.heads));
    expect(after.labels).toEqual(before.labels);
  });

  it('reports a missing, corrupt or other-language file with a one-line ModelError', () => {
    const corrupt = join(dir, 'corrupt.bin.gz');
    const bytes = readFileSync(path);
    writeFileSync(corrupt, bytes.subarray(0, bytes.length >> 1));
    for (const [file, lang] of [[join(dir, 'missing.bin.gz'), 'fr'], [corrupt, 'fr'], [path, 'en']] as const) {
      expect(() => loadParserModel(file, lang)).toThrow(ModelError);
      try { loadParserModel(file, lang); } catch (error) { expect((error as Error).message).not.toContain('\n'); }
    }
  });
});
