/**
 * POS and morphology tagger: UPOS in two greedy left-to-right passes (previous predicted tags as
 * features; the second pass also sees the first pass's tags of the next words), then, with all
 * UPOS known, one decision per morphological attribute (value, or absent) and for XPOS where the
 * treebank has it. Words of the morphology dictionary get their sure values without scoring; words
 * of the UPOS dictionary choose among the tags training saw them with.
 */
import { AveragedPerceptron } from '../ml/averaged-perceptron.js';
import type { MorphDictionary } from './morph-dictionary.js';
import { MAX_TAGGER_FEATURES, morphFeatures, sentenceContextFeatures, uposFeatures } from './tagger-features.js';
import { type UposDictionary, singleTag } from './upos-dictionary.js';
import { sentenceWordHashes } from './word-hashes.js';

/** One morphological attribute: its name and values; value index 0 means "absent". */
export interface FeatureAttribute {
  readonly name: string;
  readonly values: readonly string[];
}

export interface TaggerLabels {
  readonly upos: readonly string[];
  /** Null when the training treebank has no XPOS (French Sequoia/GSD). */
  readonly xpos: readonly string[] | null;
  readonly attributes: readonly FeatureAttribute[];
}

export interface TaggerModels {
  /** First UPOS pass: left context only. */
  readonly upos: AveragedPerceptron;
  /** Second UPOS pass: also the first pass's tags ahead. */
  readonly uposAhead: AveragedPerceptron;
  /**
   * All morphology decisions in one perceptron whose classes are the concatenated value lists of
   * the heads (see `morphHeads`): one weight-row lookup per feature serves every head.
   */
  readonly morph: AveragedPerceptron;
}

/** A slice of the morphology perceptron's classes: one attribute, or XPOS. */
export interface MorphHead {
  readonly offset: number;
  readonly size: number;
}

/** Heads in class order: the attributes, then XPOS if the treebank has it. */
export function morphHeads(labels: TaggerLabels): MorphHead[] {
  const heads: MorphHead[] = [];
  let offset = 0;
  for (const attribute of labels.attributes) {
    heads.push({ offset, size: attribute.values.length });
    offset += attribute.values.length;
  }
  if (labels.xpos) heads.push({ offset, size: labels.xpos.length });
  return heads;
}

export function morphClassCount(labels: TaggerLabels): number {
  return morphHeads(labels).reduce((sum, head) => sum + head.size, 0);
}

export interface WordTags {
  upos: string;
  xpos?: string;
  /** UD FEATS string (`_` when empty, as in CoNLL-U). */
  feats: string;
  /** The runner-up UPOS and XPOS when the tagger nearly chose them (see TagDoubt). */
  doubt?: TagDoubt;
}

/**
 * Where the tagger hesitated: its second-best UPOS (and XPOS) and how close it came, for the
 * parser to weigh a tag it should not trust blindly ("NOUN, but nearly PROPN").
 */
export interface TagDoubt {
  /** Runner-up UPOS and closeness ("near", or "close" a little further), e.g. "PROPN/near"; absent when the UPOS was sure. */
  upos?: string;
  /** The same for XPOS, e.g. "NNP/close". */
  xpos?: string;
}

/**
 * Score leads of the best tag over the second below which the tagger is in doubt, closest first.
 * On EWT dev (shipped tagger) a UPOS leading by under 8 is wrong 45% of the time (796 words), by
 * 8 to 24 23% (1,706 words), by more 1.6%; a lead above the last bound counts as sure.
 */
const DOUBT_BOUNDS = [8, 24] as const;
const DOUBT_NAMES = ['near', 'close'] as const;

function doubtLevel(lead: number): string | undefined {
  for (let b = 0; b < DOUBT_BOUNDS.length; b++) if (lead < DOUBT_BOUNDS[b]!) return DOUBT_NAMES[b];
  return undefined;
}

/** Indices of the predicted labels of one sentence. */
export interface SentenceTagIndices {
  upos: Int32Array;
  xpos: Int32Array | null;
  /** attributes[a][i]: value index of attribute a for word i. */
  attributes: Int32Array[];
  /** Second-best UPOS of each word (-1 when only one was possible) and the best's lead over it. */
  uposRunnerUp: Int32Array;
  uposLead: Float32Array;
  /** The same for XPOS (-1 for words whose XPOS the dictionary settled); null without XPOS. */
  xposRunnerUp: Int32Array | null;
  xposLead: Float32Array | null;
}

/** The best and second-best of the classes a decision weighed (second -1 if it had one), and the best's lead. */
interface Ranking {
  best: number;
  second: number;
  lead: number;
}

