/** Saving and lazily loading the NER model of a language (weights, gazetteer, word clusters). */
import { AveragedPerceptron } from '../ml/averaged-perceptron.js';
import { type ModelManifest, ModelError, jsonSection, parseJsonSection, readModelFile, requireSection, writeModelFile } from '../ml/model-file.js';
import { modelPath } from '../ml/model-path.js';
import { modelCache } from '../ml/model-cache.js';
import { BIO_LABELS } from './bio.js';
import { Gazetteer, type GazetteerData } from './gazetteer.js';
import { NerTagger } from './ner-tagger.js';

export const NER_TASK = 'ner';

export interface NerModel {
  readonly tagger: NerTagger;
  readonly manifest: ModelManifest;
}

/** Word lists the NER features read, stored in the model so that it runs without shared data. */
export interface NerLexicons {
  readonly gazetteer: GazetteerData;
  readonly clusters: Record<string, number>;
  readonly casing: Record<string, number>;
}

export function saveNerModel(path: string, weights: AveragedPerceptron, lexicons: NerLexicons, lang: string, manifest: ModelManifest): void {
  const sections = new Map<string, Uint8Array>([
    ['weights', weights.serialize()],
    ['gazetteer', jsonSection(lexicons.gazetteer)],
    ['clusters', jsonSection(lexicons.clusters)],
    ['casing', jsonSection(lexicons.casing)],
  ]);
  writeModelFile(path, { task: NER_TASK, lang, manifest, config: { labels: BIO_LABELS } }, sections);
}

export function loadNerModel(path: string, lang: string): NerModel {
  const contents = readModelFile(path, { task: NER_TASK, lang });
  const labels = contents.header.config.labels;
  if (JSON.stringify(labels) !== JSON.stringify(BIO_LABELS)) throw new ModelError(`${path}: NER labels ${JSON.stringify(labels)} differ from this presscope's`);
  const weights = AveragedPerceptron.deserialize(requireSection(contents, 'weights', path));
  const gazetteer = new Gazetteer(parseJsonSection<GazetteerData>(requireSection(contents, 'gazetteer', path), 'gazetteer', path));
  const wordMap = (name: string) => new Map(Object.entries(parseJsonSection<Record<string, number>>(requireSection(contents, name, path), name, path)));
  const clusters = wordMap('clusters');
  const casing = wordMap('casing');
  if (weights.classes !== BIO_LABELS.length) throw new ModelError(`${path}: NER weights have ${weights.classes} classes, expected ${BIO_LABELS.length}`);
  return { tagger: new NerTagger(weights, { gazetteer, clusters, casing }), manifest: contents.header.manifest };
}

const cache = modelCache<NerModel>((lang) => loadNerModel(modelPath(lang, NER_TASK), lang));

/** The shipped model of a language, loaded once on first use. */
export function nerModel(lang: string): NerModel {
  return cache.get(lang);
}

/** Makes the stage use `model` for `lang` (a freshly trained model, before it is shipped). */
export function useNerModel(lang: string, model: NerModel): void {
  cache.use(lang, model);
}
