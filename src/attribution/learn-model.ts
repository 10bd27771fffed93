/**
 * Trains the learned attribution model from a PolNeAR-format JSONL file: a cue perceptron over
 * tokens and a role perceptron over each gold cue's argument candidates. The texts are analysed by
 * the stages before attribution, so the model learns from the parses it will see at run time.
 */
import type { Layers } from '../record/schema.js';
import type { Span } from '../record/layers/span.js';
import { AveragedPerceptron } from '../ml/averaged-perceptron.js';
import { seededRandom, shuffleInPlace } from '../ml/random.js';
import { STAGES } from '../pipeline/stages.js';
import { readQuotesGold, sharedCharacters, type GoldAttribution } from '../eval/quotes.js';
import { dependencyTree, isParsed, tokenRuns, type DependencyTree } from './dependency-tree.js';
import { argumentCandidates, argumentFeatures, cueFeatures, endFeatures, FeatureBuffer, startFeatures, type LemmaCueCounts } from './learned-features.js';
import { createReader, cueGroup, endOptions, entityTypes, isCueCandidate, quotedTokens, readContent, scoreCues, startPositions, type Reader, type RoleReading } from './learned-frames.js';
import { CONTENT, ROLES, SOURCE, type AttributionWeights } from './learned-model.js';
import { tidy } from './frames.js';

/** A gold article with the layers the attribution stage reads. */
export interface AnnotatedArticle {
  text: string;
  layers: Partial<Layers>;
  attributions: readonly GoldAttribution[];
}

export interface LearnOptions {
  seed: number;
  epochs: number;
  log?: (line: string) => void;
}

// The cue and role features pair words with words (lemma+next, lemma+argument, rel+rootLemma…): in
// 2^18 rows they collide enough to cost ~0.5 point of content F1 on PolNeAR dev (mean of 3 seeds).
const CUE_BITS = 21;
const ROLE_BITS = 20;
const BOUNDARY_BITS = 16;
/** Characters a gold content may run past a candidate end (a closing quotation mark, a full stop). */
const END_SLACK = 2;
/** Share of a candidate's characters that must lie in a gold role for it to count as that role. */
const ROLE_COVER = 0.5;
/** Folds of the lemma cue counts: each article's cue features read the counts of the other folds, as unseen text reads the model's. */
const CUE_LEMMA_FOLDS = 5;

/** Reads a gold file and runs the stages before attribution on each text. */
export function analyseGold(path: string, lang: 'fr' | 'en'): AnnotatedArticle[] {
  const before = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'attributions'));
  return readQuotesGold(path, lang).map((article) => {
    const layers: Partial<Layers> = {};
    for (const stage of before) Object.assign(layers, stage.run({ text: article.text, lang, meta: { origin: { format: 'jsonl' } }, layers }));
    return { text: article.text, layers, attributions: article.attributions };
  });
}

/** Gold attributions keyed by the token that heads their cue (the cue token whose head lies outside the cue). */
export function goldCueHeads(tree: DependencyTree, attributions: readonly GoldAttribution[]): Map<number, GoldAttribution> {
  const heads = new Map<number, GoldAttribution>();
  let k = 0;
  const byStart = [...attributions].sort((a, b) => a.cue[0]!.start - b.cue[0]!.start);
  for (const attribution of byStart) {
    const tokens = new Set<number>();
    for (; k < tree.tokens.length && tree.tokens[k]!.end <= attribution.cue[0]!.start; k++);
    for (let i = k; i < tree.tokens.length && tree.tokens[i]!.start < attribution.cue[attribution.cue.length - 1]!.end; i++) {
      const t = tree.tokens[i]!;
      if (attribution.cue.some((s) => t.start < s.end && s.start < t.end)) tokens.add(i);
    }
    const head = [...tokens].find((i) => !tokens.has(tree.tokens[i]!.head ?? -1));
    if (head !== undefined && !heads.has(head)) heads.set(head, attribution);
  }
  return heads;
}

function roleOf(text: string, tree: DependencyTree, tokens: readonly number[], gold: GoldAttribution): number {
  const spans = tokenRuns(tree, tokens).map((s) => tidy(text, s)).filter((s): s is Span => s !== undefined);
  const length = spans.reduce((sum, s) => sum + s.end - s.start, 0);
  if (length === 0) return 0;
  if (sharedCharacters(spans, gold.content) >= ROLE_COVER * length) return CONTENT;
  if (sharedCharacters(spans, gold.source) >= ROLE_COVER * length) return SOURCE;
  return 0;
}

