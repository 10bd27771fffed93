/** Trains the POS / morphology / lemma model of a language from its treebanks. */
import { AveragedPerceptron } from '../ml/averaged-perceptron.js';
import { modelPath } from '../ml/model-path.js';
import { seededRandom, shuffleInPlace } from '../ml/random.js';
import type { ConlluSentence } from '../eval/conllu.js';
import { scorePos } from '../eval/pos.js';
import { buildLemmatizerData } from '../tag/lemmatizer.js';
import { POS_TASK, type PosModelData, loadPosModel, savePosModel, usePosModel } from '../tag/pos-model.js';
import { MorphDictionary, type MorphExample, buildMorphDictionaryData } from '../tag/morph-dictionary.js';
import { UposDictionary, buildUposDictionaryData } from '../tag/upos-dictionary.js';
import { type FeatureAttribute, Tagger, type TaggerLabels, type TaggerModels, compareFeatureNames, morphClassCount } from '../tag/tagger.js';
import { POS_TREEBANKS, loadTreebank } from './treebanks.js';
import type { TrainOptions, TrainResult } from './options.js';

const EPOCHS = 10;
const UPOS_BUCKET_BITS = 20;
const MORPH_BUCKET_BITS = 18;
/**
 * Words seen this often in training keep to the tags seen with them when tagging (see
 * UposDictionary); null: no dictionary. Tried from 3 / 5 / 10 / 20 occurrences: Sequoia dev UPOS
 * 97.90 -> 98.12 / 98.07 / 97.96 / 97.95 (UFeats 94.42 -> 94.56 at 3); EWT dev 95.58 -> 95.57 /
 * 95.61 / 95.65 / 95.65 and GUM dev 96.30 -> 96.40 / 96.33 / 96.32 / 96.30, within noise for
 * English and not on both files, so English goes without.
 */
const UPOS_DICTIONARY_MIN_COUNT: Readonly<Record<'fr' | 'en', number | null>> = { fr: 3, en: null };
/** Attributes rarer than this in training are not predicted (too few examples to learn). */
const MIN_ATTRIBUTE_COUNT = 20;

export async function trainPos(lang: 'fr' | 'en', options: TrainOptions): Promise<TrainResult> {
  const started = Date.now();
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  const selection = POS_TREEBANKS[lang];
  const train = selection.train.flatMap((file) => loadTreebank(file));
  const dev = loadTreebank(selection.dev);
  log(`pos ${lang}: ${train.length} training sentences, ${dev.length} dev sentences`);
  const { models, data } = fitTagger(lang, train, seed, log);

  const path = options.outputPath ?? modelPath(lang, POS_TASK);
  const manifest = {
    trainingData: [...selection.train],
    devData: selection.dev,
    seed,
    epochs: EPOCHS,
    devScores: {},
    trainedAt: new Date().toISOString(),
  };
  savePosModel(path, models, data, lang, manifest);
  // Score the model as shipped (quantised and reloaded), then record the scores in its manifest.
  usePosModel(lang, loadPosModel(path, lang));
  const scores = scorePos(dev, lang);
  const devScores = { upos: scores.upos, xpos: scores.xpos ?? NaN, ufeats: scores.ufeats, lemma: scores.lemma };
  savePosModel(path, models, data, lang, { ...manifest, devScores: Object.fromEntries(Object.entries(devScores).filter(([, v]) => Number.isFinite(v))) });
  const seconds = (Date.now() - started) / 1000;
  log(`pos ${lang}: dev ${JSON.stringify(devScores)} in ${seconds.toFixed(1)} s -> ${path}`);
  return { modelPath: path, devScores, seconds };
}

