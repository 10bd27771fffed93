import type { Span } from '../record/layers/span.js';
import { attributeMarkerAfter, bareAttributeAt, isInfinitive, matchesAt, namesSpeaker, opensRelativeOpinion, skipDiscourseAdverbs, type CompiledLexicon, type CueMatch } from './cues.js';
import type { Stance } from './lexicon.js';
import { nounPhraseAfter, subjectBefore, subjectBeforeAsides, subjectBeforeRelative, looksLikeNounPhrase, namesOnlyTime } from './noun-phrases.js';
import { insideQuotation, type QuoteSpan, type Word } from './text-units.js';

/** How the cue, source and content are arranged; decides how the speaker is found. */
export type Frame = 'subject-verb' | 'inverted' | 'clitic' | 'according-to' | 'passive' | 'gerund' | 'coordinated';

/** An attribution before speaker resolution, nesting and stance targets. */
export interface Draft {
  frame: Frame;
  cue: Span[];
  content: Span[];
  source: Span[];
  stance: Stance;
  sentence: number;
  /** Content read from the words after the cue (as opposed to before it). */
  contentAfter: boolean;
  /** The source is a relative pronoun ("qui soulignent") whose antecedent precedes it. */
  relativeSource: boolean;
  /** The noun phrase a relative-pronoun source stands for ("la mère de l'adolescente, pour qui …"), when one precedes it. */
  antecedent?: Span;
  /** Where the cue group starts, auxiliaries included ("has" in "and has expressed"). */
  frameStart?: number;
}

export interface SentenceContext {
  text: string;
  sentence: Span;
  index: number;
  words: Word[];
  quotes: readonly QuoteSpan[];
  lexicon: CompiledLexicon;
  lang: 'fr' | 'en';
  /** The next sentence, for "X said:" followed by the statement. */
  next?: Span;
}

const FINAL_PUNCT = /[\s.,;:!?…]+$/u;
/** Wikinews reference marks closing a sentence ("… 532 millions de dollars [2]."). */
const FOOTNOTES = /(?:\s*\[\d+\])+[\s.,;:!?…]*$/u;
const LEADING_PUNCT = /^[\s,;:—–-]+/u;

function wordSpan(words: readonly Word[], from: number, to: number): Span {
  return { start: words[from]!.start, end: words[to - 1]!.end };
}

/** Trims separators, and final punctuation that lies outside any quotation. */
export function tidy(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  const head = LEADING_PUNCT.exec(text.slice(start, end));
  if (head) start += head[0].length;
  const notes = FOOTNOTES.exec(text.slice(start, end));
  if (notes) end -= notes[0].length;
  const tail = FINAL_PUNCT.exec(text.slice(start, end));
  if (tail) end -= tail[0].length;
  return end > start ? { start, end } : undefined;
}

function quoteEndingAt(quotes: readonly QuoteSpan[], text: string, position: number): QuoteSpan | undefined {
  return quotes.find((q) => q.end <= position && /^[\s,.;:!?…—–-]*$/u.test(text.slice(q.end, position)) || q.start < position && q.contentEnd <= position && q.end >= position && /^[\s,.;:!?…]*$/u.test(text.slice(q.contentEnd, position)));
}

function quoteStartingAt(quotes: readonly QuoteSpan[], text: string, position: number): QuoteSpan | undefined {
  return quotes.find((q) => q.start >= position && /^[\s,:;—–-]*$/u.test(text.slice(position, q.start)));
}

export function findFrames(ctx: SentenceContext, cues: readonly CueMatch[]): Draft[] {
  const cueWords = new Set<Word>();
  for (const cue of cues) cueWords.add(ctx.words[cue.head]!);
  const isCueWord = (w: Word) => cueWords.has(w);
  const drafts: Draft[] = [];
  const headline = colonFrame(ctx, cues, isCueWord);
  if (headline) drafts.push(headline);
  const posted = ctx.lang === 'fr' ? quotationAfterClause(ctx, cues, isCueWord) : undefined;
  if (posted) drafts.push(posted);
  for (const cue of cues) {
    const draft = cue.kind === 'according-to' ? accordingTo(ctx, cue, isCueWord) : verbFrame(ctx, cue, isCueWord);
    if (draft && draft.content.length > 0) {
      const quoted = ctx.lang === 'fr' ? quotationAfterColon(ctx, draft, cues) : undefined;
      drafts.push(joinInterruptedQuote(ctx, draft), ...(quoted ? [quoted] : []));
    }
  }
  return drafts;
}

/**
 * "a dénoncé le verdict : « … »", "l'a félicitée pour une « campagne difficile » : « … »": a quotation
 * opened by a colon after the verb's own complement is a second statement, whose cue is the colon, or the
 * cue after the quotation when it has one; the complement's content ends before it.
 */