interface PreparedArticle {
  article: AnnotatedArticle;
  tree: DependencyTree;
  heads: Map<number, GoldAttribution>;
  entities: string[];
  quoted: boolean[];
  /** Lemma cue counts of the training articles outside this article's jack-knife fold. */
  cueLemmas: LemmaCueCounts;
}

/** Lemma cue counts over the prepared articles that `include` keeps. */
function countCueLemmas(prepared: readonly Omit<PreparedArticle, 'cueLemmas'>[], include: (index: number) => boolean): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  prepared.forEach(({ article, tree, heads }, index) => {
    if (!include(index)) return;
    for (let i = 0; i < tree.tokens.length; i++) {
      if (!isCueCandidate(article.text, tree.tokens[i]!)) continue;
      const seen = counts.get(tree.lemma[i]!) ?? [0, 0];
      seen[1]++;
      if (heads.has(i)) seen[0]++;
      counts.set(tree.lemma[i]!, seen);
    }
  });
  for (const [lemma, [cues]] of counts) if (cues === 0) counts.delete(lemma);
  return counts;
}

function learnStep(model: AveragedPerceptron, features: FeatureBuffer, truth: number, scores: Float32Array): boolean {
  const guess = model.predict(features.values, features.count, scores);
  model.update(features.values, features.count, truth, guess);
  model.tick();
  return guess !== truth;
}

/** Trains both perceptrons, deterministically for a seed; the manifest is the caller's. */
export function learnAttributionModel(articles: readonly AnnotatedArticle[], options: LearnOptions): AttributionWeights {
  const cues = new AveragedPerceptron({ classes: 2, bucketBits: CUE_BITS });
  const roles = new AveragedPerceptron({ classes: ROLES.length, bucketBits: ROLE_BITS });
  const parsed = articles.filter((a) => isParsed(a.layers.tokens)).map((a) => {
    const tree = dependencyTree(a.layers.tokens!, a.text);
    return { article: a, tree, heads: goldCueHeads(tree, a.attributions), entities: entityTypes(tree, a.layers.entities), quoted: quotedTokens(tree, a.layers.quotes ?? []) };
  });
  const folds = Array.from({ length: CUE_LEMMA_FOLDS }, (_, fold) => countCueLemmas(parsed, (index) => index % CUE_LEMMA_FOLDS !== fold));
  const prepared: PreparedArticle[] = parsed.map((p, index) => ({ ...p, cueLemmas: folds[index % CUE_LEMMA_FOLDS]! }));
  const features = new FeatureBuffer();
  const cueScores = new Float32Array(2);
  const roleScores = new Float32Array(ROLES.length);
  const random = seededRandom(options.seed);
  const order = prepared.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random);
    let errors = 0;
    for (const index of order) {
      const { article, tree, heads, entities, quoted, cueLemmas } = prepared[index]!;
      for (const sentence of article.layers.sentences ?? []) {
        const range = { first: sentence.firstToken, end: sentence.endToken };
        for (let i = range.first; i < range.end; i++) {
          if (!isCueCandidate(article.text, tree.tokens[i]!)) continue;
          cueFeatures(tree, i, range, article.text, quoted[i]!, (t) => entities[t]!, cueLemmas, features.reset());
          if (learnStep(cues, features, heads.has(i) ? 1 : 0, cueScores)) errors++;
        }
      }
    }
    options.log?.(`attribution: cue epoch ${epoch}/${options.epochs}, ${errors} errors`);
  }
  cues.average();
  // The role features read which other words are cues, so roles learn from the finished cue model.
  const margins = prepared.map(({ article, tree, entities, quoted, cueLemmas }) => scoreCues(article.text, tree, article.layers.sentences ?? [], { cues, cueLemmas }, quoted, (t) => entities[t]!));
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random);
    let errors = 0;
    for (const index of order) {
      const { article, tree, heads, entities } = prepared[index]!;
      for (const sentence of article.layers.sentences ?? []) {
        const range = { first: sentence.firstToken, end: sentence.endToken };
        for (let i = range.first; i < range.end; i++) {
          const gold = heads.get(i);
          if (!gold) continue;
          for (const candidate of argumentCandidates(tree, i, cueGroup(tree, i), range)) {
            argumentFeatures(tree, i, candidate, (t) => entities[t]!, margins[index]!, features.reset());
            if (learnStep(roles, features, roleOf(article.text, tree, candidate.tokens, gold), roleScores)) errors++;
          }
        }
      }
    }
    options.log?.(`attribution: role epoch ${epoch}/${options.epochs}, ${errors} errors`);
  }
  roles.average();
  const untrained = () => new AveragedPerceptron({ classes: 2, bucketBits: BOUNDARY_BITS });
  const cueLemmas = countCueLemmas(prepared, () => true);
  // An untrained boundary model keeps every content whole and starts it at its subtree: the raw readings to learn from.
  const ends = learnChoices('end', endExamples(prepared, { cues, roles, starts: untrained(), ends: untrained(), cueLemmas }), options, random);
  const starts = learnChoices('start', startExamples(prepared, { cues, roles, starts: untrained(), ends, cueLemmas }), options, random);
  return { cues, roles, starts, ends, cueLemmas };
}

