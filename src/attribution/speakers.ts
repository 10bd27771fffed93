import type { Attribution } from '../record/layers/attributions.js';
import type { Span } from '../record/layers/span.js';
import type { Entity } from '../record/layers/entities.js';
import { lookupOutlet, type OutletRegistry } from '../outlets/registry.js';
import type { CompiledLexicon } from './cues.js';
import { isCapitalised, tokenizeWords, type Word } from './text-units.js';
import { isPrepositionWord } from './noun-phrases.js';
import type { SpeakerType } from './types.js';
import { escapeRegExp } from '../lang/regexp.js';

export type Speaker = NonNullable<Attribution['speaker']>;

/** What speaker resolution may look back at: earlier speakers and the document's entities. */
export interface SpeakerContext {
  text: string;
  lang: 'fr' | 'en';
  lexicon: CompiledLexicon;
  registry: OutletRegistry;
  entities: readonly Entity[];
  /** Speakers resolved so far, with the offsets of their source mention and the content they said, in text order. */
  earlier: { at: number; end: number; speaker: Speaker; content: readonly Span[] }[];
  /**
   * Persons named as the subject of a clause outside quotations, in text order, each with the paragraph it is in:
   * antecedents of "il", "he" when no speaker was named since ("Zach Manoun a été témoin … il a déclaré").
   */
  subjects: readonly { span: Span; paragraph: number }[];
  /** Paragraph index of an offset. */
  paragraphAt: (offset: number) => number;
  /** The noun phrase a relative pronoun's clause hangs on in the parse ("a whistleblower who revealed"), when parsed. */
  relativeAntecedent?: (pronoun: Span) => Span | undefined;
}

/** Articles that may open a name ("Les Echos", "Le Monde", "The Times"), unlike other determiners ("Our Schools"). */
const NAME_ARTICLES = new Set(['le', 'la', 'les', 'l\'', 'l’', 'the']);
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'al', 'el', 'bin', 'ben', 'ibn', 'van', 'von', 'der', 'da', 'di', 'le', 'la', 'abu', 'bou']);

/** A title's lexicon key: abbreviated titles keep no final stop ("Sen.", "Gen."). */
function titleKey(w: Word): string {
  return w.lower.replace(/\.$/, '');
}

function isTitleWord(w: Word, lexicon: CompiledLexicon): boolean {
  return lexicon.titles.has(titleKey(w));
}

/** The runs of capitalised words in a mention ("Donald Trump" in "le président américain, Donald Trump"), in text order. */
function nameRuns(words: readonly Word[], lexicon: CompiledLexicon): [number, number][] {
  // "One of the victims", "D'autres sources": a capitalised quantifier before a common noun names no one ("De Gaulle" stays a name).
  const isQuantifier = (w: Word, k: number) => lexicon.set(lexicon.lex.indefiniteDeterminers).has(w.lower) && !(words[k + 1] && isCapitalised(words[k + 1]!));
  // "on Wednesday", "Lundi": a capitalised day names no one.
  const timeWords = lexicon.set(lexicon.lex.timeWords);
  const isNameWord = (w: Word, k: number) => isCapitalised(w) && !lexicon.determiners.has(w.lower) && !isQuantifier(w, k) && !timeWords.has(w.lower)
    && !(isTitleWord(w, lexicon) && k < words.length - 1) && !lexicon.set(lexicon.lex.prepositions).has(w.lower);
  // "Officials said", "Witnesses say": a sentence's capital does not make such a noun a name on its own ("Working People's Party" stays one).
  // A title ends a name only after a first name ("Steve King"), not after another title ("the Attorney General").
  const startsName = (k: number) => isNameWord(words[k]!, k) && !isTitleWord(words[k]!, lexicon)
    && !(lexicon.set(lexicon.lex.unnamedSourceNouns).has(words[k]!.lower) && !(words[k + 1] && isNameWord(words[k + 1]!, k + 1)));
  const runs: [number, number][] = [];
  for (let k = 0; k < words.length; k++) {
    if (!startsName(k)) continue;
    let end = k + 1;
    while (end < words.length) {
      const w = words[end]!;
      if (isNameWord(w, end)) { end++; continue; }
      if ((NAME_PARTICLES.has(w.lower) || w.text === '.' && /^\p{Lu}$/u.test(words[end - 1]!.text)) && words[end + 1] && isNameWord(words[end + 1]!, end + 1)) { end += 2; continue; }
      // "Commission on Presidential Debates", "Department of State", "Ministère de l'Intérieur": a body's name goes on past its preposition.
      if (isPrepositionWord(w, lexicon) && typeFromNouns([words[end - 1]!], lexicon) !== undefined) {
        const next = words[end + 1] && lexicon.determiners.has(words[end + 1]!.lower) ? end + 2 : end + 1;
        if (words[next] && isNameWord(words[next]!, next)) { end = next + 1; continue; }
      }
      break;
    }
    runs.push([k, end]);
    k = end - 1;
  }
  return runs;
}

