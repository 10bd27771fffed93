/**
 * Attributions read from the dependency parse with the learned model: every token is scored as a
 * possible cue head; for each cue, the subtrees around it are scored as content, source or
 * neither. Used for languages with a trained model (English); others use the rule frames.
 */
import type { Layers } from '../record/schema.js';
import type { Span } from '../record/layers/span.js';
import type { CompiledLexicon } from './cues.js';
import type { Draft } from './frames.js';
import { tidy } from './frames.js';
import { subtree, tokenRuns, type DependencyTree } from './dependency-tree.js';
import { argumentCandidates, argumentFeatures, cueFeatures, endFeatures, FeatureBuffer, MAX_START_SKIP, startFeatures, type ArgumentCandidate, type TokenRange } from './learned-features.js';
import { CONTENT, SOURCE, type AttributionModel, type AttributionWeights } from './learned-model.js';
import { isDash, type QuoteSpan } from './text-units.js';
import { closeQuote, continueQuotes, quotedSide, wholeQuote } from './quoted-content.js';

/**
 * A cue without a subject of its own shares one: a verb coordinated with another ("outlined … and
 * vowed") or a participle hanging from a clause ("…, claiming that").
 */
function sharedSubjectFrame(cue: Layers['tokens'][number]): Draft['frame'] {
  if (cue.deprel === 'conj') return 'coordinated';
  return cue.xpos === 'VBG' || cue.feats?.includes('VerbForm=Ger') ? 'gerund' : 'subject-verb';
}

const SUBJECTS = new Set(['child:nsubj', 'sibling:nsubj']);

/** Dependents that belong to the cue itself ("according to", "pointed out"). */
const CUE_PARTS = new Set(['fixed', 'compound:prt']);

export interface LearnedInput {
  text: string;
  tree: DependencyTree;
  sentences: readonly Layers['sentences'][number][];
  quotes: readonly QuoteSpan[];
  entities: Layers['entities'];
}

/** The cue's own tokens: its head word and the function words fixed to it. */
export function cueGroup(tree: DependencyTree, head: number): Set<number> {
  const group = new Set([head]);
  for (const c of tree.children[head]!) if (CUE_PARTS.has(tree.tokens[c]!.deprel ?? '')) group.add(c);
  return group;
}

/** Entity type of each token ("PER", "ORG"…, or "O"), for the role features. */
export function entityTypes(tree: DependencyTree, entities: Layers['entities']): string[] {
  const types = tree.tokens.map(() => 'O');
  let k = 0;
  const sorted = [...(entities ?? [])].sort((a, b) => a.start - b.start);
  tree.tokens.forEach((t, i) => {
    while (k < sorted.length && sorted[k]!.end <= t.start) k++;
    const e = sorted[k];
    if (e && e.start <= t.start && t.end <= e.end) types[i] = e.type;
  });
  return types;
}

/** Words can head a cue, and so can a colon ("PENCE: …", "Poll: …"); other punctuation cannot. */
export function isCueCandidate(text: string, token: Layers['tokens'][number]): boolean {
  return token.upos !== 'PUNCT' || text.slice(token.start, token.end) === ':';
}

/** Which tokens lie inside a closed quotation (a verb there is the quoted speaker's, rarely a cue). */
export function quotedTokens(tree: DependencyTree, quotes: readonly QuoteSpan[]): boolean[] {
  const closed = quotes.filter((q) => q.closed).sort((a, b) => a.contentStart - b.contentStart);
  let k = 0;
  return tree.tokens.map((t) => {
    while (k < closed.length && closed[k]!.contentEnd <= t.start) k++;
    const q = closed[k];
    return q !== undefined && q.contentStart <= t.start && t.start < q.contentEnd;
  });
}

/**
 * One way a content candidate may end: its first `keep` tokens, cut before the subtree rooted at
 * `aside` that starts at token `opening` (none: kept whole); `comma` when a comma set it off.
 */
export interface EndOption { keep: number; aside?: number; opening?: number; comma?: boolean }

/** Punctuation left dangling at the end of a cut content. */
const DANGLING = new Set([',', ';', ':', '-', '–', '—']);

