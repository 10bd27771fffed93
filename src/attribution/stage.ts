import type { Attribution, Layers, Token } from '../record/schema.js';
import type { Span } from '../record/layers/span.js';
import type { AnalysisLanguage, Stage, StageInput } from '../pipeline/stage.js';
import { FR_ATTRIBUTION } from '../lang/fr/attribution.js';
import { EN_ATTRIBUTION } from '../lang/en/attribution.js';
import { loadOutletRegistry, type OutletRegistry } from '../outlets/registry.js';
import { findOutlets } from '../outlets/detect.js';
import { compileLexicon, findCues, type CompiledLexicon } from './cues.js';
import { findFrames, type Draft } from './frames.js';
import { describeSpeaker, relativeSpeaker, type Speaker, type SpeakerContext } from './speakers.js';
import { statementTime } from './statement-time.js';
import { attachTags, insideQuotation, isDash, quotesOf, sentencesOf, taggedTokensByStart, tokenizeWords, type QuoteSpan, type Word } from './text-units.js';
import type { AttributionLexicon } from './lexicon.js';
import type { LearnedCues } from './learn-cues.js';
import learnedEnglishCues from './learned/en-cues.json' with { type: 'json' };
import { attributionModel } from './learned-model.js';
import { learnedDrafts } from './learned-frames.js';
import { dependencyTree, isParsed } from './dependency-tree.js';
import { signedQuotes } from './signed-quotes.js';
import { nonProseSpans } from './markup.js';

const LEXICONS: Record<AnalysisLanguage, AttributionLexicon> = { fr: FR_ATTRIBUTION, en: EN_ATTRIBUTION };

/** Cue statistics learned from PolNeAR train (English only: there is no French attribution corpus). */
const LEARNED: Partial<Record<AnalysisLanguage, LearnedCues>> = { en: learnedEnglishCues as unknown as LearnedCues };

export function lexiconFor(lang: AnalysisLanguage): CompiledLexicon {
  return compileLexicon(LEXICONS[lang], LEARNED[lang]);
}

function inside(position: number, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start <= position && position < s.end);
}

function overlapsAny(a: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => a.start < s.end && s.start < a.end);
}

/**
 * A later frame that starts a new clause inside an earlier content ("…», version remise en cause
 * par X", "…, adding that", "…, said Smith") ends that content; one introduced by a complementizer
 * is nested in it instead.
 */
function cutAtFollowingFrames(text: string, lang: AnalysisLanguage, drafts: Draft[]): void {
  for (const a of drafts) {
    if (!a.contentAfter || a.frame === 'according-to') continue;
    for (const b of drafts) {
      if (b === a || b.sentence !== a.sentence || b.cue[0]!.start <= a.cue[0]!.start) continue;
      // A French participle with no agent right after its noun ("un homme soupçonné de vouloir …") qualifies it inside
      // the content; set off by a comma ("l'Aléna (…), accusé de …") it is an aside that ends the content.
      const adjectival = lang === 'fr' && b.frame === 'passive' && b.source.length === 0 && !/,\s*$/.test(text.slice(0, b.cue[0]!.start));
      // "a rejeté l'idée …, estimant que …": a French present participle set off by a comma opens the speaker's next statement.
      const participial = lang === 'fr' && /ant$/.test(text.slice(b.cue[0]!.start, b.cue[0]!.end)) && /,\s*$/.test(text.slice(0, b.cue[0]!.start));
      // "Shekau, que l'armée a affirmé avoir tué …, revendique": a statement inside the subject of a later verb ends at that verb.
      const withinSubject = b.frame === 'subject-verb' && b.source[0] !== undefined && b.source[0].start < a.cue[0]!.start;
      const opensClause = b.frame === 'passive' && !adjectival || participial || b.frame === 'gerund' || b.frame === 'coordinated' || b.frame === 'inverted' || b.frame === 'clitic' || b.relativeSource || withinSubject;
      const last = a.content[a.content.length - 1]!;
      if (!opensClause || !inside(b.cue[0]!.start, a.content)) continue;
      // A gerund's source may be the main clause's subject, before both cues: it starts no region of its own.
      const ownSource = b.source[0] !== undefined && b.source[0].start > a.cue[0]!.start ? b.source[0] : undefined;
      const regionStart = Math.min(b.frameStart ?? b.cue[0]!.start, b.cue[0]!.start, ownSource?.start ?? Infinity, b.frame === 'gerund' || b.frame === 'inverted' || b.frame === 'clitic' ? Infinity : b.content[0]!.start);
      const cut = text.slice(last.start, regionStart).replace(/[\s,;:—–-]+$/u, '').replace(/[\s,]+(?:et|and|ou|or|mais|but|puis|then)$/u, '');
      if (cut.length > 0) last.end = last.start + cut.length;
      // Inverted and clitic frames whose content is the same left-hand text: keep the earlier reading. French
      // "L'IGF … a confirmé la transaction, conclut l'agence" reports the whole clause, the earlier statement nested in it.
      if ((b.frame === 'inverted' || b.frame === 'clitic') && lang !== 'fr') b.content = b.content.filter((s) => s.end <= a.cue[0]!.start || s.start >= a.cue[0]!.end);
    }
  }
}

