import type { Token } from '../record/schema.js';
import type { TenseCues } from './language.js';
import type { TimeToken } from './tokenize.js';

/**
 * `present`: the clause is in the present, so a date without a year is the nearest one; `since`:
 * a word just before the expression makes it a starting point ("since May", "depuis le 3 mai"),
 * which lies before the document date whatever the verb; `deadline`: a deadline word ("by", "until")
 * in a past clause, whose date may still lie ahead or have passed ("by the end of June, the group had
 * raised $38 million", told in November).
 */
export type Tense = 'past' | 'future' | 'present' | 'since' | 'deadline';

export interface CompiledTense {
  past: Set<string>;
  pastBeforeParticiple: Set<string>;
  participleEndings: readonly string[];
  future: Set<string>;
  present: Set<string>;
  futureAfterPresent: Set<string>;
  futureBeforeVerb: Set<string>;
  futureSignals: readonly string[];
  deadlineSignals: readonly string[];
  pastSignals: readonly string[];
  verbGroupWords: Set<string>;
  pastEndings: RegExp[];
  futureEndings: RegExp[];
  exceptions: Set<string>;
  minLength: number;
  perfectWithBe: Set<string>;
  reflexiveClitics: Set<string>;
  infinitiveMarkers: Set<string>;
  conditionMarkers: Set<string>;
  pastPerfect: Set<string>;
}

// Longest first, so that "d'ici au" is tried before "d'ici".
const longestFirst = (signals: readonly string[]) => [...signals].sort((a, b) => b.length - a.length);

export function compileTense(cues: TenseCues): CompiledTense {
  return {
    past: new Set(cues.past),
    pastBeforeParticiple: new Set(cues.pastBeforeParticiple),
    participleEndings: cues.participleEndings,
    future: new Set(cues.future),
    present: new Set(cues.present),
    futureAfterPresent: new Set(cues.futureAfterPresent ?? []),
    futureBeforeVerb: new Set(cues.futureBeforeVerb),
    futureSignals: longestFirst(cues.futureSignals),
    deadlineSignals: longestFirst(cues.deadlineSignals ?? []),
    pastSignals: longestFirst(cues.pastSignals),
    verbGroupWords: new Set(cues.verbGroupWords),
    pastEndings: cues.pastEndings.map((s) => new RegExp(s, 'u')),
    futureEndings: cues.futureEndings.map((s) => new RegExp(s, 'u')),
    exceptions: new Set(cues.endingExceptions),
    minLength: cues.minEndingWordLength,
    perfectWithBe: new Set(cues.perfectWithBe ?? []),
    reflexiveClitics: new Set(cues.reflexiveClitics ?? []),
    infinitiveMarkers: new Set(cues.infinitiveMarkers ?? []),
    conditionMarkers: new Set(cues.conditionMarkers ?? []),
    pastPerfect: new Set(cues.pastPerfect ?? []),
  };
}

/** Clause limits: the tense of another sentence says nothing about this expression. */
const BOUNDARY = new Set(['.', '!', '?', ';', '«', '»', '"', '“', '”', '(', ')']);
const WINDOW = 10;
/** How far a future word may govern a date that no verb within WINDOW places. */
const FUTURE_WINDOW = 20;
/** How far the main verb may follow a date that opens its sentence before a comma. */
const FRONTED_WINDOW = 30;
/** Words between a condition's opening word and its verb: "if the company's chief executive won". */
const CONDITION_REACH = 4;

/** Features the tagger puts on tokens (`Tense=Past|VerbForm=Fin`), when it has run. */
function tenseFromFeats(feats: string): Tense | undefined {
  if (/Tense=Fut|Mood=Cnd/.test(feats)) return 'future';
  if (/Tense=(Past|Imp)/.test(feats)) return 'past';
  // A finite present ("expects to release results in mid-November") governs what follows it: the
  // clause is not read further left, where the reporting verb ("said") would make it past.
  if (/Tense=Pres/.test(feats) && /VerbForm=Fin/.test(feats)) return 'present';
  return undefined;
}

/** Tagged tokens by their start offset, when the tagger has run (else undefined). */
export function taggedByOffset(tagged: readonly Token[] | undefined): Map<number, Token> | undefined {
  if (!tagged || !tagged.some((t) => t.feats)) return undefined;
  const byOffset = new Map<number, Token>();
  for (const t of tagged) if (!byOffset.has(t.start)) byOffset.set(t.start, t);
  return byOffset;
}

/**
 * A period ends a clause unless it closes an abbreviation ("p.m.", "Aug.") inside the sentence. Before
 * a capital, the sentence segmenter, when it has run, tells a title or an initial ("Mr. Davison",
 * "Daniel P. Davison") from the end of a sentence ("in the U.S. The").
 */
