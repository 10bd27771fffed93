/** Trains the NER model of a language (structured averaged perceptron, BIO, Viterbi). */
import { AveragedPerceptron } from '../ml/averaged-perceptron.js';
import { modelPath } from '../ml/model-path.js';
import { seededRandom, shuffleInPlace } from '../ml/random.js';
import { scoreNer } from '../eval/ner.js';
import { BIO_LABELS, labelIndex } from '../ner/bio.js';
import { type BioSentence, readBioFile } from '../ner/bio-file.js';
import { Gazetteer } from '../ner/gazetteer.js';
import { nerSentenceFeatures } from '../ner/ner-features.js';
import { loadNerModel, nerModelTask, saveNerModel } from '../ner/ner-model.js';
import { NerTagger } from '../ner/ner-tagger.js';
import { LabelMemory } from '../ner/label-memory.js';
import type { NerFeatureSources, SentenceFeatures } from '../ner/ner-features.js';
import { buildWordClusters } from '../ml/word-clusters.js';
import { clusterSentences, clusterTextSources, rawSentences } from './cluster-text.js';
import { casingClasses } from '../ner/casing.js';
import { buildGazetteerData } from './gazetteer-data.js';
import { sharedPath } from './data-paths.js';
import type { TrainOptions, TrainResult } from './options.js';

/** Epochs are scored on the first dev file from MIN_EPOCHS on; the best averaged model is kept. */
const MIN_EPOCHS = 6;
const MAX_EPOCHS = 16;
const BUCKET_BITS = 20;
/**
 * The label-memory features learn from what a tagger that never saw the sentence said earlier
 * in its document (k-fold jack-knifing over contiguous folds, which keeps documents whole):
 * learnt from gold labels, they would be trusted far more than run-time predictions deserve.
 */
const JACKKNIFE_FOLDS = 4;
const JACKKNIFE_EPOCHS = 8;

export interface NerCorpus {
  readonly lang: 'fr' | 'en';
  readonly train: string;
  /** The first file selects the epoch; all are scored and recorded in the manifest. */
  readonly dev: readonly string[];
  readonly licence: string;
  /** Optional models are written as ner-<variant>.bin.gz and loaded only on request. */
  readonly variant?: string;
  /** Terms of use recorded in the manifest of an optional model. */
  readonly notice?: string;
}

export const NER_CORPORA = {
  /** The shipped French model learns from WiNER-fr only (CC BY 4.0). */
  winer: { lang: 'fr', train: 'fr-winer-train.tsv', dev: ['fr-winer-dev.tsv', 'fr-wikineural-dev.tsv'], licence: 'CC BY 4.0 (annotations), CC BY 2.5 (Wikinews texts)' },
  wikineural: {
    lang: 'fr',
    train: 'fr-wikineural-train.tsv',
    dev: ['fr-wikineural-dev.tsv', 'fr-winer-dev.tsv'],
    licence: 'CC BY-NC-SA 4.0',
    variant: 'wikineural-nc',
    notice: 'NON-COMMERCIAL USE ONLY. Trained on WikiNEuRal (Tedeschi et al. 2021), licensed CC BY-NC-SA 4.0: this model is shared under the same licence. Never loaded by default; select it with PRESSCOPE_NER_MODEL=wikineural-nc.',
  },
  conll2003: { lang: 'en', train: 'en-conll2003-train.tsv', dev: ['en-conll2003-dev.tsv'], licence: 'CoNLL-2003 (Reuters RCV1 texts, research use); only feature weights are shipped' },
} as const satisfies Record<string, NerCorpus>;

export type NerCorpusName = keyof typeof NER_CORPORA;

export const DEFAULT_NER_CORPUS: Readonly<Record<'fr' | 'en', NerCorpusName>> = { fr: 'winer', en: 'conll2003' };

export interface NerTrainOptions extends TrainOptions {
  /** Training corpus (default: the language's free-licence corpus, DEFAULT_NER_CORPUS). */
  corpus?: NerCorpusName;
}

/** Words seen at least twice in lower case: single-word gazetteer names equal to them are dropped. */
function commonLowerCaseWords(sentences: readonly BioSentence[]): Set<string> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const word of sentence.words) if (word === word.toLowerCase() && /\p{L}/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([word]) => word));
}

interface Example {
  readonly features: SentenceFeatures;
  readonly gold: Int32Array;
}

/** Structured-perceptron epochs over shuffled examples; `afterEpoch` sees the learner after each. */
function trainEpochs(examples: readonly Example[], sources: NerFeatureSources, epochs: number, seed: number, afterEpoch: (epoch: number, weights: AveragedPerceptron, wrong: number) => void): void {
  const weights = new AveragedPerceptron({ classes: BIO_LABELS.length, bucketBits: BUCKET_BITS });
  const learner = new NerTagger(weights, sources);
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, random);
    let wrong = 0;
    for (const index of order) if (learner.learn(examples[index]!.features, examples[index]!.gold)) wrong++;
    afterEpoch(epoch, weights, wrong);
  }
}