function kindOf(text: string, draft: Draft, quotes: readonly QuoteSpan[]): Attribution['kind'] {
  if (draft.frame === 'according-to') return 'according-to';
  const covered = (s: Span) => quotes.some((q) => q.start <= s.start + 1 && s.end - 1 <= q.end);
  if (draft.content.every(covered)) return 'direct';
  // Scare quotes around a word or two ("une opération ‘non militaire »") do not make the content quoted speech.
  const quotedSpeech = (q: QuoteSpan) => (text.slice(q.contentStart, q.contentEnd).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_QUOTED_WORDS;
  if (draft.content.some((s) => quotes.some((q) => q.start < s.end && s.start < q.end && quotedSpeech(q)))) return 'mixed';
  return 'indirect';
}

const MIN_QUOTED_WORDS = 3;

/**
 * A quotation that fills a whole sentence without a cue continues the direct quote of the sentence
 * before it ("“…,” he said. “…”"): it is added to that statement's content.
 */
function attachContinuations(text: string, sentences: readonly Span[], quotes: readonly QuoteSpan[], drafts: Draft[]): void {
  const bySentence = new Map<number, Draft[]>();
  for (const d of drafts) bySentence.set(d.sentence, [...(bySentence.get(d.sentence) ?? []), d]);
  let previous: Draft | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const own = bySentence.get(i);
    if (own) { previous = own[own.length - 1]; continue; }
    const s = sentences[i]!;
    const quote = quotes.find((q) => q.start === s.start && q.end >= s.end - 1);
    const sameParagraph = previous && !/\n/.test(text.slice(previous.cue[0]!.end, s.start));
    if (quote && previous && sameParagraph && previous.sentence === i - 1) {
      previous.content.push({ start: quote.start, end: Math.min(quote.end, s.end) });
      previous.sentence = i;
    } else {
      previous = undefined;
    }
  }
}

/**
 * "21 septembre 2017. – Florian Philippot, qui …, a annoncé": the dash after a dateline (or opening a turn of dialogue)
 * belongs to no phrase of the sentence, and left in it would join the subject's noun phrase.
 */
function withoutOpeningDash(words: Word[]): Word[] {
  return words.length > 1 && isDash(words[0]!.text) ? words.slice(1) : words;
}

