import type { AttributionLexicon, Stance } from './lexicon.js';
import type { SpeakerType } from './types.js';
import type { Word } from './text-units.js';
import type { LearnedCues } from './learn-cues.js';

/** A cue found in a sentence, as word indices into that sentence. */
export interface CueMatch {
  /** First word of the cue group, auxiliaries included ("a" in "a déclaré", "has" in "has said"). */
  first: number;
  /** The reporting word itself (first word of a phrase). */
  head: number;
  /** Last word of the cue. */
  last: number;
  kind: 'verb' | 'according-to';
  stance: Stance;
  /** The verb is a present participle ("en affirmant que", "adding that"): its subject is the main clause's. */
  gerund: boolean;
  /** Followed by a passive agent ("remise en cause par X", "denied by X"). */
  passive: boolean;
  /** Index of the agent's "par" / "by" when `passive` names one. */
  agent?: number;
  /** A passive with no agent whose subject is what is reported ("L'inopérance des recours est aussi dénoncée"). */
  agentlessSubject?: boolean;
  /** Inverted subject clitic carried by the verb ("a-t-il déclaré", "note-t-il"). */
  clitic?: string;
  /** An opinion marker opening its clause ("Pour Erdogan, …"): the content follows the source, never precedes it. */
  leading?: boolean;
  /** "…, pour qui sa fille a été manipulée": the opinion marker's speaker is the relative pronoun after it. */
  relative?: boolean;
  /** A participle reporting a charge with no agent ("accusés d'espionnage"): no source, the content follows. */
  agentless?: boolean;
  /** A passive verb of judgement with its attribute ("est considéré comme …", "identifiées par X comme …"): the content is the subject and the attribute. */
  attributive?: boolean;
}

interface VerbEntry { stance: Stance; needsContext: boolean; takesInfinitive: boolean; agentlessPassive?: boolean; reflexive?: boolean; bareAttribute?: boolean; complements?: ReadonlySet<string> }

/** Lexicon compiled once per language into look-up tables. */
export interface CompiledLexicon {
  lex: AttributionLexicon;
  verbs: Map<string, VerbEntry>;
  /** Participle forms made by agreement ("confirmée"): never read as a present tense. */
  agreedParticiples: ReadonlySet<string>;
  /** Ends a past participle may have, its agreed forms included ("é", "ées"); matches nothing where the language lists none. */
  participleEnding: RegExp;
  phrases: { words: string[]; stance: Stance }[];
  according: string[][];
  discourseAdverbs: string[][];
  clauseOpeners: string[][];
  /** The lexicon list as a set of normalised words; an absent list is empty. */
  set: (list: readonly string[] | undefined) => ReadonlySet<string>;
  aux: ReadonlySet<string>;
  interveners: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  complements: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  /** Person titles and the role each gives; a Map, so no word ("constructor") finds an Object prototype key. */
  titles: ReadonlyMap<string, string>;
  personalPronouns: ReadonlyMap<string, SpeakerType>;
}

const compiled = new WeakMap<AttributionLexicon, CompiledLexicon>();
const NO_WORDS: ReadonlySet<string> = new Set();

function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().replace(/’/g, "'").match(/[^\s']+'?/g) ?? [];
}

function participleEndingPattern(agreement: Record<string, string[]> | undefined): RegExp {
  const endings = Object.entries(agreement ?? {}).flatMap(([ending, agreed]) => [ending, ...agreed]);
  return endings.length === 0 ? /$^/ : new RegExp(`(?:${[...new Set(endings)].join('|')})$`, 'u');
}

/** Learned P(cue | form) thresholds: above SURE a verb needs no context, above USE a new verb form is taken. */
const SURE = 0.75;
const USE = 0.4;
const VERB_SHAPE = /(?:ed|ing|s)$/;

/**
 * Compiles a lexicon, optionally refined by cue statistics learned from an annotated corpus:
 * frequent reporting verbs missing from the hand list are added, and the context requirement of
 * listed verbs follows how reliably they were cues in that corpus.
 */
