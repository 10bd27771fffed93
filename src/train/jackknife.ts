/**
 * Jack-knifed tags (k-fold): the training treebanks tagged by taggers that never saw them. The
 * tagger is trained k times, with its own training code, on all folds but one, and tags the fold
 * it left out. A parser trained on these tags meets tagging mistakes as frequent as at run time;
 * trained on the shipped tagger's output over its own training data (near-perfect tags), it
 * learns to trust tags far more than it should.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConlluSentence, parseConllu } from '../eval/conllu.js';
import type { ParseWord } from '../parse/words.js';
import { annotateWords } from '../tag/annotate.js';
import { loadPosModel, type PosModel, savePosModel } from '../tag/pos-model.js';
import { fitTagger } from './pos.js';
import { POS_TREEBANKS, treebankDocuments, treebankPath } from './treebanks.js';

export const DEFAULT_FOLDS = 4;

export interface TaggedTreebank {
  /** The training sentences, in the order of the treebank selection. */
  sentences: ConlluSentence[];
  /** Their words with predicted tags. */
  words: ParseWord[][];
}

export interface JackknifeOptions {
  folds?: number;
  seed?: number;
  log?: (line: string) => void;
}

/** The words of `sentences` with the tags `model` predicts for their gold forms. */
export function taggedWords(model: PosModel, sentences: readonly ConlluSentence[]): ParseWord[][] {
  return sentences.map((sentence) => {
    const forms = sentence.words.map((word) => word.form);
    return annotateWords(model, forms).map((tags, i) => ({ form: forms[i]!, upos: tags.upos, xpos: tags.xpos, feats: tags.feats, doubt: tags.doubt }));
  });
}

interface Document {
  file: string;
  text: string;
  fold: number;
}

/** Documents go to folds in turn, so every fold mixes the treebanks and genres alike. */
function assignFolds(lang: 'fr' | 'en', folds: number): Document[] {
  let next = 0;
  return POS_TREEBANKS[lang].train.flatMap((file) => treebankDocuments(file).map((text) => ({ file, text, fold: next++ % folds })));
}

/**
 * Trains the tagger on `sentences` with its own training code, then reloads it from a scratch
 * file so that it tags with the quantised weights a shipped model has.
 */
function trainFoldTagger(lang: 'fr' | 'en', sentences: readonly ConlluSentence[], seed: number): PosModel {
  const { models, data } = fitTagger(lang, sentences, seed);
  const root = mkdtempSync(join(tmpdir(), 'presscope-jackknife-'));
  try {
    const path = join(root, 'pos.bin.gz');
    savePosModel(path, models, data, lang, { trainingData: ['jack-knife fold'], seed, devScores: {}, trainedAt: new Date().toISOString() });
    return loadPosModel(path, lang);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The training treebanks of `lang` with jack-knifed tags; deterministic for a seed and fold count. */
export async function jackknifeTags(lang: 'fr' | 'en', options: JackknifeOptions = {}): Promise<TaggedTreebank> {
  const folds = options.folds ?? DEFAULT_FOLDS;
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  const documents = assignFolds(lang, folds);
  const sentencesOf = documents.map((document) => parseConllu(document.text, treebankPath(document.file)));
  const wordsOf: ParseWord[][][] = new Array(documents.length);
  for (let fold = 0; fold < folds; fold++) {
    const started = Date.now();
    const model = trainFoldTagger(lang, documents.flatMap((document, d) => (document.fold === fold ? [] : sentencesOf[d]!)), seed);
    documents.forEach((document, d) => {
      if (document.fold === fold) wordsOf[d] = taggedWords(model, sentencesOf[d]!);
    });
    log(`jack-knife ${lang}: fold ${fold + 1}/${folds} tagged (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { sentences: sentencesOf.flat(), words: wordsOf.flat() };
}