/** The attribution layer of one document. */
export function findAttributions(input: StageInput, registry: OutletRegistry = loadOutletRegistry()): Attribution[] {
  const { text, lang, layers } = input;
  const lexicon = lexiconFor(lang);
  const paragraphs = (layers.paragraphs ?? [{ start: 0, end: text.length, role: 'body' as const }]).filter((p) => p.role === 'body');
  const quotes = quotesOf(layers, text, paragraphs);
  const sentences = sentencesOf(text, layers, paragraphs, quotes, lexicon.abbreviations)
    .filter((s) => paragraphs.some((p) => p.start <= s.start && s.start < p.end));
  const taggedTokens = taggedTokensByStart(layers.tokens as Layers['tokens'] | undefined);
  const drafts: Draft[] = [];
  sentences.forEach((sentence, index) => {
    const words = withoutOpeningDash(tokenizeWords(text, sentence.start, sentence.end, lang, lexicon.abbreviations));
    attachTags(words, taggedTokens);
    const cues = findCues(words, lexicon, lang, (offset) => quotes.some((q) => q.closed && q.contentStart <= offset && offset < q.contentEnd));
    // A sentence without a cue word may still open with a speaker and a colon ("PENCE: …", "Poll: …").
    if (cues.length === 0 && !words.some((w) => w.lower === ':')) return;
    const next = sentences[index + 1];
    drafts.push(...findFrames({ text, sentence, index, words, quotes, lexicon, lang, ...(next ? { next } : {}) }, cues));
  });
  cutAtFollowingFrames(text, lang, drafts);
  attachContinuations(text, sentences, quotes, drafts);
  const ruled = drafts.filter((d) => d.content.length > 0 && d.content.every((s) => s.end > s.start));
  // "according to X" is a fixed frame whose content is the rest of the clause, which the rules read
  // more reliably than a parse that may hang the phrase on any word of it.
  const according = ruled.filter((d) => d.frame === 'according-to');
  const learned = learnedDraftsOf(input, lexicon, quotes, sentences, paragraphs).filter((l) => !according.some((d) => overlapsAny(d.cue[0]!, l.cue)));
  // Where the parse gave a cue no subject (a sentence split inside the name, an odd attachment), the rules' reading of it may have one.
  for (const l of learned) {
    const rule = l.source.length === 0 ? ruled.find((d) => d.source.length > 0 && overlapsAny(d.cue[0]!, l.cue)) : undefined;
    if (rule) Object.assign(l, { source: rule.source, frame: rule.frame, relativeSource: rule.relativeSource });
  }
  takeQuotedRuleContent(learned, ruled, quotes);
  // The learned model leads where it has one; the rules add what it missed (cues it does not know).
  const kept = ruled.filter((d) => d.frame === 'according-to' || !learned.some((l) => overlapsAny(d.cue[0]!, l.cue) || l.content.some((c) => overlapsAny(c, d.content))));
  kept.push(...learned);
  // A signature names the speaker of the whole quotation, whatever statements the quotation itself holds.
  kept.push(...signedQuotes(text, quotes, sentences));
  const notProse = nonProseSpans(text);
  const prose = kept.filter((d) => !inside(d.cue[0]!.start, notProse));
  for (const d of prose) d.source = d.source.flatMap((s) => trimmedSource(text, s, lang, lexicon) ?? []);
  prose.sort((a, b) => a.cue[0]!.start - b.cue[0]!.start);
  const attributions = resolve(text, lang, lexicon, registry, prose, quotes, layers);
  const cues = attributions.map((a) => a.cue[0]!);
  attributions.forEach((attribution, i) => {
    const time = statementTime(attribution, sentences[prose[i]!.sentence]!, layers.times ?? [], quotes, cues);
    if (time !== undefined) attribution.time = time;
  });
  return attributions;
}

/**
 * A source as annotators mark it: without the passive's agent preposition ("by the state" → "the state") and without the
 * time of the saying at its end ("Philippine officials on Thursday", "State media on Saturday"); undefined when the time
 * is all there is ("on Wednesday" in "was on Wednesday reported", "Friday"): no one is named.
 */
function trimmedSource(text: string, source: Span, lang: AnalysisLanguage, lexicon: CompiledLexicon): Span | undefined {
  const words = tokenizeWords(text, source.start, source.end, lang, lexicon.abbreviations);
  const start = words.length > 1 && lexicon.set(lexicon.lex.passiveAgent).has(words[0]!.lower) ? 1 : 0;
  const timeWords = lexicon.set(lexicon.lex.timeWords);
  let end = words.length;
  while (end > start && timeWords.has(words[end - 1]!.lower)) end--;
  if (end === start) return undefined;
  // "USA Today" is a name: only a time set off by a preposition or a comma is cut.
  const setOff = (w: Word) => lexicon.set(lexicon.lex.prepositions).has(w.lower) || w.text === ',';
  if (end < words.length && setOff(words[end - 1]!)) {
    while (end > start && setOff(words[end - 1]!)) end--;
  } else end = words.length;
  return end === start ? undefined : { start: words[start]!.start, end: words[end - 1]!.end };
}