/** The words between a mention's head noun and its name run, when the noun comes first ("de l'" in "le ministère de l'Intérieur"). */
function wordsBetweenHeadAndName(words: readonly Word[], head: readonly Word[], [start]: [number, number]): readonly Word[] | undefined {
  const noun = head[0] ? words.indexOf(head[0]) : -1;
  return noun >= 0 && noun < start ? words.slice(noun + 1, start) : undefined;
}

/**
 * The name run completes the body's head noun when only a preposition, articles and lowercase words stand between them
 * ("ministère de l'Intérieur", "Comité international de la Croix-Rouge").
 */
function completesBody(between: readonly Word[], lexicon: CompiledLexicon): boolean {
  return between.length <= 4 && between.some((w) => isPrepositionWord(w, lexicon))
    && between.every((w) => /^\p{Ll}/u.test(w.text) || isPrepositionWord(w, lexicon));
}

function isCoordinator(w: Word, lexicon: CompiledLexicon): boolean {
  return lexicon.set(lexicon.lex.coordinators).has(w.lower);
}

/**
 * Where the title complement holding word `at` opens, if the words before it, back to the last comma, end in a title
 * and a preposition ("le ministre de l'", "the Secretary of", "le secrétaire général de l'"): a name there says whose
 * title it is (a ministry, an institution, an employer), not who holds it. Returns the preposition's index.
 */
function titleComplementAt(words: readonly Word[], at: number, lexicon: CompiledLexicon): number | undefined {
  const isPreposition = (w: Word) => isPrepositionWord(w, lexicon);
  let k = at - 1;
  while (k >= 0 && words[k]!.text !== ',' && !isTitleWord(words[k]!, lexicon)) k--;
  if (k < 0 || words[k]!.text === ',') return undefined;
  // "le ministre français de l'Intérieur": a lowercase adjective may sit between the title and its preposition.
  let p = k + 1;
  while (p < at && p - k <= 2 && /^\p{Ll}/u.test(words[p]!.text) && !isPreposition(words[p]!)) p++;
  return p < at && isPreposition(words[p]!) ? p : undefined;
}

/**
 * Whether the words between an earlier name (the run `[named, runEnd)`) and a later one (`[to, laterEnd)`) put the later
 * one in a prepositional phrase of the first: "Sharif Hotak, of the Maidan Wardak provincial council", "Jean Dupont,
 * chercheur au CNRS", "Jean Dupont du CNRS", "Emmerson Mnangagwa on Friday". That name says where the speaker belongs
 * or when it spoke, not who speaks.
 */
function inComplementOfName(words: readonly Word[], [named, runEnd]: [number, number], [to, laterEnd]: [number, number], lexicon: CompiledLexicon, entities: readonly Entity[]): boolean {
  // The earlier run must be a name the entities know ("Satellite imaging from 2017, from the United Nations" names the
  // UN), and one that ends before the later run ("Ministry of Defence" is one name).
  const entity = entities.find((e) => e.start < words[runEnd - 1]!.end && words[named]!.start < e.end);
  if (!entity || entity.end > words[to]!.start) return false;
  // A person named later is the speaker: "United States Senator from Vermont Bernie Sanders".
  if (entities.some((e) => e.type === 'PER' && e.start >= words[to]!.start && e.start < words[laterEnd - 1]!.end)) return false;
  // The complement opens after the whole entity: "le président du Centre d'analyse du terrorisme, Jean-Charles Brisard".
  let from = runEnd;
  while (from < to && words[from]!.start < entity.end) from++;
  if (isPrepositionWord(words[from]!, lexicon)) return true;
  let comma = to - 1;
  while (comma >= from && words[comma]!.text !== ',') comma--;
  if (comma < from) return false;
  return words.slice(comma + 1, to).some((w) => isPrepositionWord(w, lexicon));
}

/**
 * The run naming the speaker: the last one that neither qualifies a title ("House editor", "U.S. ambassador"), nor
 * stands in parentheses, nor sits in a title's complement. A person named after the complement ("le ministre de
 * l'Intérieur Gérald Darmanin", "le président du Conseil européen Donald Tusk") is told apart from it by the entities;
 * a person right after the preposition is the complement itself ("l'avocat de Jean Dupont").
 */