/** What the morphology of a word with a given UPOS may be: per head, the values training saw with that UPOS (any XPOS). */
interface MorphOptions {
  readonly values: readonly Int32Array[];
  /** The classes (head offset + value) of the heads with more than one possible value: the only ones worth scoring. */
  readonly classes: Int32Array;
}

export class Tagger {
  private readonly features = new Uint32Array(MAX_TAGGER_FEATURES);
  private readonly uposScores: Float32Array;
  private readonly morphScores: Float32Array;
  private readonly heads: MorphHead[];
  private readonly morphOptions: (MorphOptions | undefined)[];
  /** Every value of every head: what training scores, and tagging for a UPOS training never saw. */
  private readonly everyMorph: MorphOptions;

  constructor(readonly labels: TaggerLabels, readonly models: TaggerModels, readonly dictionary: MorphDictionary, readonly uposDictionary: UposDictionary) {
    this.heads = morphHeads(labels);
    this.uposScores = new Float32Array(labels.upos.length);
    this.morphScores = new Float32Array(morphClassCount(labels));
    if (models.morph.classes !== this.morphScores.length) throw new RangeError('morphology model does not match its labels');
    const everyValue = (h: number) => [...Array(this.heads[h]!.size).keys()];
    const morphOptions = (values: readonly (readonly number[])[]): MorphOptions => ({
      values: values.map((v) => Int32Array.from(v)),
      classes: Int32Array.from(this.heads.flatMap((head, h) => values[h]!.length > 1 ? values[h]!.map((value) => head.offset + value) : [])),
    });
    this.everyMorph = morphOptions(this.heads.map((_, h) => everyValue(h)));
    // XPOS keeps all its values: where the UPOS is wrong ("Cuts" read as a VERB), a right XPOS (NNS) still guides the parser.
    const xposHead = labels.xpos ? labels.attributes.length : -1;
    this.morphOptions = labels.upos.map((_, upos) => {
      const seen = dictionary.valuesFor(upos);
      if (seen === undefined || seen.length !== this.heads.length) return undefined;
      return morphOptions(seen.map((v, h) => (h === xposHead ? everyValue(h) : v)));
    });
  }

  /** Predicts label indices; `learn` lets training update the models on the way. */
  tagIndices(words: readonly string[], learn?: TaggerLearner): SentenceTagIndices {
    const n = words.length;
    const hashes = sentenceWordHashes(words);
    const context = sentenceContextFeatures(hashes, n);
    const allowed = new Int32Array(n);
    for (let i = 0; i < n; i++) allowed[i] = this.uposDictionary.allowed(words[i]!);
    const uposRunnerUp = new Int32Array(n).fill(-1);
    const uposLead = new Float32Array(n).fill(Infinity);
    const first = this.uposPass(hashes, context, allowed, null, learn);
    const upos = this.uposPass(hashes, context, allowed, first, learn, uposRunnerUp, uposLead);
    const attributeCount = this.labels.attributes.length;
    const xpos = this.labels.xpos ? new Int32Array(n) : null;
    const xposRunnerUp = xpos ? new Int32Array(n).fill(-1) : null;
    const xposLead = xpos ? new Float32Array(n).fill(Infinity) : null;
    const attributes = this.labels.attributes.map(() => new Int32Array(n));
    const features = this.features;
    const scores = this.morphScores;
    const scored = new Int32Array(this.heads.length);
    for (let i = 0; i < n; i++) {
      let guesses = this.dictionary.sureMorph(words[i]!, upos[i]!);
      if (guesses === undefined) {
        // Training scores every class, as the perceptron must learn to keep them all down; tagging then
        // chooses the morphology only among the values training saw with the word's UPOS.
        const options = (learn ? undefined : this.morphOptions[upos[i]!]) ?? this.everyMorph;
        const count = morphFeatures(hashes, context, i, upos, n, features);
        scores.fill(0);
        if (options === this.everyMorph) this.models.morph.score(features, count, scores);
        else this.models.morph.scoreClasses(features, count, options.classes, scores);
        for (let h = 0; h < this.heads.length; h++) {
          const ranking = rank(scores, this.heads[h]!.offset, options.values[h]!);
          scored[h] = ranking.best;
          if (h === attributeCount && xposRunnerUp) {
            xposRunnerUp[i] = ranking.second;
            xposLead![i] = ranking.lead;
          }
        }
        if (learn) learn.morph(i, features, count, scored, this.heads);
        guesses = scored;
      }
      for (let a = 0; a < attributeCount; a++) attributes[a]![i] = guesses[a]!;
      if (xpos) xpos[i] = guesses[attributeCount]!;
    }
    return { upos, xpos, attributes, uposRunnerUp, uposLead, xposRunnerUp, xposLead };
  }