/** Per training sentence, the label memory (see label-memory.ts) a held-out tagger leaves before it. */
function jackknifedMemory(train: readonly BioSentence[], gold: readonly Int32Array[], sources: NerFeatureSources, seed: number, log: (line: string) => void): Int16Array[] {
  const recalled: Int16Array[] = new Array(train.length);
  const foldSize = Math.ceil(train.length / JACKKNIFE_FOLDS);
  for (let fold = 0; fold < JACKKNIFE_FOLDS; fold++) {
    const start = fold * foldSize;
    const end = Math.min(train.length, start + foldSize);
    const rest = train.flatMap((sentence, i) => (i >= start && i < end ? [] : [{ features: nerSentenceFeatures(sentence.words, sources), gold: gold[i]! }]));
    trainEpochs(rest, sources, JACKKNIFE_EPOCHS, seed, (epoch, weights) => {
      if (epoch < JACKKNIFE_EPOCHS) return;
      const tagger = new NerTagger(weights.averagedCopy(), sources);
      let memory = new LabelMemory();
      for (let i = start; i < end; i++) {
        if (train[i]!.startsDocument || i === start) memory = new LabelMemory();
        recalled[i] = memory.recall(train[i]!.words);
        tagger.tag(train[i]!.words, memory);
      }
    });
    log(`ner: jack-knife fold ${fold + 1}/${JACKKNIFE_FOLDS} tagged`);
  }
  return recalled;
}

export async function trainNer(lang: 'fr' | 'en', options: NerTrainOptions): Promise<TrainResult> {
  const started = Date.now();
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  const corpusName = options.corpus ?? DEFAULT_NER_CORPUS[lang];
  const corpus: NerCorpus = NER_CORPORA[corpusName];
  if (corpus.lang !== lang) throw new Error(`NER corpus ${corpusName} is ${corpus.lang}, not ${lang}`);
  const train = readBioFile(sharedPath('data', 'ner', corpus.train));
  const gazetteerData = buildGazetteerData(lang, commonLowerCaseWords(train));
  const raw = rawSentences(lang, corpus.train);
  const clusters = buildWordClusters(clusterSentences(raw), { seed });
  const casing = casingClasses(raw);
  const lexicons = { gazetteer: gazetteerData, clusters, casing };
  const sources = { gazetteer: new Gazetteer(gazetteerData), clusters: new Map(Object.entries(clusters)), casing: new Map(Object.entries(casing)) };
  log(`ner ${lang} (${corpusName}): ${train.length} training sentences, gazetteer of ${sources.gazetteer.size} names, ${sources.clusters.size} clustered words`);
  const gold = train.map((sentence) => Int32Array.from(sentence.tags.map(labelIndex)));
  const recalled = jackknifedMemory(train, gold, sources, seed, log);
  const examples = train.map((sentence, i) => ({ features: nerSentenceFeatures(sentence.words, sources, recalled[i]), gold: gold[i]! }));
  const devSets = corpus.dev.map((file) => ({ file, sentences: readBioFile(sharedPath('data', 'ner', file)) }));
  const selection = devSets[0]!;
  let best: { epoch: number; f1: number; weights?: AveragedPerceptron } = { epoch: 0, f1: -1 };
  trainEpochs(examples, sources, MAX_EPOCHS, seed, (epoch, weights, wrong) => {
    if (epoch < MIN_EPOCHS) {
      log(`ner ${lang}: epoch ${epoch}/${MAX_EPOCHS}, ${wrong} training sentences mis-tagged`);
      return;
    }
    const averaged = weights.averagedCopy();
    const { f1 } = scoreNer({ tagger: new NerTagger(averaged, sources), manifest: {} as never }, selection.sentences);
    log(`ner ${lang}: epoch ${epoch}/${MAX_EPOCHS}, ${wrong} training sentences mis-tagged, ${selection.file} F1 ${f1}`);
    if (f1 > best.f1) best = { epoch, f1, weights: averaged };
  });
  log(`ner ${lang}: keeping epoch ${best.epoch}`);
  const path = options.outputPath ?? modelPath(lang, nerModelTask(corpus.variant));
  const manifest = {
    trainingData: [corpus.train, 'geo/countries.tsv', 'geo/places.tsv'],
    clusterText: clusterTextSources(lang, corpus.train),
    licence: corpus.licence,
    ...(corpus.notice ? { notice: corpus.notice } : {}),
    devData: corpus.dev,
    seed,
    epochs: best.epoch,
    epochSelection: `best ${selection.file} F1 over epochs ${MIN_EPOCHS}–${MAX_EPOCHS}`,
    devScores: {},
    trainedAt: new Date().toISOString(),
  };
  saveNerModel(path, best.weights!, lexicons, lang, manifest);
  // Dev scores of the file as shipped (quantised weights), recorded in its manifest.
  const shipped = loadNerModel(path, lang);
  const devScores: Record<string, number> = {};
  for (const { file, sentences } of devSets) {
    const scores = scoreNer(shipped, sentences);
    const name = file.replace(/\.tsv$/, '');
    devScores[`${name}:precision`] = scores.precision;
    devScores[`${name}:recall`] = scores.recall;
    devScores[`${name}:f1`] = scores.f1;
    log(`ner ${lang}: ${file} P ${scores.precision} R ${scores.recall} F1 ${scores.f1} ${JSON.stringify(scores.perType)}`);
  }
  saveNerModel(path, best.weights!, lexicons, lang, { ...manifest, devScores });
  const seconds = (Date.now() - started) / 1000;
  return { modelPath: path, devScores, seconds };
}
