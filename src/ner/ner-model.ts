/**
 * Saving and lazily loading the NER model of a language (weights, gazetteer, word clusters).
 * An optional model (e.g. one under a non-commercial licence) is never loaded by default: the
 * PRESSCOPE_NER_MODEL environment variable names it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AveragedPerceptron } from '../ml/averaged-perceptron.js';
import { type ModelManifest, ModelError, jsonSection, parseJsonSection, readModelFile, requireSection, writeModelFile } from '../ml/model-file.js';
import { modelPath, modelsDirectory } from '../ml/model-path.js';
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

/** Names an optional model variant: `wikineural-nc` selects models/<lang>/ner-wikineural-nc.bin.gz. */
export const NER_MODEL_VARIABLE = 'PRESSCOPE_NER_MODEL';

/** File name stem of a model variant (`ner-<variant>`), the default model when `variant` is undefined. */
export function nerModelTask(variant?: string): string {
  return variant ? `${NER_TASK}-${variant}` : NER_TASK;
}

/**
 * The model file of a language: the variant PRESSCOPE_NER_MODEL names where one exists for the
 * language (variants may exist for one language only; the others keep their default model).
 */
export function nerModelPath(lang: string): string {
  const variant = process.env[NER_MODEL_VARIABLE]?.trim();
  if (!variant) return modelPath(lang, NER_TASK);
  if (!/^[a-z0-9-]+$/i.test(variant)) throw new ModelError(`${NER_MODEL_VARIABLE}=${variant}: expected a model name such as wikineural-nc`);
  const task = nerModelTask(variant);
  const languages = existsSync(modelsDirectory()) ? readdirSync(modelsDirectory()) : [];
  if (!languages.some((code) => existsSync(modelPath(code, task)))) {
    throw new ModelError(`${NER_MODEL_VARIABLE}=${variant}: no model file ${join(modelsDirectory(), '<lang>', `${task}.bin.gz`)}`);
  }
  const path = modelPath(lang, task);
  return existsSync(path) ? path : modelPath(lang, NER_TASK);
}

const cache = modelCache<NerModel>((lang) => loadNerModel(nerModelPath(lang), lang));

/** The model of a language (the default one unless PRESSCOPE_NER_MODEL names another), loaded once on first use. */
export function nerModel(lang: string): NerModel {
  return cache.get(lang);
}

/** Makes the stage use `model` for `lang` (a freshly trained model, before it is shipped). */
export function useNerModel(lang: string, model: NerModel): void {
  cache.use(lang, model);
}
