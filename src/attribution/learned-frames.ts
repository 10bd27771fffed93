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
import { argumentCandidates, argumentFeatures, cueFeatures, FeatureBuffer, type ArgumentCandidate, type TokenRange } from './learned-features.js';
import { CONTENT, SOURCE, type AttributionModel } from './learned-model.js';
import type { QuoteSpan } from './text-units.js';

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

/** Dependents that, set off by a comma at the end of a content, are the writer's aside rather than the reported words. */
const ASIDES = new Set(['acl:relcl', 'appos', 'advcl', 'conj', 'parataxis', 'advmod']);

/**
 * "questioned the health of Donald Trump, who is 70": a relative clause, apposition, participle or
 * second clause after a comma that closes a content subtree is cut off, unless it is quoted.
 */
export function withoutTrailingAside(tree: DependencyTree, tokens: readonly number[], quoted: readonly boolean[]): readonly number[] {
  const last = tokens[tokens.length - 1]!;
  for (let k = 1; k < tokens.length - 1; k++) {
    const comma = tokens[k]!;
    if (tree.lower[comma] !== ',' || quoted[comma] || tokens[k + 1] !== comma + 1) continue;
    const head = comma + 1;
    const aside = tree.tokens[head]!.head !== undefined ? outermost(tree, head, tokens) : head;
    if (!ASIDES.has(tree.tokens[aside]!.deprel ?? '')) continue;
    const span = subtree(tree, aside);
    if (span[0] === head && span[span.length - 1] === last) return tokens.slice(0, k);
    if (span[0]! >= head - 1 && span[span.length - 1] === last) return tokens.slice(0, k);
  }
  return tokens;
}

/** The highest ancestor of `token` whose subtree still starts at `token` (the aside's own root). */
function outermost(tree: DependencyTree, token: number, within: readonly number[]): number {
  let node = token;
  for (;;) {
    const parent = tree.tokens[node]!.head;
    if (parent === undefined || parent < token || !within.includes(parent)) return node;
    node = parent;
  }
}

/** Scores of one candidate per role, as margins over "none". */
export function roleMargins(model: AttributionModel, features: FeatureBuffer, scores: Float32Array): { content: number; source: number } {
  scores.fill(0);
  model.roles.score(features.values, features.count, scores);
  return { content: scores[CONTENT]! - scores[0]!, source: scores[SOURCE]! - scores[0]! };
}

