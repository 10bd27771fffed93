import { AveragedPerceptron } from '../ml/averaged-perceptron.js';
import {
  ModelError, parseJsonSection, readModelFile, requireSection, writeModelFile, jsonSection, type ModelContents, type ModelManifest,
} from '../ml/model-file.js';
import { modelPath } from '../ml/model-path.js';
import { TRANSITION_COUNT } from './transitions.js';

export const PARSE_TASK = 'parse';
/** The root relation; the labeller gives it to the root's dependent and to no other word. */
export const ROOT_LABEL = 'root';

/** A dependency parser: one perceptron choosing transitions, one labelling each arc as it is made. */
export interface ParserModel {
  readonly lang: string;
  readonly labels: readonly string[];
  readonly rootLabel: number;
  readonly transitions: AveragedPerceptron;
  readonly labeller: AveragedPerceptron;
  /** Second-pass labeller over the finished tree (relabel.ts); null in models trained without one. */
  readonly relabeller: Relabelling | null;
  /** Whether the model reads the tagger's doubts (features.ts); false in models trained without them. */
  readonly tagDoubts: boolean;
}

export interface Relabelling {
  readonly weights: AveragedPerceptron;
  /** Arcs whose best arc-time label leads the second by this much keep it without being rescored. */
  readonly margin: number;
}

export interface ParserShape {
  transitionBits: number;
  labelBits: number;
  relabelBits: number;
}

export function createParserModel(lang: string, labels: readonly string[], shape: ParserShape, tagDoubts: boolean): ParserModel {
  const rootLabel = labels.indexOf(ROOT_LABEL);
  if (rootLabel < 0) throw new Error(`the label set must contain "${ROOT_LABEL}"`);
  return {
    lang,
    labels,
    rootLabel,
    transitions: new AveragedPerceptron({ classes: TRANSITION_COUNT, bucketBits: shape.transitionBits }),
    labeller: new AveragedPerceptron({ classes: labels.length, bucketBits: shape.labelBits }),
    relabeller: null,
    tagDoubts,
  };
}

export function saveParserModel(path: string, model: ParserModel, manifest: ModelManifest): void {
  const relabeller = model.relabeller;
  // 8-bit weights score as 16-bit ones do on dev (EWT LAS 82.34 vs 82.32, Sequoia 86.93 vs 86.96) and halve what loading inflates.
  const config = { ...(relabeller ? { relabelMargin: relabeller.margin } : {}), ...(model.tagDoubts ? { tagDoubts: true } : {}) };
  writeModelFile(path, { task: PARSE_TASK, lang: model.lang, manifest, config }, new Map([
    ['labels', jsonSection(model.labels)],
    ['transitions', model.transitions.serialize({ bits: 8 })],
    ['labeller', model.labeller.serialize({ bits: 8 })],
    ...(relabeller ? [['relabeller', relabeller.weights.serialize({ bits: 8 })] as const] : []),
  ]));
}

export function loadParserModel(path: string, lang: string): ParserModel {
  const contents = readModelFile(path, { task: PARSE_TASK, lang });
  const labels = parseJsonSection<string[]>(requireSection(contents, 'labels', path), 'labels', path);
  if (!Array.isArray(labels) || !labels.every((label) => typeof label === 'string') || !labels.includes(ROOT_LABEL)) {
    throw new ModelError(`${path}: section "labels" is not a list of relations including "${ROOT_LABEL}"`);
  }
  const transitions = AveragedPerceptron.deserialize(requireSection(contents, 'transitions', path));
  const labeller = AveragedPerceptron.deserialize(requireSection(contents, 'labeller', path));
  const relabeller = loadRelabelling(contents, path);
  if (transitions.classes !== TRANSITION_COUNT || labeller.classes !== labels.length || (relabeller && relabeller.weights.classes !== labels.length)) {
    throw new ModelError(`${path}: weight tables do not match the transition system and label list`);
  }
  const tagDoubts = contents.header.config.tagDoubts === true;
  return { lang, labels, rootLabel: labels.indexOf(ROOT_LABEL), transitions, labeller, relabeller, tagDoubts };
}

function loadRelabelling(contents: ModelContents, path: string): Relabelling | null {
  const section = contents.sections.get('relabeller');
  if (!section) return null;
  const margin = contents.header.config.relabelMargin;
  if (typeof margin !== 'number' || !(margin >= 0)) throw new ModelError(`${path}: config "relabelMargin" is not a non-negative number`);
  return { weights: AveragedPerceptron.deserialize(section), margin };
}

/** Where the shipped parser of `lang` lives: models/<lang>/parse.bin.gz (PRESSCOPE_MODELS overrides the folder). */
export function defaultParserModelPath(lang: string): string {
  return modelPath(lang, PARSE_TASK);
}
