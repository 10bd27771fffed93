import type { CompiledLexicon } from './cues.js';
import { isCapitalised, type Word } from './text-units.js';

/** Elided "d'" is "de" before a vowel. */
export function isPrepositionWord(w: Word, lexicon: CompiledLexicon): boolean {
  return lexicon.set(lexicon.lex.prepositions).has(w.lower) || /^d['’]$/u.test(w.lower);
}

const PUNCT_BOUNDARY = /^[,;:()«»“”"‘’—–\[\]]$/u;
const MAX_NP = 12;
/** A description apposed to a name may run longer than a subject of its own ("X, directeur adjoint de l'Agence … de l'environnement,"). */
const MAX_APPOSITION = 24;
/** Descriptions set off by commas after a name before its verb ("X, 46 ans, ingénieur …, ex-beau-frère de …, a avoué"). */
const MAX_DESCRIPTIONS = 3;

/**
 * A plausible noun phrase: starts with a determiner, a capitalised word, a pronoun or a title,
 * is short, and holds no clause boundary or reporting word.
 */
export function looksLikeNounPhrase(words: readonly Word[], lexicon: CompiledLexicon, isCueWord: (w: Word) => boolean, maxWords = MAX_NP): boolean {
  if (words.length === 0 || words.length > maxWords) return false;
  const first = words[0]!;
  const boundaries = lexicon.set(lexicon.lex.clauseBoundaries);
  const prepositions = lexicon.set(lexicon.lex.prepositions);
  if (prepositions.has(first.lower) && !lexicon.determiners.has(first.lower)) return false;
  // A conjunction joining two complements stays inside the phrase ("l'Autorité des technologies de communication et d'information").
  const coordinators = lexicon.set(lexicon.lex.coordinators);
  const joinsComplements = (k: number) => coordinators.has(words[k]!.lower) && words[k + 1] !== undefined && isPrepositionWord(words[k + 1]!, lexicon);
  if (words.some((w, k) => boundaries.has(w.lower) && w !== first && !joinsComplements(k) || isCueWord(w) || /^[.!?;:«»“”"]$/.test(w.lower))) return false;
  const verbMarkers = lexicon.set(lexicon.lex.verbMarkers);
  if (words.some((w, k) => k > 0 && verbMarkers.has(w.lower))) return false;
  return lexicon.determiners.has(first.lower) || isCapitalised(first) || lexicon.personalPronouns.has(first.lower)
    || lexicon.titles.has(first.lower) || lexicon.set(lexicon.lex.unnamedSourceNouns).has(first.lower);
}

/** "ce mardi", "lundi soir": words naming only when something was said, never who said it. */
export function namesOnlyTime(words: readonly Word[], lexicon: CompiledLexicon): boolean {
  if (words.length === 0) return false;
  const body = words.map((w) => w.text).join(' ');
  const timeWords = lexicon.set(lexicon.lex.timeWords);
  return lexicon.lex.sayingAdjuncts?.frontedTime.exec(body)?.[0].length === body.length || words.every((w) => timeWords.has(w.lower));
}

/** Words a quoted title or name may hold ("« Quotidien »", "« En Marche »"). */
const MAX_QUOTED_NAME = 5;

/**
 * The index of the "»" closing a quoted name opened at word `open`: a few words, the first capitalised, no finite verb
 * ("« Quotidien »", not "« Nous partirons »", which is a quotation).
 */
export function quotedNameEnd(words: readonly Word[], open: number): number | undefined {
  if (words[open]?.lower !== '«') return undefined;
  let close = open + 1;
  while (close < words.length && words[close]!.lower !== '»' && close - open <= MAX_QUOTED_NAME) close++;
  const name = words.slice(open + 1, close);
  if (words[close]?.lower !== '»' || name.length === 0 || !isCapitalised(name[0]!) || name.some((w) => w.finite)) return undefined;
  return close;
}

/** Splits `words` at commas into segments (word index ranges, end exclusive). */
function commaSegments(words: readonly Word[], from: number, to: number): [number, number][] {
  const segments: [number, number][] = [];
  let start = from;
  for (let k = from; k < to; k++) {
    if (words[k]!.text === ',') { segments.push([start, k]); start = k + 1; }
  }
  segments.push([start, to]);
  return segments;
}

/**
 * The subject of a reporting verb, read leftwards from word `end` (exclusive): words up to a
 * clause boundary, plus apposed noun phrases between commas ("le président américain, Donald
 * Trump, a annoncé"). Returns word indices [start, end) or undefined.
 */
export function subjectBefore(words: readonly Word[], end: number, lexicon: CompiledLexicon, isCueWord: (w: Word) => boolean): [number, number] | undefined {
  const boundaries = lexicon.set(lexicon.lex.clauseBoundaries);
  const coordinators = new Set(['et', 'and', 'ou', 'or']);
  let stop = end;
  if (stop > 0 && words[stop - 1]!.text === ',') {
    // Apposition: "NP1, NP2, verb" — take NP2 and, when it is a noun phrase too, NP1.
    // A dash before the subject ("10 mars 2018. – L'institut …, prix Nobel …, a annoncé") closes what precedes it.
    const opened = words.slice(0, stop - 1).map((w) => /^[—–]$/.test(w.lower)).lastIndexOf(true) + 1;
    const segments = commaSegments(words, opened, stop - 1).reverse();
    // An apposition may end in a relative clause ("John Weaver, a GOP strategist who has feuded with Manafort, wrote").
    const relatives = lexicon.set(lexicon.lex.relativePronouns);
    // "Rana Sanaullah, ministre de la Justice de la province du Pendjab où se situe Lahore, a précisé": so does a place relative.
    const head = (segment: [number, number]) => {
      const relative = words.slice(segment[0], segment[1]).findIndex((w) => relatives.has(w.lower) || w.lower === 'où');
      return words.slice(segment[0], relative > 0 ? segment[0] + relative : segment[1]);
    };
    const near = segments[0];
    const far = segments[1];
    // "François Fillon, en déplacement à Troyes, ce mardi, a contesté": the asides, a time among them, are read by subjectBeforeAsides.
    if (near && namesOnlyTime(words.slice(near[0], near[1]), lexicon)) return undefined;
    // "Diverses sources, sécuritaires ou anonymes, annoncent": adjectives set off by commas still describe the subject.
    if (near && far && isBareAside(words.slice(near[0], near[1]), lexicon) && looksLikeNounPhrase(head(far), lexicon, isCueWord)) return [far[0], near[1]];
    if (!near) return undefined;
    // "Les journalistes en question, ainsi que l'Élysée, ont démenti": a member added between commas joins the subject.
    const added = words[near[0]]?.lower === 'ainsi' && words[near[0] + 1]?.lower === 'que';
    if (added && far && looksLikeNounPhrase(words.slice(near[0] + 2, near[1]), lexicon, isCueWord) && looksLikeNounPhrase(head(far), lexicon, isCueWord)) return [far[0], near[1]];
    if (!looksLikeNounPhrase(head(near), lexicon, isCueWord)) {
      // A long description set off after a name ("Jean Dupont, directeur général adjoint de l'Agence …,") is its apposition, and
      // so is a chain of an age and descriptions ("Hubert Caouissin, 46 ans, ingénieur à l'arsenal de Brest, ex-beau-frère du
      // père de famille,").
      const named = (segment: [number, number]) => segment[1] > segment[0] && isCapitalised(words[segment[0]]!) && looksLikeNounPhrase(head(segment), lexicon, isCueWord);
      const describes = ([from, to]: [number, number]) => {
        const first = words[from];
        if (!first || words.slice(from, to).some((w) => w.finite)) return false;
        const age = to - from === 2 && first.upos === 'NUM' && words[from + 1]!.upos === 'NOUN';
        // "L'institut fondé par John Sulston, prix Nobel de médecine britannique, a annoncé": a bare common noun describes too.
        const bareNoun = first.upos === 'NOUN' && /^\p{Ll}/u.test(first.text);
        return age || (looksLikeNounPhrase(head([from, to]), lexicon, isCueWord, MAX_APPOSITION) || bareNoun)
          && !isCapitalised(first) && (lexicon.determiners.has(first.lower) || lexicon.titles.has(first.lower) || bareNoun);
      };
      const name = segments.findIndex((segment, k) => k > 0 && named(segment));
      if (name > 0 && name <= MAX_DESCRIPTIONS && segments.slice(0, name).every(describes)) return [segments[name]![0], near[1]];
      // "…, le dirigeant de l'Autorité des technologies de communication et d'information (BTK) Ömer Fatih Sayan, exige": a long
      // title ending in its holder's name is the subject, though a comma sets it off from its verb.
      const holder = words[near[1] - 1]!;
      const titledName = lexicon.determiners.has(words[near[0]]!.lower) && isCapitalised(holder) && holder.upos === 'PROPN'
        && looksLikeNounPhrase(head(near), lexicon, isCueWord, MAX_APPOSITION) && (!far || words.slice(far[0], far[1]).some((w) => w.finite));
      return titledName ? near : undefined;
    }
    let start = near[0];
    if (far && looksLikeNounPhrase(head(far), lexicon, isCueWord)) start = far[0];
    return [start, near[1]];
  }
  if (stop > 0 && lexicon.set(lexicon.lex.relativePronouns).has(words[stop - 1]!.lower)) return [stop - 1, stop];
  // "X a fait part de … et a prévenu …": a coordinated verb shares the first verb's subject.
  if (stop > 0 && lexicon.set(lexicon.lex.coordinators).has(words[stop - 1]!.lower)) return undefined;
  // Object pronouns sit between the subject and the verb ("qui l'a félicité", "il lui a dit").
  const objectClitics = lexicon.set(lexicon.lex.objectClitics);
  while (stop > 1 && objectClitics.has(words[stop - 1]!.lower) && !PUNCT_BOUNDARY.test(words[stop - 2]!.lower)) stop--;
  // "il lui a rendu hommage et l'a félicitée": past the object pronoun, the verb is still coordinated.
  if (stop < end && stop > 0 && lexicon.set(lexicon.lex.coordinators).has(words[stop - 1]!.lower)) return undefined;
  let start = stop;
  while (start > 0) {
    const w = words[start - 1]!;
    // A parenthesis inside the subject ("Rep. Gwen Moore (D-Wis.) said", "le Parti socialiste (PS) a") belongs to it.
    if (w.lower === ')') {
      let open = start - 2;
      while (open >= 0 && words[open]!.lower !== '(' && start - open < 12) open--;
      if (open > 0 && words[open]!.lower === '(') { start = open; continue; }
    }
    // So does a quoted name after a determiner or a preposition ("le dirigeant de « En Marche » souhaite"), and one that opens
    // the sentence is the subject ("« Quotidien » a affirmé que …").
    if (w.lower === '»') {
      let open = start - 2;
      while (open >= 0 && words[open]!.lower !== '«' && start - open < 8) open--;
      const before = words[open - 1]?.lower ?? '';
      if (open > 0 && words[open]!.lower === '«' && (lexicon.determiners.has(before) || lexicon.set(lexicon.lex.prepositions).has(before))) { start = open; continue; }
      if (open === 0 && quotedNameEnd(words, 0) === start - 1) { start = 0; break; }
    }
    if (PUNCT_BOUNDARY.test(w.lower) || /^[.!?]$/.test(w.lower)) break;
    if (boundaries.has(w.lower) && !coordinators.has(w.lower)) break;
    // A finite verb ends the subject ("the plan failed and officials said": stop at "failed"); participles do not ("groupes armés").
    if (isCueWord(w) || w.finite && (w.upos === 'VERB' || w.upos === 'AUX')) break;
    if (stop - start >= MAX_NP) break;
    start--;
  }
  // Coordination joins subjects ("les armées russe et syrienne"); a long run means we crossed a clause, unless the
  // conjunction joins two complements ("L'ancien candidat à la primaire de la droite et du centre Alain Juppé").
  if (stop - start > 10) {
    const prepositions = lexicon.set(lexicon.lex.prepositions);
    for (let k = stop - 1; k > start; k--) if (coordinators.has(words[k]!.lower) && !prepositions.has(words[k + 1]?.lower ?? '')) { start = k + 1; break; }
  }
  while (start < stop && coordinators.has(words[start]!.lower)) start++;
  if (start >= stop) return undefined;
  // "Le porte-parole de la Maison blanche, Sean Spicer a dénoncé": a noun phrase before a comma is an apposition.
  if (start > 1 && words[start - 1]!.lower === ',') {
    const segment = commaSegments(words, 0, start - 1).pop()!;
    const opener = words[segment[0]]!.lower;
    const describes = (lexicon.determiners.has(opener) || lexicon.titles.has(opener))
      // "Le jour même, l'EI a revendiqué", "Le 10 janvier, l'Ordre a publié": a time adjunct before the subject's comma is no apposition.
      && !lexicon.lex.sayingAdjuncts?.frontedTime.test(words.slice(segment[0], segment[1]).map((w) => w.lower).join(' '));
    if (describes && looksLikeNounPhrase(words.slice(segment[0], segment[1]), lexicon, isCueWord) && (segment[0] === 0 || words[segment[0] - 1]!.lower === ',')
      && !lexicon.personalPronouns.has(words[start]!.lower)) start = segment[0];
  }
  return [start, stop];
}

/**
 * A few lowercase adjectives or nouns without a determiner or a verb ("sécuritaires ou anonymes", "également
 * porte-parole"): not a noun phrase of its own but a modifier of the noun before its comma. The tagger is not asked
 * whether they are adjectives, as it often calls them nouns.
 */
function isBareAside(words: readonly Word[], lexicon: CompiledLexicon): boolean {
  const first = words[0];
  if (!first || words.length > 5 || lexicon.determiners.has(first.lower) || lexicon.set(lexicon.lex.prepositions).has(first.lower)) return false;
  return words.every((w) => /^\p{Ll}[\p{L}-]*$/u.test(w.text) && (w.upos === 'ADJ' || w.upos === 'NOUN' || w.upos === 'CCONJ' || w.upos === 'ADV'));
}

/** Comma-separated pieces of a relative clause after its first ("…pour signer Paul Pogba, et une taxe de …"). */
const MAX_RELATIVE_CONTINUATIONS = 2;

/**
 * "James, qui a assisté à la cérémonie, a déclaré": the subject is the noun phrase before an apposed
 * relative clause, which describes it and is not part of the source. An object relative ("Shekau, que l'armée
 * nigériane a affirmé avoir tué, revendique") counts when the noun phrase opens the sentence, where its "que" can open
 * no clause of a verb before it.
 */
export function subjectBeforeRelative(words: readonly Word[], end: number, lexicon: CompiledLexicon, isCueWord: (w: Word) => boolean): [number, number] | undefined {
  if (end < 2 || words[end - 1]!.text !== ',') return undefined;
  const segments = commaSegments(words, 0, end - 1);
  // "José Mourinho, qui a dépensé 105 millions pour signer Paul Pogba, et une taxe de 75 millions pour signer Romelu
  // Lukaku, a déclaré": a relative clause may hold commas of its own; what follows them has no verb of its own.
  for (let r = segments.length - 1; r >= 1 && r >= segments.length - 1 - MAX_RELATIVE_CONTINUATIONS; r--) {
    const [near, far] = [segments[r]!, segments[r - 1]!];
    const opener = words[near[0]]?.lower ?? '';
    const relative = lexicon.set(lexicon.lex.relativePronouns).has(opener) || far[0] === 0 && lexicon.set(lexicon.lex.complementizers).has(opener);
    if (relative) return looksLikeNounPhrase(words.slice(far[0], far[1]), lexicon, isCueWord) ? far : undefined;
    if (words.slice(near[0], near[1]).some((w) => w.finite)) return undefined;
  }
  return undefined;
}

/** Words in an aside between a subject and its verb ("issu de l'acquisition de la marque THQ par l'équipe Nordic Games"). */
const MAX_ASIDE = 16;

/**
 * "Le rapport, publié jeudi, conclut", "De nombreuses critiques, venues des partis de la coalition, comme Samopomitch ou
 * le Parti radical, ont estimé", "Plusieurs témoins, dont deux policiers, ont affirmé": past up to two participial asides,
 * lists of examples or of some of its members set off by commas, the subject is the noun phrase before them; the asides
 * describe it and are not part of the source. After a name, so is a title, an affiliation or another prepositional
 * phrase ("Philippe Chalmin, professeur à l'Université Paris Dauphine, affirme",
 * "Philippe Bolopion, de Human Rights Watch, précise", "Jean-Jacques Urvoas, à l'origine de la proposition, récuse").
 */
export function subjectBeforeAsides(words: readonly Word[], end: number, lexicon: CompiledLexicon, isCueWord: (w: Word) => boolean): [number, number] | undefined {
  const markers = lexicon.set(lexicon.lex.attributeMarkers);
  const members = lexicon.set(lexicon.lex.memberAsideMarkers);
  // "ancien président du Comité technique des vaccinations (CTV)", "à l'origine de la proposition", "de son côté".
  const describesName = (segment: readonly Word[], at: number) => at >= 2 && isCapitalised(words[at - 2]!)
    && (lexicon.titles.has(segment[0]!.lower) || segment[0]!.upos === 'ADJ' && lexicon.titles.has(segment[1]?.lower ?? '')
      || isPrepositionWord(segment[0]!, lexicon));
  // "issu de l'acquisition de la marque THQ": an adjective with its complement reads like a participle.
  const adjectivePhrase = (segment: readonly Word[]) => segment[0]!.upos === 'ADJ' && segment[1] !== undefined && isPrepositionWord(segment[1], lexicon);
  // "s'exprimant sous couvert d'anonymat": a reflexive participle opens with its pronoun.
  const isAside = (segment: readonly Word[], at: number) => segment.length > 0 && segment.length <= MAX_ASIDE && !segment.some((w) => w.finite)
    && (segment[0]!.upos === 'VERB' || /^(se|s')$/.test(segment[0]!.lower) && segment[1]?.upos === 'VERB' || markers.has(segment[0]!.lower)
      || members.has(segment[0]!.lower) || adjectivePhrase(segment) || describesName(segment, at));
  let at = end;
  for (let skipped = 0; skipped < 2 && at > 2 && words[at - 1]!.text === ','; skipped++) {
    const near = commaSegments(words, 0, at - 1).pop()!;
    // A time set off by commas is when it was said, and does not count among the asides.
    const time = near[0] > 0 && namesOnlyTime(words.slice(near[0], near[1]), lexicon);
    if (time) skipped--;
    if (near[0] === 0 || !time && !isAside(words.slice(near[0], near[1]), near[0])) return undefined;
    at = near[0];
    const subject = subjectBefore(words, at, lexicon, isCueWord);
    if (subject) return subject;
  }
  return undefined;
}

function startsNounPhrase(w: Word | undefined, lexicon: CompiledLexicon): boolean {
  return w !== undefined && (lexicon.determiners.has(w.lower) || isCapitalised(w)) && !w.finite;
}

/**
 * The noun phrase after an inverted verb ("», note l'analyste des questions internationales,
 * Hadi Mohamadi."): up to the sentence end, a second comma, or a relative clause.
 */
export function nounPhraseAfter(words: readonly Word[], from: number, lexicon: CompiledLexicon, isCueWord: (w: Word) => boolean, afterVerb = false): [number, number] | undefined {
  const relatives = lexicon.set(lexicon.lex.relativePronouns);
  const boundaries = lexicon.set(lexicon.lex.clauseBoundaries);
  // A finite verb ends the phrase ("according to the emergencies ministry recovered …" lacks its comma). After a verb, an
  // adjunct of the saying ends its subject; after "selon" the phrase may go on ("les secours dépêchés sur les lieux").
  const adjuncts = afterVerb ? lexicon.set(lexicon.lex.adjunctPrepositions) : lexicon.set(undefined);
  let end = from;
  let commas = 0;
  while (end < words.length && end - from < MAX_NP + 2) {
    const w = words[end]!;
    // "a révélé lundi l'émission de TMC « Quotidien »", "selon « Quotidien »": a quoted name closing the phrase belongs to it.
    const quotedName = quotedNameEnd(words, end);
    if (quotedName !== undefined && (quotedName + 1 >= words.length || /^[.!?,)]$/.test(words[quotedName + 1]!.lower))) { end = quotedName + 1; continue; }
    if (/^[.!?;:«»“”"()]$/.test(w.lower)) break;
    if (w.text === ',') {
      // An apposition ("l'analyste …, Hadi Mohamadi") is a short noun phrase closed by a comma or the sentence end.
      let close = end + 1;
      while (close < words.length && !/^[,.!?;:]$/.test(words[close]!.lower)) close++;
      const segment = words.slice(end + 1, close);
      const closedBy = words[close]?.lower;
      // "D'après les informations des médias, le suspect se dénommerait …": a finite verb makes it a clause.
      if (commas > 0 || segment.length === 0 || segment.length > 8 || relatives.has(segment[0]!.lower) || segment.some((w) => w.finite)
        || !isCapitalised(segment[0]!) && !looksLikeNounPhrase(segment, lexicon, isCueWord)
        || (closedBy !== undefined && closedBy !== ',' && !/^[.!?]$/.test(closedBy))
        // "Selon l'IGF, Business France, ou certains de ses salariés, …": a conjunction after it makes it the content's subject.
        || closedBy === ',' && /^(ou|et)$/.test(words[close + 1]?.lower ?? '')) break;
      commas++;
    } else if (w.lower === 'et' && end > from && startsNounPhrase(words[end + 1], lexicon)) {
      // "selon le Comité international de la Croix-Rouge et un responsable rebelle": two sources.
    } else if ((boundaries.has(w.lower) || adjuncts.has(w.lower) || w.finite) && end > from || isCueWord(w)) break;
    end++;
  }
  while (end > from && words[end - 1]!.text === ',') end--;
  if (end <= from) return undefined;
  return [from, end];
}