function quotationAfterColon(ctx: SentenceContext, draft: Draft, cues: readonly CueMatch[]): Draft | undefined {
  const { text, words, quotes } = ctx;
  const content = draft.content[draft.content.length - 1]!;
  if (!draft.contentAfter || /^[«“"]/u.test(text.slice(content.start, content.end))) return undefined;
  const colon = words.find((w) => w.lower === ':' && w.start > content.start && w.end < content.end && !insideQuotation(quotes, w.start));
  const quote = colon && quotes.find((q) => q.start >= colon.end && /^\s*$/.test(text.slice(colon.end, q.start)));
  if (!colon || !quote) return undefined;
  const before = tidy(text, { start: content.start, end: colon.start });
  if (!before) return undefined;
  draft.content[draft.content.length - 1] = before;
  if (hasOwnCue(ctx, quote, cues)) return undefined;
  const quoted = tidy(text, { start: quote.start, end: Math.min(content.end, quote.end) }) ?? { start: quote.start, end: quote.end };
  return { ...draft, frame: 'coordinated', cue: [{ start: colon.start, end: colon.end }], source: [], content: [quoted], frameStart: colon.start };
}

/** "… : « … », écrit-il", "… : « … », il a dit": a quotation with its own cue right after it is that cue's statement. */
function hasOwnCue(ctx: SentenceContext, quote: QuoteSpan, cues: readonly CueMatch[]): boolean {
  const { words, lexicon } = ctx;
  return cues.some((c) => {
    const cueStart = words[c.first]!.start;
    if (cueStart < quote.end) return false;
    const between = words.filter((w) => w.start >= quote.end && w.end <= cueStart && w.lower !== ',');
    return between.length <= 1 && between.every((w) => lexicon.personalPronouns.has(w.lower));
  });
}

/**
 * "Lionel Messi a posté sur Instagram : « … »", "Luis Suárez a consacré un post à Neymar : « … »": a quotation opened by a
 * colon after a clause with no reporting verb is what the clause's subject wrote or said, its verb the cue, when the subject
 * names a speaker and no cue after the quotation claims it.
 */
function quotationAfterClause(ctx: SentenceContext, cues: readonly CueMatch[], isCueWord: (w: Word) => boolean): Draft | undefined {
  const { words, text, quotes, lexicon } = ctx;
  const colon = words.findIndex((w) => w.lower === ':' && !insideQuotation(quotes, w.start));
  const quote = colon > 0 ? quotes.find((q) => q.start >= words[colon]!.end && /^\s*$/.test(text.slice(words[colon]!.end, q.start))) : undefined;
  if (!quote || cues.some((c) => c.first < colon) || hasOwnCue(ctx, quote, cues)) return undefined;
  const finite = words.findIndex((w, k) => k < colon && w.finite && !insideQuotation(quotes, w.start));
  if (finite <= 0) return undefined;
  let head = finite;
  while (head + 1 < colon && (lexicon.aux.has(words[head]!.lower) || lexicon.interveners.has(words[head + 1]!.lower) && words[head]!.upos !== 'VERB')) head++;
  if (words[head]!.upos !== 'VERB' || lexicon.aux.has(words[head]!.lower)) return undefined;
  const subject = subjectBefore(words, finite, lexicon, isCueWord) ?? subjectBeforeRelative(words, finite, lexicon, isCueWord) ?? subjectBeforeAsides(words, finite, lexicon, isCueWord);
  if (!subject) return undefined;
  const named = words.slice(subject[0], subject[1]);
  const pronoun = named.length === 1 && lexicon.personalPronouns.has(named[0]!.lower) && lexicon.personalPronouns.get(named[0]!.lower) !== 'unnamed';
  // "L'attaquant de Barcelone, Luis Suárez,": any noun phrase of an apposition may name the speaker.
  const phrases: Word[][] = [[]];
  for (const w of named) if (w.lower === ',') phrases.push([]); else phrases[phrases.length - 1]!.push(w);
  if (!pronoun && !phrases.some((phrase) => looksLikeNounPhrase(phrase, lexicon, isCueWord) && namesSpeaker(phrase, lexicon))) return undefined;
  const content = tidy(text, { start: quote.start, end: Math.min(quote.end, ctx.sentence.end) }) ?? { start: quote.start, end: quote.end };
  const cue: CueMatch = { first: finite, head, last: head, kind: 'verb', stance: 'reports', gerund: false, passive: false };
  return {
    frame: 'subject-verb', cue: cueSpans(ctx, cue), content: [content], source: [wordSpan(words, subject[0], subject[1])], stance: 'reports',
    sentence: ctx.index, contentAfter: true, relativeSource: false, frameStart: words[finite]!.start,
  };
}

const MAX_COLON_SOURCE = 5;

/**
 * "Historians: Clinton, Obama linked no matter what" / "Trump : « … »": a short noun phrase and a
 * colon opening a line attribute what follows on that line.
 */
function colonFrame(ctx: SentenceContext, cues: readonly CueMatch[], isCueWord: (w: Word) => boolean): Draft | undefined {
  const { words, text, lexicon } = ctx;
  // A transcript line may open inside a quotation that runs over several paragraphs ("\"PENCE: Well, …").
  const first = /^[“"‘]$|^''$|^``$/u.test(words[0]?.text ?? '') ? 1 : 0;
  const colon = words.findIndex((w, k) => k > first && k <= first + MAX_COLON_SOURCE && w.lower === ':');
  if (colon < 0 || cues.some((c) => c.first < colon)) return undefined;
  const source = words.slice(first, colon);
  // Without a cue word in the line, only a name speaks ("PENCE:", "Pat Caddell:"); "Editor’s note:" or "Correction:" label.
  if (cues.length === 0 && !source.every((w) => w.upos === 'PROPN' || /^\p{Lu}[\p{Lu}.'’-]+$/u.test(w.text))) return undefined;
  if (!looksLikeNounPhrase(source, lexicon, isCueWord) || !source.every((w) => /^\p{Lu}/u.test(w.text) || lexicon.determiners.has(w.lower) || /^[\p{Ll}'’-]{1,4}$/u.test(w.text))) return undefined;
  const after = words[colon + 1];
  if (!after) return undefined;
  // The speaker's words run to the end of the line, over as many sentences as it holds.
  const lineEnd = text.indexOf('\n', after.start);
  const content = tidy(text, { start: after.start, end: lineEnd >= 0 ? lineEnd : text.length });
  if (!content) return undefined;
  return {
    frame: 'subject-verb', cue: [{ start: words[colon]!.start, end: words[colon]!.end }], content: [content],
    source: [wordSpan(words, first, colon)], stance: 'reports', sentence: ctx.index, contentAfter: true, relativeSource: false,
  };
}

/**
 * "“Judge,” Brafman said, “I have never…”": a quotation interrupted by its cue and source is one
 * statement in two pieces.
 */
function joinInterruptedQuote(ctx: SentenceContext, draft: Draft): Draft {
  const { text, quotes } = ctx;
  const frameSpans = [...draft.cue, ...draft.source];
  const frameStart = Math.min(...frameSpans.map((s) => s.start));
  const frameEnd = Math.max(...frameSpans.map((s) => s.end));
  const first = draft.content[0]!;
  const last = draft.content[draft.content.length - 1]!;
  const isQuote = (s: Span) => quotes.some((q) => q.start === s.start && q.end === s.end);
  const gap = /^[\s,;:—–-]*$/u;
  if (last.end <= frameStart && isQuote(last)) {
    const next = quotes.find((q) => q.start >= frameEnd && q.start < ctx.sentence.end && gap.test(text.slice(frameEnd, q.start)));
    if (next) draft.content.push(tidyQuote(text, next, ctx.sentence));
  } else if (first.start >= frameEnd && isQuote(first)) {
    const previous = quotes.find((q) => q.end <= frameStart && q.start >= ctx.sentence.start && gap.test(text.slice(q.end, frameStart)));
    if (previous) draft.content.unshift(tidyQuote(text, previous, ctx.sentence));
  }
  return draft;
}

function tidyQuote(text: string, quote: QuoteSpan, sentence: Span): Span {
  return tidy(text, { start: Math.max(quote.start, sentence.start), end: quote.end }) ?? { start: quote.start, end: quote.end };
}

function cueSpans(ctx: SentenceContext, cue: CueMatch): Span[] {
  const { words } = ctx;
  // English cues are the verb alone (PolNeAR's convention); French ones keep the auxiliary ("a déclaré").
  if (ctx.lang === 'en' || cue.first === cue.head) return [wordSpan(words, cue.head, cue.last + 1)];
  const aux = words[cue.first]!;
  if (cue.head - cue.first === 1 || aux.end === words[cue.head]!.start) return [wordSpan(words, cue.first, cue.last + 1)];
  return [{ start: aux.start, end: aux.end }, wordSpan(words, cue.head, cue.last + 1)];
}

/** "Selon X, contenu" / "contenu, selon X" / "the toll, according to X, rose". */
function accordingTo(ctx: SentenceContext, cue: CueMatch, isCueWord: (w: Word) => boolean): Draft | undefined {
  const { words, text, sentence } = ctx;
  const speech = reportedSpeechAfter(ctx, cue.last + 1, isCueWord);
  // "Selon ce que certains de ses anciens camarades de l'EFB ont confié au Canard enchaîné, « … »": the subject before the verb is
  // the source, and the cue has two pieces around it.
  const subjectFirst: [number, number] | undefined = speech && speech.verbStart > cue.last + 3 ? [cue.last + 3, speech.verbStart] : undefined;
  const cueSpan = subjectFirst && speech ? [wordSpan(words, cue.first, subjectFirst[0]), wordSpan(words, speech.verbStart, speech.verb + 1)] : undefined;
  if (speech !== undefined) cue = { ...cue, last: speech.verb };
  // "Pour le ministre de l'Économie et des Finances Michel Sapin, …": an opening opinion marker's speaker runs to its comma.
  const np: [number, number] | undefined = subjectFirst ? [...subjectFirst] : cue.relative ? [cue.last + 1, cue.last + 2]
    : cue.leading ? [cue.last + 1, openingSpeakerEnd(ctx, cue.last + 1)] : nounPhraseAfter(words, cue.last + 1, ctx.lexicon, isCueWord);
  if (!np) return undefined;
  // The verb's clause, with whom it was said to ("ont confié au Canard enchaîné,"), runs to its comma or the sentence end.
  const clauseEnd = subjectFirst ? words.findIndex((w, k) => k > cue.last && /^[,.!?]$/.test(w.text) && !insideQuotation(ctx.quotes, w.start)) : -1;
  if (subjectFirst && (clauseEnd < 0 || words.slice(cue.last + 1, clauseEnd).some((w) => w.finite))) return undefined;
  const opensSentence = words.slice(0, cue.first).every((w) => !/[\p{L}\p{N}]/u.test(w.lower));
  // "Selon les résultats partiels transmis par la Haute autorité … en vue de l'élection présidentielle, le candidat …": opening the
  // sentence (or its dateline dash), the source runs to its comma when no verb comes first.
  // "Selon Le Parisien, la Tour Eiffel, à Paris, devrait …", "Selon le Midi Libre, trois hommes âgés de 26, 30 et 48 ans ont été
  // arrêtés": opening the sentence, a noun phrase after the source's comma that does not describe the speaker is the content's
  // subject; one opening with a name is an apposition ("Selon les propos de son avocat, Me Antonin Levy à l'AFP, « … »").
  const innerComma = ctx.lang === 'fr' && opensSentence && !cue.leading && !subjectFirst ? words.findIndex((w, k) => k > np[0] && k < np[1] && w.text === ',') : -1;
  const apposition = innerComma > 0 ? words.slice(innerComma + 1, np[1]) : [];
  if (innerComma > 0 && !/^\p{Lu}/u.test(apposition[0]?.text ?? '') && !describesSpeaker(apposition, ctx.lexicon)) np[1] = innerComma;
  const openingComma = ctx.lang === 'fr' && opensSentence && !cue.leading && !subjectFirst && words[np[1]]?.text !== ',' ? words.findIndex((w, k) => k >= np[1] && w.text === ',') : -1;
  if (openingComma > 0 && !words.slice(np[1], openingComma).some((w) => w.finite || /^[«»“”"():;]$/.test(w.lower))) np[1] = openingComma;
  // "Selon X, vice-président de …, « … »", "Ainsi, selon X, président de …, « … »": opening the sentence, an apposition before a
  // quotation is the speaker's too.
  if (ctx.lang === 'fr' && !subjectFirst && cue.first === skipDiscourseAdverbs(words, 0, ctx.lexicon) && !cue.leading && words[np[1]]?.text === ',') np[1] = Math.max(np[1], openingSpeakerEnd(ctx, np[1]));
  // "selon ce qu'a confié une source judiciaire à l'AFP": the verb's addressee follows its subject.
  const addressee = speech === undefined || subjectFirst ? -1 : words.findIndex((w, k) => k > np[0] && k < np[1] && ctx.lexicon.set(ctx.lexicon.lex.addresseePrepositions).has(w.lower));
  if (addressee > 0) np[1] = addressee;
  const content: Span[] = [];
  // "…, ils ont été mis en examen ; ils ont ensuite été placés en détention, selon X", "Le bilan s'est alourdi : …, d'après X":
  // a semicolon or a colon closes the clauses before it.
  const semicolon = ctx.lang === 'fr' ? words.slice(0, cue.first).filter((w) => /^[;:]$/.test(w.lower) && !insideQuotation(ctx.quotes, w.start)).pop() : undefined;
  // "En outre, « … », selon un communiqué": a connective opening the sentence is the writer's.
  const opening = ctx.lang === 'fr' ? skipDiscourseAdverbs(words, semicolon ? words.indexOf(semicolon) + 1 : 0, ctx.lexicon) : 0;
  const coordinators = ctx.lexicon.set(ctx.lexicon.lex.coordinators);
  // "14 000 manifestants selon la police et 50 000 selon les organisateurs": after an earlier "selon X", a conjunction opens this cue's conjunct.
  const earlier = ctx.lang === 'fr' ? words.findIndex((_, k) => k < cue.first && ctx.lexicon.according.some((p) => matchesAt(words, k, p))) : -1;
  const conjunct = earlier >= 0 ? words.findIndex((w, k) => k > earlier && k < cue.first - 1 && coordinators.has(w.lower)) : -1;
  const beforeStart = conjunct >= 0 ? words[conjunct + 1]!.start : semicolon ? semicolon.end : opening > 0 && opening < cue.first ? words[opening]!.start : sentence.start;
  const before = cue.first > 0 ? tidy(text, { start: beforeStart, end: words[cue.first]!.start }) : undefined;
  // "D'après le média Ikiriho (NDLR : média proche du pouvoir), les soldats …": a parenthesis after the source describes it.
  const speakerEnd = subjectFirst ? clauseEnd : np[1];
  const close = ctx.lang === 'fr' && words[speakerEnd]?.text === '(' ? words.findIndex((w, k) => k > speakerEnd && w.text === ')') : -1;
  const sourceEnd = close > 0 && words[close + 1]?.text === ',' ? close + 1 : speakerEnd;
  let afterStart = words[sourceEnd]?.text === ',' ? sourceEnd + 1 : sourceEnd;
  // "Selon les différents bilans qui se succèdent, près d'une centaine …", "Selon les autorités, qui ont requis l'anonymat, le
  // bilan …": a relative clause right after the source describes it; set off by commas, only when the sentence opens with the cue.
  const relatives = ctx.lexicon.set(ctx.lexicon.lex.relativePronouns);
  const relative = relatives.has(words[speakerEnd]?.lower ?? '') ? speakerEnd : words[speakerEnd]?.text === ',' && cue.first === 0 && relatives.has(words[speakerEnd + 1]?.lower ?? '') ? speakerEnd + 1 : -1;
  if (ctx.lang === 'fr' && relative >= 0) {
    const comma = words.findIndex((w, k) => k > relative && w.lower === ',' && !insideQuotation(ctx.quotes, w.start));
    if (comma > 0 && comma - relative <= 10) afterStart = comma + 1;
  }
  if (ctx.lang === 'fr') afterStart = skipDiscourseAdverbs(words, pastParticipialAside(words, afterStart, ctx.lexicon), ctx.lexicon);
  const after = afterStart < words.length ? tidy(text, { start: words[afterStart]!.start, end: sentence.end }) : undefined;
  // "D'après Mediapart, Macron annoncera la dissolution lors d'un entretien": the time and occasion are the reported event's.
  if (after && ctx.lang === 'fr') endAtNextClause(ctx, after, false);
  // "…, selon Spicer, qui ajoute que …": a relative clause about the source is its own statement, not this content.
  const relativeAfter = ctx.lang === 'fr' && (ctx.lexicon.set(ctx.lexicon.lex.relativePronouns).has(words[afterStart]?.lower ?? '') || opensRelativeOpinion(words, afterStart, ctx.lexicon));
  // "Au vendredi, selon le bilan, …", "D'autre part, selon les témoignages, …": a connective or a short prepositional
  // phrase is no clause ("Le bilan, selon l'OSDH, s'élève à …" is one).
  const opener = words.slice(opening, cue.first - 1).filter((w) => /[\p{L}\p{N}]/u.test(w.lower));
  const shortOpening = ctx.lang === 'fr' && (opener.length === 0 || opener.length <= 3 && ctx.lexicon.set(ctx.lexicon.lex.prepositions).has(opener[0]!.lower));
  // "Il a expliqué que, selon lui, « … »": right after a complementizer the cue opens the clause it introduces; what precedes is
  // another verb's frame.
  const opensComplement = ctx.lang === 'fr' && ctx.lexicon.set(ctx.lexicon.lex.complementizers).has(words[cue.first - 2]?.lower ?? '');
  const beforeIsClause = !cue.leading && before && words[cue.first - 1]?.text === ',' && !shortOpening && !opensComplement;
  const coordinated = coordinators.has(words[cue.first - 2]?.lower ?? '');
  // "… 14 000 manifestants selon la police et 50 000 …": with no comma before it, a source that a conjunction follows closes
  // the conjunct whose words, on its left, are what it reports.
  const closesConjunct = ctx.lang === 'fr' && cue.first > 0 && words[cue.first - 1]!.text !== ',' && coordinators.has(words[sourceEnd]?.lower ?? '');
  // "…, mais, selon les secours, « il y a toujours … »", "…, puis, selon les pompiers, son propriétaire est venu": a conjunction
  // before the cue's comma closes the clause before it, and a clause after the source is all that is attributed.
  const coordinatedClause = ctx.lang === 'fr' && coordinated && words.slice(afterStart).some((w) => w.finite);
  if (beforeIsClause && before && !coordinatedClause) content.push(before);
  // "« … », selon ce qu'a confié Rodrigue, ami de Thomas Sauret, à l'AFP": after a complete clause, words without a verb
  // describe the source ("son impuissance et, selon Paul Ryan, la difficulté …" is not complete before the cue).
  const completeBefore = beforeIsClause && before && !coordinated && (quoteEndingAt(ctx.quotes, text, before.end) !== undefined || words.slice(0, cue.first).some((w) => w.finite));
  const afterIsAside = ctx.lang === 'fr' && completeBefore && !words.slice(afterStart).some((w) => w.finite);
  if (after && !relativeAfter && !afterIsAside && !closesConjunct && (words[sourceEnd]?.text === ',' || !beforeIsClause)) content.push(after);
  if (content.length === 0 && before) content.push(before);
  return {
    frame: 'according-to', cue: cueSpan ?? cueSpans(ctx, cue), content, source: [wordSpan(words, np[0], np[1])],
    stance: 'reports', sentence: ctx.index, contentAfter: !beforeIsClause, relativeSource: cue.relative === true,
    ...(cue.relative ? withAntecedent(ctx, cue.first, isCueWord) : {}),
  };
}

/**
 * Where the speaker of an opening "Pour X," or "Selon X," ends: at its comma, or past an apposition set off by a
 * second comma right before a quotation ("Pour Thomas de la Morlais, l'avocat de la mère, « … »",
 * "Pour le président du Centre, Jean-Charles Brisard, « … »").
 */
function openingSpeakerEnd(ctx: SentenceContext, from: number): number {
  const { words, lexicon } = ctx;
  const first = words.findIndex((w, k) => k >= from && w.lower === ',');
  const second = first < 0 ? -1 : words.findIndex((w, k) => k > first && w.lower === ',');
  // "Pour le député Yann Galut, soutien de Benoît Hamon, le « candidat Valls s'est trompé … »": a determiner may open the quotation's phrase.
  const quoteAt = (k: number) => /^[«“"]$/.test(words[k]?.lower ?? '');
  if (second < 0 || !(quoteAt(second + 1) || lexicon.determiners.has(words[second + 1]?.lower ?? '') && quoteAt(second + 2))) return first;
  const apposition = words.slice(first + 1, second);
  // "président de l'IPSN (Institut pour la protection de la santé naturelle)": a parenthesis spelling out a name is part of the
  // aside and does not count towards its length.
  const open = apposition.findIndex((w) => w.text === '(');
  const close = apposition.findIndex((w) => w.text === ')');
  const spelledOut = open >= 0 && close > open ? close - open + 1 : 0;
  if (apposition.length - spelledOut > 13 || apposition.some((w) => w.finite || /^[«»“”":;]$/.test(w.lower))) return first;
  return describesSpeaker(apposition, lexicon) ? second : first;
}

/** Whether words after a speaker's comma are an apposition about the speaker: a name, a title, or a bare noun. */
function describesSpeaker(apposition: readonly Word[], lexicon: CompiledLexicon): boolean {
  const named = apposition.every((w) => /^\p{Lu}/u.test(w.text) || /^[-']$/.test(w.text));
  const titled = lexicon.determiners.has(apposition[0]?.lower ?? '') && lexicon.titles.has(apposition[1]?.lower ?? '');
  // "Selon Alain de Tonquédec, vice-président de l'association …, « … »": a bare noun opening the aside describes the speaker.
  const described = apposition[0]?.upos === 'NOUN' && /^\p{Ll}/u.test(apposition[0].text);
  return named || titled || described;
}

/**
 * "selon ce qu'a confié une source judiciaire", "d'après ce qu'ont rapporté des témoins", "selon ce que certains de ses anciens
 * camarades ont confié": the relative clause with its reporting verb belongs to the cue; returns where the verb starts, past a
 * subject before it, and the verb's index.
 */
function reportedSpeechAfter(ctx: SentenceContext, from: number, isCueWord: (w: Word) => boolean): { verbStart: number; verb: number } | undefined {
  const { words, lexicon } = ctx;
  if (ctx.lang !== 'fr' || words[from]?.lower !== 'ce' || !lexicon.set(lexicon.lex.complementizers).has(words[from + 1]?.lower ?? '')) return undefined;
  const opener = from + 2;
  const finite = words.findIndex((w, k) => k >= opener && w.finite);
  const subjectFirst = finite > opener && looksLikeNounPhrase(words.slice(opener, finite), lexicon, isCueWord);
  const verbStart = subjectFirst ? finite : opener;
  let k = verbStart;
  while (k < words.length && lexicon.aux.has(words[k]!.lower)) k++;
  return lexicon.verbs.has(words[k]?.lower ?? '') ? { verbStart, verb: k } : undefined;
}

/**
 * "Selon le directeur de la discothèque, interrogé par Sky News, les tirs …": a participial phrase
 * between commas describes the source; the content starts after it.
 */
function pastParticipialAside(words: readonly Word[], from: number, lexicon: CompiledLexicon): number {
  const head = words[from];
  if (!head || head.upos !== 'VERB' || head.finite || !lexicon.participleEnding.test(head.lower)) return from;
  const comma = words.findIndex((w, k) => k > from && w.lower === ',');
  return comma > 0 && comma - from <= 8 ? comma + 1 : from;
}

/**
 * The noun phrase right before a relative pronoun at word `at`, past a comma ("l'émir du Qatar, Tamim bin Hamad Al
 * Zani, qui a critiqué", "la mère de l'adolescente, pour qui"): what the pronoun stands for.
 */
function withAntecedent(ctx: SentenceContext, at: number, isCueWord: (w: Word) => boolean): { antecedent?: Span } {
  const { words, lexicon } = ctx;
  let end = at;
  if (lexicon.set(lexicon.lex.opinionMarkers).has(words[end - 1]?.lower ?? '')) end--;
  if (words[end - 1]?.lower === ',') end--;
  const np = end > 0 ? subjectBefore(words, end, lexicon, isCueWord) : undefined;
  return np && looksLikeNounPhrase(words.slice(np[0], np[1]), lexicon, isCueWord) ? { antecedent: wordSpan(words, np[0], np[1]) } : {};
}

/**
 * "l'aide qu'ils avaient demandé à l'état-major": in a relative clause on a noun, the verb's object is that noun, which
 * the writer names; only a clause, an attribute, an infinitive or a quotation after the verb would be reported content.
 * A verb with an object of its own ("la première fois que les chefs appellent les forces à …") does not report the noun.
 */
function reportsItsAntecedent(ctx: SentenceContext, subjectStart: number, after: number): boolean {
  const { words, lexicon } = ctx;
  const relative = words[subjectStart - 1];
  const antecedent = words[subjectStart - 2];
  // "contrairement à ce qu'il avait affirmé dans un premier temps": "ce" stands for what was said, named elsewhere.
  if (!relative || !lexicon.set(lexicon.lex.complementizers).has(relative.lower) || !antecedent || antecedent.upos !== 'NOUN' && !(ctx.lang === 'fr' && antecedent.lower === 'ce')) return false;
  const next = words[skipAdverbials(ctx, after)];
  return !next || !(lexicon.set(lexicon.lex.complementizers).has(next.lower) || lexicon.set(lexicon.lex.attributeMarkers).has(next.lower)
    || lexicon.determiners.has(next.lower) || /^[:«“"]$/.test(next.lower) || startsInfinitive(words, words.indexOf(next)));
}

/** Where a French sentence-opening subordinate clause ("Alors que …,", "Lorsqu'il …,") ends: after its comma; 0 without one. */
function frontedSubordinateEnd(ctx: SentenceContext): number {
  const { words, lexicon } = ctx;
  if (ctx.lang !== 'fr' || !lexicon.set(lexicon.lex.subordinators).has(words[0]?.lower ?? '')) return 0;
  const comma = words.findIndex((w) => w.lower === ',' && !insideQuotation(ctx.quotes, w.start));
  return comma > 0 ? comma + 1 : 0;
}

/** A short adverb that may sit next to a verb ("également", "finally"), not a preposition or determiner. */
function isAdverb(ctx: SentenceContext, w: Word): boolean {
  const { lexicon } = ctx;
  return /^\p{L}{4,}$/u.test(w.lower) && lexicon.interveners.has(w.lower) && !lexicon.set(lexicon.lex.prepositions).has(w.lower) && !lexicon.determiners.has(w.lower)
    || (ctx.lang === 'en' ? /ly$/ : /ment$/).test(w.lower) && w.lower.length > 5;
}

/** Past French adverbs and discourse adverbs from `from` on ("ajoute encore de la Morlais", "a confié pour sa part la mère"). */
function skipAdverbials(ctx: SentenceContext, from: number): number {
  if (ctx.lang !== 'fr') return from;
  for (;;) {
    let next = from;
    while (next < ctx.words.length && isAdverb(ctx, ctx.words[next]!)) next++;
    next = skipDiscourseAdverbs(ctx.words, next, ctx.lexicon);
    if (next === from) return from;
    from = next;
  }
}

/** Whether the comma-delimited stretch holding word `at` opens with a present participle ("…, redoutant un « bilan lourd », …"). */
function opensParticipialAside(words: readonly Word[], at: number): boolean {
  let k = at;
  while (k > 0 && words[k - 1]!.lower !== ',') k--;
  const first = words[k];
  return k > 0 && first !== undefined && first.upos === 'VERB' && !first.finite && /ant$/.test(first.lower);
}

/**
 * Where the subject of an inverted verb starts: past adverbs, days and times ("a annoncé dimanche soir le maire") and, in
 * French, an addressee ("a indiqué à l'AFP un porte-parole des pompiers").
 */
function invertedSubjectStart(ctx: SentenceContext, from: number): number {
  const { words, lexicon } = ctx;
  let k = skipAdverbials(ctx, from);
  if (ctx.lang !== 'fr') return k;
  const timeWords = lexicon.set(lexicon.lex.timeWords);
  while (k < words.length - 1 && timeWords.has(words[k]!.lower)) k++;
  // "Florian Philippot, qui est …, a annoncé ce matin sur …": a time after the verb is when it was said, never its subject.
  const time = words[k] && lexicon.lex.sayingAdjuncts?.frontedTime.exec(ctx.text.slice(words[k]!.start, ctx.sentence.end));
  if (time) {
    const end = words[k]!.start + time[0].length;
    while (k < words.length - 1 && words[k]!.start < end) k++;
  }
  // "« … », a dit de lui la municipalité de Megève": who the words are about comes before the speaker.
  if (/^(de|d'|d’)$/.test(words[k]?.lower ?? '') && lexicon.set(lexicon.lex.stressedPronouns).has(words[k + 1]?.lower ?? '')) k += 2;
  if (!lexicon.set(lexicon.lex.addresseePrepositions).has(words[k]?.lower ?? '')) return k;
  // The addressee is a short noun phrase; the subject starts at the next determiner or name after it.
  let end = k + 1;
  if (lexicon.determiners.has(words[end]?.lower ?? '')) end++;
  const limit = end + 3;
  for (end++; end < Math.min(words.length, limit); end++) {
    const w = words[end]!;
    if (/^[,.;:!?]$/.test(w.lower)) return k;
    if (lexicon.determiners.has(w.lower) || /^\p{Lu}/u.test(w.text) && !/^\p{Lu}/u.test(words[end - 1]!.text)) return end;
  }
  return k;
}

/**
 * "Les Kurdes, cependant, considèrent": a discourse adverb between commas separates the subject
 * from its verb; the subject ends before it. Returns where the subject ends.
 */
function subjectEndBefore(ctx: SentenceContext, verb: number): number {
  const { words, lexicon } = ctx;
  if (ctx.lang !== 'fr' || words[verb - 1]?.lower !== ',') return verb;
  for (let k = verb - 2; k > 0 && k >= verb - 6; k--) {
    if (words[k]!.lower === ',') return skipDiscourseAdverbs(words, k + 1, lexicon) === verb ? k : verb;
  }
  return verb;
}

/** Where the reported content after a verb starts: past an addressee up to a complementizer ("told reporters that"). */
function contentStartAfter(ctx: SentenceContext, from: number, isCueWord: (w: Word) => boolean = () => false): number {
  const { words, lexicon } = ctx;
  const complementizers = lexicon.set(lexicon.lex.complementizers);
  const prepositions = lexicon.set(lexicon.lex.prepositions);
  // "a confirmé, dans un verdict unanime, la destitution": a parenthetical adjunct is not content.
  while (from < words.length && (isAdverb(ctx, words[from]!) || words[from]!.lower === ',')) from++;
  // "Fillon estime, lui, être victime …": a stressed pronoun set off by commas restates the subject.
  while (ctx.lang === 'fr' && words[from - 1]?.lower === ',' && words[from + 1]?.lower === ',' && lexicon.set(lexicon.lex.stressedPronouns).has(words[from]!.lower)) from += 2;
  if (ctx.lang === 'fr') from = skipDiscourseAdverbs(words, from, lexicon);
  // "prévoit en effet, conformément à ses promesses, une dérégulation": the adverb heads the prepositional phrase read below.
  if (ctx.lang === 'fr' && /ment$/.test(words[from]?.lower ?? '') && prepositions.has(words[from + 1]?.lower ?? '')) from++;
  if (ctx.lang === 'fr' && startsInfinitive(words, from)) return from;
  if (prepositions.has(words[from]?.lower ?? '')) {
    // A phrase opened right after a comma may run longer before the comma that closes it ("a affirmé, dans une autre
    // conversation enregistrée également le 22 mars, que …").
    const reach = words[from - 1]?.lower === ',' ? 13 : 7;
    const relatives = lexicon.set(lexicon.lex.relativePronouns);
    // "prévoit, conformément à ses promesses, une dérégulation": an adverb ending in -ment makes the phrase an adjunct too.
    const adverbial = ctx.lang === 'fr' && /ment$/.test(words[from - 1]?.lower ?? '');
    for (let k = from + 1; k < Math.min(words.length, from + reach); k++) {
      // French "faisait état de 20 morts, mais …": the phrase is the content unless commas set it off or a clause follows it;
      // a clause of another verb does not count ("a douté du caractère accidentel de la frappe, comme le quotidien X qui note que").
      const ahead = words.slice(k + 1, k + 11);
      const otherVerb = ahead.findIndex((w) => w.finite || isCueWord(w) || relatives.has(w.lower));
      const clauseFollows = (otherVerb < 0 ? ahead : ahead.slice(0, otherVerb)).some((w) => complementizers.has(w.lower) || /^[«“"]$/.test(w.lower));
      const setOff = ctx.lang !== 'fr' || words[from - 1]?.lower === ',' || clauseFollows || adverbial;
      if (words[k]!.lower === ',') { if (setOff) from = k + 1; break; }
      if (/^[.;:!?«“"]$/.test(words[k]!.lower) || complementizers.has(words[k]!.lower)) break;
    }
  }
  const timeWords = lexicon.set(lexicon.lex.timeWords);
  while (from < words.length - 1 && timeWords.has(words[from]!.lower)) from++;
  // "a annoncé officiellement le 16 septembre l'offensive", "annonce en novembre 2016 avoir été exclue": a date before the object is when, not what.
  const rest = ctx.text.slice(words[from]?.start ?? ctx.sentence.end, ctx.sentence.end);
  const adjuncts = lexicon.lex.sayingAdjuncts;
  const date = adjuncts ? adjuncts.leadingDate.exec(rest) ?? adjuncts.leadingOccasion.exec(rest) : null;
  if (date) {
    const end = words[from]!.start + date[0].length;
    while (from < words.length - 1 && words[from]!.start < end) from++;
  }
  for (let k = from; k < Math.min(words.length, from + 9); k++) {
    const w = words[k]!;
    // "a demandé à ce que …": the preposition and its pronoun introduce the clause with the complementizer.
    // "a critiqué la comparaison faite par les médias, qu'il a qualifiée …": after an object and a comma, "qu'" is a relative pronoun.
    if (complementizers.has(w.lower) && ctx.lang === 'fr' && words[k - 1]!.lower === ',' && lexicon.determiners.has(words[from]!.lower)) break;
    // "plus que 80 blessés", "ainsi que de 78 blessés": a comparison or a coordination, not a complementizer.
    if (complementizers.has(w.lower) && ctx.lang === 'fr' && /^(plus|moins|autant|davantage|mieux|ainsi)$/.test(words[k - 1]?.lower ?? '')) continue;
    // "pour réclamer la libération d'Eric Drouet tandis qu'un autre groupe occupe …": after "tandis", "alors", "bien", "que" opens the writer's clause.
    if (complementizers.has(w.lower) && ctx.lang === 'fr' && lexicon.set(lexicon.lex.subordinators).has(words[k - 1]?.lower ?? '')) break;
    if (complementizers.has(w.lower)) return ctx.lang === 'fr' && k >= from + 2 && words[k - 1]!.lower === 'ce' && /^(à|de)$/.test(words[k - 2]!.lower) ? k - 2 : k;
    // "told reporters in Nashua last week, “…”": the quotation after the addressee is the content.
    // French "dénonce le verdict : « … »": the object is the content, the quotation after the colon another statement.
    if (/^[«“"]$/.test(w.lower) && k > from && /^[,:]$/.test(words[k - 1]!.lower)) return ctx.lang === 'fr' && words[k - 1]!.lower === ':' && lexicon.determiners.has(words[from]!.lower) ? from : k;
    // "il déclare à la police « … »": a French addressee (a noun, not "à des « initiatives »") may run straight into the quotation;
    // after a determiner or a preposition the quotation is a term inside the phrase ("appelle à la fin de la « dérive »").
    if (/^[«“"]$/.test(w.lower) && lexicon.set(lexicon.lex.addresseePrepositions).has(words[from]!.lower) && words.slice(from + 1, k).some((x) => !lexicon.determiners.has(x.lower))
      && !lexicon.determiners.has(words[k - 1]!.lower) && !lexicon.set(lexicon.lex.prepositions).has(words[k - 1]!.lower)) return k;
    if (/^[.;!?«“"]$/.test(w.lower) || isCueWord(w)) break;
  }
  return from;
}

/** "avoir réagi …", "de passer au vote", "à défendre …": a reported intention or act in the infinitive, with its preposition. */
function startsInfinitive(words: readonly Word[], from: number): boolean {
  return isInfinitive(words[from]) || /^(de|d'|à)$/.test(words[from]?.lower ?? '') && isInfinitive(words[from + 1]);
}

/**
 * "faisait état de 20 morts et 42 blessés, mais le maire … a donné": content that is a noun phrase,
 * not a clause, ends where a comma and a conjunction open the writer's next clause.
 */
function endAtNextClause(ctx: SentenceContext, span: Span, endsAtSayingAdjuncts = true): void {
  const { words, lexicon, quotes } = ctx;
  const first = words.find((w) => w.start >= span.start);
  if (!first) return;
  // A clause or a quotation keeps its own times ("a dit que l'attaque avait eu lieu lors d'un mariage"), not the saying's occasion.
  const clause = lexicon.set(lexicon.lex.complementizers).has(first.lower) || /^[«“"]$/.test(first.lower);
  const coordinators = lexicon.set(lexicon.lex.coordinators);
  const adjuncts = lexicon.lex.sayingAdjuncts;
  // "se disait vainqueur depuis plusieurs jours", "la destitution de la présidente, ce vendredi": when, not what.
  const when = adjuncts && endsAtSayingAdjuncts && !clause ? trailingAdjunct(ctx, span, adjuncts.trailingTime, MAX_TRAILING_TIME_WORDS) : undefined;
  if (when !== undefined) span.end = when;
  // "a confirmé le gel dans un verdict unanime", "a affirmé que … au micro de France Inter": where it was said, not what;
  // "pendant sa campagne et dans son discours d'investiture" coordinates the occasion with the content's own complement.
  const occasion = adjuncts && endsAtSayingAdjuncts ? trailingAdjunct(ctx, span, adjuncts.trailingOccasion, MAX_TRAILING_OCCASION_WORDS) : undefined;
  if (occasion !== undefined && !coordinators.has(words.filter((w) => w.end <= occasion).pop()?.lower ?? '')) span.end = occasion;
  if (clause) return;
  // "évaluait le PIB par habitant à 312,5 dollars ce qui faisait alors du Burundi …": right after a noun, "ce qui" resumes the
  // reported fact in the writer's own clause, comma or not.
  const relatives = lexicon.set(lexicon.lex.relativePronouns);
  const resumed = words.findIndex((w, k) => w.start > span.start && w.end < span.end && w.lower === 'ce' && relatives.has(words[k + 1]?.lower ?? '')
    && /^(NOUN|PROPN|NUM)$/.test(words[k - 1]?.upos ?? '') && !insideQuotation(quotes, w.start));
  if (resumed > 0) span.end = words[resumed - 1]!.end;
  // "…, et aurait expédié": a verb right after the conjunction continues the reported predicate.
  const continuesPredicate = (w: Word | undefined) => w !== undefined && (w.finite === true || lexicon.aux.has(w.lower) || lexicon.set(lexicon.lex.complementizers).has(w.lower));
  // "…, mais le maire de la ville a donné …": a subject and its finite verb before any comma open a new clause.
  const opensClause = (k: number) => {
    const next = words.slice(k + 2, k + 10);
    const stop = next.findIndex((w) => /^[,;:.!?«“"]$/.test(w.lower));
    return (stop < 0 ? next : next.slice(0, stop)).some((w) => w.finite);
  };
  // Read against the span as it stands at each step below, since each step may shorten it.
  const commaInSpan = (w: Word) => w.lower === ',' && w.start > span.start && w.start < span.end && !insideQuotation(quotes, w.start);
  const at = words.findIndex((w, k) => commaInSpan(w) && coordinators.has(words[k + 1]?.lower ?? '') && !continuesPredicate(words[k + 2]) && opensClause(k));
  if (at > 0) span.end = words[at]!.start;
  // "voir à tout prix capturé par ses alliés, afin d'empêcher …": a subordinate clause after a noun or infinitive phrase is the writer's.
  const opener = words.find((w) => commaInSpan(w) && opensWriterClause(ctx, w.start));
  if (opener) span.end = opener.start;
  // "…, une annonce accueillie avec prudence", "…, à la suite de la défaite de son parti": the writer names the statement or
  // gives its cause after a comma, with no verb of its own.
  const resumes = (k: number) => /^(un|une)$/.test(words[k + 1]?.lower ?? '') && words[k + 2]?.upos === 'NOUN' && words[k + 3]?.upos === 'VERB' && !words[k + 3]!.finite;
  const cause = (k: number) => adjuncts?.cause.test(ctx.text.slice(words[k]!.end, span.end)) === true;
  const aside = words.findIndex((w, k) => commaInSpan(w) && (resumes(k) || cause(k)) && !words.some((v) => v.start > w.start && v.end <= span.end && v.finite));
  if (aside > 0) span.end = words[aside]!.start;
}

/** Most words after the start of a trailing time ("depuis plusieurs jours") or occasion ("dans un verdict unanime") of the saying. */
const MAX_TRAILING_TIME_WORDS = 5;
const MAX_TRAILING_OCCASION_WORDS = 8;

/**
 * The agent of a passive without the time or occasion of the saying after it ("annoncé par la famille dans un communiqué",
 * "promise par le président élu lors de sa campagne").
 */
function withoutSayingAdjuncts(ctx: SentenceContext, agent: Span): Span {
  const adjuncts = ctx.lang === 'fr' ? ctx.lexicon.lex.sayingAdjuncts : undefined;
  if (!adjuncts) return agent;
  const end = Math.min(trailingAdjunct(ctx, agent, adjuncts.trailingOccasion, MAX_TRAILING_OCCASION_WORDS) ?? agent.end, trailingAdjunct(ctx, agent, adjuncts.trailingTime, MAX_TRAILING_TIME_WORDS) ?? agent.end);
  return tidy(ctx.text, { start: agent.start, end }) ?? agent;
}

/**
 * Where a trailing adjunct matched by `pattern` starts in the span (a text offset), when it does not open the span and at
 * most `maxWords` words follow it, none a finite verb or clause punctuation; else undefined.
 */
function trailingAdjunct(ctx: SentenceContext, span: Span, pattern: RegExp, maxWords: number): number | undefined {
  const match = pattern.exec(ctx.text.slice(span.start, span.end));
  if (!match || match.index === 0) return undefined;
  const after = ctx.words.filter((w) => w.start >= span.start + match.index + match[0].length && w.end <= span.end);
  return after.length <= maxWords && !after.some((w) => w.finite || /^[,;:«»“”"]$/.test(w.lower)) ? span.start + match.index : undefined;
}

/**
 * "annoncent avoir repris une centaine de localités et s'emparent le lendemain de …", "ont dénoncé « une mascarade » et
 * ont quitté l'hémicycle": after an object (an infinitive, a noun phrase or a quotation), a conjunction and a finite verb
 * are the subject's next act, not part of what was said. A clause after "que" keeps its own coordinated verbs.
 */
function endBeforeNextAct(ctx: SentenceContext, span: Span): void {
  const { words, lexicon, quotes } = ctx;
  const firstIndex = words.findIndex((w) => w.start >= span.start);
  const first = words[firstIndex];
  if (!first || !(startsInfinitive(words, firstIndex) || lexicon.determiners.has(first.lower) || /^[«“"]$/.test(first.lower))) return;
  const pronouns = lexicon.set(lexicon.lex.objectClitics);
  const finiteAfter = (k: number) => {
    while (k < words.length && (pronouns.has(words[k]!.lower) || /^(se|s'|ne|n')$/.test(words[k]!.lower))) k++;
    return words[k]?.finite === true;
  };
  const coordinators = lexicon.set(lexicon.lex.coordinators);
  // "en condamnant l'attentat et les responsables politiques recommencent à débattre …": a subject of its own may come first.
  const subjectThenFinite = (k: number) => {
    if (!lexicon.determiners.has(words[k]?.lower ?? '')) return false;
    const verb = words.findIndex((w, j) => j > k && (w.finite || /^[,;:.!?«»"“”()]$/.test(w.lower) || lexicon.set(lexicon.lex.relativePronouns).has(w.lower) || lexicon.set(lexicon.lex.prepositions).has(w.lower)));
    return verb > k && verb - k <= 5 && words[verb]!.finite === true;
  };
  const next = words.findIndex((w, k) => k > firstIndex && w.start < span.end && coordinators.has(w.lower) && !insideQuotation(quotes, w.start) && (finiteAfter(k + 1) || subjectThenFinite(k + 1)));
  if (next > 0) span.end = Math.min(span.end, words[next - 1]!.end);
}

/** "(c'est d'ailleurs lui qui a signalé sa radicalisation), « … »": a cue inside parentheses reports only up to their close. */
function endInsideParentheses(ctx: SentenceContext, cue: CueMatch, span: Span): void {
  const { words } = ctx;
  let open = false;
  for (let k = 0; k < cue.first; k++) if (words[k]!.lower === '(') open = true; else if (words[k]!.lower === ')') open = false;
  const close = open ? words.findIndex((w, k) => k > cue.last && w.lower === ')') : -1;
  if (close < 0 || span.end <= words[close]!.start) return;
  if (span.start > words[close]!.start) span.start = words[cue.last + 1]!.start;
  span.end = words[close]!.start;
}

const GERUND_AFTER_QUOTE = /^,?\s+(?:tout\s+)?en\s+\p{L}+ant\b/u;

/**
 * "Juncker ajoute qu'« il y a des signatures qui durent » en paraphant la déclaration", "« … » tout en
 * mettant en avant …": a gerund after a closing quotation tells what the speaker did, not what they said.
 */
function endAtGerundAfterQuote(ctx: SentenceContext, span: Span): void {
  // "à des « initiatives … », prenant pour exemples « … »", "un « assassinat politique », y voyant une manœuvre": a present
  // participle set off by a comma, with or without its object pronoun, too.
  const clitics = ctx.lexicon.set(ctx.lexicon.lex.objectClitics);
  const participleAfter = (q: QuoteSpan) => {
    const next = ctx.words.findIndex((w) => w.start >= q.end);
    const verb = ctx.words[next + 1 + (clitics.has(ctx.words[next + 1]?.lower ?? '') ? 1 : 0)];
    return ctx.words[next]?.lower === ',' && verb?.upos === 'VERB' && /ant$/.test(verb.lower);
  };
  // "explique que « … », le dessin ayant ensuite été rehaussé", "qualifie Gatti de « poète surchauffé », à la demande du
  // gouvernement": a quotation that makes up the content, then a comma and no finite verb, ends with the quotation.
  const verblessAfter = (q: QuoteSpan) => {
    const next = ctx.words.findIndex((w) => w.start >= q.end);
    const lead = ctx.words.filter((w) => w.start >= span.start && w.end <= q.start).length;
    return ctx.words[next]?.lower === ',' && lead <= 2 && !ctx.words.some((w, k) => k > next && w.end <= span.end && (w.finite || /^[«“"]$/.test(w.lower)));
  };
  const quote = ctx.quotes.find((q) => q.closed && q.start >= span.start && q.end < span.end
    && (GERUND_AFTER_QUOTE.test(ctx.text.slice(q.end, span.end)) || participleAfter(q) || verblessAfter(q) || opensWriterClause(ctx, q.end)));
  if (quote) span.end = quote.end;
}

/**
 * ", même si …", ", alors que …", ", afin de …" right after `position`: the writer's own subordinate clause. An attribute
 * marker before a verbless phrase that names no speaker lists examples of what was said ("a critiqué les autres politiques
 * de Trump, comme l'abrogation de la loi …", "pointe la fin des politiques de soutien, comme les emplois aidés, le CICE …");
 * with a verb or a speaker it compares ("comme l'a confirmé le procureur", "comme le quotidien libanais L'Orient-Le Jour").
 */
function opensWriterClause(ctx: SentenceContext, position: number): boolean {
  const { words, lexicon } = ctx;
  const next = words.findIndex((w) => w.start >= position);
  const opener = words[next]?.lower === ',' ? lexicon.clauseOpeners.find((p) => p.every((word, j) => words[next + 1 + j]?.lower === word)) : undefined;
  if (!opener) return false;
  if (opener.length > 1 || !lexicon.set(lexicon.lex.attributeMarkers).has(opener[0]!)) return true;
  const end = words.findIndex((w, k) => k > next && /^[.;:!?]$/.test(w.lower));
  const phrase = words.slice(next + 2, end < 0 ? words.length : end);
  return phrase.some((w) => w.finite || lexicon.aux.has(w.lower) || lexicon.verbs.has(w.lower)) || namesSpeaker(phrase, lexicon);
}

/**
 * Where the charge starting at word `from` ends: a comma that opens a clause with a verb, "et" before a verb, or other
 * punctuation outside quotations, else the sentence end. Commas of an enumeration or around an adverb stay inside
 * ("accusées de pillages, destructions, enlèvements et massacres", "de créer l'instabilité et, plus précisément, de promouvoir …")
 * unless `everyComma`: an attribute ("comme terroristes, dans le cadre du conflit") ends at its first comma.
 */
function clauseEnd(ctx: SentenceContext, from: number, everyComma = false): number {
  const { words, quotes, lexicon, sentence } = ctx;
  const isVerb = (w: Word | undefined) => w !== undefined && (w.finite === true || lexicon.aux.has(w.lower));
  const opensClause = (comma: number) => {
    const next = words.findIndex((w, k) => k > comma && /^[,;:.!?()]$/.test(w.lower));
    return words.slice(comma + 1, next < 0 ? words.length : next).some(isVerb) || opensWriterClause(ctx, words[comma]!.start);
  };
  for (let k = from; k < words.length; k++) {
    const w = words[k]!;
    if (insideQuotation(quotes, w.start)) continue;
    if (/^[;:()]$/.test(w.lower) || w.lower === ',' && (everyComma || opensClause(k)) || lexicon.set(lexicon.lex.coordinators).has(w.lower) && isVerb(words[k + 1])) return w.start;
  }
  return sentence.end;
}

/** Cuts reported content where the writer's own aside begins (", which expires at the end of the year"). */
function endAtAside(ctx: SentenceContext, span: Span): void {
  const body = ctx.text.slice(span.start, span.end);
  const complementizers = ctx.lexicon.set(ctx.lexicon.lex.complementizers);
  for (const marker of ctx.lexicon.lex.contentEnders) {
    const at = body.indexOf(marker);
    if (at <= 0 || insideQuotation(ctx.quotes, span.start + at)) continue;
    // "ajoute que, tandis que …, le couple a …": right after the complementizer the marker opens a clause fronted inside the content.
    if (complementizers.has(body.slice(0, at).trim().toLowerCase())) continue;
    span.end = Math.min(span.end, span.start + at);
  }
}

/** Words [from, to) form a fronted adjunct ("Lundi", "A Deir Ezzor", "In a statement"), not a reported clause. */
function isAdjunctClause(ctx: SentenceContext, from: number, to: number): boolean {
  const span = ctx.words.slice(from, to).filter((w) => /[\p{L}\p{N}]/u.test(w.lower));
  if (span.length <= 2) return true;
  // "Plus tôt dans l'après-midi, le président a accusé …": with the tagger's word, no finite verb means no reported clause.
  const tagged = ctx.words.some((w) => w.upos !== undefined);
  if (ctx.lang === 'fr' && tagged && !span.some((w) => w.finite) && !ctx.quotes.some((q) => q.start >= ctx.words[from]!.start && q.start < ctx.words[to - 1]!.end)) return true;
  const first = span[0]!.lower;
  const gerund = ctx.lang === 'fr' ? first === 'en' : /ing$/.test(first);
  // "Selon X, …": the fronted source of an according-to frame is not what the verb reports.
  const lowers = span.map((w) => w.lower);
  if (ctx.lexicon.according.some((phrase) => lowers.some((_, k) => phrase.every((p, j) => lowers[k + j] === p)))) return true;
  // Capitals often drop their accent ("A Deir Ezzor" for "À Deir Ezzor"), so prepositions are compared unaccented.
  const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
  const isPreposition = ctx.lexicon.lex.prepositions.some((p) => fold(p) === fold(first));
  return gerund || isPreposition || ctx.lexicon.interveners.has(first)
    || (ctx.lang === 'en' ? /ly$/ : /ment$/).test(first);
}

/** Whether the span is a time and nothing else ("ce jeudi", "le 3 mars", "hier"). */
function isOnlyTime(ctx: SentenceContext, span: Span): boolean {
  return namesOnlyTime(ctx.words.filter((w) => w.start >= span.start && w.end <= span.end), ctx.lexicon);
}

/** A short trailing adjunct after the verb ("said on Tuesday", "a-t-il dit lundi") is not content. */
function isTrailingAdjunct(ctx: SentenceContext, from: number): boolean {
  const rest = ctx.words.slice(from).filter((w) => /[\p{L}\p{N}«“"]/u.test(w.lower));
  if (rest.length === 0) return true;
  if (rest.length > 8 || rest.some((w) => /^[«“"]$/.test(w.lower) || ctx.lexicon.set(ctx.lexicon.lex.complementizers).has(w.lower))) return false;
  if (ctx.lang === 'en' && rest.every((w) => /ly$/.test(w.lower))) return true;
  const prepositions = ctx.lexicon.set(ctx.lexicon.lex.prepositions);
  return prepositions.has(rest[0]!.lower) || ctx.lexicon.set(ctx.lexicon.lex.timeWords).has(rest[0]!.lower);
}

const JOINED_QUOTES = /^,?\s+(?:mais|et|puis)\s+$/u;

/** Content on the left of the source/cue: the quotation ending there, else the sentence start up to the comma. */
function contentBefore(ctx: SentenceContext, end: number): Span | undefined {
  const { text, sentence, quotes } = ctx;
  const quote = quoteEndingAt(quotes, text, end);
  if (quote && quote.start >= sentence.start - 1) {
    // "« … », mais « … », a affirmé X": quotations joined by a conjunction are one statement.
    let start = quote.start;
    for (let joined = quotes.find((q) => q.end <= start && JOINED_QUOTES.test(text.slice(q.end, start))); ctx.lang === 'fr' && joined && joined.start >= sentence.start;
      joined = quotes.find((q) => q.end <= start && JOINED_QUOTES.test(text.slice(q.end, start)))) start = joined.start;
    // "« Nous ferons en sorte » qu'il « ne soit pas au détriment de l’Europe », a-t-il prévenu": a sentence that opens with a quotation is the speaker's up to the cue.
    if (ctx.lang === 'fr' && /^\s*[«“]/u.test(text.slice(sentence.start, start))) start = sentence.start;
    // "M. Milosevic « faisait une erreur … », a expliqué Mme Arbour", "La Yougoslavie « accepte … » et Belgrade « est d'accord … »":
    // a subject with quoted predicates, no verb of the writer's and no comma before them, is reported whole.
    if (ctx.lang === 'fr' && start > sentence.start && writerFree(ctx, sentence.start, start)) start = sentence.start;
    return tidy(text, { start: Math.max(start, sentence.start), end: Math.min(quote.end, end) });
  }
  return tidy(text, { start: sentence.start, end });
}

/** Between `from` and `to`, outside quotations: no punctuation that ends a clause and no finite verb (a subject, a conjunction). */
function writerFree(ctx: SentenceContext, from: number, to: number): boolean {
  const outside = ctx.words.filter((w) => w.start >= from && w.end <= to && !insideQuotation(ctx.quotes, w.start) && !/^[«»“”"]$/.test(w.lower));
  return outside.length > 0 && outside.length <= 20 && !outside.some((w) => w.finite || /^[,;:.!?]$/.test(w.lower));
}

function contentAfter(ctx: SentenceContext, from: number): Span | undefined {
  const { words, text, sentence, quotes } = ctx;
  if (from >= words.length) return undefined;
  const start = words[from]!.start;
  const quote = quoteStartingAt(quotes, text, start);
  if (quote && !quote.closed) return tidy(text, { start: quote.start, end: quote.end });
  return tidy(text, { start, end: Math.max(sentence.end, quote?.end ?? 0) });
}

/**
 * "le fleuve Euphrate est vu par les Turcs comme une frontière naturelle", "une branche considérée comme hérétique par
 * certains extrémistes": the judged subject (when the verb has an auxiliary) and the attribute are the content, the
 * agent on either side of the attribute is the source.
 */
function attributiveFrame(ctx: SentenceContext, cue: CueMatch, base: Pick<Draft, 'cue' | 'stance' | 'sentence' | 'relativeSource' | 'frameStart'>, isCueWord: (w: Word) => boolean): Draft | undefined {
  const { words, text, lexicon } = ctx;
  const marked = attributeMarkerAfter(words, cue.last + 1, lexicon);
  const marker = marked >= 0 ? marked : bareAttributeAt(words, cue.last + 1, lexicon);
  const agentWords = lexicon.set(lexicon.lex.passiveAgent);
  const agentBefore = words.findIndex((w, k) => k > cue.last && k < marker && agentWords.has(w.lower));
  const end = clauseEnd(ctx, marker + 1, true);
  const agentAfter = agentBefore < 0 ? words.findIndex((w, k) => k > marker && w.start < end && agentWords.has(w.lower) && !insideQuotation(ctx.quotes, w.start)) : -1;
  const agent = agentBefore >= 0 ? nounPhraseAfter(words, agentBefore + 1, lexicon, isCueWord) : agentAfter >= 0 ? nounPhraseAfter(words, agentAfter + 1, lexicon, isCueWord) : undefined;
  const attribute = tidy(text, { start: words[marker]!.start, end: agentAfter >= 0 ? words[agentAfter]!.start : end });
  if (!attribute) return undefined;
  const content = [attribute];
  // "Il est considéré comme …": with an auxiliary the subject is what is judged; a participle alone qualifies the noun before it.
  // "Le programme, adopté en 2010, est jugé …": what is judged is the subject as the writer describes it, its aside included.
  const plain = cue.first < cue.head ? subjectBefore(words, cue.first, lexicon, isCueWord) : undefined;
  const described = !plain && cue.first < cue.head && ctx.lang === 'fr' ? subjectBeforeAsides(words, cue.first, lexicon, isCueWord) : undefined;
  const subject: [number, number] | undefined = plain ?? (described ? [described[0], cue.first - 1] : undefined);
  if (subject && !lexicon.set(lexicon.lex.relativePronouns).has(words[subject[0]]!.lower)) content.unshift(wordSpan(words, subject[0], subject[1]));
  return { ...base, frame: 'passive', content, source: agent ? [wordSpan(words, agent[0], agent[1])] : [], contentAfter: false };
}

/**
 * The subject ending at word `end`: "Le texte, adopté par 320 voix, prévoit une hausse", "James, qui a assisté à la cérémonie,
 * a déclaré": past a French participial aside or apposed relative clause, the noun phrase before it is the subject all the same.
 */
function subjectEndingAt(ctx: SentenceContext, end: number, isCueWord: (w: Word) => boolean): [number, number] | undefined {
  const { words, lexicon } = ctx;
  return subjectBefore(words, end, lexicon, isCueWord)
    ?? (ctx.lang === 'fr' ? subjectBeforeRelative(words, end, lexicon, isCueWord) ?? subjectBeforeAsides(words, end, lexicon, isCueWord) : undefined);
}

function verbFrame(ctx: SentenceContext, cue: CueMatch, isCueWord: (w: Word) => boolean): Draft | undefined {
  const { words, text, lexicon } = ctx;
  const base = { cue: cueSpans(ctx, cue), stance: cue.stance, sentence: ctx.index, relativeSource: false, frameStart: words[cue.first]!.start };
  const verbStart = subjectEndBefore(ctx, cue.first);
  const before = words[verbStart - 1];
  if (cue.attributive) return attributiveFrame(ctx, cue, base, isCueWord);
  if (cue.agentless) {
    const content = tidy(text, { start: words[cue.last + 1]!.start, end: clauseEnd(ctx, cue.last + 1) });
    return { ...base, frame: 'passive', content: content ? [content] : [], source: [], contentAfter: true };
  }
  if (cue.passive) {
    const np = cue.agentlessSubject || cue.agent === undefined ? undefined : nounPhraseAfter(words, cue.agent + 1, lexicon, isCueWord);
    if (!np && !cue.agentlessSubject) return undefined;
    // "L'Ukraine est accusée par la Russie de ne pas vouloir appliquer les accords": the charge follows the agent.
    const negated = (k: number) => /^(ne|n')$/.test(words[k]?.lower ?? '') && words[k + 1]?.lower === 'pas' && startsInfinitive(words, k + 2);
    const charge = ctx.lang === 'fr' && np ? words.findIndex((w, k) => k > np[0] && k < np[1] && /^(de|d')$/.test(w.lower) && (startsInfinitive(words, k) || negated(k + 1))) : -1;
    if (np && charge > 0) {
      const content = tidy(text, { start: words[charge]!.start, end: clauseEnd(ctx, charge + 1) });
      return { ...base, frame: 'passive', content: content ? [content] : [], source: [wordSpan(words, np[0], charge)], contentAfter: true };
    }
    let start = cue.first;
    while (start > 0 && !/^[,;:]$/.test(words[start - 1]!.lower)) start--;
    // "…, mais cette information n'a pas été confirmée par X": the conjunction links clauses and is not reported.
    while (start < cue.first && lexicon.set(lexicon.lex.coordinators).has(words[start]!.lower)) start++;
    // "elle est saluée par Donald Trump", "elle est reconnue par l'Union": a person praised or recognised is no statement; one
    // criticised or accused is the object of a stated position ("Il avait été vivement critiqué par …").
    if (cue.first - start === 1 && lexicon.personalPronouns.has(words[start]!.lower) && cue.stance !== 'disputes') return undefined;
    const content = start < cue.first ? tidy(text, wordSpan(words, start, cue.first)) : undefined;
    return { ...base, frame: 'passive', content: content ? [content] : [], source: np ? [withoutSayingAdjuncts(ctx, wordSpan(words, np[0], np[1]))] : [], contentAfter: false };
  }
  if (cue.gerund) {
    let end = words.length;
    if (cue.first <= 2) for (let k = cue.last + 1; k < words.length; k++) if (words[k]!.text === ',') { end = k; break; }
    const from = contentStartAfter(ctx, cue.last + 1, isCueWord);
    if (from >= end) return undefined;
    const content = tidy(text, { start: words[from]!.start, end: end < words.length ? words[end]!.start : ctx.sentence.end });
    if (content && ctx.lang === 'fr') endBeforeNextAct(ctx, content);
    // The gerund's subject is the main clause's; when that clause has no reporting verb, take its subject from the tagger's first finite verb.
    // "Alors que Poutine annonce …, Obama a réagi en dénonçant": a fronted subordinate clause is not the main clause.
    const mainStart = frontedSubordinateEnd(ctx);
    const finite = words.findIndex((w, k) => k >= mainStart && k < cue.first && w.finite);
    const subject = finite > 0 ? subjectEndingAt(ctx, finite, isCueWord) : undefined;
    const source = subject && looksLikeNounPhrase(words.slice(subject[0], subject[1]), lexicon, isCueWord) ? [wordSpan(words, subject[0], subject[1])] : [];
    return { ...base, frame: 'gerund', content: content ? [content] : [], source, contentAfter: true };
  }
  if (cue.clitic) {
    const w = words[cue.first]!.text.includes('-') ? words[cue.first]! : words[cue.head]!;
    const source: Span = { start: w.end - cue.clitic.length, end: w.end };
    // "Aussi menacent-ils de porter plainte …": after an opening adverb, with nothing set off before it, the verb's complement is what is said.
    const setOffBefore = words.slice(0, cue.first).some((x) => /^[,:»”"]$/.test(x.lower));
    const after = ctx.lang === 'fr' && !setOffBefore && cue.first <= 1 && cue.last + 1 < words.length ? contentAfter(ctx, contentStartAfter(ctx, cue.last + 1, isCueWord)) : undefined;
    if (after) {
      endAtNextClause(ctx, after);
      return { ...base, frame: 'clitic', content: [after], source: [source], contentAfter: true };
    }
    // "« … jugez-moi sur mon parcours. » a-t-il déclaré": after a quotation's final stop, the inverted verb opens a sentence of its own.
    const previousQuote = cue.first === 0 && /^\p{Ll}/u.test(words[0]!.text) ? quoteEndingAt(ctx.quotes, text, words[0]!.start) : undefined;
    const content = contentBefore(ctx, words[cue.first]!.start) ?? (previousQuote && tidy(text, { start: previousQuote.start, end: previousQuote.end }));
    return { ...base, frame: 'clitic', content: content ? [content] : [], source: [source], contentAfter: false };
  }
  // "La piste terroriste aurait été écartée a fait savoir la police russe": an inversion whose comma was left out, read when
  // a finished clause (a finite verb, then a participle or adjective) runs into the verb and a noun phrase ends the sentence.
  // A determiner and an adjective ("ce dernier a ordonné") are a subject, not a finished clause.
  const pronominalAdjective = before?.upos === 'ADJ' && lexicon.determiners.has(words[cue.first - 2]?.lower ?? '');
  if (ctx.lang === 'fr' && before && !/^[,»”"]$/.test(before.lower) && (before.upos === 'ADJ' && !pronominalAdjective || before.upos === 'VERB' && !before.finite)
    && words.slice(0, cue.first).some((x) => x.finite && !insideQuotation(ctx.quotes, x.start))) {
    const np = nounPhraseAfter(words, invertedSubjectStart(ctx, cue.last + 1), lexicon, isCueWord, true);
    const endsSentence = np && (np[1] >= words.length || /^[.!?]$/.test(words[np[1]]!.lower));
    const content = contentBefore(ctx, words[cue.first]!.start);
    if (np && endsSentence && lexicon.determiners.has(words[np[0]]!.lower) && content) {
      return { ...base, frame: 'inverted', content: [content], source: [wordSpan(words, np[0], np[1])], contentAfter: false };
    }
  }
  // "Les rebelles affirment contrôler la ville, ce que dément l'armée": "ce" stands for the clause before it, the speaker follows the verb.
  const pronoun = cue.first - 2;
  if (ctx.lang === 'fr' && lexicon.set(lexicon.lex.complementizers).has(words[cue.first - 1]?.lower ?? '') && words[pronoun]?.lower === 'ce' && words[pronoun - 1]?.lower === ',') {
    const np = nounPhraseAfter(words, skipAdverbials(ctx, cue.last + 1), lexicon, isCueWord);
    const content = contentBefore(ctx, words[pronoun - 1]!.start);
    // The frame starts at the comma, so that an earlier content running over it ends before ", ce que".
    if (np && content) return { ...base, frame: 'inverted', content: [content], source: [wordSpan(words, np[0], np[1])], contentAfter: false, frameStart: words[pronoun - 1]!.start };
  }
  // "contrairement à ce qu'avait annoncé le Cameroun": without the comma, "ce" is a phrase's object and the clause it stands for is not here.
  if (ctx.lang === 'fr' && lexicon.set(lexicon.lex.complementizers).has(words[cue.first - 1]?.lower ?? '') && words[pronoun]?.lower === 'ce') return undefined;
  const subjectOnLeft = subjectEndingAt(ctx, verbStart, isCueWord);
  // Inverted order: «…», note l'analyste X. / "…," said Smith.
  // A French present participle ("…, indiquant les avoir arrêtées") never has its subject after it.
  // "« … » - a déclaré X": a dash after a quotation sets off the inverted verb like a comma.
  const dashed = before !== undefined && /^[—–-]$/.test(before.lower);
  if (before && (/^[,»”"]$/.test(before.lower) || dashed) && !(ctx.lang === 'fr' && /ant$/.test(words[cue.head]!.lower))) {
    const quoteBefore = quoteEndingAt(ctx.quotes, text, words[cue.first]!.start);
    const np = nounPhraseAfter(words, invertedSubjectStart(ctx, cue.last + 1), lexicon, isCueWord, true);
    // "», a affirmé M. Gentiloni avant la cérémonie": the name may be followed by a clause-opening word.
    const npEndsClause = np && (np[1] >= words.length || /^[.!?,(]$/.test(words[np[1]]!.lower)
      || ctx.lang === 'fr' && (lexicon.set(lexicon.lex.clauseBoundaries).has(words[np[1]]!.lower) || lexicon.set(lexicon.lex.adjunctPrepositions).has(words[np[1]]!.lower)));
    // "La ministre, redoutant un « bilan lourd », a demandé des mesures": a quotation in a participial aside is the participle's object.
    const quoted = quoteBefore && !(ctx.lang === 'fr' && opensParticipialAside(words, words.findIndex((w) => w.start >= quoteBefore.start)));
    // "Le groupe, considérablement affaibli depuis 2007 …, a juré la perte du gouvernement": without a quotation, what precedes a
    // French inverted verb is a clause; words with no finite verb are the subject and its aside.
    // "« Nous ne savons pas sur quelles constatations est basée » cette décision, se défend le groupe": a sentence that opens with a
    // quotation is a statement too.
    const clauseBefore = ctx.lang !== 'fr' || words.slice(0, cue.first).some((x) => x.finite && !insideQuotation(ctx.quotes, x.start))
      || quoteStartingAt(ctx.quotes, text, ctx.sentence.start)?.start === words[0]!.start;
    if (np && npEndsClause && looksLikeNounPhrase(words.slice(np[0], Math.min(np[1], np[0] + 3)), lexicon, isCueWord) && (quoted || !dashed && !subjectOnLeft && clauseBefore)) {
      const content = contentBefore(ctx, before.text === ',' ? before.start : words[cue.first]!.start);
      return { ...base, frame: 'inverted', content: content ? [content] : [], source: [wordSpan(words, np[0], np[1])], contentAfter: false };
    }
  }
  let subject = subjectOnLeft;
  // "met en scène des phrases-chocs dénonçant …": left of a French present participle, only a noun phrase can be its subject;
  // "a publié une lettre annonçant …": the object of a past participle right before it is one.
  if (subject && ctx.lang === 'fr' && /ant$/.test(words[cue.head]!.lower) && !looksLikeNounPhrase(words.slice(subject[0], subject[1]), lexicon, isCueWord)) {
    const [start, end] = subject;
    const object = words.findIndex((w, k) => k > start && k < end && lexicon.determiners.has(w.lower) && words[k - 1]!.upos === 'VERB' && !words[k - 1]!.finite);
    subject = object > 0 && looksLikeNounPhrase(words.slice(object, end), lexicon, isCueWord) ? [object, end] : undefined;
  }
  // "Republicans continue to warn", "she went on to say": the subject governs the verb before the infinitive marker.
  if (before && lexicon.set(lexicon.lex.infinitiveMarkers).has(before.lower)) {
    let k = cue.first - 1;
    for (let hops = 0; k > 0 && hops < 3 && /^\p{Ll}+$/u.test(words[k - 1]!.text) && !lexicon.determiners.has(words[k - 1]!.lower); hops++) k--;
    while (k > 0 && (lexicon.aux.has(words[k - 1]!.lower) || lexicon.interveners.has(words[k - 1]!.lower))) k--;
    const governing = subjectBefore(words, k, lexicon, isCueWord);
    subject = governing && looksLikeNounPhrase(words.slice(governing[0], governing[1]), lexicon, isCueWord) ? governing : undefined;
  }
  // "rien n'indique qu'il puisse s'agir d'un acte hostile": no one is reported ("une personne a dit" has a speaker).
  if (subject && ctx.lang === 'fr' && reportsItsAntecedent(ctx, subject[0], cue.last + 1)) return undefined;
  const head = subject ? subject[1] - 1 : -1;
  if (subject && lexicon.lex.nonSpeakers && lexicon.set(lexicon.lex.nonSpeakers).has(words[head]!.lower) && !lexicon.determiners.has(words[head - 1]?.lower ?? '')) return undefined;
  if (subject && lexicon.personalPronouns.get(words[head]!.lower) === 'unnamed' && lexicon.set(lexicon.lex.impersonalOpinionVerbs).has(words[cue.head]!.lower)) return undefined;
  const source = subject ? [wordSpan(words, subject[0], subject[1])] : [];
  const relativeSource = subject !== undefined && subject[1] - subject[0] === 1 && lexicon.set(lexicon.lex.relativePronouns).has(words[subject[0]]!.lower);
  if (relativeSource && subject && ctx.lang === 'fr') Object.assign(base, withAntecedent(ctx, subject[0], isCueWord));
  const coordinated = !subject && before !== undefined && lexicon.set(lexicon.lex.coordinators).has(before.lower);
  const frame: Frame = coordinated ? 'coordinated' : 'subject-verb';
  let after = cue.last + 1;
  while (after < words.length && /^[,:]$/.test(words[after]!.lower)) after++;
  const read = after < words.length && !isCueWord(words[after]!) ? contentAfter(ctx, contentStartAfter(ctx, after, isCueWord)) : undefined;
  // "selon le ministère, qui l'a confirmé ce jeudi": a time alone is when it was said; the object is the pronoun before the verb.
  const right = read && !(ctx.lang === 'fr' && isOnlyTime(ctx, read)) ? read : undefined;
  // Content on the left only when something sets it off: "…, Smith said." / "“…,” he said."
  const leftEnd = subject ? subject[0] : verbStart;
  // "le dirigeant de « En Marche » souhaite …": a quotation after a determiner or a preposition is a name inside the subject.
  const quotedTerm = (q: QuoteSpan | undefined) => {
    const opening = q ? words.findIndex((w) => w.start >= q.start) : -1;
    return opening > 0 && (lexicon.determiners.has(words[opening - 1]!.lower) || lexicon.set(lexicon.lex.prepositions).has(words[opening - 1]!.lower));
  };
  const setOff = leftEnd > 0 && /^[,»”"]$/.test(words[leftEnd - 1]!.lower)
    && !(ctx.lang === 'fr' && /^[»”"]$/.test(words[leftEnd - 1]!.lower) && quotedTerm(quoteEndingAt(ctx.quotes, text, words[leftEnd]!.start)));
  const quoteSetOff = setOff && quoteEndingAt(ctx.quotes, text, words[leftEnd]!.start) !== undefined;
  const introduced = right !== undefined && (/^[«“"‘]|^''|^``/u.test(text.slice(right.start, right.end)) || lexicon.set(lexicon.lex.complementizers).has(words[contentStartAfter(ctx, after, isCueWord)]?.lower ?? '') && right.start === words[contentStartAfter(ctx, after, isCueWord)]!.start || words[cue.last + 1]?.lower === ':');
  // "…, indiquant les avoir arrêtées": a French present participle reports what follows it.
  const participle = ctx.lang === 'fr' && /ant$/.test(words[cue.head]!.lower);
  // "Selon Les Echos, le ministre a annoncé des économies": a fronted "selon X" is another speaker's frame, never this verb's content.
  const accordingBefore = words.slice(0, leftEnd).some((_, k) => lexicon.according.some((p) => matchesAt(words, k, p)));
  // "X, assistant de …, a pris la défense des Fillon", "fait état de 20 morts": the noun of a multiword cue takes its complement with a
  // preposition, which is then no trailing adjunct.
  const phraseComplement = cue.last > cue.head;
  const preferLeft = setOff && !introduced && !relativeSource && !participle
    && (quoteSetOff || isTrailingAdjunct(ctx, after) && !accordingBefore && !phraseComplement || !isAdjunctClause(ctx, 0, leftEnd - 1));
  if (right && !preferLeft) {
    // "referring to X", "asked about X": the preposition belongs to the cue (PolNeAR's convention for English).
    const particle = words[cue.last + 1];
    if (particle && particle.start === right.start && lexicon.set(lexicon.lex.cueParticles).has(particle.lower) && words[cue.last + 2]) {
      base.cue = [...base.cue.slice(0, -1), { start: base.cue[base.cue.length - 1]!.start, end: particle.end }];
      right.start = words[cue.last + 2]!.start;
    }
    endAtAside(ctx, right);
    // "les milices qu'Ankara considère comme terroristes, dans le cadre du conflit": an attribute with no object before it ends at its comma.
    const opening = words.findIndex((w) => w.start >= right.start);
    if (lexicon.set(lexicon.lex.attributeMarkers).has(words[opening]?.lower ?? '')) right.end = Math.min(right.end, clauseEnd(ctx, opening + 1, true));
    if (ctx.lang === 'fr') { endAtNextClause(ctx, right); endBeforeNextAct(ctx, right); endAtGerundAfterQuote(ctx, right); endInsideParentheses(ctx, cue, right); }
    // "Après avoir dénoncé la réforme, le ministre a quitté la salle", "Pour dénoncer …, ils ont défilé": an infinitive opening the
    // sentence after its preposition reports up to the comma where the main clause starts.
    const fronted = ctx.lang === 'fr' && cue.first > 0 && cue.first <= 2 && isInfinitive(words[cue.first])
      && lexicon.set(lexicon.lex.prepositions).has(words[cue.first - 1]!.lower) && words.slice(0, cue.first).every((w) => !w.finite);
    if (fronted) right.end = Math.min(right.end, clauseEnd(ctx, words.findIndex((w) => w.start >= right.start)));
    // "While only 7 percent said they are undecided, 27 percent …": a subordinate clause ends at its comma.
    // "Alors que le président … annonce …, Barack Obama a réagi": also a subordinator followed by "que".
    // After the main clause ("… passera de 400 à 1200 alors que le bilan fait état de 1900 domiciles inondés, 1000 personnes
    // évacuées et …") no clause follows the subordinate one: only a comma before a verb of its own ends it.
    const subordinators = lexicon.set(lexicon.lex.subordinators);
    const subordinator = leftEnd > 0 && subordinators.has(words[leftEnd - 1]!.lower) ? leftEnd - 1
      : ctx.lang === 'fr' && leftEnd > 1 && lexicon.set(lexicon.lex.complementizers).has(words[leftEnd - 1]!.lower) && subordinators.has(words[leftEnd - 2]!.lower) ? leftEnd - 2 : -1;
    const trailing = ctx.lang === 'fr' && words.slice(0, subordinator).some((w) => w.finite && !insideQuotation(ctx.quotes, w.start));
    const opensVerb = (comma: number) => {
      const next = words.findIndex((w, k) => k > comma && /^[,;:.!?]$/.test(w.lower));
      return words.slice(comma + 1, next < 0 ? words.length : next).some((w) => w.finite || w.upos === 'VERB' && /ant$/.test(w.lower));
    };
    if (subordinator >= 0) {
      const comma = words.findIndex((w, k) => w.lower === ',' && w.start > right.start && w.start < right.end && !insideQuotation(ctx.quotes, w.start) && (!trailing || opensVerb(k)));
      if (comma >= 0) right.end = words[comma]!.start;
    }
    return { ...base, frame, content: [right], source, contentAfter: true, relativeSource };
  }
  if (words[cue.last + 1]?.lower === ':' && ctx.next) {
    const content = tidy(text, ctx.next);
    return { ...base, frame, content: content ? [content] : [], source, contentAfter: true, relativeSource };
  }
  if (!setOff) return undefined;
  const content = contentBefore(ctx, words[leftEnd - 1]!.lower === ',' ? words[leftEnd - 1]!.start : words[leftEnd]!.start);
  return { ...base, frame, content: content ? [content] : [], source, contentAfter: false, relativeSource };
}