function isBoundary(tokens: readonly TimeToken[], k: number, sentenceStarts: ReadonlySet<number> | undefined): boolean {
  const token = tokens[k]!;
  if (!BOUNDARY.has(token.norm)) return false;
  if (token.norm !== '.') return true;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  const closesAbbreviation = before !== undefined && before.end === token.start && before.norm.length <= 4;
  if (!closesAbbreviation || after === undefined || after.newlineBefore) return true;
  return after.capital && (sentenceStarts === undefined || sentenceStarts.has(after.start));
}

export function tenseAround(
  text: string, tokens: readonly TimeToken[], start: number, end: number,
  cues: CompiledTense, tagged?: ReadonlyMap<number, Token>, sentenceStarts?: ReadonlySet<number>,
): Tense | undefined {
  const leftLimit = (reach: number) => {
    let left = start;
    while (left > 0 && start - left < reach && !isBoundary(tokens, left - 1, sentenceStarts) && !tokens[left]!.newlineBefore) left--;
    return left;
  };
  const rightLimit = (reach: number) => {
    let right = end;
    while (right < tokens.length && right - end < reach && !isBoundary(tokens, right, sentenceStarts) && !tokens[right]!.newlineBefore) right++;
    return right;
  };
  const expressionStart = tokens[start]!.start;
  const before = text.slice(Math.max(0, expressionStart - 12), expressionStart).toLowerCase().replace(/’/g, "'").trimEnd();
  const signalled = (signal: string) => before.endsWith(signal) && /(^|[\s(])$/.test(before.slice(0, before.length - signal.length));
  if (cues.futureSignals.some(signalled)) return 'future';
  const deadline = cues.deadlineSignals.some(signalled);
  if (!deadline && cues.pastSignals.some(signalled)) return 'since';
  const word = (j: number) => text.slice(tokens[j]!.start, tokens[j]!.end).toLowerCase().replace(/’/g, "'");
  // "will be paid", "to be held": a past form inside a future verb group; "ambassador to Venezuela said" is not one.
  const inFutureGroup = (j: number): boolean => {
    for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
      const w = word(k);
      if (cues.futureBeforeVerb.has(w)) return true;
      if (!cues.verbGroupWords.has(w)) return false;
    }
    return false;
  };
  const classify = (j: number): Tense | undefined => {
    const tense = classifyWord(j);
    return tense === 'past' && inFutureGroup(j) ? 'future' : tense;
  };
  const taggedAt = (j: number) => tagged?.get(tokens[j]!.start);
  const isPastParticiple = (j: number) => /Tense=Past\|VerbForm=Part/.test(taggedAt(j)?.feats ?? '');
  // Negation, adverbs and auxiliaries may stand inside a verb group ("n'a finalement pas été reçu").
  const insideVerbGroup = (j: number) => taggedAt(j)?.upos === 'ADV' || cues.verbGroupWords.has(word(j));
  /**
   * A past participle takes its tense from its auxiliaries. A passive has the tense of the finite one
   * ("when the case is heard in May", "le match est fixé samedi", "sera reçu"); a compound tense
   * ("has closed", "a été reçu", "est arrivé", "s'est engagé") is a past when that one is present.
   * The tagger's voice tells them apart, checked against the verbs that take "être" in French.
   */
  const participleTense = (j: number): Tense | undefined => {
    const participle = taggedAt(j);
    let passive = !!participle?.feats?.includes('Voice=Pass') && !cues.perfectWithBe.has(participle.lemma ?? '');
    let finite: number | undefined;
    for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
      const token = taggedAt(k);
      if (token?.upos === 'AUX' && finite === undefined) {
        if (token.feats?.includes('VerbForm=Fin')) finite = k;
        else passive = false; // "has been", "a été": the compound tense of a passive
      } else if (cues.reflexiveClitics.has(word(k))) passive = false;
      else if (!insideVerbGroup(k)) break;
    }
    if (finite === undefined) return undefined;
    const tense = listedTense(finite) ?? tenseFromFeats(taggedAt(finite)?.feats ?? '');
    return !passive && tense === 'present' ? 'past' : tense;
  };
  // "Samedi, une fusillade a éclaté": read rightwards, a finite auxiliary opens its verb group.
  const participleAfter = (j: number): number | undefined => {
    for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++) {
      if (isPastParticiple(k) && taggedAt(k)?.upos !== 'AUX') return k;
      if (taggedAt(k)?.upos !== 'AUX' && !insideVerbGroup(k)) return undefined;
    }
    return undefined;
  };
  // "had been scheduled to expire Friday": a plan made before a past moment, the Friday just gone.
  const afterPastPerfect = (j: number): boolean => {
    for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
      if (cues.pastPerfect.has(word(k))) return true;
      if (!insideVerbGroup(k)) return false;
    }
    return false;
  };
  const listedTense = (j: number): Tense | undefined => {
    const w = word(j);
    if (cues.future.has(w)) return afterPastPerfect(j) ? 'past' : 'future';
    if (cues.present.has(w)) return j + 1 < tokens.length && cues.futureAfterPresent.has(word(j + 1)) ? 'future' : 'present';
    return undefined;
  };
  const classifyWord = (j: number): Tense | undefined => {
    const listed = listedTense(j);
    if (listed) return listed;
    // With the tagger's features, they decide; the word rules below are the fallback without them.
    if (tagged) {
      const token = taggedAt(j);
      const f = token?.feats;
      if (!f) return undefined;
      const participle = isPastParticiple(j) ? j : token.upos === 'AUX' && f.includes('VerbForm=Fin') ? participleAfter(j) : undefined;
      return (participle !== undefined ? participleTense(participle) : undefined) ?? tenseFromFeats(f);
    }
    const w = word(j);
    if (cues.past.has(w)) return 'past';
    if (cues.pastBeforeParticiple.has(w) && j + 1 < tokens.length) {
      const next = word(j + 1);
      if (next.length > 2 && cues.participleEndings.some((e) => next.endsWith(e))) return 'past';
    }
    // A capitalised word inside a sentence is a name ("Sierra", "United"), unless the text is in capitals.
    const raw = text.slice(tokens[j]!.start, tokens[j]!.end);
    const name = tokens[j]!.capital && raw !== raw.toUpperCase() && j > 0 && !BOUNDARY.has(tokens[j - 1]!.norm);
    if (w.length < cues.minLength || cues.exceptions.has(w) || name) return undefined;
    if (cues.futureEndings.some((re) => re.test(w))) return 'future';
    if (cues.pastEndings.some((re) => re.test(w))) return 'past';
    return undefined;
  };
  // "decided to admit them in early March, an official said": an infinitive's event may follow the
  // past verb that governs it, so neither that verb nor one after the date puts it in the past; the
  // date is then the nearest one.
  const isInfinitive = (j: number) => j > 0 && cues.infinitiveMarkers.has(word(j - 1)) && /VerbForm=Inf/.test(taggedAt(j)?.feats ?? '');
  // "asked how ties would fare if he won the election on Nov. 8": the past of a condition is hypothetical.
  const inCondition = (j: number) => {
    for (let k = j - 1; k >= Math.max(0, j - CONDITION_REACH) && !isBoundary(tokens, k, sentenceStarts); k--) {
      if (cues.conditionMarkers.has(word(k))) return true;
    }
    return false;
  };
  // "On Friday, the government planned to pay": a plan told after its date was made on that day,
  // whereas "planned a rally on Saturday" looks ahead to it.
  const plannedThen = (j: number) => cues.future.has(word(j)) && /Tense=Past/.test(taggedAt(j)?.feats ?? '') && /VerbForm=Fin/.test(taggedAt(j)?.feats ?? '');
  // The verb a date depends on mostly comes before it ("met Monday", "will meet on Thursday"):
  // the clause is read leftwards first, then rightwards ("Friday, the government planned").
  const verbTense = (left: number, right: number): Tense | undefined => {
    let afterInfinitive = false;
    for (let l = start - 1; l >= left; l--) {
      afterInfinitive ||= isInfinitive(l);
      const t = classify(l);
      if (t) return t === 'past' && (afterInfinitive || inCondition(l)) ? 'present' : t;
    }
    if (afterInfinitive) return 'present';
    for (let r = end; r < right; r++) { const t = plannedThen(r) ? 'past' : classify(r); if (t) return t; }
    return undefined;
  };
  // "will be named commander of the Space Shuttle Columbia for a mission in December": a future word
  // governs a date further off than a verb does, while a past verb that far mostly belongs to another
  // clause ("said"). A date before a noun ("the November jobs report", "since their Oct. 13 debate")
  // dates that noun, not the clause.
  const beforeNoun = end < tokens.length && ['NOUN', 'PROPN'].includes(taggedAt(end)?.upos ?? '');
  const farFuture = (): Tense | undefined => {
    if (beforeNoun) return undefined;
    return verbTense(leftLimit(FUTURE_WINDOW), rightLimit(FUTURE_WINDOW)) === 'future' ? 'future' : undefined;
  };
  // "In January, a week after the anniversary of the Roe vs. Wade decision, a clinic bombing in
  // Birmingham, Ala., killed a guard": a date opening its sentence before a comma is placed by the main
  // verb, which may come far after it.
  const left = leftLimit(WINDOW);
  const fronted = tokens[end]?.norm === ',' && start - left <= 1 && (left === 0 || isBoundary(tokens, left - 1, sentenceStarts) || tokens[left]!.newlineBefore);
  const tense = verbTense(left, rightLimit(fronted ? FRONTED_WINDOW : WINDOW)) ?? farFuture();
  if (!deadline) return tense;
  return tense === 'past' ? 'deadline' : 'future';
}
