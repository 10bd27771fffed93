import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParserModel, saveParserModel, type ParserModel } from '../../src/parse/model.js';
import { Parser } from '../../src/parse/parser.js';
import { conlluHeads, conlluWords, trainingSentence } from '../../src/parse/treebank.js';
import { attachmentScores, fitReattacher, parsesOf } from '../../src/train/parse.js';
import { tempDir } from '../helpers/paths.js';
import { sequoia, trainTinyModel } from './tiny-model.js';

const trainPart = sequoia.slice(0, 300);
const dev = { sentences: sequoia.slice(300, 400), words: sequoia.slice(300, 400).map(conlluWords) };

/** Whether every word reaches the root (-1) through its heads, and exactly one word hangs from it. */
function isTree(heads: Int32Array): boolean {
  if (heads.filter((head) => head === -1).length !== 1) return false;
  return [...heads.keys()].every((word) => {
    let at = word;
    for (let steps = 0; steps <= heads.length; steps++) {
      if (at === -1) return true;
      at = heads[at]!;
    }
    return false;
  });
}

describe('fitReattacher', () => {
  // A first pass trained for one epoch leaves attachment mistakes for the reattacher to correct.
  const base = trainTinyModel(trainPart, 1);
  const ids = new Map(base.labels.map((label, i) => [label, i] as const));
  const examples = trainPart.map((sentence) => trainingSentence(sentence, ids));
  const parser = { model: base, epoch: 1, devScores: attachmentScores(base, dev.sentences, dev.words) };
  let fitted: Awaited<ReturnType<typeof fitReattacher>>;
  let reattaching: ParserModel;
  beforeAll(async () => {
    fitted = await fitReattacher(parser, examples, parsesOf(base, examples), { epochs: 3, seed: 1, dev });
    reattaching = fitted.model;
  });

  it('beats the first pass on dev and reports the scores of the model it returns', () => {
    expect(reattaching.reattacher).not.toBeNull();
    expect(fitted.devScores.uas).toBeGreaterThan(parser.devScores.uas);
    expect(attachmentScores(reattaching, dev.sentences, dev.words)).toEqual(fitted.devScores);
  });

  it('keeps a tree, and moves real attachments to their gold head', () => {
    const first = new Parser(base), second = new Parser(reattaching);
    let corrected = 0;
    dev.sentences.forEach((sentence, s) => {
      const before = first.parse(dev.words[s]!).heads, after = second.parse(dev.words[s]!).heads;
      expect(isTree(after)).toBe(true);
      const gold = conlluHeads(sentence).map((head) => (head === sentence.words.length ? -1 : head));
      for (let i = 0; i < gold.length; i++) if (before[i] !== gold[i] && after[i] === gold[i]) corrected++;
    });
    expect(corrected).toBeGreaterThan(0);
  });

  it('round-trips through the model file with its margin', () => {
    const path = join(tempDir('presscope-reattach-'), 'parse.bin.gz');
    saveParserModel(path, reattaching, { trainingData: ['fr_sequoia-ud-dev.conllu[0:300]'], seed: 1, devScores: {}, trainedAt: new Date(0).toISOString() });
    const loaded = loadParserModel(path, 'fr');
    expect(loaded.reattacher?.margin).toBe(reattaching.reattacher?.margin);
    expect(attachmentScores(loaded, dev.sentences, dev.words).uas).toBeCloseTo(fitted.devScores.uas, 0);
  });
});