export function compileLexicon(lex: AttributionLexicon, learned?: LearnedCues): CompiledLexicon {
  const cached = compiled.get(lex);
  if (cached) return cached;
  const verbs = new Map<string, VerbEntry>();
  const agreedParticiples = new Set<string>();
  for (const verb of lex.verbs) {
    const complements = verb.complements ? new Set(verb.complements.map((c) => c.replace(/’/g, "'"))) : undefined;
    const entry: VerbEntry = {
      stance: verb.stance, needsContext: verb.needsContext ?? false, takesInfinitive: verb.takesInfinitive ?? false,
      ...(verb.agentlessPassive ? { agentlessPassive: true } : {}), ...(verb.reflexive ? { reflexive: true } : {}), ...(verb.bareAttribute ? { bareAttribute: true } : {}),
      ...(complements ? { complements } : {}),
    };
    for (const form of verb.forms.split(/\s+/)) {
      const listed = form.replace(/’/g, "'");
      // One entry per form: learned statistics below refine forms one by one.
      verbs.set(listed, { ...entry });
      agreedParticiples.delete(listed);
      for (const agreed of agreedForms(listed, lex.participleAgreement)) {
        if (verbs.has(agreed)) continue;
        verbs.set(agreed, { ...entry });
        agreedParticiples.add(agreed);
      }
    }
  }
  const functionWords = new Set([...lex.auxiliaries, ...lex.interveners, ...lex.prepositions, ...lex.determiners, ...lex.contextComplements, ...lex.clauseBoundaries, ...Object.keys(lex.personalPronouns)]);
  for (const [form, [cues, total]] of Object.entries(learned?.forms ?? {})) {
    const p = cues / total;
    const known = verbs.get(form);
    if (known) known.needsContext = p < SURE && known.needsContext;
    else if (p >= USE && VERB_SHAPE.test(form) && !functionWords.has(form)) verbs.set(form, { stance: 'reports', needsContext: p < SURE, takesInfinitive: false });
  }
  // Keyed by the lexicon's own arrays, so the cache is bounded by the lexicon; an absent list must
  // not be passed as a fresh `[]`, which would add an entry per call (a leak in long runs).
  const sets = new Map<readonly string[], ReadonlySet<string>>();
  const set = (list: readonly string[] | undefined) => {
    if (!list) return NO_WORDS;
    let s = sets.get(list);
    if (!s) { s = new Set(list.map((w) => w.toLowerCase().replace(/’/g, "'"))); sets.set(list, s); }
    return s;
  };
  const result: CompiledLexicon = {
    lex, verbs, agreedParticiples, set,
    participleEnding: participleEndingPattern(lex.participleAgreement),
    phrases: lex.phrases.map((p) => ({ words: phraseWords(p.text), stance: p.stance })),
    according: lex.accordingTo.map(phraseWords),
    discourseAdverbs: (lex.discourseAdverbs ?? []).map(phraseWords),
    clauseOpeners: (lex.clauseOpeners ?? []).map(phraseWords),
    aux: set(lex.auxiliaries),
    interveners: set(lex.interveners),
    determiners: set(lex.determiners),
    complements: set(lex.contextComplements),
    abbreviations: new Set(lex.abbreviations),
    titles: new Map(Object.entries(lex.titles)),
    personalPronouns: new Map(Object.entries(lex.personalPronouns)),
  };
  compiled.set(lex, result);
  return result;
}

/**
 * The forms a listed past participle takes when it agrees with its subject or object
 * ("confirmé" → "confirmée", "confirmés", "confirmées"), so the lexicon lists each participle once.
 */
function agreedForms(form: string, agreement: AttributionLexicon['participleAgreement']): string[] {
  const forms: string[] = [];
  for (const [ending, endings] of Object.entries(agreement ?? {})) {
    if (form.endsWith(ending)) forms.push(...endings.map((e) => form.slice(0, form.length - ending.length) + e));
  }
  return forms;
}

/** Splits our French elision tokens the same way phrases are split ("d'" + "après"). */
export function matchesAt(words: readonly Word[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > words.length) return false;
  return phrase.every((p, k) => words[i + k]!.lower === p);
}

const NON_VERB_TAGS = new Set(['NOUN', 'PROPN', 'NUM', 'DET', 'ADP', 'PRON']);
const CLITIC = /^(.+?)((?:-t)?-(?:il|elle|ils|elles|on))$/u;

function isWordLike(w: Word | undefined): boolean {
  return w !== undefined && /[\p{L}\p{N}]/u.test(w.lower);
}

/**
 * Reporting cues of one sentence: reporting verbs (with their auxiliaries), multiword reporting
 * expressions and "according to" phrases. Verbs that also name things ("une note", "the report")
 * are kept only when the tagger says VERB or, without tags, when no determiner precedes them.
 */
