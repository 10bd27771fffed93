/**
 * Jack-knifed tags (k-fold): the training treebanks tagged by taggers that never saw them. The
 * tagger is trained k times, with its own training code, on all folds but one, and tags the fold
 * it left out. A parser trained on these tags meets tagging mistakes as frequent as at run time;
 * trained on the shipped tagger's output over its own training data (near-perfect tags), it
 * learns to trust tags far more than it should.
 */
import { mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConlluSentence, parseConllu } from '../eval/conllu.js';
import { modelPath } from '../ml/model-path.js';
import type { ParseWord } from '../parse/words.js';
import { annotateWords } from '../tag/annotate.js';
import { POS_TASK, loadPosModel, type PosModel, usePosModel } from '../tag/pos-model.js';
import { sharedDirectory } from './data-paths.js';
import { trainPos } from './pos.js';
import { POS_TREEBANKS, treebankDocuments, treebankFileName, treebankPath } from './treebanks.js';

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
    return annotateWords(model, forms).map((tags, i) => ({ form: forms[i]!, upos: tags.upos, xpos: tags.xpos, feats: tags.feats }));
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
 * A copy of the shared data folder (symbolic links) whose training treebanks hold only
 * `documents`: trainPos reads its data through PRESSCOPE_SHARED, so it trains on them unchanged.
 */
function foldDataDirectory(lang: 'fr' | 'en', documents: readonly Document[]): string {
  const root = mkdtempSync(join(tmpdir(), 'presscope-jackknife-'));
  const shared = sharedDirectory();
  mkdirSync(join(root, 'data', 'ud'), { recursive: true });
  for (const entry of readdirSync(shared)) if (entry !== 'data') symlinkSync(join(shared, entry), join(root, entry));
  for (const entry of readdirSync(join(shared, 'data'))) if (entry !== 'ud') symlinkSync(join(shared, 'data', entry), join(root, 'data', entry));
  const trainFiles = new Set(POS_TREEBANKS[lang].train.map(treebankFileName));
  for (const entry of readdirSync(join(shared, 'data', 'ud'))) {
    if (!trainFiles.has(entry)) symlinkSync(join(shared, 'data', 'ud', entry), join(root, 'data', 'ud', entry));
  }
  for (const file of trainFiles) {
    const texts = documents.filter((document) => treebankFileName(document.file) === file).map((document) => document.text.replace(/\s*$/, '\n\n'));
    writeFileSync(join(root, 'data', 'ud', file), texts.join(''));
  }
  return root;
}

/** Trains the tagger on `documents` with its own training code (quietly) in a scratch folder. */
async function trainFoldTagger(lang: 'fr' | 'en', documents: readonly Document[], seed: number): Promise<PosModel> {
  const root = foldDataDirectory(lang, documents);
  const previous = process.env.PRESSCOPE_SHARED;
  process.env.PRESSCOPE_SHARED = root;
  try {
    const outputPath = join(root, 'pos.bin.gz');
    await trainPos(lang, { seed, outputPath });
    return loadPosModel(outputPath, lang);
  } finally {
    if (previous === undefined) delete process.env.PRESSCOPE_SHARED;
    else process.env.PRESSCOPE_SHARED = previous;
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
  try {
    for (let fold = 0; fold < folds; fold++) {
      const started = Date.now();
      const model = await trainFoldTagger(lang, documents.filter((document) => document.fold !== fold), seed);
      documents.forEach((document, d) => {
        if (document.fold === fold) wordsOf[d] = taggedWords(model, sentencesOf[d]!);
      });
      log(`jack-knife ${lang}: fold ${fold + 1}/${folds} tagged (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    // trainPos makes each fold's tagger the current one; the shipped tagger must be again.
    usePosModel(lang, loadPosModel(modelPath(lang, POS_TASK), lang));
  }
  return { sentences: sentencesOf.flat(), words: wordsOf.flat() };
}