/**
 * When the rules read a quotation for a cue and the learned content of that cue touches none, the
 * quotation wins: the parse often hangs a quotation away from its cue, so the learned model reads
 * an object or the rest of the clause ("asking her, “Where do we go from here?”" → "her").
 */
function takeQuotedRuleContent(learned: Draft[], ruled: readonly Draft[], quotes: readonly QuoteSpan[]): void {
  const closed = quotes.filter((q) => q.closed);
  const quoted = (s: Span) => closed.some((q) => q.start <= s.start && s.end <= q.end);
  const touchesQuote = (s: Span) => closed.some((q) => q.start < s.end && s.start < q.end);
  for (const l of learned) {
    const rule = ruled.find((d) => overlapsAny(d.cue[0]!, l.cue));
    if (rule && rule.content.every(quoted) && !l.content.some(touchesQuote)) l.content = rule.content;
  }
}

/**
 * Drafts of the learned model when the language has one and the text is parsed, numbered by the
 * rule sentences (which join sentences split inside quotations) so that both kinds share indices.
 */
function learnedDraftsOf(input: StageInput, lexicon: CompiledLexicon, quotes: readonly QuoteSpan[], sentences: readonly Span[], paragraphs: readonly Span[]): Draft[] {
  const { text, lang, layers } = input;
  const model = attributionModel(lang);
  if (!model || !isParsed(layers.tokens) || !layers.sentences) return [];
  const tree = dependencyTree(layers.tokens, text);
  return learnedDrafts({ text, tree, sentences: layers.sentences, quotes, entities: layers.entities ?? [] }, model, lexicon)
    .filter((d) => paragraphs.some((p) => p.start <= d.cue[0]!.start && d.cue[0]!.start < p.end))
    .map((d) => ({ ...d, sentence: Math.max(0, sentences.findIndex((s) => s.start <= d.cue[0]!.start && d.cue[0]!.start < s.end)) }));
}

function resolve(
  text: string, lang: AnalysisLanguage, lexicon: CompiledLexicon, registry: OutletRegistry,
  drafts: Draft[], quotes: readonly QuoteSpan[], layers: Readonly<Partial<Layers>>,
): Attribution[] {
  const earlier: SpeakerContext['earlier'] = [];
  const paragraphs = layers.paragraphs ?? [];
  const paragraphAt = (offset: number) => Math.max(0, paragraphs.findIndex((p) => offset < p.end));
  const subjects = personSubjects(text, layers, quotes, lexicon).map((span) => ({ span, paragraph: paragraphAt(span.start) }));
  const ctx: SpeakerContext = { text, lang, lexicon, registry, entities: layers.entities ?? [], earlier, subjects, paragraphAt };
  const tokens = layers.tokens;
  if (isParsed(tokens)) ctx.relativeAntecedent = (pronoun) => relativeClauseHead(tokens, pronoun);
  const speakers: (Speaker | undefined)[] = [];
  drafts.forEach((draft, i) => {
    let speaker: Speaker | undefined;
    if (draft.relativeSource) {
      speaker = relativeSpeaker(draft.source[0]!, ctx, draft.antecedent);
    } else if (draft.frame === 'gerund' || draft.frame === 'coordinated') {
      const main = mainStatement(drafts, i, lang, quotes);
      if (main >= 0) {
        draft.source = drafts[main]!.source.map((s) => ({ ...s }));
        if (main < i) speaker = speakers[main];
      } else if (!ownSubject(draft, quotes)) draft.source = [];
    }
    if (!speaker && draft.source.length > 0) speaker = describeSpeaker(draft.source[0]!, ctx, draft.content);
    speakers[i] = speaker;
    if (speaker && draft.source.length > 0) earlier.push({ at: draft.source[0]!.start, end: draft.source[0]!.end, speaker, content: draft.content });
  });
  speakFirstPersonForContainers(text, lexicon, drafts, speakers);
  return drafts.map((draft, i): Attribution => {
    const attribution: Attribution = {
      kind: kindOf(text, draft, quotes), cue: draft.cue, content: draft.content, source: draft.source, stance: draft.stance,
    };
    const speaker = speakers[i];
    if (speaker) attribution.speaker = speaker;
    const container = drafts.findIndex((d, k) => k !== i && inside(draft.cue[0]!.start, d.content) && !inside(d.cue[0]!.start, draft.content));
    if (container >= 0) attribution.reportedBy = container;
    if (draft.stance === 'disputes' || draft.stance === 'denies') {
      const target = findTarget(drafts, i, speakers);
      if (target !== undefined) attribution.target = target;
    }
    return attribution;
  });
}

