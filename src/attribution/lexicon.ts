import type { SpeakerType } from './types.js';

export type Stance = 'reports' | 'asserts' | 'disputes' | 'denies' | 'acknowledges';

/** One reporting verb: its forms (space-separated) and the stance it expresses. */
export interface ReportingVerb {
  forms: string;
  stance: Stance;
  /**
   * True for verbs that report speech only in some frames ("note", "appelle", "called"): they
   * count as cues only next to a complementizer, a quotation, a colon or when inverted after a quote.
   */
  needsContext?: boolean;
  /** An infinitive right after the verb also gives it its reporting sense: an intention ("compte rapatrier", "veut agir"). */
  takesInfinitive?: boolean;
  /** Its past participle reports a charge without an agent ("accusée de corruption"): the content is the "de" phrase, with no source. */
  agentlessPassive?: boolean;
  /** It still reports with a reflexive pronoun ("s'est déclaré candidat", "s'est engagé à"); other verbs do not ("s'explique par"). */
  reflexive?: boolean;
  /** Its passive takes an attribute without a marker when an agent follows it ("est jugé trop coûteux par les républicains"). */
  bareAttribute?: boolean;
  /** The words that give this verb its reporting sense, when they differ from the language's `contextComplements`. */
  complements?: string[];
}

/**
 * Patterns over the text (lower-cased where they say so) for the time, occasion and cause of a saying, which a
 * content or an apposition must not swallow.
 */
export interface SayingAdjuncts {
  /** A time adjunct before a subject's comma, lower-cased words joined by spaces ("le 10 janvier", "le jour même"): no apposition. */
  frontedTime: RegExp;
  /** A date opening what follows the verb ("a annoncé le 16 septembre l'offensive", "en novembre 2016 avoir été exclue"). */
  leadingDate: RegExp;
  /** An occasion opening what follows the verb ("avait exprimé dans son testament le désir …"). */
  leadingOccasion: RegExp;
  /** A time closing the content ("se disait vainqueur depuis plusieurs jours", "…, ce vendredi"). */
  trailingTime: RegExp;
  /** An occasion closing the content ("a confirmé le gel dans un verdict unanime", "à l'occasion d'un discours"). */
  trailingOccasion: RegExp;
  /** A cause right after a word of the content ("à la suite d'une plainte", "en raison de"). */
  cause: RegExp;
}

