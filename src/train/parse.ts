import type { ConlluSentence } from '../eval/conllu.js';
import { seededRandom, shuffleInPlace } from '../ml/random.js';
import { ParserLearner } from '../parse/learn.js';
import { ROOT_LABEL, createParserModel, defaultParserModelPath, saveParserModel, type ParserModel, type ParserShape } from '../parse/model.js';
import { Parser } from '../parse/parser.js';
import { AttachmentScore } from '../parse/attachment-score.js';
import { collectLabels, conlluWords, trainingSentence } from '../parse/treebank.js';
import { GUM_FREE_GENRES, POS_TREEBANKS, loadTreebank } from './treebanks.js';
import type { ParseWord } from '../parse/words.js';
import { annotateWords } from '../tag/annotate.js';
import { posModel } from '../tag/pos-model.js';

/** The parser trains and selects on the same treebanks as the tagger (GUM limited to its freely licensed genres). */
const PARSE_TREEBANKS = POS_TREEBANKS;

export interface TrainParserOptions {
  seed?: number;
  log?: (line: string) => void;
  epochs?: number;
  modelPath?: string;
  /**
   * Tags the parser learns from: the shipped tagger's predictions (default), so that it learns to
   * live with tagging mistakes as at run time, or the gold tags of the treebank.
   */
  tags?: 'predicted' | 'gold';
  /** Sizes of the hashed weight tables (log2 of the rows). */
  shape?: ParserShape;
}

/** The words of `sentences` with the tags the shipped tagger predicts for their gold forms. */
export function predictedTagWords(lang: 'fr' | 'en', sentences: readonly ConlluSentence[]): ParseWord[][] {
  const model = posModel(lang);
  return sentences.map((sentence) => {
    const forms = sentence.words.map((word) => word.form);
    return annotateWords(model, forms).map((tags, i) => ({ form: forms[i]!, upos: tags.upos, xpos: tags.xpos, feats: tags.feats }));
  });
}

export const DEFAULT_EPOCHS = 15;
export const DEFAULT_SHAPE: ParserShape = { transitionBits: 22, labelBits: 18 };

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

/** Trains the parser of `lang` on the UD treebanks and writes models/<lang>/parse.bin. */
export async function trainParser(
  lang: 'fr' | 'en',
  options: TrainParserOptions = {},
): Promise<{ modelPath: string; devScores: Record<string, number>; seconds: number }> {
  const started = Date.now();
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  const epochs = options.epochs ?? DEFAULT_EPOCHS;
  const corpus = PARSE_TREEBANKS[lang];
  const train = corpus.train.flatMap(loadTreebank);
  const dev = loadTreebank(corpus.dev);
  const tags = options.tags ?? 'predicted';
  const tagWords = (sentences: ConlluSentence[]) => (tags === 'gold' ? sentences.map(conlluWords) : predictedTagWords(lang, sentences));
  const trainWords = tagWords(train);
  const devWords = tagWords(dev);
  const labels = collectLabels(train, ROOT_LABEL);
  const labelIds = new Map(labels.map((label, id) => [label, id] as const));
  const examples = train.map((sentence, i) => trainingSentence(sentence, labelIds, trainWords[i]));
  log(`parse ${lang}: ${examples.length} training sentences, ${labels.length} relations, ${epochs} epochs, ${tags} tags, seed ${seed}`);

  const shape = options.shape ?? DEFAULT_SHAPE;
  const model = createParserModel(lang, labels, shape);
  const random = seededRandom(seed);
  const learner = new ParserLearner(model, random);
  const order = examples.map((_, i) => i);
  const totalWords = examples.reduce((sum, example) => sum + example.sentence.length, 0);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, random);
    let correct = 0;
    // The first epoch follows the oracle; later ones explore the model's own mistakes.
    for (const index of order) correct += learner.learn(examples[index]!, epoch > 1);
    log(`epoch ${epoch}: training UAS ${((100 * correct) / totalWords).toFixed(2)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  model.transitions.average();
  model.labeller.average();
  const devScores = attachmentScores(model, dev, devWords);
  const seconds = (Date.now() - started) / 1000;
  log(`dev ${corpus.dev} (${tags} tags): UAS ${devScores.uas.toFixed(2)} LAS ${devScores.las.toFixed(2)}`);
  const modelPath = options.modelPath ?? defaultParserModelPath(lang);
  saveParserModel(modelPath, model, {
    trainingData: corpus.train.map((file) => file.replace('#free-genres', ` (genres ${GUM_FREE_GENRES.join(', ')}: CC BY or public domain)`)),
    seed,
    devScores: { ...devScores },
    trainedAt: new Date().toISOString(),
    devFile: corpus.dev,
    epochs,
    tags,
    shape,
    trainingSeconds: Math.round(seconds),
  });
  return { modelPath, devScores: { ...devScores }, seconds };
}
