/**
 * French segmentation data, following the UD French (Sequoia, GSD) tokenisation. Forms are
 * lower-case; apostrophes are written ' (the tokenizer normalises ’ before looking them up).
 */

/**
 * Abbreviations that keep their final dot (the dot is part of the token). Matched as written, or with
 * a capital first letter ("etc." also matches "Etc."). Not "sept.": "Ils étaient sept." ends a sentence.
 */
export const ABBREVIATIONS: readonly string[] = [
  'M.', 'MM.', 'Mme.', 'Mmes.', 'Mlle.', 'Mlles.', 'Dr.', 'Pr.', 'Mgr.', 'St.', 'Ste.',
  'etc.', 'cf.', 'env.', 'apr.', 'av.', 'bd.', 'chap.', 'éd.', 'tél.', 'c-à-d.', 'c.-à-d.', 'J.-C.', 'vs.', 'coll.',
  'janv.', 'févr.', 'fév.', 'avr.', 'juil.', 'oct.', 'nov.', 'déc.', 'Cie.', 'Ets.', 'Inc.', 'ibid.',
];

/** Abbreviations that keep their dot only before a number ("p. 12", "No. 5"); elsewhere they are words. */
export const NUMBER_ABBREVIATIONS: readonly string[] = ['p.', 'pp.', 'vol.', 'Vol.', 'No.', 'no.', 'n°.', 'art.', 'Art.', 'fig.', 'ex.', 'al.', 'min.'];

/** Abbreviations that introduce a name or a number: a capitalised word after them never starts a sentence. */
export const NON_FINAL_ABBREVIATIONS: readonly string[] = [
  'M.', 'MM.', 'Mme.', 'Mmes.', 'Mlle.', 'Mlles.', 'Dr.', 'Pr.', 'Mgr.', 'St.', 'Ste.', 'cf.', 'env.', 'av.', 'bd.',
  'chap.', 'vs.', 'janv.', 'févr.', 'fév.', 'avr.', 'juil.', 'oct.', 'nov.', 'déc.',
  'p.', 'pp.', 'vol.', 'Vol.', 'No.', 'no.', 'n°.', 'art.', 'Art.', 'fig.', 'ex.', 'al.', 'min.',
];

/** Words that start sentences far more often than they occur capitalised inside one. */
export const SENTENCE_STARTERS: readonly string[] = [
  'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Ce', 'Cette', 'Ces', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Vous',
  'Je', 'En', 'Dans', 'Pour', 'Mais', 'Et', 'Selon', 'Depuis', 'Si', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs', 'Au', 'Aux',
  'Du', 'De', 'À', 'A', 'Par', 'Sur', 'Après', 'Avant', 'Lors', 'Quand', 'Pourtant', 'Ainsi', 'Enfin',
];

/** Elided words split after their apostrophe: l'armée → l' + armée. */
export const ELISIONS: readonly string[] = [
  'l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'ç', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu',
];

/** Words with an apostrophe that stay one token (whole words, lower case). */
export const ELISION_EXCEPTIONS: readonly string[] = [
  "aujourd'hui", "l'on", "c'est-à-dire", "quelqu'un", "quelqu'une", "presqu'île", "prud'homme", "prud'hommes", "prud'homal",
];

/** Clitic pronouns of hyphenated inversions and imperatives, split off with their hyphen: dit-il → dit + -il. */
export const HYPHEN_CLITICS: readonly string[] = [
  '-t-il', '-t-elle', '-t-on', '-t-ils', '-t-elles',
  '-il', '-ils', '-elle', '-elles', '-on', '-je', '-tu', '-nous', '-vous', '-ce',
  '-moi', '-toi', '-le', '-la', '-les', '-lui', '-leur', '-en', '-y',
];

/** Hyphenated words whose last part looks like a clitic but is not one. */
export const HYPHEN_CLITIC_EXCEPTIONS: readonly string[] = ['rendez-vous', 'chez-soi', 'va-t-en-guerre', 'peut-on-dire'];

/** Contracted preposition + article, written as one multiword token (UD French). */
export const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  du: ['de', 'le'],
  au: ['à', 'le'],
  aux: ['à', 'les'],
  des: ['de', 'les'],
  auquel: ['à', 'lequel'],
  auxquels: ['à', 'lesquels'],
  auxquelles: ['à', 'lesquelles'],
  duquel: ['de', 'lequel'],
  desquels: ['de', 'lesquels'],
  desquelles: ['de', 'lesquelles'],
};

/**
 * "des" is also the plural indefinite article, which stays one word. It is the article after these
 * words (prepositions, conjunctions, frequent verbs); after a noun or an adjective it is "de les".
 * Read off the Sequoia training data, where these contexts take the article.
 */
export const ARTICLE_DES_AFTER: readonly string[] = [
  'à', 'a', 'par', 'chez', 'pour', 'sur', 'avec', 'dans', 'en', 'entre', 'sans', 'contre', 'vers', 'selon',
  'sous', 'parmi', 'après', 'avant', 'depuis', 'pendant', 'comme', 'que', 'qu\'', 'où', 'dont', 'mais', 'ou',
  'sont', 'est', 'ont', 'avait', 'avaient', 'sera', 'seront', 'serait', 'aura', 'y', 'il', 'elle', 'on', 'ils', 'elles',
  'être', 'avoir', 'faire', 'fait', 'font', 'ni', 'donc', 'car', 'si', 'quand', 'lorsque', 'puis', 'aussi',
  'également', 'notamment', 'surtout', 'toujours', 'souvent', 'parfois', 'déjà', 'encore', 'plus', 'moins',
  'très', 'voire', 'dès', 'malgré', 'envers', 'outre', 'hors', 'via', 'c\'est', 'ce', 'sont-ils', 'existe',
  'existent', 'comporte', 'comprend', 'contient', 'reçoit', 'donne', 'donner', 'utiliser', 'obtenir',
  'conduire', 'présentant', 'ayant', 'étant', 'faisant', 'voir', 'trouver', 'mettre', 'prendre', 'avons', 'avez',
];

/** Units glued to a number are split off it: 5km → 5 km, 20mg → 20 mg. */
export const NUMBER_UNITS: readonly string[] = ['km', 'm', 'cm', 'mm', 'kg', 'g', 'mg', 'ml', 'l', 'ha', 'km2', 'm2', 'min', 's', '°c'];

/**
 * Verb endings after which "des" is the article (ils rapportent des protestations, en utilisant des
 * outils); the noun endings listed next override them (le gouvernement des, le dossier des).
 */
export const ARTICLE_DES_AFTER_ENDINGS: readonly string[] = ['ant', 'er', 'ir', 'ent', 'ont', 'ait', 'aient'];
export const CONTRACTION_DES_AFTER_ENDINGS: readonly string[] = ['ier', 'ment', 'dent', 'gent', 'cent', 'mer', 'fer', 'hiver'];
