import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posModel } from '../../src/tag/pos-model.js';
import { jackknifeTags } from '../../src/train/jackknife.js';
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
});