function speakerNameRun(words: readonly Word[], lexicon: CompiledLexicon, entities: readonly Entity[], opensSentence: boolean): [number, number] | undefined {
  const runs = nameRuns(words, lexicon);
  const inEntity = (k: number) => entities.some((e) => e.start <= words[k]!.start && words[k]!.start < e.end);
  const namesPerson = ([, end]: [number, number]) => entities.some((e) => e.type === 'PER' && e.start < words[end - 1]!.end && words[end - 1]!.start < e.end);
  // "Senator Dianne Feinstein, Democrat of California", "Jean-Pierre Taschereau, un Québécois … en Afrique": a person named
  // first and set off by a comma is the speaker; the names after the comma describe them (not in a list of persons,
  // "Hawkins, Blankenship, and Carroll", nor in a title's complement, "un porte-parole d'A. Barrow, Halifa Sannah").
  // "Mr. Grassley and Mr. Leahy", "Thierry et Véronique Roy": persons named together speak together.
  const joined = (k: number) => words.slice(runs[k - 1]![1], runs[k]![0]).every((w) => w.text === ',' || isCoordinator(w, lexicon) || isTitleWord(w, lexicon));
  if (runs.length > 1 && runs.every(namesPerson) && runs.slice(1).every((_, k) => joined(k + 1))
    && words.slice(runs[0]![1], runs.at(-1)![0]).some((w) => isCoordinator(w, lexicon))) return [runs[0]![0], runs.at(-1)![1]];
  const [first, second] = runs;
  if (first && words[first[1]]?.text === ',' && namesPerson(first) && titleComplementAt(words, first[0], lexicon) === undefined
    && !(second && second[0] === first[1] + 1 && namesPerson(second))) return first;
  for (let r = runs.length - 1; r >= 0; r--) {
    const [start, end] = runs[r]!;
    // "Protesters said", "Polls show", "Most candidates felt": a sentence's capital makes no name of a word the entities do not know.
    if (opensSentence && start === 0 && end === 1 && !inEntity(0)) continue;
    // "Trump's lawyer said": the possessor is not the speaker, unless what it owns is a document ("the Centre for Aviation's database").
    if (end < words.length && /['’]s$/u.test(words[end - 1]!.text) && typeFromNouns(words.slice(end, end + 1), lexicon) !== 'document') continue;
    const qualifiesTitle = end < words.length && isTitleWord(words[end]!, lexicon);
    // "Rep. G.K. Butterfield (D-N.C.)", "Christian Jacob (LR)": a parenthesis right after a name adds to it; after
    // lowercase words it holds the short name of the whole ("les Forces démocratiques syriennes (FDS)").
    const inParenthesis = r > 0 && start > 1 && words[start - 1]!.text === '(' && runs[r - 1]![1] === start - 1;
    // "a Turkish official", "Republican lawmakers": a nationality or party before a common noun describes, it names no one.
    const describesNoun = end < words.length && /^\p{Ll}/u.test(words[end]!.text) && !isPrepositionWord(words[end]!, lexicon)
      && entities.some((e) => e.type === 'MISC' && e.start <= words[start]!.start && words[end - 1]!.end <= e.end);
    if (describesNoun) continue;
    if (r > 0 && (qualifiesTitle || inParenthesis || inComplementOfName(words, runs[r - 1]!, runs[r]!, lexicon, entities))) continue;
    const preposition = titleComplementAt(words, start, lexicon);
    if (preposition === undefined) return [start, end];
    const opensComplement = words.slice(preposition + 1, start).every((w) => lexicon.determiners.has(w.lower));
    const holder = words.findIndex((w, k) => k >= (opensComplement ? start + 1 : start) && k < end
      && entities.some((e) => e.type === 'PER' && e.start === w.start));
    if (holder >= 0) return [holder, end];
  }
  return undefined;
}

/**
 * "le général de Gaulle": a particle that opens a name of the entities opens the speaker's name, not the title; so does
 * an article capitalised inside the mention ("le quotidien économique Les Echos", "le journal Le Monde").
 */
function withLeadingParticles(run: [number, number] | undefined, words: readonly Word[], entities: readonly Entity[]): [number, number] | undefined {
  if (!run) return run;
  let [start] = run;
  const opensEntity = (w: Word) => entities.some((e) => e.start === w.start);
  while (start > 0 && NAME_PARTICLES.has(words[start - 1]!.lower) && opensEntity(words[start - 1]!)) start--;
  if (start > 1 && isCapitalised(words[start - 1]!) && NAME_ARTICLES.has(words[start - 1]!.lower)) start--;
  return [start, run[1]];
}

function joinWords(text: string, words: readonly Word[]): string {
  return words.length === 0 ? '' : text.slice(words[0]!.start, words[words.length - 1]!.end);
}

function contentWords(words: readonly Word[], lexicon: CompiledLexicon): Word[] {
  let k = 0;
  // "D'autres sources": an elided partitive "de" opens the phrase like a determiner.
  while (k < words.length && (lexicon.determiners.has(words[k]!.lower) || /^\p{P}$/u.test(words[k]!.text) || k === 0 && /^d['’]$/u.test(words[k]!.lower))) k++;
  return words.slice(k);
}

const BODIES: ReadonlySet<SpeakerType> = new Set(['organisation', 'government', 'media', 'military']);

/** A description whose head noun is plural ("Few people", "les sources locales"): no antecedent of "he" or "il". */
function namesMany(description: string, ctx: SpeakerContext): boolean {
  const { lexicon } = ctx;
  const head = headNounOf(contentWords(tokenizeWords(description, 0, description.length, ctx.lang, lexicon.abbreviations), lexicon), lexicon);
  return head !== undefined && (/[^s][sx]$/u.test(head.lower) || lexicon.set(lexicon.lex.irregularPlurals).has(head.lower));
}

/** Persons named together ("Mr. Grassley and Mr. Leahy"): no antecedent of "he", nor the full name of a surname. */
function namesPersons(speaker: Speaker, ctx: SpeakerContext): boolean {
  const coordinators = ctx.lexicon.set(ctx.lexicon.lex.coordinators);
  return speaker.type === 'person' && speaker.name.toLowerCase().split(/[\s,]+/u).some((w) => coordinators.has(w));
}

/** The head noun of a mention's content words: first or last of those before any complement or comma. */
function headNounOf(head: readonly Word[], lexicon: CompiledLexicon): Word | undefined {
  const complement = head.findIndex((w) => isPrepositionWord(w, lexicon) || w.text === ',');
  const chunk = complement < 0 ? head : head.slice(0, complement);
  return lexicon.lex.headNounFirst ? chunk[0] : chunk.at(-1);
}

/** A word and its singular readings ("sondages", "sondage"). */
function singularForms(word: string, lexicon: CompiledLexicon): string[] {
  const forms = [word];
  for (const [plural, singular] of lexicon.lex.pluralEndings) {
    if (word.length > plural.length + 2 && word.endsWith(plural)) forms.push(word.slice(0, -plural.length) + singular);
  }
  return forms;
}

function typeFromNouns(words: readonly Word[], lexicon: CompiledLexicon): SpeakerType | undefined {
  const { lex, set } = lexicon;
  const head = words.slice(0, 4).map((w) => w.lower);
  const forms = head.map((w) => singularForms(w, lexicon));
  const listed = (list: readonly string[], k: number) => forms[k]!.some((form) => set(list).has(form));
  const has = (list: readonly string[]) => head.some((_, k) => listed(list, k));
  if (has(lex.mediaNouns)) return 'media';
  if (head.some((_, k) => listed(lex.militaryNouns, k) && !modifiesTitle(head, k, lexicon))) return 'military';
  if (has(lex.governmentNouns)) return 'government';
  if (has(lex.documentNouns)) return 'document';
  if (has(lex.organisationNouns)) return 'organisation';
  return undefined;
}

/**
 * A military title right after another title qualifies it ("secrétaire général", "Attorney
 * General", "directeur général"): the holder is no general.
 */
function modifiesTitle(head: readonly string[], k: number, lexicon: CompiledLexicon): boolean {
  return k > 0 && lexicon.titles.has(head[k]!) && lexicon.titles.has(head[k - 1]!);
}

function roleOf(words: readonly Word[], lexicon: CompiledLexicon): string | undefined {
  for (const w of words) {
    const role = lexicon.titles.get(titleKey(w));
    if (role) return role;
  }
  return undefined;
}

/** One collator for all comparisons: localeCompare with options builds a new one per call. */
const baseLetters = new Intl.Collator(undefined, { sensitivity: 'base' });

function sameText(a: string, b: string): boolean {
  return baseLetters.compare(a, b) === 0;
}

/**
 * Types and names the speaker of a source mention, resolving pronouns and definite descriptions to earlier speakers.
 * `said` is the content of the statement whose speaker this is: a name inside it is no antecedent of its pronoun.
 */
export function describeSpeaker(source: Span, ctx: SpeakerContext, said: readonly Span[] = []): Speaker {
  const { text, lexicon } = ctx;
  const words = tokenizeWords(text, source.start, source.end, ctx.lang, lexicon.abbreviations);
  const mention = text.slice(source.start, source.end);
  const lower = mention.toLowerCase();
  if (words.length === 1 && lexicon.set(lexicon.lex.relativePronouns).has(lower)) {
    const speaker = relativeSpeaker(source, ctx, undefined, said);
    if (speaker) return speaker;
  }
  if (lexicon.set(lexicon.lex.latterAnaphors ?? []).has(lower.replace(/\s+/gu, ' '))) {
    const referent = latterReferent(source, ctx);
    if (referent) return { ...describeSpeaker(referent, ctx, said), resolvedFrom: { ...source } };
  }
  const pronounType = lexicon.personalPronouns.get(lower);
  if (words.length === 1 && pronounType !== undefined) {
    if (pronounType === 'unnamed') return { name: mention, type: 'unnamed', description: mention };
    // The attribution stage gives "I" inside a quotation its speaker; elsewhere (a column, a transcript) the text names no one.
    if (lexicon.set(lexicon.lex.firstPersonPronouns).has(lower)) return { name: mention, type: pronounType };
    // "Il ajoute" after "déclare un officier de police": unnamed people are antecedents too.
    // The latest earlier speaker that passes `test` and agrees in gender (checked last: it reads the text).
    const latest = (test: (e: SpeakerContext['earlier'][number]) => boolean) => {
      for (let k = ctx.earlier.length - 1; k >= 0; k--) {
        const e = ctx.earlier[k]!;
        if (e.at < source.start && test(e) && agreesInGender({ start: e.at, end: e.end }, source, ctx)) return e;
      }
      return undefined;
    };
    const inReach = (e: { at: number } | undefined) => e !== undefined && ctx.paragraphAt(e.at) >= ctx.paragraphAt(source.start) - 1;
    // "it" stands for a body or a document that spoke in this paragraph or the one before, never for a person.
    const thing = lexicon.set(lexicon.lex.thingPronouns).has(lower);
    // "they" stands for a group, a body or persons named together ("Mr. Grassley and Mr. Leahy") nearby, not for one person.
    const plural = lexicon.set(lexicon.lex.pluralPronouns).has(lower);
    const several = (e: SpeakerContext['earlier'][number]) => e.speaker.type !== 'person' && (e.speaker.type !== 'unnamed' || namesMany(e.speaker.description ?? '', ctx))
      || namesPersons(e.speaker, ctx);
    const person = thing ? undefined : latest((e) => plural ? several(e) && inReach(e) : pronounType !== 'person'
      || e.speaker.type === 'person' && !namesPersons(e.speaker, ctx) || e.speaker.type === 'unnamed' && !namesMany(e.speaker.description ?? '', ctx));
    // French "il" and "elle" also stand for a body, which has a grammatical gender ("Le gouvernement pakistanais estime …
    // Il réclame", "Business France a reconnu … Elle précise"; English "he" and "she" do not): a body speaking in this
    // paragraph or the one before, when no person does.
    const body = thing ? latest((e) => (BODIES.has(e.speaker.type) || e.speaker.type === 'document') && inReach(e))
      : pronounType === 'person' && lexicon.set(lexicon.lex.bodyPronouns).has(lower) && !inReach(person)
        ? latest((e) => BODIES.has(e.speaker.type) && inReach(e)) : undefined;
    const antecedent = body ?? person;
    const subject = pronounType === 'person' ? subjectSince(antecedent?.end ?? -1, source, said, ctx) : undefined;
    if (subject) return { ...describeSpeaker(subject, ctx), resolvedFrom: { ...source } };
    if (antecedent) return { ...antecedent.speaker, resolvedFrom: { ...source } };
    return { name: mention, type: pronounType };
  }
  const opensSentence = /(?:^|[.!?]["”»]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, source.start - 4), source.start));
  const nameRun = withLeadingParticles(speakerNameRun(words, lexicon, ctx.entities, opensSentence), words, ctx.entities);
  const nameWords = nameRun ? words.slice(nameRun[0], nameRun[1]) : [];
  // "l'Union européenne", "les Nations unies": the entity goes on past the capitals.
  const nameEntity = nameRun && ctx.entities.find((e) => e.start <= nameWords[0]!.start && nameWords.at(-1)!.end < e.end && e.end <= source.end);
  const name = nameEntity ? text.slice(nameWords[0]!.start, nameEntity.end)
    : nameRun ? joinWords(text, nameWords).replace(/['’]s$/u, '') : mention.replace(/^[\s,]+|[\s,]+$/g, '');
  const rest = nameRun ? [...words.slice(0, nameRun[0]), ...words.slice(nameRun[1])].filter((w) => /\p{L}/u.test(w.text)) : words;
  // "the president and Congress": words coordinated with the name are another speaker, not its title.
  const titleWords = nameRun && !words.slice(0, nameRun[0]).some((w) => isCoordinator(w, lexicon)) ? words.slice(0, nameRun[0]) : [];
  const title = titleWords.some((w) => /\p{L}/u.test(w.text) && !lexicon.determiners.has(w.lower)) ? joinWords(text, titleWords).replace(/[\s,]+$/, '') : undefined;
  const role = roleOf(rest, lexicon);
  const head = contentWords(words, lexicon);
  const outlet = (nameRun && lookupOutlet(name, ctx.registry)) || lookupOutlet(mention, ctx.registry);
  const entity = ctx.entities.find((e) => e.start < source.end && source.start < e.end && (!nameRun || e.start <= nameWords[0]!.start && nameWords[0]!.start < e.end));
  const withRole = (s: Speaker): Speaker => ({ ...s, ...(title ? { title } : {}), ...(role ? { role } : {}) });

  if (outlet) return withRole({ name: outlet.name, type: 'media' });
  // "German migrant rescue charity Sea-Eye", "the news channel Al Arabiya": the noun right before a name says what it names.
  const typeBeforeName = nameRun && nameRun[0] > 0 ? typeFromNouns([words[nameRun[0] - 1]!], lexicon) : undefined;
  const namesBody = typeBeforeName === 'organisation' || typeBeforeName === 'media';
  const nounType = typeFromNouns(head, lexicon) ?? (namesBody ? typeBeforeName : undefined);
  if (nounType === 'media') return withRole({ name, type: 'media' });
  const headNoun = headNounOf(head, lexicon);
  const unnamedHead = headNoun !== undefined && lexicon.set(lexicon.lex.unnamedSourceNouns).has(headNoun.lower);
  // "a source within the Interior Ministry", "sources proches du Hezbollah": a name after a preposition does not name the source.
  const betweenHeadAndName = nameRun && wordsBetweenHeadAndName(words, head, nameRun);
  const nameInComplement = betweenHeadAndName?.some((w) => isPrepositionWord(w, lexicon)) === true;
  // "US officials", "two senior Pentagon officials", "a White House spokesman": a name before the head noun only modifies it
  // ("Trump and his supporters" coordinates the two instead).
  const nameModifiesHead = nameRun !== undefined && headNoun !== undefined && words.indexOf(headNoun) >= nameRun[1]
    && !words.slice(nameRun[1], words.indexOf(headNoun)).some((w) => isCoordinator(w, lexicon));
  if (unnamedHead && (nameInComplement || nameModifiesHead)) return withRole({ name: mention, type: 'unnamed', description: mention });
  // "Most candidates", "certains extrémistes", "d'autres": a group counted but not named.
  const quantifiers = lexicon.set(lexicon.lex.groupQuantifiers ?? []);
  const countedGroup = nounType === undefined && [words[0], head[0]].some((w) => w !== undefined && quantifiers.has(w.lower));
  if (!nameRun && (unnamedHead || countedGroup || (words[0] && lexicon.set(lexicon.lex.indefiniteDeterminers).has(words[0].lower) && words[0].lower !== 'les' && words[0].lower !== 'de' && (role || nounType === 'military' || nounType === 'government')))) {
    return withRole({ name: mention, type: 'unnamed', description: mention });
  }
  // "le ministère de l'Intérieur", "la police d'Orlando": the name completes the body that speaks, it is not the speaker.
  const personNamed = nameRun !== undefined && entity?.type === 'PER' && nounType !== 'military' && !namesBody;
  const isBody = nounType === 'government' || nounType === 'military' || nounType === 'organisation';
  if (nameRun && nounType && isBody && !personNamed && betweenHeadAndName && completesBody(betweenHeadAndName, lexicon)) {
    return { name: text.slice(words[0]!.start, Math.max(words[nameRun[1] - 1]!.end, nameEntity ? nameEntity.end : 0)), type: nounType, ...(role ? { role } : {}) };
  }
  if (nameRun && (ctx.lexicon.lex.governmentMetonyms.some((m) => sameText(m, name)) || ctx.lexicon.lex.countries.some((c) => sameText(c, name)))) {
    return withRole({ name, type: 'government' });
  }
  // "Le ministre de l'Intérieur a précisé" after "Le ministre de l'Intérieur, Gérald Darmanin, a annoncé": the person before the office.
  const antecedent = nameRun ? undefined : resolveDescription(head, source, ctx);
  if (antecedent) return { ...antecedent, resolvedFrom: { ...source } };
  // "Prime Minister Johnson", "le ministre de l'Intérieur Bruno Le Roux": a person speaks for the office ("le général
  // Martin" stays military).
  // "The Centre for Aviation's database", "des rapports de l'entreprise Oracle": a named document speaks for its author.
  const authorType = nounType === 'document' && nameRun ? typeFromNouns(nameWords, lexicon) ?? typeBeforeName : undefined;
  if (authorType) return withRole({ name, type: authorType });
  if (nounType && !personNamed && (!nameRun || nounType !== 'document')) return withRole({ name, type: nounType });
  if (!nameRun) return withRole({ name, type: role ? 'person' : 'unknown' });
  // "Judge Durham Hall QC", "Queen Elizabeth II": a person's title right before a name outweighs an ORG reading of it
  // (not before an acronym: "le député LR" names a party).
  const titledName = nameRun[0] > 0 && isTitleWord(words[nameRun[0] - 1]!, lexicon) && !(nameRun[1] - nameRun[0] === 1 && /^\p{Lu}+$/u.test(words[nameRun[0]]!.text));
  if (entity?.type === 'ORG' && !titledName) return withRole({ name, type: 'organisation' });
  if (titledName && (entity === undefined || entity.type === 'ORG' || entity.type === 'MISC')) return withRole({ name, type: 'person' });
  if (entity?.type === 'LOC') return withRole({ name, type: 'government' });
  // "les Turcs", "the Taliban": a nationality, a people or a movement is no single person.
  if (entity?.type === 'MISC') return withRole({ name, type: 'unknown' });
  if (/^[\p{Lu}\p{N}&.-]{2,}$/u.test(name) && nameWords.length === 1) return withRole({ name, type: 'organisation' });
  // A surname alone ("Caddell said") refers to the person named in full earlier.
  if (nameWords.length === 1) {
    const full = [...ctx.earlier].reverse().find((e) => e.at < source.start && e.speaker.type === 'person' && !namesPersons(e.speaker, ctx) && e.speaker.name.split(/\s+/).includes(name));
    if (full && full.speaker.name !== name) return { ...full.speaker, resolvedFrom: { ...source } };
  }
  return withRole({ name, type: 'person' });
}

/**
 * The gender of the title or the unnamed source's noun written before or in a mention, read from the determiner that
 * opens it: "le ministre de l'Économie et des Finances Michel Sapin" is masculine, "la chancelière allemande Angela
 * Merkel" and "la famille" feminine. Undefined without such a noun or where the language marks no gender.
 */
function titleGender(name: Span, ctx: SpeakerContext): 'm' | 'f' | undefined {
  const determiners = ctx.lexicon.lex.genders?.determiners;
  if (!determiners) return undefined;
  const unnamed = ctx.lexicon.set(ctx.lexicon.lex.unnamedSourceNouns);
  const clause = ctx.text.slice(Math.max(0, name.start - 120), name.end).split(/[,;:.!?«»"“”()]/u).pop() ?? '';
  const words = clause.toLowerCase().split(/[\s'’]+/u).filter(Boolean);
  // The first such noun heads the phrase: "l'avocat de la mère de l'adolescente" is no woman.
  const noun = words.findIndex((w, k) => k > 0 && (ctx.lexicon.titles.has(w) || unnamed.has(w)));
  return noun > 0 && Object.hasOwn(determiners, words[noun - 1]!) ? determiners[words[noun - 1]!] : undefined;
}

/** The gender of an honorific opening a mention or written right before it ("Mrs. Clinton", "M. Dupont"). */
function honorificGender(name: Span, ctx: SpeakerContext): 'm' | 'f' | undefined {
  const honorifics = ctx.lexicon.lex.genders?.honorifics;
  if (!honorifics) return undefined;
  const words = ctx.text.slice(Math.max(0, name.start - 6), name.end).toLowerCase().split(/[^\p{L}]+/u);
  const honorific = words.find((w) => Object.hasOwn(honorifics, w));
  return honorific === undefined ? undefined : honorifics[honorific];
}

/** The gender of a determiner written right before a name ("la Russie", "du Vatican"). */
function determinerGender(name: Span, ctx: SpeakerContext): 'm' | 'f' | undefined {
  const determiners = ctx.lexicon.lex.genders?.determiners;
  const before = /(\p{L}+)[\s]+$/u.exec(ctx.text.slice(Math.max(0, name.start - 12), name.start))?.[1]?.toLowerCase();
  return determiners && before !== undefined && Object.hasOwn(determiners, before) ? determiners[before] : undefined;
}

/** How many words back "ce dernier" or "the latter" may look: it names what was just named, not a topic two sentences away. */
const LATTER_REACH_WORDS = 12;

/**
 * What "ce dernier", "cette dernière", "the latter" stand for: the last person, body or place named a few words before,
 * agreeing in gender ("… sa frontière avec la Russie. Cette dernière a refusé", "entre l'ordre et le Vatican, après que ce
 * dernier a ordonné", "Rachida Dati ou Christian Estrosi le critiquent, ce dernier expliquant").
 */
function latterReferent(anaphor: Span, ctx: SpeakerContext): Span | undefined {
  const named = ctx.entities.filter((e) => e.end <= anaphor.start && e.type !== 'MISC').sort((a, b) => b.end - a.end);
  for (const entity of named) {
    const wordsBetween = ctx.text.slice(entity.end, anaphor.start).match(/\p{L}+/gu)?.length ?? 0;
    if (wordsBetween > LATTER_REACH_WORDS) return undefined;
    // "le volet politique des accords de Minsk … Celui-ci": a name completing a noun stands for neither.
    if (/(?:^|\s)(?:de|du|des|d['’]|of)\s*$/iu.test(ctx.text.slice(Math.max(0, entity.start - 5), entity.start))) return undefined;
    const span = { start: entity.start, end: entity.end };
    if (agreesInGender(span, anaphor, ctx)) return span;
  }
  return undefined;
}

/** The gender a pronoun marks ("elle"), if the language marks one. */
function pronounGender(mention: Span, ctx: SpeakerContext): 'm' | 'f' | undefined {
  const pronouns = ctx.lexicon.lex.genders?.pronouns;
  const lower = ctx.text.slice(mention.start, mention.end).toLowerCase();
  return pronouns && Object.hasOwn(pronouns, lower) ? pronouns[lower] : undefined;
}

/**
 * Whether a person mention may be what the pronoun stands for, as far as genders tell: the mention's own pronoun
 * ("il a ajouté" before "elle"), the determiner of its title ("le ministre … Michel Sapin") or its honorific ("Mr. Trump").
 */
function agreesInGender(mention: Span, pronoun: Span, ctx: SpeakerContext): boolean {
  const wanted = pronounGender(pronoun, ctx);
  if (!wanted) return true;
  const known = pronounGender(mention, ctx) ?? titleGender(mention, ctx) ?? honorificGender(mention, ctx) ?? determinerGender(mention, ctx);
  return known === undefined || known === wanted;
}

/**
 * The speaker a relative pronoun stands for: a speaker resolved right before it, past a comma ("les sources locales qui
 * soulignent", "according to police, who said"), or one overlapping `antecedent`, the noun phrase the frame found before
 * it ("l'émir du Qatar, Tamim bin Hamad Al Zani, qui a critiqué", "la mère, pour qui"); else that noun phrase, else an
 * entity ending right before it ("Paul Ryan, who said"), else the noun phrase the parse hangs its clause on.
 */
export function relativeSpeaker(pronoun: Span, ctx: SpeakerContext, antecedent?: Span, said: readonly Span[] = []): Speaker | undefined {
  // "la mère de l'adolescente, pour qui", "Thomas Gray, 24, who": a preposition or an age may stand between them.
  let end = pronoun.start;
  const word = /(\p{L}+)\s+$/u.exec(ctx.text.slice(Math.max(0, end - 16), end));
  if (word && ctx.lexicon.set(ctx.lexicon.lex.prepositions).has(word[1]!.toLowerCase())) end -= word[0].length;
  end -= /(?:,\s*\d{1,3})?[\s,]*$/u.exec(ctx.text.slice(Math.max(0, end - 12), end))![0].length;
  const earlier = ctx.earlier.find((e) => e.end === end || antecedent !== undefined && e.at < antecedent.end && antecedent.start < e.end);
  const entity = ctx.entities.find((e) => e.end === end);
  const mention = antecedent ?? (entity && { start: entity.start, end: entity.end }) ?? ctx.relativeAntecedent?.(pronoun);
  const speaker = earlier?.speaker ?? (mention && describeSpeaker(mention, ctx, said));
  return speaker && { ...speaker, resolvedFrom: { ...pronoun } };
}

/**
 * The last person named as a subject after offset `since` (the end of the last speaker's mention) and before the pronoun, in its paragraph or the one before,
 * outside what the speakers said ("Trump said Biden could not win. He added" and "Biden ne peut gagner, a-t-il dit" are Trump).
 */
function subjectSince(since: number, pronoun: Span, said: readonly Span[], ctx: SpeakerContext): Span | undefined {
  const paragraph = ctx.paragraphAt(pronoun.start);
  for (let k = ctx.subjects.length - 1; k >= 0; k--) {
    const { span, paragraph: at } = ctx.subjects[k]!;
    if (span.end > pronoun.start) continue;
    if (span.start < since || at < paragraph - 1) return undefined;
    const within = (c: Span) => c.start <= span.start && span.end <= c.end;
    if (said.some(within) || ctx.earlier.some((e) => e.content.some(within))) continue;
    if (agreesInGender(span, pronoun, ctx)) return span;
  }
  return undefined;
}

/**
 * A definite description ("le président américain", "the spokesman") refers to a speaker named
 * earlier with the same title, or to a name written right after that description earlier.
 */
function resolveDescription(head: readonly Word[], source: Span, ctx: SpeakerContext): Speaker | undefined {
  if (head.length === 0) return undefined;
  const description = ctx.text.slice(head[0]!.start, head[head.length - 1]!.end).toLowerCase();
  const role = ctx.lexicon.titles.get(head[0]!.lower);
  if (role === undefined) return undefined;
  const earlier = [...ctx.earlier].reverse().find((e) => e.at < source.start && e.speaker.title?.toLowerCase().includes(description));
  if (earlier) return earlier.speaker;
  const before = ctx.text.slice(0, source.start);
  const escaped = escapeRegExp(description);
  // The description is matched in any case, the name after it only with capitals ("le Premier ministre irakien" names no one).
  const name = /,?\s+((?:\p{Lu}[\p{L}'’-]+\s?){1,3})/uy;
  let found: string | undefined;
  for (const match of before.matchAll(new RegExp(escaped, 'giu'))) {
    name.lastIndex = match.index + match[0].length;
    const named = name.exec(before);
    if (named) found = named[1]!.trim();
  }
  return found ? { name: found, type: 'person', title: description, ...(role ? { role } : {}) } : undefined;
}