/**
 * Where a content candidate may end: whole, or before any subtree on its right edge (the last
 * dependent of its root, that dependent's last dependent, …), which may be the writer's aside
 * ("…, who is 70", "… during the debate Monday night", "…, contradicting the police") or the
 * reported words. The end model chooses.
 */
export function endOptions(tree: DependencyTree, tokens: readonly number[], quoted: readonly boolean[]): EndOption[] {
  const options: EndOption[] = [{ keep: tokens.length }];
  const position = new Map(tokens.map((t, k) => [t, k]));
  let node = tokens.find((t) => !position.has(tree.tokens[t]!.head ?? -1));
  while (node !== undefined) {
    const right = tree.children[node]!.filter((c) => c > node! && position.has(c) && tree.tokens[c]!.upos !== 'PUNCT');
    if (right.length === 0) break;
    node = Math.max(...right);
    const opening = subtree(tree, node)[0]!;
    let keep = position.get(opening);
    if (keep === undefined || keep === 0 || quoted[opening]) continue;
    let comma = false;
    while (keep > 1 && DANGLING.has(tree.lower[tokens[keep - 1]!]!)) { keep--; comma = true; }
    options.push({ keep, aside: node, opening, comma });
  }
  return options;
}

/** Scores of one candidate per role, as margins over "none". */
export function roleMargins(model: AttributionWeights, features: FeatureBuffer, scores: Float32Array): { content: number; source: number } {
  scores.fill(0);
  model.roles.score(features.values, features.count, scores);
  return { content: scores[CONTENT]! - scores[0]!, source: scores[SOURCE]! - scores[0]! };
}

function spansOf(input: LearnedInput, tokens: readonly number[]): Span[] {
  return tokenRuns(input.tree, tokens).map((s) => tidy(input.text, s)).filter((s): s is Span => s !== undefined).map((s) => closeQuote(input.text, s));
}

/** What reading one document's cues needs, built once per document. */
export interface Reader {
  input: LearnedInput;
  model: AttributionWeights;
  features: FeatureBuffer;
  roleScores: Float32Array;
  /** Scratch scores of the binary boundary models. */
  choiceScores: Float32Array;
  entityAt: (token: number) => string;
  quoted: readonly boolean[];
  /** Each token's cue margin (scoreCues). */
  cueMargins: Float32Array;
}

export function createReader(input: LearnedInput, model: AttributionWeights): Reader {
  const { text, tree } = input;
  const entities = entityTypes(tree, input.entities);
  const entityAt = (i: number) => entities[i]!;
  const quoted = quotedTokens(tree, input.quotes);
  return {
    input, model, features: new FeatureBuffer(), roleScores: new Float32Array(3), choiceScores: new Float32Array(2),
    entityAt, quoted, cueMargins: scoreCues(text, tree, input.sentences, model, quoted, entityAt),
  };
}

/** Each token's cue score as a margin over "not a cue" (-Infinity where no cue can be). */
export function scoreCues(text: string, tree: DependencyTree, sentences: readonly Layers['sentences'][number][], model: Pick<AttributionWeights, 'cues' | 'cueLemmas'>, quoted: readonly boolean[], entityAt: (token: number) => string): Float32Array {
  const margins = new Float32Array(tree.tokens.length).fill(-Infinity);
  const features = new FeatureBuffer();
  const scores = new Float32Array(2);
  for (const sentence of sentences) {
    const range: TokenRange = { first: sentence.firstToken, end: sentence.endToken };
    for (let i = range.first; i < range.end; i++) {
      if (!isCueCandidate(text, tree.tokens[i]!)) continue;
      cueFeatures(tree, i, range, text, quoted[i]!, entityAt, model.cueLemmas, features.reset());
      scores.fill(0);
      model.cues.score(features.values, features.count, scores);
      margins[i] = scores[1]! - scores[0]!;
    }
  }
  return margins;
}

