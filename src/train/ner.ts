/** Trains the NER model of a language (structured averaged perceptron, BIO, Viterbi). */
import { AveragedPerceptron } from '../ml/averaged-perceptron.js';
import { modelPath } from '../ml/model-path.js';
import { seededRandom, shuffleInPlace } from '../ml/random.js';
import { scoreNer } from '../eval/ner.js';
import { BIO_LABELS, labelIndex } from '../ner/bio.js';
import { type BioSentence, readBioFile } from '../ner/bio-file.js';
import { Gazetteer } from '../ner/gazetteer.js';
import { nerSentenceFeatures } from '../ner/ner-features.js';
import { NER_TASK, loadNerModel, saveNerModel } from '../ner/ner-model.js';
import { NerTagger } from '../ner/ner-tagger.js';
import { buildWordClusters } from '../ml/word-clusters.js';
import { clusterSentences, clusterTextSources, rawSentences } from './cluster-text.js';
import { casingClasses } from '../ner/casing.js';
import { buildGazetteerData } from './gazetteer-data.js';
import { sharedPath } from './data-paths.js';
import type { TrainOptions, TrainResult } from './options.js';

const EPOCHS = 12;
const BUCKET_BITS = 20;

/** The shipped French model learns from WiNER-fr only (CC BY 4.0); English from CoNLL-2003. */
export const NER_DATA: Readonly<Record<'fr' | 'en', { train: string; dev: readonly string[] }>> = {
  fr: { train: 'fr-winer-train.tsv', dev: ['fr-winer-dev.tsv', 'fr-wikineural-dev.tsv'] },
  en: { train: 'en-conll2003-train.tsv', dev: ['en-conll2003-dev.tsv'] },
};

/** Words seen at least twice in lower case: single-word gazetteer names equal to them are dropped. */
function commonLowerCaseWords(sentences: readonly BioSentence[]): Set<string> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const word of sentence.words) if (word === word.toLowerCase() && /\p{L}/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([word]) => word));
}

export async function trainNer(lang: 'fr' | 'en', options: TrainOptions): Promise<TrainResult> {
  const started = Date.now();
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  const data = NER_DATA[lang];
  const train = readBioFile(sharedPath('data', 'ner', data.train));
  const gazetteerData = buildGazetteerData(lang, commonLowerCaseWords(train));
  const raw = rawSentences(lang, data.train);
  const clusters = buildWordClusters(clusterSentences(raw), { seed });
  const casing = casingClasses(raw);
  const sources = { gazetteer: new Gazetteer(gazetteerData), clusters: new Map(Object.entries(clusters)), casing: new Map(Object.entries(casing)) };
  log(`ner ${lang}: ${train.length} training sentences, gazetteer of ${sources.gazetteer.size} names, ${sources.clusters.size} clustered words`);
  const weights = new AveragedPerceptron({ classes: BIO_LABELS.length, bucketBits: BUCKET_BITS });
  const tagger = new NerTagger(weights, sources);
  const encoded = train.map((sentence) => ({ features: nerSentenceFeatures(sentence.words, sources), gold: Int32Array.from(sentence.tags.map(labelIndex)) }));
  const random = seededRandom(seed);
  const order = encoded.map((_, i) => i);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    shuffleInPlace(order, random);
    let wrong = 0;
    for (const index of order) if (tagger.learn(encoded[index]!.features, encoded[index]!.gold)) wrong++;
    log(`ner ${lang}: epoch ${epoch}/${EPOCHS}, ${wrong} training sentences mis-tagged`);
  }
  weights.average();
  const path = options.outputPath ?? modelPath(lang, NER_TASK);
  const manifest = { trainingData: [data.train, 'geo/countries.tsv', 'geo/places.tsv'], clusterText: clusterTextSources(lang, data.train), devData: data.dev, seed, epochs: EPOCHS, devScores: {}, trainedAt: new Date().toISOString() };
  saveNerModel(path, weights, { gazetteer: gazetteerData, clusters, casing }, lang, manifest);
  const shipped = loadNerModel(path, lang);
  const devScores: Record<string, number> = {};
  for (const file of data.dev) {
    const scores = scoreNer(shipped, readBioFile(sharedPath('data', 'ner', file)));
    const name = file.replace(/\.tsv$/, '');
    devScores[`${name}:precision`] = scores.precision;
    devScores[`${name}:recall`] = scores.recall;
    devScores[`${name}:f1`] = scores.f1;
    log(`ner ${lang}: ${file} P ${scores.precision} R ${scores.recall} F1 ${scores.f1} ${JSON.stringify(scores.perType)}`);
  }
  saveNerModel(path, weights, { gazetteer: gazetteerData, clusters, casing }, lang, { ...manifest, devScores });
  const seconds = (Date.now() - started) / 1000;
  return { modelPath: path, devScores, seconds };
}
