import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConllu, readConllu } from '../../src/eval/conllu.js';
import { ROOT_LABEL } from '../../src/parse/model.js';
import { collectLabels, conlluWords, trainingSentence } from '../../src/parse/treebank.js';
import { attachmentScores, fitParser } from '../../src/train/parse.js';
import { GUM_FREE_GENRES, loadTreebank, treebankDocuments, treebankPath } from '../../src/train/treebanks.js';
import { sequoia } from './tiny-model.js';

describe('fitParser', () => {
  const train = sequoia.slice(0, 200);
  const dev = { sentences: sequoia.slice(200, 300), words: sequoia.slice(200, 300).map(conlluWords) };
  const labels = collectLabels(train, ROOT_LABEL);
  const ids = new Map(labels.map((label, i) => [label, i] as const));
  const examples = train.map((sentence) => trainingSentence(sentence, ids));

  it('keeps the averaged model of the epoch that scores best on dev, as it scores once saved', async () => {
    const lines: string[] = [];
    const fitted = await fitParser(examples, {
      lang: 'fr', labels, shape: { transitionBits: 16, labelBits: 12, relabelBits: 12 }, epochs: 4, seed: 3, dev, log: (line) => lines.push(line),
    });
    const perEpoch = lines.map((line) => Number(/dev UAS [\d.]+ LAS ([\d.]+)/.exec(line)![1]));
    expect(perEpoch).toHaveLength(4);
    expect(fitted.devScores.las.toFixed(2)).toBe(Math.max(...perEpoch).toFixed(2));
    expect(perEpoch[fitted.epoch - 1]!.toFixed(2)).toBe(fitted.devScores.las.toFixed(2));
    expect(attachmentScores(fitted.model, dev.sentences, dev.words)).toEqual(fitted.devScores);
    expect(fitted.devScores.uas).toBeGreaterThan(65);
  });

  it('is deterministic for a seed', async () => {
    const options = { lang: 'fr', labels, shape: { transitionBits: 16, labelBits: 12, relabelBits: 12 }, epochs: 2, seed: 5, dev };
    const [a, b] = [await fitParser(examples, options), await fitParser(examples, options)];
    expect(a.devScores).toEqual(b.devScores);
    expect(a.model.transitions.serialize()).toEqual(b.model.transitions.serialize());
  });
});

describe('treebank documents (the units of jack-knife folds)', () => {
  it('cut a treebank without # newdoc lines into its sentences, in order', () => {
    const documents = treebankDocuments('fr_sequoia-ud-dev.conllu');
    const sentences = readConllu(treebankPath('fr_sequoia-ud-dev.conllu'));
    expect(documents).toHaveLength(sentences.length);
    expect(parseConllu(documents[5]!)[0]!.text).toBe(sentences[5]!.text);
  });

  it('cut GUM into whole documents of its free genres only, holding exactly the sentences loadTreebank reads', () => {
    const documents = treebankDocuments('en_gum-ud-train.conllu#free-genres');
    for (const document of documents) {
      const genre = /^# newdoc id = GUM_([a-z]+)_/.exec(document)?.[1];
      expect(GUM_FREE_GENRES).toContain(genre);
    }
    const sentences = documents.flatMap((document) => parseConllu(document));
    const loaded = loadTreebank('en_gum-ud-train.conllu#free-genres');
    expect(sentences.map((sentence) => sentence.id)).toEqual(loaded.map((sentence) => sentence.id));
    const allDocuments = readFileSync(treebankPath('en_gum-ud-train.conllu'), 'utf8').match(/^# newdoc id = /gm)!.length;
    expect(documents.length).toBeGreaterThan(50);
    expect(documents.length).toBeLessThan(allDocuments);
  });
});