const CLOSING_QUOTE = /^[.,!?…]*(?:''|[”"’])/u;

/**
 * A quotation opened in the content closes with it: the parser hangs the final punctuation and
 * closing mark on the main clause, but the quoted words end there ("called it “deplorable.”").
 */
function closeQuote(text: string, span: Span): Span {
  const body = text.slice(span.start, span.end);
  const opens = (body.match(/[“]/gu)?.length ?? 0) - (body.match(/[”]/gu)?.length ?? 0);
  // Straight and typewriter ('' … '') marks open and close alike: an odd count leaves one open.
  const straight = (body.match(/"/g)?.length ?? 0) % 2 === 1 || (body.match(/''/g)?.length ?? 0) % 2 === 1;
  if (opens <= 0 && !straight) return span;
  const tail = CLOSING_QUOTE.exec(text.slice(span.end, span.end + 4));
  return tail ? { start: span.start, end: span.end + tail[0].length } : span;
}

function spansOf(input: LearnedInput, tokens: readonly number[]): Span[] {
  return tokenRuns(input.tree, tokens).map((s) => tidy(input.text, s)).filter((s): s is Span => s !== undefined).map((s) => closeQuote(input.text, s));
}

export function learnedDrafts(input: LearnedInput, model: AttributionModel, lexicon: CompiledLexicon): Draft[] {
  const { text, tree, sentences, quotes } = input;
  const features = new FeatureBuffer();
  const cueScores = new Float32Array(2);
  const roleScores = new Float32Array(3);
  const entities = entityTypes(tree, input.entities);
  const entityAt = (i: number) => entities[i]!;
  const quoted = quotedTokens(tree, quotes);
  const drafts: Draft[] = [];
  sentences.forEach((sentence, index) => {
    const range: TokenRange = { first: sentence.firstToken, end: sentence.endToken };
    for (let i = range.first; i < range.end; i++) {
      const token = tree.tokens[i]!;
      if (!isCueCandidate(text, token)) continue;
      cueFeatures(tree, i, range, text, quoted[i]!, entityAt, features.reset());
      cueScores.fill(0);
      model.cues.score(features.values, features.count, cueScores);
      if (cueScores[1]! <= cueScores[0]!) continue;
      const group = cueGroup(tree, i);
      const draft = readRoles(input, model, i, group, range, index, features, roleScores, entityAt, lexicon, quoted);
      if (draft) drafts.push(draft);
    }
  });
  const quotedContent = drafts.map((d) => ({ ...d, content: quotedSide(quotes, d.cue[0]!, d.content.map((c) => wholeQuote(quotes, c))) }));
  return continueQuotes(text, quotes, quotedContent);
}

/** Paragraph-length limit of a quotation that a content piece may grow into. */
const MAX_QUOTE = 1500;

/**
 * A content piece that begins or ends a quotation covers all of it: sentence splits inside a
 * quoted passage cut the parse, not the statement ("“It doesn’t make sense. The model fails,” he said").
 */
function wholeQuote(quotes: readonly QuoteSpan[], piece: Span): Span {
  const q = quotes.find((q) => q.closed && q.end - q.start < MAX_QUOTE && q.start < piece.end && piece.start < q.end);
  if (!q) return piece;
  const endsIt = Math.abs(piece.end - q.end) <= 1;
  const startsIt = piece.start <= q.contentStart;
  if (endsIt && piece.start > q.start) return { start: q.start, end: Math.max(piece.end, q.end) };
  if (startsIt && piece.end < q.end && piece.start >= q.start) return { start: piece.start, end: q.end };
  return piece;
}

/**
 * "“It never crossed my mind,” she said, months after her release": when a whole quotation on one
 * side of the cue is the content, the words on the other side are the writer's, not the speaker's.
 */
function quotedSide(quotes: readonly QuoteSpan[], cue: Span, content: Span[]): Span[] {
  const isQuote = (piece: Span) => quotes.some((q) => q.closed && q.start === piece.start && q.end === piece.end);
  const quote = content.find(isQuote);
  if (!quote) return content;
  const before = quote.end <= cue.start;
  return content.filter((piece) => isQuote(piece) || (piece.end <= cue.start) === before);
}

/**
 * "“Here comes Big Daddy,” she said. “The Donald.”": a quotation right after the cue and source of
 * a quoted statement continues it, unless another statement claims it.
 */
/** Between a statement's frame and the quotation that continues it: punctuation, or the rest of the frame's sentence. */
function continuesAfter(gap: string): boolean {
  return !/[\n“”"«»]/u.test(gap) && (/^[\s,.;:—–-]*$/u.test(gap) || gap.length < MAX_FRAME_TAIL && /[.!?]\s+$/u.test(gap));
}

const MAX_FRAME_TAIL = 120;

function continueQuotes(text: string, quotes: readonly QuoteSpan[], drafts: Draft[]): Draft[] {
  const claimed = (q: QuoteSpan) => drafts.some((d) => d.content.some((c) => c.start < q.end && q.start < c.end));
  for (const draft of drafts) {
    const last = draft.content[draft.content.length - 1]!;
    const frameEnd = Math.max(...[...draft.cue, ...draft.source].map((s) => s.end));
    if (!quotes.some((q) => q.closed && q.end === last.end) || last.end > draft.cue[0]!.start) continue;
    const next = quotes.find((q) => q.start >= frameEnd && continuesAfter(text.slice(frameEnd, q.start)));
    if (next && !claimed(next)) draft.content.push({ start: next.start, end: next.end });
  }
  return drafts;
}

function readRoles(
  input: LearnedInput, model: AttributionModel, cue: number, group: Set<number>, range: TokenRange, sentence: number,
  features: FeatureBuffer, scores: Float32Array, entityAt: (i: number) => string, lexicon: CompiledLexicon, quoted: readonly boolean[],
): Draft | undefined {
  const { text, tree } = input;
  const scored: { candidate: ArgumentCandidate; content: number; source: number }[] = [];
  for (const candidate of argumentCandidates(tree, cue, group, range)) {
    argumentFeatures(tree, cue, candidate, entityAt, features.reset());
    scored.push({ candidate, ...roleMargins(model, features, scores) });
  }
  // A cue always has content: when no candidate wins it outright, the likeliest one is taken.
  const contents = scored.filter((s) => s.content > 0 && s.content >= s.source);
  if (contents.length === 0) contents.push(...scored.filter((s) => s.source <= 0).sort((a, b) => b.content - a.content).slice(0, 1));
  if (contents.length === 0) return undefined;
  const contentTokens = contents.flatMap((s) => withoutTrailingAside(tree, s.candidate.tokens, quoted)).sort((a, b) => a - b);
  // "called for X", "complained about X": the preposition right after the cue belongs to the cue (PolNeAR's convention).
  const particle = contentTokens[0]!;
  if (tree.tokens[particle]!.upos === 'ADP' && tree.tokens[particle]!.deprel === 'case' && [...group].some((g) => g === particle - 1) && contentTokens.length > 1) {
    contentTokens.shift();
    group = new Set([...group, particle]);
  }
  const content = spansOf(input, contentTokens);
  const sources = scored.filter((s) => s.source > 0 && s.source > s.content).sort((a, b) => b.source - a.source);
  // Failing a confident source, the cue's own subject is its speaker.
  if (sources.length === 0) sources.push(...scored.filter((s) => !contents.includes(s) && SUBJECTS.has(s.candidate.relation)).slice(0, 1));
  const source = sources.length > 0 ? spansOf(input, sources[0]!.candidate.tokens) : [];
  if (content.length === 0) return undefined;
  const cueSpans = tokenRuns(tree, [...group].sort((a, b) => a - b));
  const lower = text.slice(tree.tokens[cue]!.start, tree.tokens[cue]!.end).toLowerCase();
  const according = lexicon.according.some((phrase) => phrase[0] === lower);
  return {
    frame: according ? 'according-to' : source.length > 0 ? 'subject-verb' : sharedSubjectFrame(tree.tokens[cue]!),
    cue: cueSpans, content, source,
    stance: lexicon.verbs.get(lower)?.stance ?? 'reports',
    sentence, contentAfter: content[0]!.start > cueSpans[0]!.start, relativeSource: false,
  };
}