/** The tagger's weights and tables learnt from `train` (deterministic for a seed); saving is the caller's. */
export function fitTagger(lang: 'fr' | 'en', train: readonly ConlluSentence[], seed: number, log: (line: string) => void = () => {}): { models: TaggerModels; data: PosModelData } {
  const labels = collectLabels(train, lang);
  const models: TaggerModels = {
    upos: new AveragedPerceptron({ classes: labels.upos.length, bucketBits: UPOS_BUCKET_BITS }),
    uposAhead: new AveragedPerceptron({ classes: labels.upos.length, bucketBits: UPOS_BUCKET_BITS }),
    morph: new AveragedPerceptron({ classes: morphClassCount(labels), bucketBits: MORPH_BUCKET_BITS }),
  };
  const encoded = train.map((sentence) => encodeSentence(sentence, labels));
  // The morphology dictionary applies while training too: the morphology model learns the words it will score.
  const dictionary = buildMorphDictionaryData(encoded.flatMap(morphExamples));
  const uposDictionary = buildUposDictionaryData(encoded.flatMap((sentence) => sentence.words.map((form, i) => ({ form, upos: sentence.upos[i]! }))), UPOS_DICTIONARY_MIN_COUNT[lang]);
  // The UPOS dictionary constrains tagging only: learning with it leaves the constrained words'
  // weights undertrained (Sequoia dev UPOS 97.94, UFeats 94.26 against 98.07, 94.52).
  const tagger = new Tagger(labels, models, new MorphDictionary(dictionary), new UposDictionary({ words: {} }));
  const random = seededRandom(seed);
  const order = encoded.map((_, i) => i);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    shuffleInPlace(order, random);
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const gold = encoded[index]!;
      tagger.tagIndices(gold.words, {
        upos(model, word, features, count, guess) {
          model.update(features, count, gold.upos[word]!, guess);
          model.tick();
          if (model === models.uposAhead) {
            if (guess === gold.upos[word]) correct++;
            total++;
          }
          return guess;
        },
        morph(word, features, count, guesses, heads) {
          heads.forEach((head, h) => {
            const truth = h < gold.attributes.length ? gold.attributes[h]![word]! : gold.xpos![word]!;
            models.morph.update(features, count, head.offset + truth, head.offset + guesses[h]!);
          });
          models.morph.tick();
        },
      });
    }
    log(`pos ${lang}: epoch ${epoch}/${EPOCHS} training UPOS ${(100 * correct / total).toFixed(2)}% (scored words)`);
  }
  models.upos.average();
  models.uposAhead.average();
  models.morph.average();

  const lemmas = buildLemmatizerData(train.flatMap((sentence) => sentence.words.map((word) => ({ form: word.form, upos: word.upos, lemma: word.lemma }))));
  return { models, data: { labels, dictionary, lemmas, uposDictionary } };
}

interface EncodedSentence {
  words: string[];
  upos: Int32Array;
  xpos: Int32Array | null;
  attributes: Int32Array[];
}

/** Each word's UPOS and morphology as one value index per head (attributes, then XPOS). */
function morphExamples(sentence: EncodedSentence): MorphExample[] {
  return sentence.words.map((form, i) => ({
    form,
    upos: sentence.upos[i]!,
    morph: [...sentence.attributes.map((values) => values[i]!), ...(sentence.xpos ? [sentence.xpos[i]!] : [])],
  }));
}

function collectLabels(sentences: readonly ConlluSentence[], lang: string): TaggerLabels {
  const upos = new Set<string>();
  const xpos = new Set<string>();
  const attributeValues = new Map<string, Map<string, number>>();
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      upos.add(word.upos);
      if (word.xpos !== '_') xpos.add(word.xpos);
      for (const [name, value] of parseFeats(word.feats)) {
        let values = attributeValues.get(name);
        if (!values) attributeValues.set(name, (values = new Map()));
        values.set(value, (values.get(value) ?? 0) + 1);
      }
    }
  }
  const attributes: FeatureAttribute[] = [...attributeValues]
    .filter(([, values]) => [...values.values()].reduce((a, b) => a + b, 0) >= MIN_ATTRIBUTE_COUNT)
    .sort(([a], [b]) => compareFeatureNames(a, b))
    .map(([name, values]) => ({ name, values: ['', ...[...values.keys()].sort()] }));
  void lang;
  return { upos: [...upos].sort(), xpos: xpos.size > 0 ? [...xpos].sort() : null, attributes };
}

function encodeSentence(sentence: ConlluSentence, labels: TaggerLabels): EncodedSentence {
  const n = sentence.words.length;
  const upos = new Int32Array(n);
  const xpos = labels.xpos ? new Int32Array(n) : null;
  const attributes = labels.attributes.map(() => new Int32Array(n));
  sentence.words.forEach((word, i) => {
    upos[i] = labels.upos.indexOf(word.upos);
    if (xpos) xpos[i] = Math.max(0, labels.xpos!.indexOf(word.xpos));
    const feats = new Map(parseFeats(word.feats));
    labels.attributes.forEach((attribute, a) => {
      const value = feats.get(attribute.name);
      attributes[a]![i] = value === undefined ? 0 : Math.max(0, attribute.values.indexOf(value));
    });
  });
  return { words: sentence.words.map((word) => word.form), upos, xpos, attributes };
}

export function parseFeats(feats: string): [string, string][] {
  if (feats === '_' || feats === '') return [];
  return feats.split('|').map((pair) => {
    const eq = pair.indexOf('=');
    return [pair.slice(0, eq), pair.slice(eq + 1)] as [string, string];
  });
}
