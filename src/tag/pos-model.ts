/** Saving and lazily loading the POS/morphology/lemma model of a language. */
import { AveragedPerceptron } from '../ml/averaged-perceptron.js';
import { type ModelManifest, jsonSection, parseJsonSection, readModelFile, requireSection, writeModelFile } from '../ml/model-file.js';
import { modelPath } from '../ml/model-path.js';
import { modelCache } from '../ml/model-cache.js';
import { ModelError } from '../ml/model-error.js';
import { Lemmatizer, type LemmatizerData } from './lemmatizer.js';
import { MorphDictionary, type MorphDictionaryData } from './morph-dictionary.js';
import { Tagger, type TaggerLabels, type TaggerModels } from './tagger.js';
import { UposDictionary, type UposDictionaryData } from './upos-dictionary.js';

export const POS_TASK = 'pos';

export interface PosModel {
  readonly tagger: Tagger;
  readonly lemmatizer: Lemmatizer;
  readonly manifest: ModelManifest;
}

/** What a POS model file holds besides its perceptrons. */
export interface PosModelData {
  readonly labels: TaggerLabels;
  readonly dictionary: MorphDictionaryData;
  readonly lemmas: LemmatizerData;
  readonly uposDictionary: UposDictionaryData;
}

export function savePosModel(path: string, models: TaggerModels, data: PosModelData, lang: string, manifest: ModelManifest): void {
  const sections = new Map<string, Uint8Array>();
  sections.set('upos', models.upos.serialize());
  sections.set('uposAhead', models.uposAhead.serialize());
  // 8-bit morphology weights: half the size and load time of 16-bit ones for the same dev scores.
  sections.set('morph', models.morph.serialize({ bits: 8 }));
  sections.set('dictionary', jsonSection(data.dictionary));
  sections.set('lemmatizer', jsonSection(data.lemmas));
  sections.set('uposDictionary', jsonSection(data.uposDictionary));
  writeModelFile(path, { task: POS_TASK, lang, manifest, config: { labels: data.labels } }, sections);
}

export function loadPosModel(path: string, lang: string): PosModel {
  const contents = readModelFile(path, { task: POS_TASK, lang });
  const labels = contents.header.config.labels as TaggerLabels;
  const models: TaggerModels = {
    upos: AveragedPerceptron.deserialize(requireSection(contents, 'upos', path)),
    uposAhead: AveragedPerceptron.deserialize(requireSection(contents, 'uposAhead', path)),
    morph: AveragedPerceptron.deserialize(requireSection(contents, 'morph', path)),
  };
  const dictionary = parseJsonSection<MorphDictionaryData>(requireSection(contents, 'dictionary', path), 'dictionary', path);
  if (dictionary.valuesByUpos === undefined) throw new ModelError(`${path}: the morphology dictionary lacks the values seen per UPOS (a model from an older presscope); retrain it with \`presscope train pos --lang ${lang}\``);
  const lemmas = parseJsonSection<LemmatizerData>(requireSection(contents, 'lemmatizer', path), 'lemmatizer', path);
  const uposDictionary = new UposDictionary(parseJsonSection<UposDictionaryData>(requireSection(contents, 'uposDictionary', path), 'uposDictionary', path));
  const tagger = new Tagger(labels, models, new MorphDictionary(dictionary), uposDictionary);
  return { tagger, lemmatizer: new Lemmatizer(lemmas), manifest: contents.header.manifest };
}

const cache = modelCache<PosModel>((lang) => loadPosModel(modelPath(lang, POS_TASK), lang));

/** The shipped model of a language, loaded once on first use. */
export function posModel(lang: string): PosModel {
  return cache.get(lang);
}

/** Makes the stage use `model` for `lang` (a freshly trained model, before it is shipped). */
export function usePosModel(lang: string, model: PosModel): void {
  cache.use(lang, model);
}
