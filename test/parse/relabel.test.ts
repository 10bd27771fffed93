import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT_LABEL, loadParserModel, saveParserModel, type ParserModel } from '../../src/parse/model.js';
import { Parser } from '../../src/parse/parser.js';
import { FinishedTree, RELABEL_FEATURE_LIMIT, relabelFeatures } from '../../src/parse/relabel.js';
import { collectLabels, conlluHeads, conlluWords, trainingSentence } from '../../src/parse/treebank.js';
import { encodeSentence } from '../../src/parse/words.js';
import { attachmentScores, fitRelabeller } from '../../src/train/parse.js';
import { tempDir } from '../helpers/paths.js';
import { sequoia, trainTinyModel } from './tiny-model.js';

const trainPart = sequoia.slice(0, 300);
const dev = { sentences: sequoia.slice(300, 400), words: sequoia.slice(300, 400).map(conlluWords) };

describe('finished tree', () => {
  // "Selon la chaîne …": sentence 0 of Sequoia dev, read with its gold heads.
  const sentence = sequoia[0]!;
  const heads = conlluHeads(sentence);
  const tree = new FinishedTree();
  tree.load(heads.length, heads, new Int32Array(heads.length));

  it('lists every word once, as a child of its head, in sentence order', () => {
    const seen: number[] = [];
    for (let h = 0; h <= heads.length; h++) {
      const children: number[] = [];
      for (let p = tree.firstChild(h); p < tree.endChild(h); p++) children.push(tree.child(p));
      expect(children).toEqual([...children].sort((a, b) => a - b));
      for (const c of children) expect(heads[c]).toBe(h);
      seen.push(...children);
    }
    expect(seen.sort((a, b) => a - b)).toEqual([...heads.keys()]);
  });

  it('spans a subtree from its first to its last word', () => {
    for (let w = 0; w < heads.length; w++) {
      const descendants = [...heads.keys()].filter((i) => { let x = i; while (x !== heads.length && x !== w) x = heads[x]!; return x === w; });
      expect(tree.spanStart(w)).toBe(Math.min(...descendants));
      expect(tree.spanEnd(w)).toBe(Math.max(...descendants));
    }
  });
});

describe('relabel features', () => {
  it('never read the label they are meant to predict, but do read the labels around it', () => {
    const labels = collectLabels(sequoia, ROOT_LABEL);
    const ids = new Map(labels.map((label, i) => [label, i] as const));
    const example = trainingSentence(sequoia[0]!, ids);
    const heads = conlluHeads(sequoia[0]!);
    const tree = new FinishedTree();
    const features = (own: number, of: number) => {
      const changed = example.labels.slice();
      changed[of] = own;
      tree.load(heads.length, heads, changed);
      const out = new Uint32Array(RELABEL_FEATURE_LIMIT);
      return Array.from(out.subarray(0, relabelFeatures(tree, example.sentence, 3, out)));
    };
    expect(features(0, 3)).toEqual(features(5, 3));
    const child = heads.indexOf(3);
    expect(child).toBeGreaterThanOrEqual(0);
    expect(features(0, child)).not.toEqual(features(5, child));
  });

  it('stay within their buffer on a long flat list', () => {
    const words = Array.from({ length: 120 }, (_, i) => ({ form: i % 2 ? ',' : `mot${i}`, upos: i % 2 ? 'PUNCT' : 'NOUN' }));
    const heads = new Int32Array(120).fill(0);
    heads[0] = 120;
    const tree = new FinishedTree();
    tree.load(120, heads, new Int32Array(120));
    const out = new Uint32Array(RELABEL_FEATURE_LIMIT);
    for (let d = 1; d < 120; d++) expect(relabelFeatures(tree, encodeSentence(words), d, out)).toBeLessThanOrEqual(RELABEL_FEATURE_LIMIT);
  });
});

describe('fitRelabeller', () => {
  const base = trainTinyModel(trainPart);
  const ids = new Map(base.labels.map((label, i) => [label, i] as const));
  const examples = trainPart.map((sentence) => trainingSentence(sentence, ids));
  const parser = { model: base, epoch: 4, devScores: attachmentScores(base, dev.sentences, dev.words) };
  let fitted: Awaited<ReturnType<typeof fitRelabeller>>;
  beforeAll(async () => {
    fitted = await fitRelabeller(parser, examples, { bits: 14, epochs: 3, seed: 1, dev });
  });

  it('beats the first pass on dev here, keeping its heads, and reports the saved model\'s scores', () => {
    expect(fitted.devScores.las).toBeGreaterThan(parser.devScores.las);
    expect(fitted.devScores.uas).toBe(parser.devScores.uas);
    expect(attachmentScores(fitted.model, dev.sentences, dev.words)).toEqual(fitted.devScores);
  });

  it('changes no label when every arc is confident enough (margin 0), and only labels otherwise', () => {
    // On these 300 sentences the relabeller does beat the first pass (a larger LAS, checked above).
    expect(fitted.model.relabeller).not.toBeNull();
    const weights = fitted.model.relabeller!.weights;
    const unchanged: ParserModel = { ...base, relabeller: { weights, margin: 0 } };
    const everywhere: ParserModel = { ...base, relabeller: { weights, margin: Infinity } };
    let relabelled = 0;
    for (const words of dev.words) {
      const first = new Parser(base).parse(words);
      const same = new Parser(unchanged).parse(words);
      const second = new Parser(everywhere).parse(words);
      expect(same).toEqual(first);
      expect(Array.from(second.heads)).toEqual(Array.from(first.heads));
      relabelled += second.labels.filter((label, i) => label !== first.labels[i]).length;
    }
    expect(relabelled).toBeGreaterThan(0);
  });

  it('round-trips through the model file with its margin', () => {
    const path = join(tempDir('presscope-relabel-'), 'parse.bin.gz');
    saveParserModel(path, fitted.model, { trainingData: ['fr_sequoia-ud-dev.conllu[0:300]'], seed: 1, devScores: {}, trainedAt: new Date(0).toISOString() });
    const loaded = loadParserModel(path, 'fr');
    expect(loaded.relabeller?.margin).toBe(fitted.model.relabeller?.margin);
    expect(attachmentScores(loaded, dev.sentences, dev.words).las).toBeCloseTo(fitted.devScores.las, 0);
  });
});