/**
 * How far below the cue threshold the best word of a cue-less sentence may score and still be read
 * as its cue. Chosen with oneRolePerWord on a sixth of PolNeAR train held out of training, mean of
 * seeds 1-3 (8, 10, 12): 12 gave the best overlap and source accuracy (74.15/51.25/66.69,
 * 74.21/51.19/67.24, 74.25/51.14/67.81 overlap/exact/source); on dev 76.22/52.72/68.99,
 * 76.11/52.47/69.34, 75.93/52.22/69.77.
 */
const RESCUE_MARGIN = 12;

/**
 * PolNeAR gives each word one role in one attribution, so of a statement whose cue lies inside
 * another's content and that other, only the one whose cue the model is surer of stays ("reported
 * the email came hours after Trump proposed a ban": not "proposed").
 */
function oneRolePerWord(drafts: readonly Draft[], margin: (draft: Draft) => number): Draft[] {
  const inside = (d: Draft, o: Draft) => o !== d && o.content.some((c) => c.start <= d.cue[0]!.start && d.cue[0]!.start < c.end);
  return drafts.filter((d) => !drafts.some((o) => (inside(d, o) && margin(o) >= margin(d)) || (inside(o, d) && margin(o) > margin(d))));
}

export function learnedDrafts(input: LearnedInput, model: AttributionModel, lexicon: CompiledLexicon): Draft[] {
  const { text, tree, sentences, quotes } = input;
  const reader = createReader(input, model);
  const drafts: Draft[] = [];
  const readings = new Map<Draft, DraftReading>();
  sentences.forEach((sentence, index) => {
    const range: TokenRange = { first: sentence.firstToken, end: sentence.endToken };
    const before = drafts.length;
    const read = (cue: number) => {
      const reading = readRoles(reader, lexicon, cue, range, index);
      if (!reading) return;
      drafts.push(reading.draft);
      readings.set(reading.draft, reading);
    };
    let best = -1;
    let bestMargin = -Infinity;
    for (let i = range.first; i < range.end; i++) {
      if (!isCueCandidate(text, tree.tokens[i]!)) continue;
      const margin = reader.cueMargins[i]!;
      if (margin > bestMargin) { bestMargin = margin; best = i; }
      if (margin <= 0) continue;
      read(i);
    }
    // Most news sentences report someone: a sentence without a cue takes its likeliest word when the model nearly chose it.
    if (drafts.length === before && best >= 0 && bestMargin > -RESCUE_MARGIN) read(best);
    shareSpeakerOfReportingClause(tree, drafts.slice(before), readings);
  });
  const quotedContent = oneRolePerWord(drafts, (d) => reader.cueMargins[readings.get(d)!.cue]!).map((d) => ({ ...d, content: quotedSide(quotes, d.cue[0]!, d.content.map((c) => wholeQuote(quotes, runToQuoteEnd(text, quotes, c)))) }));
  return continueQuotes(text, quotes, quotedContent);
}

/**
 * "said that “ethanol people” “do a fantastic job. And it’s so important.”": a quotation that opens
 * inside a content piece and closes later in its paragraph is cut by a sentence split, not by the
 * speaker; the piece runs to its close.
 */
function runToQuoteEnd(text: string, quotes: readonly QuoteSpan[], piece: Span): Span {
  const q = quotes.find((q) => q.closed && q.end - q.start < MAX_PASSAGE && piece.start <= q.start && q.start < piece.end && piece.end < q.end && !text.slice(piece.end, q.end).includes('\n'));
  return q ? { start: piece.start, end: q.end } : piece;
}

interface ScoredCandidate { candidate: ArgumentCandidate; content: number; source: number }

/** The role model's reading of a cue: its content tokens (sorted, before the start decision), its own tokens, the scored candidates and those taken as content. */
export interface RoleReading { contentTokens: number[]; group: Set<number>; scored: ScoredCandidate[]; contents: ScoredCandidate[] }

/** The cue's argument candidates with their role margins. */
function scoreCandidates(reader: Reader, cue: number, group: ReadonlySet<number>, range: TokenRange): ScoredCandidate[] {
  const { tree } = reader.input;
  return argumentCandidates(tree, cue, group, range).map((candidate) => {
    argumentFeatures(tree, cue, candidate, reader.entityAt, reader.cueMargins, reader.features.reset());
    return { candidate, ...roleMargins(reader.model, reader.features, reader.roleScores) };
  });
}