export function findCues(words: readonly Word[], lexicon: CompiledLexicon, lang: 'fr' | 'en', insideQuote: (offset: number) => boolean = () => false): CueMatch[] {
  const cues: CueMatch[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (taken.has(i)) continue;
    // "« Ne me jugez pas d'après les actes d'accusation … », a-t-il déclaré": like a quoted verb, a quoted "selon" is the quoted speaker's words.
    const according = insideQuote(words[i]!.start) ? undefined : lexicon.according.find((p) => matchesAt(words, i, p));
    if (according && !namesNorm(words, i + according.length, lexicon) && !lexicon.set(lexicon.lex.accordingRelatives).has(words[i + according.length]?.lower ?? '')) {
      const last = i + according.length - 1;
      cues.push({ first: i, head: i, last, kind: 'according-to', stance: 'reports', gerund: false, passive: false });
      for (let k = i; k <= last; k++) taken.add(k);
      continue;
    }
    if (opensRelativeOpinion(words, i, lexicon)) {
      cues.push({ first: i, head: i, last: i, kind: 'according-to', stance: 'reports', gerund: false, passive: false, leading: true, relative: true });
      taken.add(i);
      continue;
    }
    if (opensOpinion(words, i, lexicon)) {
      cues.push({ first: i, head: i, last: i, kind: 'according-to', stance: 'reports', gerund: false, passive: false, leading: true });
      taken.add(i);
      continue;
    }
    const phrase = lexicon.phrases.find((p) => matchesAt(words, i, p.words));
    let entry: VerbEntry | undefined;
    let last = i;
    let clitic: string | undefined;
    let form = words[i]!.lower;
    // "On y voit une grande explosion": seeing something in it with the impersonal "on" describes a picture, not a reading.
    if (phrase && lexicon.personalPronouns.get(words[i - 1]?.lower ?? '') === 'unnamed' && lexicon.set(lexicon.lex.objectClitics).has(phrase.words[0]!)) continue;
    if (phrase) {
      entry = { stance: phrase.stance, needsContext: false, takesInfinitive: false };
      last = i + phrase.words.length - 1;
    } else {
      const split = lang === 'fr' ? CLITIC.exec(form) : null;
      if (split) { form = split[1]!; clitic = split[2]!.replace(/^-t?-?/, ''); }
      entry = lexicon.verbs.get(form);
      // "« … », détaille-t-il": any verb inverted with its subject clitic right after a quotation introduces it.
      if (!entry && split && !lexicon.aux.has(form) && followsQuotation(words, i)) entry = { stance: 'reports', needsContext: false, takesInfinitive: false };
      // "« … », témoigne pour sa part un lycéen", "« … », complète le ministre": so does a verb before its subject after a quotation
      // that holds all of the sentence before it (the tagger may read the verb as an adjective).
      if (!entry && !split && lang === 'fr' && followsQuotation(words, i) && quotationOpensSentence(words, i, insideQuote) && invertedSubjectFollows(words, i, lexicon)) {
        entry = { stance: 'reports', needsContext: false, takesInfinitive: false };
      }
      // "a-t-il déclaré": the clitic sits on the auxiliary; the participle follows.
      if (!entry && split && lexicon.aux.has(form)) {
        const next = words[i + 1];
        const participle = next && lexicon.verbs.get(next.lower);
        if (participle) {
          cues.push({ first: i, head: i + 1, last: i + 1, kind: 'verb', stance: participle.stance, gerund: false, passive: false, clitic });
          taken.add(i).add(i + 1);
          i++;
        }
        continue;
      }
    }
    if (!entry) continue;
    const word = words[i]!;
    // A verb quoted by someone else is part of their words, and a capitalised one is a name or a headline word.
    if (insideQuote(word.start)) continue;
    // "Affirmant qu'il n'existait pas …, il a critiqué": a French present participle may open the sentence.
    const openingParticiple = lang === 'fr' && i === 0 && /ant$/.test(form) && isWordLike(words[1]);
    if (!phrase && /^\p{Lu}/u.test(word.text) && !openingParticiple) continue;
    const previous = words[i - 1];
    // The tagger vetoes clear non-verbs ("the report", "13 states"); its VERB is not required, as it misses some.
    // Only for forms that are often nouns ("the report", "states"): unambiguous verbs are kept even when mis-tagged.
    // A complementizer right after it makes it a verb whatever the tag ("le quotidien note ensuite que …"), and so does a
    // quotation right before it ("« … », ajoute Bruno Le Roux").
    if (word.upos && NON_VERB_TAGS.has(word.upos) && !phrase && entry.needsContext && !lexicon.aux.has(words[i - 1]?.lower ?? '') && !followsQuotation(words, i)
      && !(lang === 'fr' && lexicon.set(lexicon.lex.complementizers).has(words[skipAdverbs(words, i + 1, lexicon)]?.lower ?? ''))) continue;
    if (previous && lexicon.determiners.has(previous.lower) && !(lang === 'fr' && (previous.lower === 'leur' || isObjectPronoun(words, i - 1, lexicon)))) continue;
    // "une phase critique du projet", "virulent critique du pape": tagged as a modifier or a noun between a noun or adjective
    // and "de", the word is no verb.
    if (lang === 'fr' && !phrase && (word.upos === 'ADJ' || word.upos === 'NOUN') && (previous?.upos === 'NOUN' || previous?.upos === 'ADJ')
      && /^(de|du|des|d')$/.test(words[i + 1]?.lower ?? '')) continue;
    // After a number the word is a noun or an adjective ("13 states", "475 pledged delegates").
    if (previous && /^\p{N}/u.test(previous.text)) continue;
    if (lang === 'fr' && !phrase && isUnreportedInfinitive(words, i, lexicon, cues)) continue;
    // Auxiliaries and short adverbs in front of the verb belong to the cue group.
    let first = i;
    let aux = false;
    for (let k = i - 1, hops = 0; k >= 0 && hops < 5; k--, hops++) {
      const w = words[k]!;
      if (lexicon.aux.has(w.lower) || CLITIC.test(w.lower) && lexicon.aux.has(CLITIC.exec(w.lower)![1]!)) {
        first = k; aux = true;
        const split = CLITIC.exec(w.lower);
        if (split) clitic = split[2]!.replace(/^-t?-?/, '');
        continue;
      }
      if (lexicon.interveners.has(w.lower) || (lang === 'en' ? /ly$/ : /ment$/).test(w.lower) && w.lower.length > 5) continue;
      // "l'Ordre avait, dans un communiqué, déclaré", "a, lors de l'émission, accusé": an adjunct set off by commas may
      // part the auxiliary from its participle.
      const opening = lang === 'fr' && w.lower === ',' && k === i - 1 ? setOffAdjunctStart(words, k, lexicon) : -1;
      if (opening > 0) { k = opening; hops = 0; continue; }
      break;
    }
    // A past infinitive is part of another clause: after "pour" or "sans" it gives the main clause's reason ("condamné
    // pour avoir voulu faire exploser …"), right after a reporting verb it is that verb's content ("ont affirmé avoir voulu frapper").
    if (lang === 'fr' && first < i && /^(avoir|être)$/.test(words[first]!.lower)
      && (/^(pour|sans)$/.test(words[first - 1]?.lower ?? '') || cues.some((c) => c.kind === 'verb' && c.last === first - 1))) continue;
    const next = words[last + 1];
    // "a profité de la prise de parole pour critiquer la presse": an infinitive after a preposition has the main clause's subject, like a gerund.
    const controlledInfinitive = lang === 'fr' && first === i && isInfinitive(word) && /^(de|d'|pour|à)$/.test(previous?.lower ?? '');
    // ", ajoutant que …", ", indiquant …": a participle after a comma has the main clause's subject, like a gerund.
    const gerund = lang === 'fr' ? /ant$/.test(form) && (previous?.lower === 'en' || previous?.lower === ',' || openingParticiple) || controlledInfinitive : /ing$/.test(form);
    // "un circuit vélo exigeant en augmentant les écarts": a present participle right after a noun with nothing to report is an adjective.
    if (lang === 'fr' && /ant$/.test(form) && !gerund && previous?.lower !== ',' && !opensComplement(words, last + 1, lexicon)) continue;
    const group = words.slice(first, i);
    // "s'est engagé", "se sont déclarés": a reflexive verb takes "être" without being passive.
    const reflexive = lang === 'fr' && group.some((w) => /^(se|s')$/.test(w.lower));
    if (reflexive && !phrase && !entry.reflexive) continue;
    const passiveAux = !reflexive && group.some((w) => lexicon.set(lexicon.lex.passiveAuxiliaries).has(w.lower));
    const agent = passiveAgentAt(words, last + 1, lexicon);
    const passive = agent >= 0 && (lang === 'en' ? passiveAux : !aux || passiveAux);
    // "une branche considérée comme hérétique par certains extrémistes", "Il est également considéré comme une riposte",
    // "ont été identifiées par le gouvernement comme erronées": a passive judgement, with or without its agent.
    const participle = passiveAux || !aux && lexicon.participleEnding.test(form) && !isPresentForm(form, lexicon);
    if (lang === 'fr' && participle && takesAttribute(words, last + 1, lexicon, entry, passiveAux) && !(writersReminder(words, lexicon) && !hasAgent(words, last + 1, lexicon))) {
      cues.push({ first, head: i, last, kind: 'verb', stance: entry.stance, gerund: false, passive: false, attributive: true });
      for (let k = first; k <= last; k++) taken.add(k);
      i = last;
      continue;
    }
    // "35 diplomates russes accusés d'espionnage", "est accusé de « favoritisme »": the charge, with no one making it.
    if (lang === 'fr' && entry.agentlessPassive && !passive && (passiveAux || !aux) && lexicon.participleEnding.test(form) && !isPresentForm(form, lexicon)) {
      if (!/^(de|d')$/.test(next?.lower ?? '')) continue;
      // "qualifié de « héros »", "soupçonnés d'être": outside a dispute verb the label needs quotation marks or an infinitive
      // ("les pays qualifiés d'office" are qualified, by no one's word).
      const label = words[last + 2];
      if (entry.stance !== 'disputes' && !(label && (/^[«“"]$/.test(label.lower) || isInfinitive(label) || /^(ne|n')$/.test(label.lower)))) continue;
      cues.push({ first: i, head: i, last, kind: 'verb', stance: entry.stance, gerund: false, passive: false, agentless: true });
      taken.add(i);
      continue;
    }
    // "a précisé que « … », et ajouté que « … »": after "et", a participle opening a clause shares the auxiliary of the verb before it.
    // So does one that always reports ("avait appelé à la prudence et demandé aux riverains de rester chez eux").
    const sharesAuxiliary = lang === 'fr' && lexicon.set(lexicon.lex.coordinators).has(previous?.lower ?? '') && cues.some((c) => c.kind === 'verb' && c.first < c.head)
      && (lexicon.set(lexicon.lex.complementizers).has(next?.lower ?? '') || /^[«:]$/.test(next?.lower ?? '') || !entry.needsContext);
    if (lang === 'fr' && !phrase && !aux && !passive && !gerund && !sharesAuxiliary && lexicon.participleEnding.test(form) && !isPresentForm(form, lexicon)) continue;
    // An agentless French passive ("l'attentat n'a pas été revendiqué") names no source. One that closes its clause,
    // affirmative and of a verb that always reports, still reports its subject ("Au moins 5 morts ont été rapportés",
    // "L'inopérance des recours est aussi dénoncée", "les accords sont largement critiqués car …").
    if (lang === 'fr' && passiveAux && !passive && !phrase) {
      const negated = group.some((w) => /^(ne|n'|n’)$/.test(w.lower));
      // A colon after the participle opens the writer's detail of what was reported ("un nouveau report a été annoncé : le JWST …").
      const closes = !next || /^[.;:!?]$/.test(next.lower) || next.lower === 'car' || lexicon.set(lexicon.lex.coordinators).has(next.lower);
      if (!entry.needsContext && !negated && closes) {
        cues.push({ first, head: i, last, kind: 'verb', stance: entry.stance, gerund: false, passive: true, agentlessSubject: true });
        for (let k = first; k <= last; k++) taken.add(k);
      }
      continue;
    }
    if (lang === 'en' && !aux && /ed$/.test(form) && previous && lexicon.determiners.has(previous.lower)) continue;
    // "Ce double attentat a été condamné par diverses personnalités": a verb whose object is what it reports has it as its
    // passive subject, with the agent after "par".
    const passiveObject = passive && passiveAux && [...lexicon.determiners].some((d) => entry.complements?.has(d));
    if (entry.needsContext && !clitic && !passiveObject && !hasReportingContext(words, first, last, lexicon, entry, lang)) continue;
    if (aux && lang === 'fr' && words[first]!.lower === 'de' ) first = first + 1;
    cues.push({ first, head: i, last, kind: 'verb', stance: entry.stance, gerund, passive, clitic, ...(passive ? { agent } : {}) });
    for (let k = first; k <= last; k++) taken.add(k);
    i = last;
  }
  return cues;
}

/**
 * Index of the comma opening a short adjunct that ends with the comma at `close`, when an auxiliary stands right before
 * that opening comma and the adjunct holds no verb of its own; else -1.
 */
function setOffAdjunctStart(words: readonly Word[], close: number, lexicon: CompiledLexicon): number {
  for (let k = close - 1; k > 0 && k >= close - 12; k--) {
    const w = words[k]!;
    // "a, lors de l'émission, accusé", "a cependant, lui, pris la défense": adverbs may sit between the auxiliary and the adjunct.
    if (w.lower === ',') {
      let before = k - 1;
      while (before > 0 && lexicon.interveners.has(words[before]!.lower)) before--;
      return before >= 0 && lexicon.aux.has(words[before]!.lower) && k < close - 1 ? k : -1;
    }
    if (/^[;:.!?]$/.test(w.lower) || w.finite || lexicon.aux.has(w.lower)) return -1;
  }
  return -1;
}

/**
 * The attribute marker right after a participle, past adverbs and a "par" agent ("vu par les Turcs comme …"), or a bare
 * attribute before an agent after a passive auxiliary ("des articles jugés faux par le gouvernement" only qualifies a noun).
 */
function takesAttribute(words: readonly Word[], from: number, lexicon: CompiledLexicon, entry: VerbEntry, passiveAux: boolean): boolean {
  return attributeMarkerAfter(words, from, lexicon) >= 0 && [...lexicon.set(lexicon.lex.attributeMarkers)].some((m) => entry.complements?.has(m))
    || passiveAux && entry.bareAttribute === true && bareAttributeAt(words, from, lexicon) >= 0;
}

/**
 * "est jugé trop coûteux et trop interventionniste par les républicains", "ont été jugés suffisants par le parquet": where an
 * adjective right after a passive participle (past adverbs) starts an attribute that an agent closes; -1 without one.
 */
export function bareAttributeAt(words: readonly Word[], from: number, lexicon: CompiledLexicon): number {
  // "trop coûteux": a degree adverb opens the attribute.
  const degree = words[from]?.upos === 'ADV' && words[from + 1]?.upos === 'ADJ';
  const start = degree ? from : skipAdverbs(words, from, lexicon);
  if (!degree && words[start]?.upos !== 'ADJ') return -1;
  const agent = lexicon.set(lexicon.lex.passiveAgent);
  for (let k = start + 1; k < Math.min(words.length, start + 9); k++) {
    if (agent.has(words[k]!.lower)) return start;
    if (/^[,.;:!?«»()]$/.test(words[k]!.lower) || words[k]!.finite) return -1;
  }
  return -1;
}

/** "Rappelons que …", "Notons que …": a first person plural imperative opening the sentence is the writer speaking. */
function writersReminder(words: readonly Word[], lexicon: CompiledLexicon): boolean {
  return /^\p{Lu}\p{Ll}+ons$/u.test(words[0]?.text ?? '') && lexicon.set(lexicon.lex.complementizers).has(words[1]?.lower ?? '');
}

/** Where the agent's "par" / "by" stands right after a participle at `from`, past a time of the saying ("a été annoncé hier par la famille"); -1 without one. */
function passiveAgentAt(words: readonly Word[], from: number, lexicon: CompiledLexicon): number {
  const timeWords = lexicon.set(lexicon.lex.timeWords);
  let k = from;
  while (k < words.length && timeWords.has(words[k]!.lower)) k++;
  // "ajoute par ailleurs que …": a discourse adverb opening with the agent's preposition names no agent.
  if (lexicon.discourseAdverbs.some((adverb) => matchesAt(words, k, adverb))) return -1;
  return k < words.length && lexicon.set(lexicon.lex.passiveAgent).has(words[k]!.lower) ? k : -1;
}

/** A passive agent ("par X") after the participle, before or after its attribute. */
function hasAgent(words: readonly Word[], from: number, lexicon: CompiledLexicon): boolean {
  const agent = lexicon.set(lexicon.lex.passiveAgent);
  for (let k = from; k < words.length && !/^[,.;:!?()]$/.test(words[k]!.lower); k++) if (agent.has(words[k]!.lower)) return true;
  return false;
}

/** Index of the attribute marker after a passive participle at `from`, past adverbs and an agent; -1 without one. */
export function attributeMarkerAfter(words: readonly Word[], from: number, lexicon: CompiledLexicon): number {
  const markers = lexicon.set(lexicon.lex.attributeMarkers);
  const agent = lexicon.set(lexicon.lex.passiveAgent);
  let k = from;
  while (k < words.length && !agent.has(words[k]!.lower) && skipAdverbs(words, k, lexicon) > k) k++;
  if (agent.has(words[k]?.lower ?? '')) {
    const stop = Math.min(words.length, k + 10);
    for (k++; k < stop && !markers.has(words[k]!.lower); k++) if (/^[,.;:!?«»()]$/.test(words[k]!.lower) || words[k]!.finite) return -1;
  }
  return markers.has(words[k]?.lower ?? '') ? k : -1;
}

/** A complement starts at `at`: a determiner, a complementizer, a quotation or colon, a preposition or an infinitive. */
function opensComplement(words: readonly Word[], at: number, lexicon: CompiledLexicon): boolean {
  const w = words[at];
  if (!w) return false;
  return lexicon.determiners.has(w.lower) || lexicon.set(lexicon.lex.complementizers).has(w.lower) || /^[:«"“]$/.test(w.lower)
    || lexicon.complements.has(w.lower) || isInfinitive(w) || /^\p{Lu}/u.test(w.text);
}

/** "selon les règles", "selon son acronyme arabe": "selon" meaning 'in accordance with' a norm or a name, not a source. */
function namesNorm(words: readonly Word[], from: number, lexicon: CompiledLexicon): boolean {
  let k = from;
  while (k < words.length && lexicon.determiners.has(words[k]!.lower)) k++;
  return k > from && lexicon.set(lexicon.lex.normNouns).has(words[k]?.lower ?? '');
}

/** Whether every word before the quotation that ends right before word `i` (and its comma) is inside that quotation. */
function quotationOpensSentence(words: readonly Word[], i: number, insideQuote: (offset: number) => boolean): boolean {
  const closing = words[i - 1]?.lower === ',' ? i - 2 : i - 1;
  return closing > 0 && words.slice(0, closing).every((w) => /^[«“"]$/.test(w.lower) || insideQuote(w.start));
}

/** Word `i` reads as a verb (a finite one, or a lowercase word the tagger calls an adjective) with a noun phrase after it, past discourse adverbs. */
function invertedSubjectFollows(words: readonly Word[], i: number, lexicon: CompiledLexicon): boolean {
  const verb = words[i]!;
  const subject = words[skipDiscourseAdverbs(words, i + 1, lexicon)];
  return (verb.finite === true || verb.upos === 'ADJ') && /^\p{Ll}+$/u.test(verb.text)
    && subject !== undefined && (lexicon.determiners.has(subject.lower) || /^\p{Lu}/u.test(subject.text));
}

/** "», détaille-t-il", "» - a déclaré X": the word before is a closing quotation mark, or a comma or a dash right after one. */
function followsQuotation(words: readonly Word[], i: number): boolean {
  const before = words[i - 1]?.lower ?? '';
  return /^[»”"]$/.test(before) || /^[,—–-]$/.test(before) && /^[»”"]$/.test(words[i - 2]?.lower ?? '');
}

/**
 * French infinitives that report nothing of their own: the writer's "il faut dire que", what was
 * not said ("sans en avertir la justice"), and an infinitive governed by a reporting verb just
 * before it, which is part of that verb's content ("dit regretter les pertes", "demande aux
 * autorités de préciser leur position").
 */
function isUnreportedInfinitive(words: readonly Word[], i: number, lexicon: CompiledLexicon, cues: readonly CueMatch[]): boolean {
  if (!isInfinitive(words[i])) return false;
  let k = i - 1;
  while (k >= 0 && lexicon.set(lexicon.lex.objectClitics).has(words[k]!.lower)) k--;
  const governor = words[k]?.lower ?? '';
  if (governor === 'sans' || lexicon.set(lexicon.lex.impersonalModals).has(governor) && words[k - 1]?.lower === 'il') return true;
  // "l'on peut considérer que …", "la Russie peut ainsi espérer …", "ne peut pas dire": past adverbs, a modal of possibility.
  let modal = k;
  while (modal > 0 && (lexicon.interveners.has(words[modal]!.lower) || /ment$/.test(words[modal]!.lower) && words[modal]!.lower.length > 5)) modal--;
  if (lexicon.set(lexicon.lex.possibilityModals).has(words[modal]?.lower ?? '')) return true;
  if (cues.some((c) => c.kind === 'verb' && c.last === i - 1)) return true;
  // "demande aux autorités catalanes de préciser leur position": the request's content, through its addressee.
  if (!/^(de|d'|à)$/.test(governor)) return false;
  const request = cues.filter((c) => c.kind === 'verb' && c.last < k && k - c.last <= 6).pop();
  return request !== undefined && !words.slice(request.last + 1, k).some((w) => /^[,;:.«»"“”()]$/.test(w.lower) || w.finite);
}

/**
 * "Pour le ministre …, cependant, Emmanuel Macron … « sont hors de cause »": an opinion marker
 * opening a clause, followed by a speaker (a name, a title, a source noun or a stressed pronoun)
 * and a comma before any verb. "Pour la première fois," or "pour l'heure," name no speaker.
 */
function opensOpinion(words: readonly Word[], i: number, lexicon: CompiledLexicon): boolean {
  if (!lexicon.set(lexicon.lex.opinionMarkers).has(words[i]!.lower)) return false;
  const before = words[i - 1];
  // "…, et pour certains analystes, ces chiffres …": after a conjunction, only a speaker named by its head noun ("et pour sa
  // première participation aux Jeux olympiques, X" is an occasion).
  const coordinated = before !== undefined && lexicon.set(lexicon.lex.coordinators).has(before.lower);
  if (before && !coordinated && !/^[,;:]$/.test(before.lower) && !lexicon.set(lexicon.lex.complementizers).has(before.lower)) return false;
  const comma = words.findIndex((w, k) => k > i && w.lower === ',');
  if (comma < 0 || comma - i > 13) return false;
  const speaker = words.slice(i + 1, comma);
  if (coordinated && !namesSpeaker(speaker, lexicon)) return false;
  // "Pour la Belgique, Philippe Busquin, président du parti socialiste.": without a verb after it, "pour" lists, it quotes no one.
  if (!words.slice(comma + 1).some((w) => w.finite)) return false;
  const occasions = lexicon.set(lexicon.lex.occasionNouns);
  if (speaker.length === 0 || speaker.some((w) => w.finite || /^[«»“”"():;]$/.test(w.lower) || occasions.has(w.lower))) return false;
  const sources = lexicon.set(lexicon.lex.unnamedSourceNouns);
  const first = speaker[0]!;
  if (speaker.length === 1 && lexicon.set(lexicon.lex.stressedPronouns).has(first.lower)) return true;
  if (!lexicon.determiners.has(first.lower) && !/^\p{Lu}/u.test(first.text)) return false;
  return speaker.some((w) => /^\p{Lu}/u.test(w.text) && w !== first || lexicon.titles.has(w.lower) || sources.has(w.lower))
    || /^\p{Lu}/u.test(first.text) && !lexicon.determiners.has(first.lower);
}

/** The head of a noun phrase, past its determiners and adjectives, is a name, a title or a noun for a source or an institution. */
export function namesSpeaker(phrase: readonly Word[], lexicon: CompiledLexicon): boolean {
  const head = phrase.find((w) => !lexicon.determiners.has(w.lower) && w.upos !== 'ADJ');
  if (!head) return false;
  const lex = lexicon.lex;
  return /^\p{Lu}/u.test(head.text) || lexicon.titles.has(head.lower)
    || [lex.unnamedSourceNouns, lex.mediaNouns, lex.organisationNouns, lex.governmentNouns, lex.militaryNouns].some((nouns) => lexicon.set(nouns).has(head.lower));
}

/** "la mère de l'adolescente, pour qui sa fille a été « totalement » manipulée": after a comma, "pour qui" opens an opinion. */
export function opensRelativeOpinion(words: readonly Word[], i: number, lexicon: CompiledLexicon): boolean {
  return lexicon.set(lexicon.lex.opinionMarkers).has(words[i]?.lower ?? '') && words[i - 1]?.lower === ','
    && lexicon.set(lexicon.lex.relativePronouns).has(words[i + 1]?.lower ?? '');
}

/** "il le met en garde", "qui les accuse": an article-like word between a subject pronoun and the verb is its object. */
function isObjectPronoun(words: readonly Word[], at: number, lexicon: CompiledLexicon): boolean {
  const subject = words[at - 1]?.lower ?? '';
  return lexicon.set(lexicon.lex.objectClitics).has(words[at]!.lower)
    && (lexicon.personalPronouns.has(subject) || lexicon.set(lexicon.lex.relativePronouns).has(subject));
}

/** Words from `from` on that open with a discourse adverb and its comma ("cependant,", "au contraire,") are skipped. */
export function skipDiscourseAdverbs(words: readonly Word[], from: number, lexicon: CompiledLexicon): number {
  for (;;) {
    const adverb = lexicon.discourseAdverbs.find((p) => matchesAt(words, from, p));
    if (!adverb) return from;
    from += adverb.length;
    if (words[from]?.lower === ',') from++;
  }
}

/** Present-tense forms that look like participles ("dit", "conclu" is not one but "conclut" is). */
function isPresentForm(form: string, lexicon: CompiledLexicon): boolean {
  // "annoncée", listed for itself, ends in "e" but is a participle ("l'augmentation annoncée des recettes").
  return /(?:t|e|ent)$/.test(form) && !/ée$/.test(form) && lexicon.verbs.has(form) && !lexicon.agreedParticiples.has(form);
}

/**
 * A context-dependent verb reports speech when a complementizer or infinitive marker follows
 * within a few words, a colon or quotation follows at once, or when it comes after a quotation or
 * comma (inverted "…», note l'analyste").
 */
function hasReportingContext(words: readonly Word[], first: number, last: number, lexicon: CompiledLexicon, entry: VerbEntry, lang: 'fr' | 'en'): boolean {
  const complements = entry.complements;
  const before = words[first - 1];
  // An intention verb ("compte rapatrier") reports only with its infinitive, never inverted after a quotation.
  const intentionOnly = complements?.size === 0;
  // Without a clause of its own the verb is inverted after a quotation only ("», lance-t-il"): after a mere comma
  // ("le média qatari, Al Jazeera, a diffusé", "les FDS, dirigées par les Kurdes, ont lancé une offensive") its subject precedes it.
  const takesClause = !complements || lexicon.lex.complementizers.some((c) => complements.has(c.replace(/’/g, "'")));
  const afterQuotation = followsQuotation(words, first);
  if (before && (/^[,»”"]$/.test(before.lower) || afterQuotation) && isWordLike(words[last + 1]) && !intentionOnly && (takesClause || afterQuotation)) return true;
  // "…, campaign records show.": a verb closing the sentence after a comma reports what came before it.
  const next = words[last + 1];
  if ((!next || /^[.!?]$/.test(next.lower)) && words.slice(0, first).some((w) => w.lower === ',')) return true;
  // "I think this meeting is too little": an opinion verb after a pronoun takes a bare clause.
  const pronouns = lexicon.personalPronouns;
  if (before && pronouns.has(before.lower) && lexicon.set(lexicon.lex.beliefVerbs).has(words[last]!.lower)
    && next && (pronouns.has(next.lower) || lexicon.determiners.has(next.lower) || /^\p{Lu}/u.test(next.text))) return true;
  if (entry.takesInfinitive && isInfinitive(words[skipAdverbs(words, last + 1, lexicon)])) return true;
  const wanted = complements ?? lexicon.complements;
  // Quotation marks count close to the verb ("called Clinton's use of email “extremely careless”"); a colon at once.
  // A verb that reports only a quotation or a colon ("lance : « … »") needs it at once: "a lancé un « dispositif »" quotes a name.
  const marksOnly = complements !== undefined && complements.size > 0 && [...complements].every((c) => /^[:«"“]$/.test(c));
  // French puts the addressee before the colon or the quotation ("a lancé à ceux voulant quitter l'Union : « … »", "déclare à la police « … »").
  const addressees = lexicon.set(lexicon.lex.addresseePrepositions);
  let addressee = addressees.has(words[last + 1]?.lower ?? '');
  // Reaches count from the verb, or from the comma setting off an addressee after a time ("a déclaré en octobre 2016, au journal Le Bien public : « … »").
  let from = last;
  let start = last + 1;
  // "justifie, dans un communiqué, que « … »": an adjunct set off by commas right after the verb is skipped, its closing comma
  // counting as the verb.
  const close = lang === 'fr' && words[last + 1]?.lower === ',' ? words.findIndex((w, k) => k > last + 1 && k <= last + 14 && w.lower === ',') : -1;
  if (close > 0 && !words.slice(last + 2, close).some((w) => w.finite || /^[«»“”":;.!?]$/.test(w.lower))) { from = close; start = close + 1; }
  for (let k = start; k < Math.min(words.length, from + 9); k++) {
    const w = words[k]!;
    const isMark = /^[:«"“]$/.test(w.lower);
    const quoteReach = marksOnly ? 1 : addressee ? 8 : complements ? 2 : 6;
    const colonReach = addressee ? 8 : 1;
    if (isMark && k <= from + (w.lower === ':' ? colonReach : quoteReach) && (wanted.has(w.lower) || wanted.has('«') && /^["“]$/.test(w.lower))) return true;
    if (!isMark && wanted.has(w.lower)) return true;
    if (lang === 'fr' && w.lower === ',' && !addressee && addressees.has(words[k + 1]?.lower ?? '')) { addressee = true; from = k; continue; }
    // A comma after the verb's complements starts another clause, whose words are not this verb's context.
    if (/^[.;!?]$/.test(w.lower) || w.lower === ',' && k > last + 1) return false;
  }
  return false;
}

function skipAdverbs(words: readonly Word[], from: number, lexicon: CompiledLexicon): number {
  while (from < words.length && (lexicon.interveners.has(words[from]!.lower) || /ment$/.test(words[from]!.lower) && words[from]!.lower.length > 5)) from++;
  return from;
}

/** The tagger's non-finite verb with an infinitive ending ("rapatrier", "agir", "prendre", "pouvoir"). */
export function isInfinitive(word: Word | undefined): boolean {
  return word !== undefined && (word.upos === 'VERB' || word.upos === 'AUX') && !word.finite && /(?:er|ir|re|oir)$/.test(word.lower);
}
