import type { ConlluSentence } from '../eval/conllu.js';
import { seededRandom, shuffleInPlace } from '../ml/random.js';
import { AveragedPerceptron } from '../ml/averaged-perceptron.js';
import { ParserLearner, type TrainingSentence } from '../parse/learn.js';
import { TreeRelabeller } from '../parse/relabel.js';
import { NO_WORD } from '../parse/transitions.js';
import { ROOT_LABEL, createParserModel, defaultParserModelPath, saveParserModel, type ParserModel, type ParserShape } from '../parse/model.js';
import { Parser } from '../parse/parser.js';
import { AttachmentScore } from '../parse/attachment-score.js';
import { collectLabels, conlluWords, trainingSentence } from '../parse/treebank.js';
import { GUM_FREE_GENRES, POS_TREEBANKS, loadTreebank } from './treebanks.js';
import type { ParseWord } from '../parse/words.js';
import { DEFAULT_FOLDS, jackknifeTags, taggedWords, type TaggedTreebank } from './jackknife.js';
import { posModel } from '../tag/pos-model.js';

/** The parser trains and selects on the same treebanks as the tagger (GUM limited to its freely licensed genres). */
const PARSE_TREEBANKS = POS_TREEBANKS;

export interface TrainParserOptions {
  seed?: number;
  log?: (line: string) => void;
  epochs?: number;
  modelPath?: string;
  /** Tags the parser learns from (default: TRAINING_TAGS of the language). */
  tags?: TrainingTags;
  /** Sizes of the hashed weight tables (log2 of the rows). */
  shape?: ParserShape;
}

/**
 * - `jackknife`: k-fold predictions (see jackknife.ts), tagging mistakes as frequent as at run time;
 * - `jackknife+gold`: every sentence twice, with jack-knifed tags and with gold tags, so that the
 *   parser learns to cope with tagging mistakes without learning syntax only from noisy tags;
 * - `predicted`: the shipped tagger's predictions on its own training data (nearly clean);
 * - `gold`: the treebank's tags.
 */
export type TrainingTags = 'jackknife' | 'jackknife+gold' | 'predicted' | 'gold';

/**
 * Chosen on dev with the shipped taggers (20 epochs each, best epoch kept). English: jack-knifed
 * tags beat the shipped tagger's (EWT dev LAS 81.12 -> 81.35 with the older features), and adding
 * the gold-tagged copy beat jack-knifed tags alone (81.92 -> 82.13; a per-token half-and-half
 * mix of the two gave 82.08 over 14 epochs). French did better on the shipped tagger's tags
 * (Sequoia dev 86.81, jack-knifed 86.53): French fold taggers, trained on three quarters of a
 * small treebank, err more often than the shipped tagger does at run time.
 */
export const TRAINING_TAGS: Readonly<Record<'fr' | 'en', TrainingTags>> = { fr: 'predicted', en: 'jackknife+gold' };

/**
 * Whether the parser reads the tagger's doubts (its runner-up tags where it nearly chose them).
 * English: EWT dev LAS 82.21 -> 82.49 against the same recipe without them (8 epochs, seed 1,
 * saved 8-bit models); French was not retrained with them.
 */
export const TAG_DOUBTS: Readonly<Record<'fr' | 'en', boolean>> = { fr: false, en: true };

/**
 * Passes over the training sentences (the best epoch on dev is kept). English reads every sentence twice
 * (jack-knifed and gold tags) and its doubt-reading parser was chosen at 8 epochs, the model that ships.
 */
export const DEFAULT_EPOCHS: Readonly<Record<'fr' | 'en', number>> = { fr: 20, en: 8 };
export const DEFAULT_SHAPE: ParserShape = { transitionBits: 22, labelBits: 18, relabelBits: 20 };
/** The relabeller learns in a few passes (EWT dev: best after 4, slightly worse after 5). */
export const RELABEL_EPOCHS = 4;
/**
 * Margins tried for skipping relabelling of confident arcs, in increasing cost; the first within
 * MARGIN_TOLERANCE LAS of the best is kept. On EWT dev a margin of 16 rescores under a tenth
 * of the arcs for LAS 82.37, against 82.38 when every arc is rescored.
 */
const RELABEL_MARGINS = [2, 4, 8, 16, 32, 64];
const MARGIN_TOLERANCE = 0.02;

