/** Saving and lazily loading the learned attribution model of a language (English: trained on PolNeAR). */
import { existsSync } from 'node:fs';
import { AveragedPerceptron } from '../ml/averaged-perceptron.js';
import { jsonSection, type ModelManifest, ModelError, parseJsonSection, readModelFile, requireSection, writeModelFile } from '../ml/model-file.js';
import { modelPath } from '../ml/model-path.js';
import { modelCache } from '../ml/model-cache.js';
import type { LemmaCueCounts } from './learned-features.js';

export const ATTRIBUTION_TASK = 'attribution';

/** Classes of the role model: what a candidate subtree is to its cue. */
export const ROLES = ['none', 'content', 'source'] as const;
export const CONTENT = 1;
export const SOURCE = 2;

export interface AttributionModel {
  /** Two classes: not a cue / head word of a reporting cue. */
  readonly cues: AveragedPerceptron;
  /** Three classes (ROLES) for each argument candidate of a cue. */
  readonly roles: AveragedPerceptron;
  /** Two classes for each token a content after its cue may start at: not its start / its start. */
  readonly starts: AveragedPerceptron;
  /** Two classes for each way a content candidate may end (whole, or before a comma and what follows): not its end / its end. */
  readonly ends: AveragedPerceptron;
  /** The cue counts of the lemmas that headed a cue in training (a cue feature). */
  readonly cueLemmas: LemmaCueCounts;
  readonly manifest: ModelManifest;
}

/** The weights alone, as training builds them before they get a manifest. */
export type AttributionWeights = Omit<AttributionModel, 'manifest'>;

export function saveAttributionModel(path: string, model: AttributionModel, lang: string): void {
  const sections = new Map<string, Uint8Array>([
    ['cues', model.cues.serialize({ bits: 8 })],
    ['roles', model.roles.serialize({ bits: 8 })],
    ['starts', model.starts.serialize({ bits: 8 })],
    ['ends', model.ends.serialize({ bits: 8 })],
    ['cueLemmas', jsonSection([...model.cueLemmas])],
  ]);
  writeModelFile(path, { task: ATTRIBUTION_TASK, lang, manifest: model.manifest, config: { roles: ROLES } }, sections);
}

export function loadAttributionModel(path: string, lang: string): AttributionModel {
  const contents = readModelFile(path, { task: ATTRIBUTION_TASK, lang });
  if (JSON.stringify(contents.header.config.roles) !== JSON.stringify(ROLES)) throw new ModelError(`${path}: attribution roles differ from this presscope's`);
  const cues = AveragedPerceptron.deserialize(requireSection(contents, 'cues', path));
  const roles = AveragedPerceptron.deserialize(requireSection(contents, 'roles', path));
  const starts = AveragedPerceptron.deserialize(requireSection(contents, 'starts', path));
  const ends = AveragedPerceptron.deserialize(requireSection(contents, 'ends', path));
  const cueLemmas = new Map(parseJsonSection<[string, [number, number]][]>(requireSection(contents, 'cueLemmas', path), 'cueLemmas', path));
  if (cues.classes !== 2 || roles.classes !== ROLES.length || starts.classes !== 2 || ends.classes !== 2) throw new ModelError(`${path}: attribution weights have the wrong number of classes`);
  return { cues, roles, starts, ends, cueLemmas, manifest: contents.header.manifest };
}

/** Languages without a shipped model (French: no training corpus) keep the rule-based path. */
const cache = modelCache<AttributionModel | null>((lang) => {
  const path = modelPath(lang, ATTRIBUTION_TASK);
  return existsSync(path) ? loadAttributionModel(path, lang) : null;
});

/** The shipped model of a language, loaded once on first use; null when there is none. */
export function attributionModel(lang: string): AttributionModel | null {
  return cache.get(lang);
}

/** Makes the stage use `model` for `lang` (a freshly trained model, before it is shipped). */
export function useAttributionModel(lang: string, model: AttributionModel | null): void {
  cache.use(lang, model);
}
