/**
 * Features of the learned English attribution model: one set per token (is it the head of a
 * reporting cue?) and one per argument candidate of a cue (is this subtree the content, the
 * source, or neither?). Features are hashed strings, so the model needs no feature dictionary.
 */
import { hashString } from '../ml/feature-hash.js';
import { subtree, type DependencyTree } from './dependency-tree.js';

/** Collects hashed features into a reusable buffer. */
export class FeatureBuffer {
  values = new Uint32Array(256);
  count = 0;

  reset(): this {
    this.count = 0;
    return this;
  }

  add(template: string, value: string): void {
    if (this.count === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    let seed = TEMPLATE_HASHES.get(template);
    if (seed === undefined) {
      seed = hashString(template);
      TEMPLATE_HASHES.set(template, seed);
    }
    this.values[this.count++] = hashString(value, seed);
  }
}

const TEMPLATE_HASHES = new Map<string, number>();

/** What the features read of a token: lower-cased form, lemma, tag, relation. */
function word(tree: DependencyTree, i: number): { lower: string; lemma: string; upos: string; deprel: string } {
  const t = tree.tokens[i];
  if (!t) return { lower: '<none>', lemma: '<none>', upos: '<none>', deprel: '<none>' };
  return { lower: tree.lower[i]!, lemma: tree.lemma[i]!, upos: t.upos ?? '_', deprel: t.deprel ?? '_' };
}

const ARGUMENT_RELATIONS = new Set(['obj', 'xcomp', 'obl', 'nmod']);

/** Per lemma, how often training saw it head a gold cue and how often it saw it at all (lemmas that headed some cue only). */
export type LemmaCueCounts = ReadonlyMap<string, readonly [cues: number, total: number]>;

/** Fewer sightings than this in training make a lemma's cue rate too rough to read as a rate. */
const MIN_RATED_SIGHTINGS = 3;

/**
 * A lemma's cue rate in training, bucketed: a back-off shared by lemmas too rare for their own
 * weights to be trusted. Training reads it jack-knifed, so it is as reliable there as on new text.
 */
function lemmaCueRate(counts: LemmaCueCounts, lemma: string): string {
  const seen = counts.get(lemma);
  if (!seen) return 'never';
  const [cues, total] = seen;
  if (total < MIN_RATED_SIGHTINGS) return `rare ${cues}`;
  const rate = cues / total;
  return rate < 0.05 ? '<5%' : rate < 0.15 ? '<15%' : rate < 0.3 ? '<30%' : rate < 0.5 ? '<50%' : rate < 0.7 ? '<70%' : '70%+';
}

/** Lemmas at least this often a cue in training (seen MIN_RATED_SIGHTINGS times or more) are likely cues to the features that read the words around a token. */
const LIKELY_CUE_RATE = 0.3;
/** How many heads up from a token its reporting ancestor is looked for. */
const MAX_REPORTING_DEPTH = 4;

/**
 * The nearest ancestor of token `i`, up to MAX_REPORTING_DEPTH heads up, whose lemma is a likely
 * cue: how far up it lies (1, 2, 3+) and the relation of the word below it on the way ("none" without one).
 */
function reportingAncestor(tree: DependencyTree, i: number, counts: LemmaCueCounts): string {
  let below = i;
  for (let depth = 1, a = tree.tokens[i]!.head; a !== undefined && depth <= MAX_REPORTING_DEPTH; depth++, below = a, a = tree.tokens[a]?.head) {
    const seen = counts.get(tree.lemma[a]!);
    if (seen && seen[1] >= MIN_RATED_SIGHTINGS && seen[0] / seen[1] >= LIKELY_CUE_RATE) return `${Math.min(depth, 3)} ${tree.tokens[below]!.deprel ?? '_'}`;
  }
  return 'none';
}

/** The sentence's token range, end exclusive. */
export interface TokenRange { first: number; end: number }

/**
 * Cue features of token `i`: its word, its tag and relation, its dependents' relations and
 * markers ("that", "to"), its neighbours, and how often its lemma headed a cue in training.
 */
export function cueFeatures(tree: DependencyTree, i: number, range: TokenRange, text: string, insideQuote: boolean, entityAt: (token: number) => string, cueLemmas: LemmaCueCounts, out: FeatureBuffer): void {
  const w = word(tree, i);
  const token = tree.tokens[i]!;
  out.add('bias', '');
  out.add('lower', w.lower);
  out.add('lemma', w.lemma);
  out.add('upos', w.upos);
  out.add('lemma+upos', `${w.lemma} ${w.upos}`);
  out.add('lemma+deprel', `${w.lemma} ${w.deprel}`);
  out.add('upos+deprel', `${w.upos} ${w.deprel}`);
  out.add('suffix', w.lower.slice(-3));
  out.add('xpos', token.xpos ?? '_');
  out.add('quoted', `${insideQuote} ${w.upos}`);
  out.add('capital', `${/^\p{Lu}/u.test(text.slice(token.start, token.end))} ${i === range.first}`);
  const head = token.head !== undefined ? word(tree, token.head) : undefined;
  out.add('head', head ? `${head.upos} ${w.deprel}` : 'root');
  out.add('lemma+head', head ? `${w.lemma} ${head.lemma}` : `${w.lemma} root`);
  let subject = false;
  for (const c of tree.children[i]!) {
    const child = word(tree, c);
    if (child.deprel.startsWith('nsubj')) subject = true;
    out.add('child', child.deprel);
    out.add('lemma+child', `${w.lemma} ${child.deprel}`);
    // The object's word tells reporting ("delivered a message", "released a statement") from acting.
    if (ARGUMENT_RELATIONS.has(child.deprel)) {
      out.add('argument', `${child.deprel} ${child.lemma}`);
      out.add('lemma+argument', `${w.lemma} ${child.deprel} ${child.lemma}`);
    }
    if (child.deprel === 'mark' || child.deprel === 'case' || child.deprel === 'compound:prt' || child.deprel === 'fixed') out.add('lemma+particle', `${w.lemma} ${child.lower}`);
    if (child.deprel === 'ccomp' || child.deprel === 'xcomp' || child.deprel === 'advcl') {
      const marker = tree.children[c]!.map((m) => word(tree, m)).find((m) => m.deprel === 'mark');
      out.add('complement', `${child.deprel} ${marker?.lower ?? '-'}`);
      out.add('lemma+complement', `${w.lemma} ${child.deprel} ${marker?.lower ?? '-'}`);
    }
    if (child.deprel.startsWith('nsubj')) {
      out.add('subject', `${child.upos} ${c < i}`);
      out.add('subject+entity', `${entityAt(c)} ${child.lemma}`);
      out.add('lemma+subjectEntity', `${w.lemma} ${entityAt(c)}`);
    }
    const opening = tree.lower[tree.children[c]!.length > 0 ? Math.min(c, ...tree.children[c]!) : c]!;
    if (/^[“"‘:]$/u.test(opening)) out.add('quotedDependent', `${child.deprel} ${opening === ':' ? ':' : 'quote'}`);
  }
  out.add('lemma+subject', `${w.lemma} ${subject}`);
  const rate = lemmaCueRate(cueLemmas, w.lemma);
  // A word inside the clause a likely cue reports is mostly that speaker's words, not a cue of its own
  // (PolNeAR gives each word one role): "said he believes", "reported the email came after Trump proposed".
  const reporting = reportingAncestor(tree, i, cueLemmas);
  out.add('reportingAncestor', `${reporting} ${w.upos}`);
  out.add('lemma+reportingAncestor', `${w.lemma} ${reporting}`);
  out.add('lemmaCueRate', rate);
  out.add('lemmaCueRate+upos', `${rate} ${w.upos} ${w.deprel}`);
  out.add('lemmaCueRate+subject', `${rate} ${subject}`);
  const previous = i > range.first ? word(tree, i - 1).lower : '<s>';
  const next = i + 1 < range.end ? word(tree, i + 1).lower : '</s>';
  out.add('previous', previous);
  out.add('next', next);
  out.add('lemma+next', `${w.lemma} ${next}`);
  out.add('lemma+previous', `${w.lemma} ${previous}`);
  out.add('next2', i + 2 < range.end ? word(tree, i + 2).lower : '</s>');
}

/** A subtree that may fill a role of a cue, and how it hangs from the cue. */
export interface ArgumentCandidate {
  /** "child:ccomp", "parent:parataxis", "grandparent:case:obl", "sibling:nsubj"… */
  relation: string;
  /** The candidate subtree's root. */
  root: number;
  /** Its tokens, sorted. */
  tokens: number[];
}

/** Relations of the cue to its head word that make the head's own head the clause it introduces ("according to X, …"). */
const FUNCTION_RELATIONS = new Set(['case', 'mark', 'fixed']);

/**
 * The subtrees that may be a cue's content or source: its dependents, its head's clause without
 * the cue, the clause above a function-word cue, and the subject of the verb it hangs from.
 */
export function argumentCandidates(tree: DependencyTree, cue: number, cueTokens: ReadonlySet<number>, range: TokenRange): ArgumentCandidate[] {
  const within = (i: number | undefined): i is number => i !== undefined && i >= range.first && i < range.end;
  const candidates: ArgumentCandidate[] = [];
  const push = (relation: string, root: number, tokens: number[]) => {
    const kept = tokens.filter((t) => !cueTokens.has(t) && within(t));
    if (kept.some((t) => tree.tokens[t]!.upos !== 'PUNCT')) candidates.push({ relation, root, tokens: kept });
  };
  const token = tree.tokens[cue]!;
  let hasSubject = false;
  const subject = joinedSubject(tree, cue);
  for (const c of tree.children[cue]!) {
    if (cueTokens.has(c) || tree.tokens[c]!.deprel === 'punct') continue;
    if (tree.tokens[c]!.deprel?.startsWith('nsubj')) hasSubject = true;
    if (subject?.pieces.has(c)) {
      if (c === Math.min(...subject.pieces)) push(`child:${tree.tokens[subject.root]!.deprel}`, subject.root, [...subject.pieces].flatMap((p) => subtree(tree, p)).sort((a, b) => a - b));
      continue;
    }
    push(`child:${tree.tokens[c]!.deprel}`, c, subtree(tree, c));
  }
  const parent = token.head;
  if (!within(parent)) return candidates;
  push(`parent:${token.deprel}`, parent, subtree(tree, parent, new Set([cue])));
  const grandparent = tree.tokens[parent]!.head;
  if (FUNCTION_RELATIONS.has(token.deprel ?? '') && within(grandparent)) {
    push(`grandparent:${token.deprel}:${tree.tokens[parent]!.deprel}`, grandparent, subtree(tree, grandparent, new Set([parent])));
  }
  if (!hasSubject) {
    for (const s of tree.children[parent]!) {
      if (s !== cue && tree.tokens[s]!.deprel?.startsWith('nsubj')) push(`sibling:${tree.tokens[s]!.deprel}`, s, subtree(tree, s));
    }
  }
  return candidates;
}

const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * A clause has one subject, but the parse may hang a title and the name after it from the cue as
 * two ("United States Senator | from | Vermont Bernie Sanders said", "White House press secretary |
 * Josh Earnest said"), and the cue's likeliest source would then be the title alone. Nouns before
 * the cue that it takes as subjects, with nothing but prepositions between them, are one noun
 * phrase, as PolNeAR marks the source; its root is the last, the name in English word order. The
 * cue's dependents that make up that phrase; undefined unless there are two or more.
 */
function joinedSubject(tree: DependencyTree, cue: number): { root: number; pieces: Set<number> } | undefined {
  const before = tree.children[cue]!.filter((c) => c < cue);
  const isNominalSubject = (c: number) => tree.tokens[c]!.deprel?.startsWith('nsubj') === true && NOMINAL.has(tree.tokens[c]!.upos ?? '');
  const root = before.filter(isNominalSubject).at(-1);
  if (root === undefined) return undefined;
  const pieces = new Set([root]);
  // Prepositions join the phrase only once a subject is found before them.
  let between: number[] = [];
  let first = subtree(tree, root)[0]!;
  for (let k = before.indexOf(root) - 1; k >= 0; k--) {
    const c = before[k]!;
    const words = subtree(tree, c);
    if (words.at(-1)! + 1 !== first) break;
    first = words[0]!;
    if (isNominalSubject(c)) {
      for (const p of [...between, c]) pieces.add(p);
      between = [];
    } else if (words.every((w) => tree.tokens[w]!.upos === 'ADP')) {
      between.push(c);
    } else {
      break;
    }
  }
  return pieces.size > 1 ? { root, pieces } : undefined;
}

/**
 * Whether some of `tokens` score as a cue. PolNeAR gives each word one role in one attribution, so
 * a subtree holding another statement's cue is rarely a role of this one, and cutting it off an
 * end is likely right.
 */
function holdsCue(tokens: readonly number[], cueMargins: Float32Array): boolean {
  return tokens.some((t) => cueMargins[t]! > 0);
}

function lengthBucket(n: number): string {
  return n <= 1 ? '1' : n <= 2 ? '2' : n <= 5 ? '3-5' : n <= 12 ? '6-12' : '13+';
}

/** Features of one candidate for a cue: relation, cue word, the candidate's root and edges, side, length. */
export function argumentFeatures(tree: DependencyTree, cue: number, candidate: ArgumentCandidate, entityAt: (token: number) => string, cueMargins: Float32Array, out: FeatureBuffer): void {
  const c = word(tree, cue);
  const r = word(tree, candidate.root);
  const rel = candidate.relation;
  const first = word(tree, candidate.tokens[0]!);
  const last = word(tree, candidate.tokens[candidate.tokens.length - 1]!);
  const side = candidate.tokens[0]! > cue ? 'after' : candidate.tokens[candidate.tokens.length - 1]! < cue ? 'before' : 'around';
  out.add('rel', rel);
  out.add('rel+cue', `${rel} ${c.lemma}`);
  out.add('rel+cueUpos', `${rel} ${c.upos} ${c.deprel}`);
  out.add('rel+root', `${rel} ${r.upos}`);
  out.add('rel+rootLemma', `${rel} ${r.lemma}`);
  out.add('rel+first', `${rel} ${first.lower}`);
  out.add('rel+last', `${rel} ${last.upos}`);
  out.add('rel+side', `${rel} ${side}`);
  out.add('rel+length', `${rel} ${lengthBucket(candidate.tokens.length)}`);
  out.add('rel+entity', `${rel} ${entityAt(candidate.root)}`);
  out.add('cue+root', `${c.lemma} ${r.upos} ${side}`);
  out.add('cue+first', `${c.lemma} ${first.lower}`);
  out.add('root+side', `${r.upos} ${r.deprel} ${side}`);
  // "told voters that …" leaves the addressee out; "urged voters to …" keeps it: the cue's clausal dependents decide.
  const clauses = tree.children[cue]!.map((k) => tree.tokens[k]!.deprel).filter((d) => d === 'ccomp' || d === 'xcomp').sort().join('+') || 'none';
  out.add('rel+clauses', `${rel} ${clauses}`);
  out.add('rel+clauses+cue', `${rel} ${clauses} ${c.lemma}`);
  out.add('rel+holdsCue', `${rel} ${holdsCue(candidate.tokens, cueMargins)}`);
  // "thanked supporters | at a rally", "banned waterboarding | when he took office": a phrase after the cue's object or clause is mostly the writer's.
  const argument = side === 'after' ? argumentBefore(tree, cue, candidate.tokens[0]!) : undefined;
  out.add('rel+afterArgument', `${rel} ${argument ?? '-'}`);
  out.add('rel+afterArgument+cue', `${rel} ${argument ?? '-'} ${c.lemma}`);
}

/** The cue's core arguments: what it reports, said or done. */
const CORE_ARGUMENTS = new Set(['obj', 'iobj', 'ccomp', 'xcomp']);

/** The relation of the last core argument of the cue that lies between the cue and token `first`, if any. */
function argumentBefore(tree: DependencyTree, cue: number, first: number): string | undefined {
  let found: string | undefined;
  for (const c of tree.children[cue]!) if (c > cue && c < first && CORE_ARGUMENTS.has(tree.tokens[c]!.deprel ?? '')) found = tree.tokens[c]!.deprel;
  return found;
}

/** Most tokens a content may lose at its start (an addressee, a medium, a time: "told host Alex Marlow on Thursday how …"). */
export const MAX_START_SKIP = 12;

/**
 * Features of starting a content that follows its cue at token `k` instead of at the subtree's
 * first token `origin`: the words there, what would be skipped ("told voters | that", "urged
 * Congress | to"), and how `k` hangs in the tree.
 */
export function startFeatures(tree: DependencyTree, cue: number, origin: number, k: number, entityAt: (token: number) => string, out: FeatureBuffer): void {
  const c = word(tree, cue);
  const w = word(tree, k);
  const before = word(tree, k - 1);
  const skipped = k - origin;
  out.add('bias', '');
  out.add('origin', `${skipped === 0}`);
  out.add('word', w.lower);
  out.add('upos+deprel', `${w.upos} ${w.deprel}`);
  out.add('cue+word', `${c.lemma} ${w.lower}`);
  out.add('cue+upos', `${c.lemma} ${w.upos} ${skipped === 0}`);
  out.add('before', before.lower);
  out.add('before+word', `${before.upos} ${w.lower}`);
  out.add('beforeEntity', `${entityAt(k - 1)} ${w.upos}`);
  out.add('hangsFromCue', `${tree.tokens[k]!.head === cue} ${w.deprel}`);
  // A word whose dependents all follow it opens its own subtree: a clause or phrase can start there.
  out.add('opensSubtree', `${tree.children[k]!.every((d) => d > k)} ${w.upos}`);
  if (skipped > 0) {
    const first = word(tree, origin);
    out.add('skipLength', lengthBucket(skipped));
    out.add('skippedFirst', `${first.upos} ${first.deprel}`);
    out.add('cue+skippedFirst', `${c.lemma} ${first.upos} ${first.deprel}`);
    out.add('skippedFirst+word', `${first.upos} ${w.lower}`);
  }
}

/**
 * Features of ending a content candidate with `option`: kept whole, or cut before a subtree on its
 * right edge, told apart by that subtree's relation, its first word and whether a comma sets it
 * off ("…, who is 70", "… during the debate", "…, and that …") and by the cue.
 */
export function endFeatures(tree: DependencyTree, cue: number, candidate: ArgumentCandidate, option: { keep: number; aside?: number; opening?: number; comma?: boolean }, quoted: readonly boolean[], cueMargins: Float32Array, out: FeatureBuffer): void {
  const c = word(tree, cue);
  out.add('bias', '');
  if (option.aside === undefined || option.opening === undefined) {
    out.add('whole', candidate.relation);
    out.add('whole+cue', c.lemma);
    out.add('whole+holdsCue', `${candidate.relation} ${holdsCue(candidate.tokens, cueMargins)}`);
    return;
  }
  out.add('cut+holdsCue', `${tree.tokens[option.aside]!.deprel} ${holdsCue(candidate.tokens.slice(option.keep), cueMargins)} ${holdsCue(candidate.tokens.slice(0, option.keep), cueMargins)}`);
  const aside = word(tree, option.aside);
  const first = word(tree, option.opening);
  const cut = `${aside.deprel} ${aside.upos} ${option.comma}`;
  out.add('cut', cut);
  out.add('cut+first', `${aside.deprel} ${first.lower} ${option.comma}`);
  out.add('first', first.lower);
  out.add('cut+cue', `${aside.deprel} ${c.lemma}`);
  out.add('cut+relation', `${aside.deprel} ${candidate.relation}`);
  out.add('cut+quoted', `${aside.deprel} ${quoted[option.opening]}`);
  out.add('before', `${word(tree, option.opening - 1).lower} ${first.upos}`);
  out.add('lengths', `${lengthBucket(option.keep)} ${lengthBucket(candidate.tokens.length - option.keep)}`);
}