export function readContent(reader: Reader, cue: number, range: TokenRange): RoleReading | undefined {
  const group = cueGroup(reader.input.tree, cue);
  const scored = scoreCandidates(reader, cue, group, range);
  // A cue always has content: when no candidate wins it outright, the likeliest one is taken.
  const contents = scored.filter((s) => s.content > 0 && s.content >= s.source);
  if (contents.length === 0) contents.push(...scored.filter((s) => s.source <= 0).sort((a, b) => b.content - a.content).slice(0, 1));
  if (contents.length === 0) return undefined;
  // Candidates nest (a dependent's subtree inside its head's clause): each token counts once.
  const contentTokens = [...new Set(contents.flatMap((s) => chooseEnd(reader, cue, s.candidate)))].sort((a, b) => a - b);
  return { contentTokens, group, scored, contents };
}

/** The best-scoring option of a candidate for a binary boundary model (the first on a tie). */
function bestOption<T>(reader: Reader, model: AttributionWeights['starts'], options: readonly T[], describe: (option: T, out: FeatureBuffer) => void): number {
  const { features, choiceScores: scores } = reader;
  let best = 0;
  let bestMargin = -Infinity;
  options.forEach((option, index) => {
    describe(option, features.reset());
    scores.fill(0);
    model.score(features.values, features.count, scores);
    if (scores[1]! - scores[0]! > bestMargin) { bestMargin = scores[1]! - scores[0]!; best = index; }
  });
  return best;
}

function chooseEnd(reader: Reader, cue: number, candidate: ArgumentCandidate): number[] {
  const options = endOptions(reader.input.tree, candidate.tokens, reader.quoted);
  if (options.length < 2) return candidate.tokens;
  const best = bestOption(reader, reader.model.ends, options, (option, out) => endFeatures(reader.input.tree, cue, candidate, option, reader.quoted, reader.cueMargins, out));
  return candidate.tokens.slice(0, options[best]!.keep);
}

/**
 * Where a content that follows its cue starts: at its subtree's first token or up to
 * MAX_START_SKIP tokens later, leaving out an addressee or a medium ("told reporters | that …",
 * "said in an email | that …"), as the start model decides. Returns the candidate first tokens,
 * the subtree's own first token first; empty when the content does not follow the cue.
 */
export function startPositions(contentTokens: readonly number[], cue: number): number[] {
  const positions: number[] = [];
  if (contentTokens[0]! <= cue) return positions;
  for (let k = 0; k < contentTokens.length - 1 && k <= MAX_START_SKIP && contentTokens[k] === contentTokens[0]! + k; k++) positions.push(contentTokens[k]!);
  return positions;
}

function trimStart(reader: Reader, cue: number, contentTokens: number[]): number[] {
  const positions = startPositions(contentTokens, cue);
  if (positions.length < 2) return contentTokens;
  const best = bestOption(reader, reader.model.starts, positions, (k, out) => startFeatures(reader.input.tree, cue, positions[0]!, k, reader.entityAt, out));
  return contentTokens.slice(best);
}

/** Most words a speaker before a colon may have ("Poll:", "Republican pollster Daron Shaw:"). */
const MAX_COLON_SPEAKER = 6;

/**
 * A colon cue's speaker is what opens its line up to the colon ("PENCE: …", "Poll: …", "Pollsters
 * agree - Carl Bialik: …", after a dash): the parse hangs it from no role of its own. Its tokens;
 * none when the line opens with more than MAX_COLON_SPEAKER words.
 */
function colonSpeaker(input: LearnedInput, cue: number, range: TokenRange): number[] {
  const { text, tree } = input;
  if (text.slice(tree.tokens[cue]!.start, tree.tokens[cue]!.end) !== ':') return [];
  let first = cue;
  while (first > range.first && !isDash(tree.lower[first - 1]!) && !text.slice(tree.tokens[first - 1]!.end, tree.tokens[first]!.start).includes('\n')) first--;
  return cue - first > MAX_COLON_SPEAKER ? [] : Array.from({ length: cue - first }, (_, k) => first + k);
}