/** One boundary decision to learn: which of `options` choices is the gold one. */
interface ChoiceExample { options: number; truth: number; describe: (option: number, out: FeatureBuffer) => void }

/** The role model's readings of each gold cue of the training articles. */
function* goldReadings(prepared: readonly PreparedArticle[], weights: AttributionWeights): Generator<{ reader: Reader; cue: number; gold: GoldAttribution; reading: RoleReading }> {
  for (const { article, tree, heads, cueLemmas } of prepared) {
    const input = { text: article.text, tree, sentences: article.layers.sentences ?? [], quotes: article.layers.quotes ?? [], entities: article.layers.entities ?? [] };
    const reader = createReader(input, { ...weights, cueLemmas });
    for (const sentence of input.sentences) {
      const range = { first: sentence.firstToken, end: sentence.endToken };
      for (let cue = range.first; cue < range.end; cue++) {
        const gold = heads.get(cue);
        const reading = gold && readContent(reader, cue, range);
        if (gold && reading) yield { reader, cue, gold, reading };
      }
    }
  }
}

/** Content candidates that may end at a comma, with the option that ends where the gold content does (within a closing mark). */
function endExamples(prepared: readonly PreparedArticle[], weights: AttributionWeights): ChoiceExample[] {
  const examples: ChoiceExample[] = [];
  for (const { reader, cue, gold, reading } of goldReadings(prepared, weights)) {
    const { tree } = reader.input;
    const goldEnd = gold.content[gold.content.length - 1]!.end;
    for (const { candidate } of reading.contents) {
      const options = endOptions(tree, candidate.tokens, reader.quoted);
      const truth = options.findIndex((o) => Math.abs(tree.tokens[candidate.tokens[o.keep - 1]!]!.end - goldEnd) <= END_SLACK);
      if (options.length < 2 || truth < 0) continue;
      examples.push({ options: options.length, truth, describe: (o, out) => endFeatures(tree, cue, candidate, options[o]!, reader.quoted, reader.cueMargins, out) });
    }
  }
  return examples;
}

/** Contents after their cue that may start later, with the position where the gold content starts. */
function startExamples(prepared: readonly PreparedArticle[], weights: AttributionWeights): ChoiceExample[] {
  const examples: ChoiceExample[] = [];
  for (const { reader, cue, gold, reading } of goldReadings(prepared, weights)) {
    const { tree } = reader.input;
    const positions = startPositions(reading.contentTokens, cue);
    const start = gold.content[0]!.start;
    const truth = positions.findIndex((k) => tree.tokens[k]!.start <= start && start < tree.tokens[k]!.end);
    if (positions.length < 2 || truth < 0) continue;
    examples.push({ options: positions.length, truth, describe: (k, out) => startFeatures(tree, cue, positions[0]!, positions[k]!, reader.entityAt, out) });
  }
  return examples;
}

/** Trains a binary boundary model: each option is scored alone, the gold one as positive. */
function learnChoices(name: string, examples: ChoiceExample[], options: LearnOptions, random: () => number): AveragedPerceptron {
  const model = new AveragedPerceptron({ classes: 2, bucketBits: BOUNDARY_BITS });
  const features = new FeatureBuffer();
  const scores = new Float32Array(2);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(examples, random);
    let errors = 0;
    for (const example of examples) {
      for (let option = 0; option < example.options; option++) {
        example.describe(option, features.reset());
        if (learnStep(model, features, option === example.truth ? 1 : 0, scores)) errors++;
      }
    }
    options.log?.(`attribution: ${name} epoch ${epoch}/${options.epochs}, ${errors} errors over ${examples.length} contents`);
  }
  model.average();
  return model;
}