  /**
   * One greedy UPOS pass; `ahead` (the first pass's tags) makes it the second pass. `allowed`:
   * each word's UPOS dictionary mask. `runnerUp` and `lead`, when given, receive each scored
   * word's second-best tag and the best's lead over it.
   */
  private uposPass(
    hashes: Uint32Array, context: Uint32Array, allowed: Int32Array, ahead: Int32Array | null, learn?: TaggerLearner,
    runnerUp?: Int32Array, lead?: Float32Array,
  ): Int32Array {
    const model = ahead ? this.models.uposAhead : this.models.upos;
    const length = allowed.length;
    const tags = new Int32Array(length);
    const features = this.features;
    const scores = this.uposScores;
    for (let i = 0; i < length; i++) {
      const only = singleTag(allowed[i]!);
      if (only >= 0) {
        tags[i] = only;
        continue;
      }
      const count = uposFeatures(hashes, context, i, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, ahead, features);
      scores.fill(0);
      model.score(features, count, scores);
      const ranking = rankAllowed(scores, allowed[i]!);
      if (runnerUp) {
        runnerUp[i] = ranking.second;
        lead![i] = ranking.lead;
      }
      tags[i] = learn ? learn.upos(model, i, features, count, ranking.best) : ranking.best;
    }
    return tags;
  }

  tag(words: readonly string[]): WordTags[] {
    const indices = this.tagIndices(words);
    const { upos, xpos, attributes } = this.labels;
    // Optional fields are set after the literal: a conditional spread takes V8's slow object path.
    return words.map((_, i) => {
      const tags: WordTags = { upos: upos[indices.upos[i]!]!, feats: featsString(attributes, indices.attributes, i) };
      if (indices.xpos) tags.xpos = xpos![indices.xpos[i]!]!;
      const uposDoubt = doubtLevel(indices.uposLead[i]!);
      const xposDoubt = indices.xposLead ? doubtLevel(indices.xposLead[i]!) : undefined;
      if (uposDoubt || xposDoubt) {
        const doubt: TagDoubt = {};
        if (uposDoubt) doubt.upos = `${upos[indices.uposRunnerUp[i]!]}/${uposDoubt}`;
        if (xposDoubt) doubt.xpos = `${xpos![indices.xposRunnerUp![i]!]}/${xposDoubt}`;
        tags.doubt = doubt;
      }
      return tags;
    });
  }
}

/** Reused by rank and rankAllowed: the tagger is synchronous and reads each result at once. */
const ranking: Ranking = { best: -1, second: -1, lead: Infinity };

/** The two highest-scoring classes whose bit is set in `mask` (the first wins ties). */
function rankAllowed(scores: Float32Array, mask: number): Ranking {
  let best = -1, second = -1;
  for (let c = 0; c < scores.length; c++) {
    if (!((mask >>> c) & 1)) continue;
    if (best < 0 || scores[c]! > scores[best]!) {
      second = best;
      best = c;
    } else if (second < 0 || scores[c]! > scores[second]!) {
      second = c;
    }
  }
  return settle(scores, 0, best, second);
}

/** The two highest-scoring of `values`, classes of a head starting at `offset` (the first wins ties). */
function rank(scores: Float32Array, offset: number, values: Int32Array): Ranking {
  let best = values[0]!, second = -1;
  for (let k = 1; k < values.length; k++) {
    const value = values[k]!;
    if (scores[offset + value]! > scores[offset + best]!) {
      second = best;
      best = value;
    } else if (second < 0 || scores[offset + value]! > scores[offset + second]!) {
      second = value;
    }
  }
  return settle(scores, offset, best, second);
}

function settle(scores: Float32Array, offset: number, best: number, second: number): Ranking {
  ranking.best = best;
  ranking.second = second;
  ranking.lead = second < 0 ? Infinity : scores[offset + best]! - scores[offset + second]!;
  return ranking;
}

/** Hooks through which training sees each decision and returns the label to continue with. */
export interface TaggerLearner {
  /** `model` is the pass's perceptron (first or second UPOS pass). */
  upos(model: AveragedPerceptron, word: number, features: Uint32Array, count: number, guess: number): number;
  /** Sees the guess of every morphology head (value index within the head) for a scored word. */
  morph(word: number, features: Uint32Array, count: number, guesses: Int32Array, heads: readonly MorphHead[]): void;
}

/** UD FEATS string: attributes sorted case-insensitively (UD order), `_` if none. */
export function featsString(attributes: readonly FeatureAttribute[], values: readonly Int32Array[], word: number): string {
  let feats = '';
  for (let a = 0; a < attributes.length; a++) {
    const value = values[a]![word]!;
    if (value > 0) feats += `${feats === '' ? '' : '|'}${attributes[a]!.name}=${attributes[a]!.values[value]}`;
  }
  return feats === '' ? '_' : feats;
}

/** Sorts attribute names the way UD orders them in FEATS. */
export function compareFeatureNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}