/**
 * « Je pense que c'est une erreur », a déclaré X: a first-person source inside what someone said is that speaker (the
 * innermost statement holding it; its speaker is known only once the whole text is read, the cue coming after the quote).
 */
function speakFirstPersonForContainers(text: string, lexicon: CompiledLexicon, drafts: readonly Draft[], speakers: (Speaker | undefined)[]): void {
  const firstPerson = lexicon.set(lexicon.lex.firstPersonPronouns);
  drafts.forEach((draft, i) => {
    const source = draft.source[0];
    if (!source || !firstPerson.has(text.slice(source.start, source.end).toLowerCase())) return;
    let container: number | undefined;
    let containerLength = Infinity;
    drafts.forEach((d, k) => {
      const holder = d.content.find((c) => c.start <= source.start && source.end <= c.end);
      if (k === i || !holder || !speakers[k] || holder.end - holder.start >= containerLength) return;
      container = k;
      containerLength = holder.end - holder.start;
    });
    if (container !== undefined) speakers[i] = { ...speakers[container]!, resolvedFrom: { ...source } };
  });
}

/**
 * Person entities that are a clause's subject (nsubj, nsubj:pass) or name it in apposition ("Le président des
 * États-Unis Donald Trump a réagi", "a spokesperson, Morgan Ortagus, indicated"), outside quotations, in text order.
 */
function personSubjects(text: string, layers: Readonly<Partial<Layers>>, quotes: readonly QuoteSpan[], lexicon: CompiledLexicon): Span[] {
  const tokens = layers.tokens ?? [];
  const closed = quotes.filter((q) => q.closed);
  const isSubject = (t: Token | undefined) => t?.deprel?.startsWith('nsubj') === true;
  // A name beside the subject ("Le ministre de la Défense Antoni Macierewicz"), or anywhere below a subject that is a
  // title ("Le président des États-Unis Donald Trump", where the parse hangs the name on "États-Unis"); not below
  // another noun ("le fils de Donald Trump").
  const namesSubject = (t: Token) => {
    if (isSubject(t)) return true;
    let word = t;
    for (let step = 0; step < 4 && word.head !== undefined && NAME_LINKS.has(word.deprel ?? ''); step++) {
      const head = tokens[word.head]!;
      if (isSubject(head)) return step === 0 && APPOSED.has(word.deprel ?? '') || lexicon.titles.has(text.slice(head.start, head.end).toLowerCase());
      word = head;
    }
    return false;
  };
  const subjectWords = tokens.filter(namesSubject);
  // Entities and tokens both run in text order, so one pass over the subject words serves every entity.
  let next = 0;
  return (layers.entities ?? []).filter((e) => {
    while (next < subjectWords.length && subjectWords[next]!.start < e.start) next++;
    const word = subjectWords[next];
    return e.type === 'PER' && word !== undefined && word.end <= e.end && !closed.some((q) => q.start < e.start && e.end < q.end);
  }).map((e) => ({ start: e.start, end: e.end }));
}

/**
 * The statement whose subject a gerund or a coordinated verb shares: the closest statement before it in its sentence
 * with a source ("…, continue-t-il, ajoutant que …"), else the first after it ("Saying he was tired, Trump left"). A
 * French gerund has found its main clause's subject itself, past a fronted subordinate clause whose statement may come
 * first, and keeps it unless a statement with a source stands between ("« … », ajoute-t-il, précisant …").
 */
function mainStatement(drafts: readonly Draft[], i: number, lang: AnalysisLanguage, quotes: readonly QuoteSpan[]): number {
  const draft = drafts[i]!;
  const own = lang === 'fr' && draft.frame === 'gerund' && ownSubject(draft, quotes) ? draft.source[0] : undefined;
  // A statement quoted inside another is not the clause the gerund hangs on.
  const quoted = (d: Draft) => insideQuotation(quotes, d.cue[0]!.start);
  const isMain = (d: Draft) => d.sentence === draft.sentence && d.frame !== 'gerund' && d.source.length > 0 && quoted(d) === quoted(draft);
  for (let k = i - 1; k >= 0 && drafts[k]!.sentence === draft.sentence; k--) {
    if (own && drafts[k]!.cue[0]!.start < own.start) return -1;
    if (isMain(drafts[k]!)) return k;
  }
  return own ? -1 : drafts.findIndex((d, k) => k > i && isMain(d));
}