/** Language data read by the attribution rules; one instance per language in src/lang/<lang>/attribution.ts. */
export interface AttributionLexicon {
  verbs: ReportingVerb[];
  /** Endings a listed past participle may take when it agrees ("é" → "ée", "és", "ées"); none in English. */
  participleAgreement?: Record<string, string[]>;
  /** Multiword reporting expressions ("remise en cause", "called for"), matched as token sequences. */
  phrases: { text: string; stance: Stance }[];
  /** Abbreviations whose final period does not end a sentence (written without the period). */
  abbreviations: string[];
  contextComplements: string[];
  auxiliaries: string[];
  verbMarkers: string[];
  interveners: string[];
  accordingTo: string[];
  /** Sentence adverbs that may sit between a speaker and the content, which they are not part of. */
  discourseAdverbs?: string[];
  /** Prepositions that attribute an opinion when they open a clause with a speaker and a comma ("Pour Erdogan, il s'agit …"). */
  opinionMarkers?: string[];
  passiveAgent: string[];
  /** Words introducing what a speaker takes something for ("considéré comme hérétique", "seen as a threat"). */
  attributeMarkers?: string[];
  /** Words opening an aside that names some members of the subject ("Plusieurs témoins, dont deux policiers, ont affirmé"). */
  memberAsideMarkers?: string[];
  invertedClitics: string[];
  complementizers: string[];
  /** Prepositions that belong to the cue when right after the verb ("referring to", "asked about"). */
  cueParticles: string[];
  /** Marks that end reported content: the writer's own aside follows (", which expires …", " - the number …"). */
  contentEnders: string[];
  /** Words before an infinitive that a governing verb controls ("continue to warn"). */
  infinitiveMarkers: string[];
  /** Conjunctions joining two verbs of one subject ("a fait part … et a prévenu", "pledged … but said"). */
  coordinators: string[];
  /** Opinion verbs that take a bare clause after a pronoun subject ("I think this is wrong"). */
  beliefVerbs: string[];
  /** Conjunctions opening a subordinate clause that ends at the next comma ("while he said …, …"). */
  subordinators: string[];
  clauseBoundaries: string[];
  relativePronouns: string[];
  /** Object pronouns written between subject and verb ("qui l'a félicité"). */
  objectClitics: string[];
  personalPronouns: Record<string, SpeakerType>;
  /** Person pronouns that may also stand for an organisation, a government or a medium (French "il", "elle"). */
  bodyPronouns?: string[];
  /** Pronouns that never stand for a person ("it"): their antecedent is a body or a document. */
  thingPronouns?: string[];
  /** Third-person plural pronouns ("they", "ils"): never one person alone. */
  pluralPronouns?: string[];
  /** First-person pronouns: inside what someone said they are that speaker, elsewhere no one named in the text. */
  firstPersonPronouns: string[];
  /** Demonstratives that stand for the last thing named ("ce dernier", "the latter"); their gender, if any, is in `genders.pronouns`. */
  latterAnaphors?: string[];
  /**
   * Gender of person pronouns, of the determiners that open a title ("le ministre", "la chancelière") and of
   * honorifics ("Mrs. Clinton", "M. Dupont"): a feminine pronoun does not go back to a person so marked masculine, nor
   * the reverse.
   */
  genders?: { pronouns: Record<string, 'm' | 'f'>; determiners: Record<string, 'm' | 'f'>; honorifics: Record<string, 'm' | 'f'> };
  determiners: string[];
  prepositions: string[];
  unnamedSourceNouns: string[];
  /** Whether a noun phrase's head noun comes first, before its modifiers ("sources locales"), or last ("local sources"). */
  headNounFirst: boolean;
  /** Plural nouns without a plural ending ("people"), for number agreement with pronouns. */
  irregularPlurals?: string[];
  /**
   * Plural endings and what replaces them in the singular, tried in turn ("companies" → "company", "sondages" →
   * "sondage"): the typing nouns below are listed in the singular.
   */
  pluralEndings: [plural: string, singular: string][];
  /** Nouns after "according to" that name a norm or a name, not a source ("selon les règles", "selon son acronyme"). */
  normNouns?: string[];
  /** Relative pronouns after "according to": it opens a clause on a noun ("la théorie selon laquelle …") and names no source. */
  accordingRelatives?: string[];
  /** Subordinators that, after a comma closing a quotation or a noun phrase, open the writer's clause ("même si", "afin de"). */
  clauseOpeners?: string[];
  /** Impersonal modals after which a reporting infinitive is the writer's own ("il faut dire que …"). */
  impersonalModals?: string[];
  /** Modals of possibility after which a reporting infinitive is the writer's speculation ("l'on peut considérer que …", "la Russie peut ainsi espérer …"). */
  possibilityModals?: string[];
  /** Negative pronouns that name no speaker as a subject ("rien n'indique que …"). */
  nonSpeakers?: string[];
  /** Verbs of noticing and believing that, with an impersonal subject, voice the writer or common opinion ("On note que …", "l'on croyait que …"). */
  impersonalOpinionVerbs?: string[];
  /** Prepositions opening an adjunct of the saying that ends a source named after its verb ("a martelé le ministre devant les députés"). */
  adjunctPrepositions?: string[];
  /** Nouns of time or occasion after an opinion marker: "pour la première fois de l'histoire de la Ve République" names no speaker. */
  occasionNouns?: string[];
  /** Stressed pronouns that alone name the speaker of an opening opinion marker ("Pour lui, …"). */
  stressedPronouns?: string[];
  /** Words that alone say when something was said ("lundi", "Tuesday", "hier", "tonight"): not the content nor the speaker. */
  timeWords: string[];
  /** Prepositions opening the addressee of a saying ("a déclaré à la police"); none where the verb takes it as an object ("told"). */
  addresseePrepositions?: string[];
  /** Auxiliaries that make a participle passive ("est", "was"). */
  passiveAuxiliaries: string[];
  /** Where the language has them, patterns of what a text says about a saying rather than what was said. */
  sayingAdjuncts?: SayingAdjuncts;
  indefiniteDeterminers: string[];
  /** Words that open a mention of an unnamed group ("most candidates", "certains extrémistes", "others", "la plupart"). */
  groupQuantifiers?: string[];
  mediaNouns: string[];
  militaryNouns: string[];
  governmentNouns: string[];
  documentNouns: string[];
  organisationNouns: string[];
  titles: Record<string, string>;
  governmentMetonyms: string[];
  countries: string[];
  outletIntroducers: string[];
  syndicationPrefixes: string[];
}