/** Attachment scores of `model` on `sentences`, whose words may carry predicted tags. */
export function attachmentScores(model: ParserModel, sentences: readonly ConlluSentence[], words: readonly ParseWord[][]): { uas: number; las: number } {
  const parser = new Parser(model);
  const score = new AttachmentScore();
  sentences.forEach((sentence, index) => {
    const result = parser.parse(words[index]!);
    sentence.words.forEach((word, i) => score.add(word.head, word.deprel, result.heads[i]! + 1, result.labels[i]));
  });
  return { uas: score.uas, las: score.las };
}

export interface FitOptions {
  lang: string;
  tagDoubts: boolean;
  labels: readonly string[];
  shape: ParserShape;
  epochs: number;
  seed: number;
  /** Held-out sentences with run-time tags: the averaged model of the epoch that parses them best is kept. */
  dev: TaggedTreebank;
  log?: (line: string) => void;
}

export interface FittedParser {
  model: ParserModel;
  epoch: number;
  devScores: { uas: number; las: number };
}

/**
 * Online training with the dynamic oracle, `epochs` passes over `examples` in a seeded random
 * order. After each pass the averaged weights are scored on the dev sentences; the best pass is
 * kept, so that more epochs never cost accuracy through over-fitting.
 */
export async function fitParser(examples: readonly TrainingSentence[], options: FitOptions): Promise<FittedParser> {
  const log = options.log ?? (() => {});
  const model = createParserModel(options.lang, options.labels, options.shape, options.tagDoubts);
  const random = seededRandom(options.seed);
  const learner = new ParserLearner(model, random);
  const order = examples.map((_, i) => i);
  const totalWords = examples.reduce((sum, example) => sum + example.sentence.length, 0);
  let best: FittedParser | undefined;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random);
    let correct = 0;
    // The first epoch follows the oracle; later ones explore the model's own mistakes.
    for (const index of order) correct += learner.learn(examples[index]!, epoch > 1);
    const averaged: ParserModel = { ...model, transitions: model.transitions.averagedCopy(), labeller: model.labeller.averagedCopy() };
    const devScores = attachmentScores(averaged, options.dev.sentences, options.dev.words);
    const isBest = !best || devScores.las > best.devScores.las;
    if (isBest) best = { model: averaged, epoch, devScores };
    log(`epoch ${epoch}: training UAS ${((100 * correct) / totalWords).toFixed(2)}, dev UAS ${devScores.uas.toFixed(2)} LAS ${devScores.las.toFixed(2)}${isBest ? ' (best)' : ''}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (!best) throw new RangeError('epochs must be at least 1');
  return best;
}

export interface RelabelOptions {
  bits: number;
  epochs: number;
  seed: number;
  dev: TaggedTreebank;
  log?: (line: string) => void;
}

/**
 * Adds a second-pass labeller (src/parse/relabel.ts) to a trained parser. It learns from the
 * parser's own trees of the training sentences, where context labels and attachment mistakes look
 * like those it will see, and only on the arcs attached to their gold head. The averaged weights
 * of the best pass on dev are kept, with the cheapest margin that keeps their accuracy; the parser
 * is returned unchanged when no pass beats it.
 */
export async function fitRelabeller(parser: FittedParser, examples: readonly TrainingSentence[], options: RelabelOptions): Promise<FittedParser> {
  const log = options.log ?? (() => {});
  const { model } = parser;
  const firstPass = new Parser(model);
  const trees = examples.map((example) => {
    const n = example.sentence.length;
    const parsed = firstPass.parseEncoded(example.sentence);
    const heads = parsed.heads.map((head) => (head === NO_WORD ? n : head));
    const truth = example.labels.map((label, i) => (heads[i] === example.gold.heads[i] ? label : -1));
    return { sentence: example.sentence, heads, labels: parsed.labels, truth };
  });
  const weights = new AveragedPerceptron({ classes: model.labels.length, bucketBits: options.bits });
  const relabeller = new TreeRelabeller(weights, model.rootLabel, Infinity);
  const random = seededRandom(options.seed);
  const order = trees.map((_, i) => i);
  let best = parser;
  let bestWeights: AveragedPerceptron | undefined;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) {
      const tree = trees[index]!;
      relabeller.learn(tree.sentence, tree.heads, tree.labels, tree.truth);
    }
    const averaged = weights.averagedCopy();
    const devScores = attachmentScores({ ...model, relabeller: { weights: averaged, margin: Infinity } }, options.dev.sentences, options.dev.words);
    const isBest = devScores.las > best.devScores.las;
    if (isBest) {
      best = { ...parser, devScores };
      bestWeights = averaged;
    }
    log(`relabel epoch ${epoch}: dev LAS ${devScores.las.toFixed(2)}${isBest ? ' (best)' : ''}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (!bestWeights) return parser;
  let chosen = best;
  for (const margin of RELABEL_MARGINS) {
    const candidate = { ...model, relabeller: { weights: bestWeights, margin } };
    const devScores = attachmentScores(candidate, options.dev.sentences, options.dev.words);
    log(`relabel margin ${margin}: dev LAS ${devScores.las.toFixed(2)}`);
    chosen = { ...parser, model: candidate, devScores };
    if (devScores.las >= best.devScores.las - MARGIN_TOLERANCE) break;
  }
  return chosen;
}