/**
 * A dash at the end of a content, before any final stop, opens the writer's aside, which the
 * content stops before ("… on foreign policy — she told the paper"); one that closes a dash opened
 * inside the content stays ("… happen — like Trump and Cruz fighting it out — are less
 * surprising"), as in PolNeAR.
 */
function dropOpeningDash(tree: DependencyTree, contentTokens: number[]): number[] {
  let end = contentTokens.length;
  while (end > 1 && /^[.,;:!?…]+$/u.test(tree.lower[contentTokens[end - 1]!]!)) end--;
  if (end < 2 || !isDash(tree.lower[contentTokens[end - 1]!]!)) return contentTokens;
  const dashes = contentTokens.slice(0, end).filter((t) => isDash(tree.lower[t]!)).length;
  return dashes % 2 === 0 ? contentTokens : contentTokens.slice(0, end - 1);
}

/** A learned draft with its cue word and the relation of the candidate read as its source. */
interface DraftReading { draft: Draft; cue: number; sourceRelation?: string }

/**
 * "Officials said the storm damaged the bridge and promised to rebuild it": the parse may hang a
 * second statement's cue from the reported clause, whose subject ("the storm") is then no speaker;
 * the statement shares the speaker of the one that reports that clause.
 */
function shareSpeakerOfReportingClause(tree: DependencyTree, drafts: readonly Draft[], readings: ReadonlyMap<Draft, DraftReading>): void {
  for (const draft of drafts) {
    const reading = readings.get(draft);
    if (!reading?.sourceRelation?.startsWith('sibling:')) continue;
    const parent = tree.tokens[tree.tokens[reading.cue]!.head!]!;
    if (!drafts.some((d) => d !== draft && d.source.length > 0 && d.content.some((c) => c.start <= parent.start && parent.end <= c.end))) continue;
    draft.source = [];
    draft.frame = tree.tokens[reading.cue]!.deprel === 'conj' ? 'coordinated' : 'gerund';
  }
}

