import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu, type ConlluSentence } from '../eval/conllu.js';
import { seededRandom, shuffleInPlace } from '../ml/random.js';
import { ParserLearner } from '../parse/learn.js';
import { ROOT_LABEL, createParserModel, defaultParserModelPath, saveParserModel, type ParserModel } from '../parse/model.js';
import { Parser } from '../parse/parser.js';
import { collectLabels, conlluHeads, conlluWords, selectDocuments, trainingSentence } from '../parse/treebank.js';
import type { ParseWord } from '../parse/words.js';

export const UD_DATA_DIR = '/work/shared/data/ud';

/**
 * GUM genres whose licence is CC BY or public domain (LICENSE-en_gum.txt); the others are
 * non-commercial or unlicensed and stay out of the shipped English model.
 */
const GUM_FREE_GENRES = ['bio', 'conversation', 'interview', 'news', 'speech', 'textbook', 'vlog', 'voyage'];

interface Corpus {
  train: { file: string; keepDocument?: (id: string) => boolean }[];
  dev: string;
}

const CORPORA: Record<'fr' | 'en', Corpus> = {
  fr: { train: [{ file: 'fr_sequoia-ud-train.conllu' }, { file: 'fr_gsd-ud-dev.conllu' }], dev: 'fr_sequoia-ud-dev.conllu' },
  en: {
    train: [
      { file: 'en_ewt-ud-train.conllu' },
      { file: 'en_gum-ud-train.conllu', keepDocument: (id) => GUM_FREE_GENRES.some((genre) => id.startsWith(`GUM_${genre}_`)) },
    ],
    dev: 'en_ewt-ud-dev.conllu',
  },
};

export interface TrainParserOptions {
  seed?: number;
  log?: (line: string) => void;
  epochs?: number;
  dataDir?: string;
  modelPath?: string;
  /** Replaces the gold tags of the training and dev words, e.g. by the tagger's predictions. */
  retag?: (sentences: ConlluSentence[]) => ParseWord[][];
}

export const DEFAULT_EPOCHS = 15;
const SHAPE = { transitionBits: 22, labelBits: 18 };

function readCorpusFile(dataDir: string, file: string, keepDocument?: (id: string) => boolean): ConlluSentence[] {
  const path = join(dataDir, file);
  const content = readFileSync(path, 'utf8');
  return parseConllu(keepDocument ? selectDocuments(content, keepDocument) : content, path);
}

/** Attachment scores (CoNLL 2018: all words, relation subtypes ignored) of `model` on `sentences`. */
export function attachmentScores(model: ParserModel, sentences: readonly ConlluSentence[], words: readonly ParseWord[][]): { uas: number; las: number } {
  const parser = new Parser(model);
  let total = 0;
  let attached = 0;
  let labelled = 0;
  sentences.forEach((sentence, index) => {
    const result = parser.parse(words[index]!);
    const gold = conlluHeads(sentence);
    sentence.words.forEach((word, i) => {
      total++;
      const head = result.heads[i] === -1 ? sentence.words.length : result.heads[i]!;
      if (head !== gold[i]) return;
      attached++;
      if (universalRelation(result.labels[i]!) === universalRelation(word.deprel)) labelled++;
    });
  });
  return { uas: (100 * attached) / Math.max(total, 1), las: (100 * labelled) / Math.max(total, 1) };
}

export function universalRelation(deprel: string): string {
  const colon = deprel.indexOf(':');
  return colon < 0 ? deprel : deprel.slice(0, colon);
}

/** Trains the parser of `lang` on the UD treebanks and writes models/<lang>/parse.bin. */
export async function trainParser(
  lang: 'fr' | 'en',
  options: TrainParserOptions = {},
): Promise<{ modelPath: string; devScores: Record<string, number>; seconds: number }> {
  const started = Date.now();
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  const dataDir = options.dataDir ?? UD_DATA_DIR;
  const epochs = options.epochs ?? DEFAULT_EPOCHS;
  const corpus = CORPORA[lang];
  const train = corpus.train.flatMap(({ file, keepDocument }) => readCorpusFile(dataDir, file, keepDocument));
  const dev = readCorpusFile(dataDir, corpus.dev);
  const tagWords = options.retag ?? ((sentences: ConlluSentence[]) => sentences.map(conlluWords));
  const trainWords = tagWords(train);
  const devWords = tagWords(dev);
  const labels = collectLabels(train, ROOT_LABEL);
  const labelIds = new Map(labels.map((label, id) => [label, id] as const));
  const examples = train.map((sentence, i) => trainingSentence(sentence, labelIds, trainWords[i]));
  log(`parse ${lang}: ${examples.length} training sentences, ${labels.length} relations, ${epochs} epochs, seed ${seed}`);

  const model = createParserModel(lang, labels, SHAPE);
  const random = seededRandom(seed);
  const learner = new ParserLearner(model, random);
  const totalWords = examples.reduce((sum, example) => sum + example.sentence.length, 0);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(examples, random);
    let correct = 0;
    // The first epoch follows the oracle; later ones explore the model's own mistakes.
    for (const example of examples) correct += learner.learn(example, epoch > 1);
    log(`epoch ${epoch}: training UAS ${((100 * correct) / totalWords).toFixed(2)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  model.transitions.average();
  model.labeller.average();
  const devScores = attachmentScores(model, dev, devWords);
  const seconds = (Date.now() - started) / 1000;
  log(`dev ${corpus.dev}: UAS ${devScores.uas.toFixed(2)} LAS ${devScores.las.toFixed(2)}`);
  const modelPath = options.modelPath ?? defaultParserModelPath(lang);
  saveParserModel(modelPath, model, {
    trainingData: corpus.train.map(({ file, keepDocument }) => (keepDocument ? `${file} (CC BY / public-domain GUM genres: ${GUM_FREE_GENRES.join(', ')})` : file)),
    seed,
    devScores: { ...devScores },
    trainedAt: new Date().toISOString(),
    devFile: corpus.dev,
    epochs,
    tags: options.retag ? 'predicted' : 'gold',
    trainingSeconds: Math.round(seconds),
  });
  return { modelPath, devScores: { ...devScores }, seconds };
}
