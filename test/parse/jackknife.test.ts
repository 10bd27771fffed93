import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posModel } from '../../src/tag/pos-model.js';
import { jackknifeTags } from '../../src/train/jackknife.js';
import { taggedTrainingData } from '../../src/train/parse.js';
import { conlluWords } from '../../src/parse/treebank.js';
import { loadTreebank, POS_TREEBANKS, treebankDocuments } from '../../src/train/treebanks.js';
import { tempDir } from '../helpers/paths.js';

/**
 * A miniature shared data folder (French treebank files of 120, 40 and 30 Sequoia dev sentences)
 * so that the tagger trains in seconds.
 */
function miniatureSharedFolder(): string {
  const root = tempDir('presscope-jackknife-test-');
  mkdirSync(join(root, 'data', 'ud'), { recursive: true });
  const blocks = treebankDocuments('fr_sequoia-ud-dev.conllu');
  const [sequoiaTrain, gsdDev] = POS_TREEBANKS.fr.train;
  writeFileSync(join(root, 'data', 'ud', sequoiaTrain!), blocks.slice(0, 120).join(''));
  writeFileSync(join(root, 'data', 'ud', gsdDev!), blocks.slice(120, 160).join(''));
  writeFileSync(join(root, 'data', 'ud', POS_TREEBANKS.fr.dev), blocks.slice(160, 190).join(''));
  return root;
}

describe('jackknifeTags', () => {
  const previous = process.env.PRESSCOPE_SHARED;
  const miniature = miniatureSharedFolder();
  beforeAll(() => {
    process.env.PRESSCOPE_SHARED = miniature;
  });
  afterAll(() => {
    rmSync(miniature, { recursive: true, force: true });
    if (previous === undefined) delete process.env.PRESSCOPE_SHARED;
    else process.env.PRESSCOPE_SHARED = previous;
  });

  it('tags every training sentence, in order, with a tagger that did not see it', async () => {
    const shipped = posModel('fr');
    const shared = process.env.PRESSCOPE_SHARED;
    const { sentences, words } = await jackknifeTags('fr', { folds: 2, seed: 1 });
    const expected = POS_TREEBANKS.fr.train.flatMap(loadTreebank);
    expect(sentences.map((sentence) => sentence.text)).toEqual(expected.map((sentence) => sentence.text));
    expect(words.map((sentence) => sentence.map((word) => word.form))).toEqual(expected.map((sentence) => sentence.words.map((word) => word.form)));
    let correct = 0;
    let total = 0;
    sentences.forEach((sentence, s) => sentence.words.forEach((word, w) => {
      total++;
      if (words[s]![w]!.upos === word.upos) correct++;
    }));
    // Taggers trained on 80 sentences tag the other 80 far better than chance, far worse than on their own training data.
    expect(correct / total).toBeGreaterThan(0.7);
    expect(correct / total).toBeLessThan(0.97);
    // The folds' taggers were temporary: the shipped one and the data folder are back in place.
    expect(posModel('fr').manifest).toEqual(shipped.manifest);
    expect(process.env.PRESSCOPE_SHARED).toBe(shared);
  }, 120_000);

  it('are followed by the gold-tagged copy of every sentence when the parser learns from jackknife+gold', async () => {
    const jackknifed = await jackknifeTags('fr', { seed: 1 });
    const { sentences, words } = await taggedTrainingData('fr', 'jackknife+gold', 1, () => {});
    const n = jackknifed.sentences.length;
    expect(sentences.map((sentence) => sentence.text)).toEqual([...jackknifed.sentences, ...jackknifed.sentences].map((sentence) => sentence.text));
    expect(words.slice(0, n)).toEqual(jackknifed.words);
    expect(words.slice(n)).toEqual(jackknifed.sentences.map(conlluWords));
    expect(words.slice(0, n)).not.toEqual(words.slice(n));
  }, 240_000);
});