const OPENING_QUOTE = /^(?:``|[“"‘'])/u;

/**
 * "… released the following statement:" or "Trump said:" before a new line or a quotation: the
 * clause hands its content to the passage after the colon, which the parse of its own sentence
 * cannot reach. The passage is the quotation opening there, else the rest of its line. Only the
 * nearest cue before the colon takes it.
 */
function passageAfterColon(reader: Reader, cue: number, range: TokenRange): { colon: number; passage: Span } | undefined {
  const { text, tree, quotes } = reader.input;
  let colon = cue + 1;
  while (colon < range.end && text.slice(tree.tokens[colon]!.start, tree.tokens[colon]!.end) !== ':') colon++;
  if (colon >= range.end || reader.quoted[cue]) return undefined;
  for (let k = cue + 1; k < colon; k++) if (reader.cueMargins[k]! > 0) return undefined;
  const after = text.slice(tree.tokens[colon]!.end);
  const start = tree.tokens[colon]!.end + (after.length - after.trimStart().length);
  const opensLine = /\n/.test(after.slice(0, start - tree.tokens[colon]!.end));
  const opensQuote = OPENING_QUOTE.test(text.slice(start));
  if (start >= text.length || !(opensQuote || (opensLine && colon === range.end - 1))) return undefined;
  const quote = quotes.find((q) => q.closed && q.start === start && q.end - q.start < MAX_PASSAGE);
  const lineEnd = text.indexOf('\n', start);
  const end = quote?.end ?? (lineEnd < 0 ? text.length : lineEnd);
  const passage = tidy(text, { start, end });
  return passage && { colon, passage };
}

/** Longest quotation a content runs into (a few paragraphs). */
const MAX_PASSAGE = 1500;

/** The clauses of a cue's content that its colon passage continues ("said that given the crop of candidates: …"); its objects ("the following statement") are the cue's. */
const CLAUSES_BEFORE_COLON = new Set(['child:ccomp', 'child:parataxis']);

/** The content and source of cue `cue`, read from the scored subtrees around it. */
function readRoles(reader: Reader, lexicon: CompiledLexicon, cue: number, range: TokenRange, sentence: number): DraftReading | undefined {
  const { input } = reader;
  const { text, tree } = input;
  const colonPassage = passageAfterColon(reader, cue, range);
  // A cue whose clause holds nothing but its speaker ("Trump said:") still reads its source from the scored candidates.
  const bare = () => { const group = cueGroup(tree, cue); return { contentTokens: [], group, scored: scoreCandidates(reader, cue, group, range), contents: [] }; };
  const reading = readContent(reader, cue, range) ?? (colonPassage && bare());
  if (!reading) return undefined;
  const { scored, contents } = reading;
  let group = reading.group;
  let contentTokens = trimStart(reader, cue, reading.contentTokens);
  if (colonPassage) {
    const clauses = new Set(contents.filter((s) => CLAUSES_BEFORE_COLON.has(s.candidate.relation)).flatMap((s) => s.candidate.tokens));
    contentTokens = contentTokens.filter((t) => clauses.has(t) && t < colonPassage.colon);
  }
  // "called for X", "complained about X": the preposition right after the cue belongs to the cue (PolNeAR's convention),
  // also when the start model has already left it out of the content or a piece of the content comes before the cue
  // ("which he pointed | to as an example").
  const particle = reading.contentTokens.find((t) => t > cue);
  if (particle !== undefined && tree.tokens[particle]!.upos === 'ADP' && tree.tokens[particle]!.deprel === 'case' && group.has(particle - 1) && reading.contentTokens.length > 1) {
    contentTokens = contentTokens.filter((t) => t !== particle);
    group = new Set([...group, particle]);
  }
  // The words opening the line before a colon cue are its speaker, also where the role model read them as content or
  // found another source ("OK Gov Fallin: Trump Is …"): so PolNeAR marks 130 of the 131 such colon cues of train.
  const speaker = colonSpeaker(input, cue, range);
  if (speaker.length > 0) contentTokens = contentTokens.filter((t) => t > cue);
  contentTokens = dropOpeningDash(tree, contentTokens);
  const content = [...spansOf(input, contentTokens), ...(colonPassage ? [colonPassage.passage] : [])];
  // A day or a time the parse made a subject ("Trump earlier Tuesday backed away") names no one.
  const timeWords = lexicon.set(lexicon.lex.timeWords);
  const names = (s: ScoredCandidate) => s.candidate.tokens.some((t) => tree.tokens[t]!.upos !== 'PUNCT' && !timeWords.has(tree.lower[t]!));
  const sources = scored.filter((s) => s.source > 0 && s.source > s.content && names(s)).sort((a, b) => b.source - a.source);
  // Failing a confident source, the cue's own subject is its speaker.
  if (sources.length === 0) sources.push(...scored.filter((s) => !contents.includes(s) && SUBJECTS.has(s.candidate.relation) && names(s)).slice(0, 1));
  const source = speaker.length > 0 ? spansOf(input, speaker) : sources.length > 0 ? spansOf(input, sources[0]!.candidate.tokens) : [];
  if (content.length === 0) return undefined;
  const cueSpans = tokenRuns(tree, [...group].sort((a, b) => a - b));
  const lower = text.slice(tree.tokens[cue]!.start, tree.tokens[cue]!.end).toLowerCase();
  const according = lexicon.according.some((phrase) => phrase[0] === lower);
  const draft: Draft = {
    frame: according ? 'according-to' : source.length > 0 ? 'subject-verb' : sharedSubjectFrame(tree.tokens[cue]!),
    cue: cueSpans, content, source,
    stance: lexicon.verbs.get(lower)?.stance ?? 'reports',
    sentence, contentAfter: content[0]!.start > cueSpans[0]!.start, relativeSource: false,
  };
  return { draft, cue, ...(speaker.length === 0 && sources.length > 0 ? { sourceRelation: sources[0]!.candidate.relation } : {}) };
}