/** A subject the frame found for a gerund, on the same side of quotation marks as its cue ("« L'enquête … », continue-t-il, ajoutant" has none). */
function ownSubject(draft: Draft, quotes: readonly QuoteSpan[]): boolean {
  const source = draft.source[0];
  return source !== undefined && insideQuotation(quotes, source.start) === insideQuotation(quotes, draft.cue[0]!.start);
}

/**
 * The noun phrase a relative clause qualifies, read from the parse: the pronoun's verb is an acl:relcl of a noun, whose
 * words before the pronoun make the phrase ("a United States whistleblower | who revealed", "l'opposition, | qui considère").
 */
function relativeClauseHead(tokens: readonly Token[], pronoun: Span): Span | undefined {
  const at = tokens.findIndex((t) => t.start === pronoun.start);
  const verb = tokens[at]?.head;
  if (verb === undefined || !tokens[verb]!.deprel?.startsWith('acl') || tokens[verb]!.head === undefined) return undefined;
  const noun = tokens[verb]!.head!;
  // Read up the heads rather than building the subtree: this runs for every unresolved relative pronoun.
  const inPhrase = (k: number) => {
    for (let h: number | undefined = k, steps = 0; h !== undefined && steps < MAX_DEPTH; h = tokens[h]!.head, steps++) {
      if (h === verb) return false;
      if (h === noun) return true;
    }
    return false;
  };
  // The unbroken run of the phrase's words ending at the pronoun (its comma aside), without a leading preposition,
  // conjunction or adverb ("avec son père", "and a United States whistleblower", "Now …").
  let end = at - 1;
  while (end >= 0 && tokens[end]!.upos === 'PUNCT') end--;
  let start = end;
  while (start > 0 && inPhrase(start - 1) && tokens[start - 1]!.upos !== 'PUNCT') start--;
  while (start <= end && PHRASE_OPENERS_TO_DROP.has(tokens[start]!.upos ?? '')) start++;
  if (start > noun || noun > end || !inPhrase(end)) return undefined;
  return { start: tokens[start]!.start, end: tokens[end]!.end };
}

/** Deeper head chains than this are parse loops or runaway sentences, not a noun phrase. */
const MAX_DEPTH = 64;

const PHRASE_OPENERS_TO_DROP = new Set(['ADP', 'CCONJ', 'SCONJ', 'ADV', 'PUNCT', 'PART']);

/** Relations by which a name stands beside the noun it names. */
const APPOSED = new Set(['appos', 'flat', 'flat:name', 'compound']);
/** Relations from a name up to the title it belongs to. */
const NAME_LINKS = new Set([...APPOSED, 'nmod']);

/** What a dispute or denial answers: the closest earlier statement, within two sentences, by another speaker. */
function findTarget(drafts: readonly Draft[], i: number, speakers: readonly (Speaker | undefined)[]): number | undefined {
  const draft = drafts[i]!;
  for (let k = i - 1; k >= 0; k--) {
    const other = drafts[k]!;
    if (draft.sentence - other.sentence > 2) break;
    if (speakers[k]?.name !== speakers[i]?.name && !overlapsAny(other.cue[0]!, draft.content)) return k;
  }
  return undefined;
}

/**
 * The attribution stage with a given outlet registry (the bundled one extended by a user file:
 * `createAttributionStage(loadOutletRegistry(path))`).
 */
export function createAttributionStage(registry?: OutletRegistry): Stage {
  return {
    name: 'attributions',
    requires: ['paragraphs'],
    provides: ['attributions', 'outlets'],
    run: (input) => {
      const outlets = registry ?? loadOutletRegistry();
      const attributions = findAttributions(input, outlets);
      return { attributions, outlets: findOutlets(input, attributions, outlets) };
    },
  };
}

/** Attributions and the source chain, with the bundled outlet registry. */
export const attributionStage: Stage = createAttributionStage();