/** How the manifest of a saved model names its training tags. */
const TAG_SOURCES: Readonly<Record<TrainingTags, string>> = {
  jackknife: `jack-knifed, ${DEFAULT_FOLDS} folds`,
  'jackknife+gold': `jack-knifed (${DEFAULT_FOLDS} folds) and gold, each sentence once with each`,
  predicted: 'shipped tagger',
  gold: 'gold',
};

/** Training sentences with the tags chosen by `tags` (for `jackknife+gold`, each sentence twice: jack-knifed copies first). */
export async function taggedTrainingData(lang: 'fr' | 'en', tags: TrainingTags, seed: number, log: (line: string) => void): Promise<TaggedTreebank> {
  if (tags === 'jackknife') return jackknifeTags(lang, { seed, log });
  if (tags === 'jackknife+gold') {
    const jackknifed = await jackknifeTags(lang, { seed, log });
    return { sentences: [...jackknifed.sentences, ...jackknifed.sentences], words: [...jackknifed.words, ...jackknifed.sentences.map(conlluWords)] };
  }
  const sentences = PARSE_TREEBANKS[lang].train.flatMap(loadTreebank);
  return { sentences, words: tags === 'gold' ? sentences.map(conlluWords) : taggedWords(posModel(lang), sentences) };
}

/** Trains the parser of `lang` on the UD treebanks and writes models/<lang>/parse.bin. */
export async function trainParser(
  lang: 'fr' | 'en',
  options: TrainParserOptions = {},
): Promise<{ modelPath: string; devScores: Record<string, number>; seconds: number }> {
  const started = Date.now();
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  const epochs = options.epochs ?? DEFAULT_EPOCHS[lang];
  const tags = options.tags ?? TRAINING_TAGS[lang];
  const corpus = PARSE_TREEBANKS[lang];
  const train = await taggedTrainingData(lang, tags, seed, log);
  const devSentences = loadTreebank(corpus.dev);
  // The dev sentences get the tags of the shipped tagger, as at run time.
  const dev = { sentences: devSentences, words: tags === 'gold' ? devSentences.map(conlluWords) : taggedWords(posModel(lang), devSentences) };
  const labels = collectLabels(train.sentences, ROOT_LABEL);
  const labelIds = new Map(labels.map((label, id) => [label, id] as const));
  const examples = train.sentences.map((sentence, i) => trainingSentence(sentence, labelIds, train.words[i]));
  log(`parse ${lang}: ${examples.length} training sentences, ${labels.length} relations, ${epochs} epochs, ${tags} tags, seed ${seed}`);

  const shape = options.shape ?? DEFAULT_SHAPE;
  const parser = await fitParser(examples, { lang, labels, shape, epochs, seed, dev, log, tagDoubts: TAG_DOUBTS[lang] });
  log(`parser: epoch ${parser.epoch} UAS ${parser.devScores.uas.toFixed(2)} LAS ${parser.devScores.las.toFixed(2)}`);
  const fitted = await fitRelabeller(parser, examples, { bits: shape.relabelBits, epochs: RELABEL_EPOCHS, seed, dev, log });
  const seconds = (Date.now() - started) / 1000;
  log(`dev ${corpus.dev} (${tags} tags): epoch ${fitted.epoch} UAS ${fitted.devScores.uas.toFixed(2)} LAS ${fitted.devScores.las.toFixed(2)}`);
  const modelPath = options.modelPath ?? defaultParserModelPath(lang);
  saveParserModel(modelPath, fitted.model, {
    trainingData: corpus.train.map((file) => file.replace('#free-genres', ` (genres ${GUM_FREE_GENRES.join(', ')}: CC BY or public domain)`)),
    seed,
    devScores: { ...fitted.devScores },
    trainedAt: new Date().toISOString(),
    devFile: corpus.dev,
    epochs,
    bestEpoch: fitted.epoch,
    parserDevScores: { ...parser.devScores },
    relabelMargin: fitted.model.relabeller?.margin ?? null,
    tags: TAG_SOURCES[tags],
    shape,
    trainingSeconds: Math.round(seconds),
  });
  return { modelPath, devScores: { ...fitted.devScores }, seconds };
}
