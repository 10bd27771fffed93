import type { LexEntry, TimeLanguage, TimeRule } from '../../time/language.js';

/** French time vocabulary, keyed by the phrase as written (accents and case are folded when compiled). */
/** Month names written in full, which the attribution rules also read. */
export const FRENCH_MONTH_NAMES: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12,
};

const MONTHS: Record<string, number> = {
  ...FRENCH_MONTH_NAMES,
  janv: 1, févr: 2, fév: 2, avr: 4, juil: 7, 'sept.': 9, oct: 10, nov: 11, déc: 12,
};

export const FRENCH_WEEKDAYS: Record<string, number> = {
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
};
const PLURAL_WEEKDAYS: Record<string, number> = { lundis: 1, mardis: 2, mercredis: 3, jeudis: 4, vendredis: 5, samedis: 6, dimanches: 7 };

const NUMBERS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60, 'quatre-vingt': 80, 'quatre-vingts': 80,
};
/** Round amounts: "une quinzaine de jours" is fifteen days (a fortnight), "une dizaine d'années" ten years; rules let "de" follow a number. */
const ROUND_AMOUNTS: Record<string, number> = { dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, centaine: 100 };
const MULTIPLIERS: Record<string, number> = { cent: 100, cents: 100, mille: 1000, million: 1_000_000, millions: 1_000_000 };

const ORDINALS: Record<string, number> = {
  premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5,
  sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10,
  'dix-septième': 17, 'dix-huitième': 18, 'dix-neuvième': 19, vingtième: 20, 'vingt et unième': 21,
  // Centuries are written in Roman numerals: "le XIXe siècle".
  xve: 15, xvie: 16, xviie: 17, xviiie: 18, xixe: 19, xxe: 20, xxie: 21,
};

const UNITS: Record<string, LexEntry> = {
  seconde: { cls: 'UNIT', unit: 'S' }, secondes: { cls: 'UNIT', unit: 'S', plural: true },
  minute: { cls: 'UNIT', unit: 'MIN' }, minutes: { cls: 'UNIT', unit: 'MIN', plural: true },
  heure: { cls: 'UNIT', unit: 'H' }, heures: { cls: 'UNIT', unit: 'H', plural: true },
  jour: { cls: 'UNIT', unit: 'D' }, jours: { cls: 'UNIT', unit: 'D', plural: true },
  journée: { cls: 'UNIT', unit: 'D' }, journées: { cls: 'UNIT', unit: 'D', plural: true },
  semaine: { cls: 'UNIT', unit: 'W' }, semaines: { cls: 'UNIT', unit: 'W', plural: true },
  'week-end': { cls: 'UNIT', unit: 'WE' }, 'week-ends': { cls: 'UNIT', unit: 'WE', plural: true },
  mois: { cls: 'UNIT', unit: 'M' },
  trimestre: { cls: 'UNIT', unit: 'Q' }, trimestres: { cls: 'UNIT', unit: 'Q', plural: true },
  an: { cls: 'UNIT', unit: 'Y' }, ans: { cls: 'UNIT', unit: 'Y', plural: true },
  année: { cls: 'UNIT', unit: 'Y' }, années: { cls: 'UNIT', unit: 'Y', plural: true },
  décennie: { cls: 'UNIT', unit: 'DE' }, décennies: { cls: 'UNIT', unit: 'DE', plural: true },
  siècle: { cls: 'UNIT', unit: 'CE' }, siècles: { cls: 'UNIT', unit: 'CE', plural: true },
};

const TERMS: Record<string, LexEntry> = {
  semestre: { cls: 'TERM', unit: 'M', amount: 6 }, semestres: { cls: 'TERM', unit: 'M', amount: 6, plural: true },
  quinquennat: { cls: 'TERM', unit: 'Y', amount: 5 }, quinquennats: { cls: 'TERM', unit: 'Y', amount: 5, plural: true },
  septennat: { cls: 'TERM', unit: 'Y', amount: 7 }, septennats: { cls: 'TERM', unit: 'Y', amount: 7, plural: true },
};

const WORDS: Record<string, LexEntry | LexEntry[]> = {
  hier: { cls: 'DEICTIC', unit: 'D', offset: -1 },
  'avant-hier': { cls: 'DEICTIC', unit: 'D', offset: -2 },
  "aujourd'hui": [{ cls: 'DEICTIC', unit: 'D', offset: 0 }, { cls: 'REF', ref: 'PRESENT_REF', type: 'TIME' }],
  demain: { cls: 'DEICTIC', unit: 'D', offset: 1 },
  'après-demain': { cls: 'DEICTIC', unit: 'D', offset: 2 },
  'ce matin': { cls: 'DEICTIC', unit: 'D', offset: 0, part: 'MO' },
  'cet après-midi': { cls: 'DEICTIC', unit: 'D', offset: 0, part: 'AF' },
  'ce soir': { cls: 'DEICTIC', unit: 'D', offset: 0, part: 'EV' },
  'cette nuit': { cls: 'DEICTIC', unit: 'D', offset: 0, part: 'NI' },

  dernier: { cls: 'DIR', dir: 'past' }, dernière: { cls: 'DIR', dir: 'past' },
  derniers: { cls: 'DIR', dir: 'past' }, dernières: { cls: 'DIR', dir: 'past' },
  passé: { cls: 'DIR', dir: 'past' }, passée: { cls: 'DIR', dir: 'past' },
  // Counted from the date mentioned before: "le mardi suivant", "la semaine précédente".
  suivant: { cls: 'ANAPHDIR', dir: 'future' }, suivante: { cls: 'ANAPHDIR', dir: 'future' },
  suivants: { cls: 'ANAPHDIR', dir: 'future' }, suivantes: { cls: 'ANAPHDIR', dir: 'future' },
  précédent: { cls: 'ANAPHDIR', dir: 'past' }, précédente: { cls: 'ANAPHDIR', dir: 'past' },
  précédents: { cls: 'ANAPHDIR', dir: 'past' }, précédentes: { cls: 'ANAPHDIR', dir: 'past' },
  prochain: { cls: 'DIR', dir: 'future' }, prochaine: { cls: 'DIR', dir: 'future' },
  prochains: { cls: 'DIR', dir: 'future' }, prochaines: { cls: 'DIR', dir: 'future' },
  ce: { cls: 'DIR', dir: 'this' }, cet: { cls: 'DIR', dir: 'this' }, cette: { cls: 'DIR', dir: 'this' },
  'en cours': { cls: 'DIR', dir: 'this' },

  matin: { cls: 'PART', part: 'MO' }, matinée: { cls: 'PART', part: 'MO' },
  'après-midi': { cls: 'PART', part: 'AF' }, 'mi-journée': { cls: 'PART', part: 'MI' },
  soir: { cls: 'PART', part: 'EV' }, soirée: { cls: 'PART', part: 'EV' },
  nuit: { cls: 'PART', part: 'NI' },
  midi: { cls: 'CLOCK', hour: 12, minute: 0 }, minuit: { cls: 'CLOCK', hour: 0, minute: 0 },
  h: { cls: 'HOURMARK' },

  // The article belongs to the expression, the preposition before it does not ("à [la fin de l'année]",
  // "en [fin d'après-midi]", "au [début des années 60]": French TimeBank).
  début: { cls: 'MOD', mod: 'START' }, 'le début': { cls: 'MOD', mod: 'START' },
  fin: { cls: 'MOD', mod: 'END' }, 'la fin': { cls: 'MOD', mod: 'END' },
  milieu: { cls: 'MOD', mod: 'MID' }, 'le milieu': { cls: 'MOD', mod: 'MID' },
  mi: { cls: 'MOD', mod: 'MID' }, 'mi-': { cls: 'MOD', mod: 'MID' }, 'la mi': { cls: 'MOD', mod: 'MID' },
  environ: { cls: 'QMOD', mod: 'APPROX' }, vers: { cls: 'QMOD', mod: 'APPROX' }, 'près de': { cls: 'QMOD', mod: 'APPROX' },
  'aux alentours de': { cls: 'QMOD', mod: 'APPROX' }, 'quelque': { cls: 'QMOD', mod: 'APPROX' },
  "près d'": { cls: 'QMOD', mod: 'APPROX' },
  'plus de': { cls: 'QMOD', mod: 'MORE_THAN' }, "plus d'": { cls: 'QMOD', mod: 'MORE_THAN' },
  'moins de': { cls: 'QMOD', mod: 'LESS_THAN' }, "moins d'": { cls: 'QMOD', mod: 'LESS_THAN' },
  'au moins': { cls: 'QMOD', mod: 'EQUAL_OR_MORE' }, 'au plus': { cls: 'QMOD', mod: 'EQUAL_OR_LESS' },

  maintenant: { cls: 'REF', ref: 'PRESENT_REF', type: 'TIME' },
  actuellement: { cls: 'REF', ref: 'PRESENT_REF', type: 'TIME' },
  désormais: { cls: 'REF', ref: 'PRESENT_REF', type: 'TIME' },
  dorénavant: { cls: 'REF', ref: 'PRESENT_REF', type: 'TIME' },
  'pour le moment': { cls: 'REF', ref: 'PRESENT_REF', type: 'TIME' },
  'à présent': { cls: 'REF', ref: 'PRESENT_REF', type: 'TIME' },
  'de nos jours': { cls: 'REF', ref: 'PRESENT_REF', type: 'TIME' },
  auparavant: { cls: 'REF', ref: 'PAST_REF', type: 'TIME' },
  autrefois: { cls: 'REF', ref: 'PAST_REF', type: 'TIME' },
  jadis: { cls: 'REF', ref: 'PAST_REF', type: 'TIME' },
  récemment: { cls: 'REF', ref: 'PAST_REF', type: 'TIME' },
  naguère: { cls: 'REF', ref: 'PAST_REF', type: 'TIME' },
  avenir: { cls: 'REF', ref: 'FUTURE_REF', type: 'TIME' },
  futur: { cls: 'REF', ref: 'FUTURE_REF', type: 'TIME' }, future: { cls: 'REF', ref: 'FUTURE_REF', type: 'TIME' },
  actuel: { cls: 'REF', ref: 'PRESENT_REF', type: 'TIME' }, actuelle: { cls: 'REF', ref: 'PRESENT_REF', type: 'TIME' },
  actuels: { cls: 'REF', ref: 'PRESENT_REF', type: 'TIME' }, actuelles: { cls: 'REF', ref: 'PRESENT_REF', type: 'TIME' },
  prochainement: { cls: 'REF', ref: 'FUTURE_REF', type: 'TIME' },
  bientôt: { cls: 'REF', ref: 'FUTURE_REF', type: 'TIME' },

  'premier semestre': { cls: 'HALF', half: 1 }, 'second semestre': { cls: 'HALF', half: 2 }, 'deuxième semestre': { cls: 'HALF', half: 2 },

  printemps: { cls: 'SEASON', season: 'SP' }, été: { cls: 'SEASON', season: 'SU' },
  automne: { cls: 'SEASON', season: 'FA' }, hiver: { cls: 'SEASON', season: 'WI' },

  chaque: { cls: 'EVERY' }, 'tous les': { cls: 'EVERY' }, 'toutes les': { cls: 'EVERY' },
  quotidiennement: { cls: 'SETADJ', unit: 'D' },
  hebdomadaire: { cls: 'SETADJ', unit: 'W' }, mensuel: { cls: 'SETADJ', unit: 'M' }, mensuelle: { cls: 'SETADJ', unit: 'M' },
  annuel: { cls: 'SETADJ', unit: 'Y' }, annuelle: { cls: 'SETADJ', unit: 'Y' }, annuellement: { cls: 'SETADJ', unit: 'Y' },

  lendemain: { cls: 'ANAPH', unit: 'D', offset: 1 },
  surlendemain: { cls: 'ANAPH', unit: 'D', offset: 2 },
  veille: { cls: 'ANAPH', unit: 'D', offset: -1 }, 'avant-veille': { cls: 'ANAPH', unit: 'D', offset: -2 },
  'même jour': { cls: 'ANAPH', unit: 'D', offset: 0 },
  'ce jour-là': { cls: 'ANAPH', unit: 'D', offset: 0 },
  'cette date': { cls: 'ANAPH', unit: 'D', offset: 0 },
  'cette même date': { cls: 'ANAPH', unit: 'D', offset: 0 },
  'cette même journée': { cls: 'ANAPH', unit: 'D', offset: 0 },
  'cette époque': { cls: 'ANAPH', unit: 'D', offset: 0 }, 'même époque': { cls: 'ANAPH', unit: 'D', offset: 0, sameTimeOfYear: true },
  'même période': { cls: 'ANAPH', unit: 'D', offset: 0, sameTimeOfYear: true },
  'cette année-là': { cls: 'ANAPH', unit: 'Y', offset: 0 }, 'ce mois-là': { cls: 'ANAPH', unit: 'M', offset: 0 },
  'cette semaine-là': { cls: 'ANAPH', unit: 'W', offset: 0 },
  'la semaine du': { cls: 'WEEKOF' },

  plusieurs: { cls: 'FUZZY' }, quelques: { cls: 'FUZZY' }, des: { cls: 'FUZZY' }, 'de longues': { cls: 'FUZZY' },
  'de nombreuses': { cls: 'FUZZY' }, 'de nombreux': { cls: 'FUZZY' }, 'de longs': { cls: 'FUZZY' },

  "jour de l'an": { cls: 'HOLIDAY', month: 1, day: 1 }, 'nouvel an': { cls: 'HOLIDAY', month: 1, day: 1 },
  'fête nationale': { cls: 'HOLIDAY', month: 7, day: 14 }, toussaint: { cls: 'HOLIDAY', month: 11, day: 1 },
  'la saint-sylvestre': { cls: 'HOLIDAY', month: 12, day: 31 }, noël: { cls: 'HOLIDAY', month: 12, day: 25 },
  'fête du travail': { cls: 'HOLIDAY', month: 5, day: 1 }, 'le 14-juillet': { cls: 'HOLIDAY', month: 7, day: 14 },
  'et demi': { cls: 'ANDHALF' }, 'et demie': { cls: 'ANDHALF' },
  pâques: { cls: 'FEAST', easterOffset: 0 }, 'lundi de pâques': { cls: 'FEAST', easterOffset: 1 },
  'dimanche des rameaux': { cls: 'FEAST', easterOffset: -7 }, 'mardi gras': { cls: 'FEAST', easterOffset: -47 },
  'mercredi des cendres': { cls: 'FEAST', easterOffset: -46 }, ascension: { cls: 'FEAST', easterOffset: 39 },
  pentecôte: { cls: 'FEAST', easterOffset: 49 }, 'lundi de pentecôte': { cls: 'FEAST', easterOffset: 50 },
  gmt: { cls: 'TZ', tz: 'Z' }, utc: { cls: 'TZ', tz: 'Z' },
  'heure de paris': { cls: 'TZ', tz: '+01' }, 'heure française': { cls: 'TZ', tz: '+01' },
  'en france': { cls: 'TZ', tz: '+01' },
};

function build(): Record<string, LexEntry | LexEntry[]> {
  const lexicon: Record<string, LexEntry[]> = {};
  const add = (key: string, entry: LexEntry) => { (lexicon[key] ??= []).push(entry); };
  for (const [word, month] of Object.entries(MONTHS)) add(word, { cls: 'MONTH', month });
  for (const [word, weekday] of Object.entries(FRENCH_WEEKDAYS)) add(word, { cls: 'WEEKDAY', weekday });
  for (const [word, weekday] of Object.entries(PLURAL_WEEKDAYS)) add(word, { cls: 'WEEKDAY', weekday, plural: true });
  for (const [word, n] of Object.entries(NUMBERS)) add(word, { cls: 'NUMWORD', n, article: n === 1 });
  for (const [word, n] of Object.entries(ROUND_AMOUNTS)) add(`une ${word}`, { cls: 'NUMWORD', n, article: true });
  for (const [word, n] of Object.entries(MULTIPLIERS)) add(word, { cls: 'NUMWORD', n, multiplier: true });
  for (const [word, n] of Object.entries(ORDINALS)) add(word, { cls: 'ORDWORD', n });
  for (const [word, entry] of Object.entries(UNITS)) add(word, entry);
  for (const [word, entry] of Object.entries(TERMS)) add(word, entry);
  for (const [word, entries] of Object.entries(WORDS)) for (const e of [entries].flat()) add(word, e);
  return lexicon;
}

/**
 * Rules, longest match first at each position (ties go to the earlier rule). Spans follow the
 * French TimeBank guide: the article of a dated day is part of the expression ("le 19 décembre"),
 * prepositions are not ("depuis", "en", "à").
 */
const RULES: TimeRule[] = [
  // Ranges first, so that "du 3 au 5 mai" gives two dates sharing the month.
  { pattern: '[du] WEEKDAY?@a DAY@a [au] le?@b WEEKDAY?@b DAY@b MONTH@b YEAR?@b', kind: 'range' },
  { pattern: '[entre] le?@a DAY@a [et] le?@b DAY@b MONTH@b YEAR?@b', kind: 'range' },
  { pattern: 'les@a DAY@a [et] DAY@b MONTH@b YEAR?@b DIR?@b', kind: 'range' },
  { pattern: '[du] WEEKDAY?@a DAY@a MONTH@a [au] WEEKDAY?@b DAY@b MONTH@b YEAR?@b', kind: 'range' },
  // "entre mars et mai 2015", "entre le printemps et l'automne 2017": the year written once is both's.
  { pattern: '[entre|de] MONTH@a [et|à] MONTH@b YEAR@b', kind: 'range' },
  { pattern: "[entre] le|l'@a SEASON@a [et] le|l'@b SEASON@b YEAR@b", kind: 'range' },

  // Ages are not durations: "Jean Burget, 87 ans", "une fillette de 6 ans", "les 6-16 ans".
  { pattern: '[de] NUM UNIT [de|d\']', kind: 'duration' },
  { pattern: ',|(|-|de|âgé|âgée|âgés|âgées NUM ans', kind: 'skip' },
  { pattern: 'les moins de NUM ans', kind: 'skip' },
  // A season after "de" without an article qualifies a noun: "les Jeux d'hiver", "l'heure d'été".
  { pattern: 'de|d\' SEASON', kind: 'skip' },
  { pattern: 'de NUM à NUM ans', kind: 'skip' },
  // Names of feasts built on a weekday: "l'accord du Vendredi Saint".
  { pattern: 'WEEKDAY saint', kind: 'skip' },

  // Calendar dates: ISO 8601 and day/month/year in figures, then in words.
  { pattern: 'YEAR - MONTHNUM - DAY', kind: 'point' },
  { pattern: 'le? DAY /|. MONTHNUM /|. YEAR', kind: 'point' },
  { pattern: 'MOD? le|ce? WEEKDAY? DAY MONTH YEAR? DIR?', kind: 'point' },
  { pattern: 'WEEKOF DAY MONTH YEAR?', kind: 'point' },
  { pattern: 'le ORD|DIR WEEKDAY de|d\' MONTH YEAR?', kind: 'point' },
  { pattern: 'MOD? le? WEEKDAY? DAY MONTH YEAR2', kind: 'point' },
  { pattern: 'MOD? -? MONTH YEAR', kind: 'point' },
  { pattern: 'MOD? -? MONTH YEAR2', kind: 'point' },
  { pattern: 'MOD? le? mois de|d\' MONTH YEAR? DIR?', kind: 'point' },
  { pattern: 'MOD du mois de|d\' MONTH YEAR?', kind: 'point' },
  { pattern: 'MOD de|d\' MONTH YEAR?', kind: 'point' },
  { pattern: 'MOD? -? MONTH DIR?', kind: 'point' },
  { pattern: 'MOD? l\'? année YEAR', kind: 'point' },
  { pattern: 'MOD? YEAR', kind: 'point' },
  { pattern: 'MOD? du|le? ORD UNIT', kind: 'point' },
  { pattern: 'MOD de YEAR', kind: 'point' },
  { pattern: 'MOD? de|des? années DECNUM', kind: 'point' },
  // "les années 1980 et 1990": the second decade is written without "années".
  { pattern: 'MOD?@a de|des?@a années@a DECNUM@a [et|ou|à] DECNUM@b', kind: 'range' },
  { pattern: 'MOD? le|la|du? ORD UNIT de|d\'? YEAR', kind: 'point' },
  { pattern: 'MOD? le? HALF de|d\'? YEAR', kind: 'point' },
  // "au premier semestre": of the year of the article, or the year before when the half is still to come in a past clause.
  { pattern: 'MOD? le? HALF', kind: 'point' },
  // A season followed by "de" and no year names something: "le Printemps de Bourges", "l'été des festivals".
  // "en été" without an article is any summer unless a verb places it ("la demande augmente en été").
  { pattern: '[en] SEASON YEAR?', kind: 'point', habitual: true },
  { pattern: 'l\'|le|cet|ce? SEASON de|d\' YEAR', kind: 'point' },
  { pattern: 'l\'|le? SEASON [de|des|du|d\']', kind: 'skip' },
  { pattern: 'l\'|le|cet|ce? SEASON YEAR?', kind: 'point' },
  { pattern: 'MOD de|d\'|du? l\'|le? SEASON YEAR?', kind: 'point' },
  { pattern: 'l\'|le|cet|ce? SEASON DIR', kind: 'point' },
  { pattern: 'DIR SEASON', kind: 'point' },

  { pattern: 'la|le? HOLIDAY YEAR?', kind: 'point' },
  { pattern: "la|le|l'? FEAST YEAR?", kind: 'point' },
  { pattern: 'la|cette fête de|des FEAST YEAR?', kind: 'point' },

  // Weekdays and parts of days.
  // A night named by the two days it spans is the one that starts on the first ("la nuit de samedi à
  // dimanche", "la nuit du 3 au 4 juin"): one expression (French TimeBank guide).
  { pattern: "la|le|l' PART de|du WEEKDAY DAY? MONTH? à|au|et du? WEEKDAY DAY? MONTH? YEAR?", kind: 'point' },
  { pattern: "la|le|l' PART du DAY MONTH? au DAY MONTH YEAR?", kind: 'point' },
  { pattern: "la|le|l' PART de|du WEEKDAY DAY? MONTH? YEAR?", kind: 'point' },
  { pattern: "la|le|l' PART du WEEKDAY? DAY MONTH YEAR?", kind: 'point' },
  { pattern: 'le|les? WEEKDAY DIR? MOD? PART?', kind: 'point' },
  // "jeudi 3 à 20 h 30": a day number without its month; "samedi 5 buts" is no date.
  { pattern: "le? WEEKDAY DAY [à|,|.|;|)|et|au|dès|vers|prochain]", kind: 'point' },
  // "mardi en fin de soirée", "la matinée d'hier": one time, as "hier en fin d'après-midi".
  { pattern: "le? WEEKDAY DIR? en MOD de|d' PART", kind: 'point' },
  { pattern: "la|le|l' PART de|d' DEICTIC", kind: 'point' },
  { pattern: 'ce|cette? même? WEEKDAY PART?', kind: 'point' },
  { pattern: 'MOD? DEICTIC en? MOD? de|d\'? PART?', kind: 'point' },
  { pattern: 'MOD? DEICTIC WEEKDAY?', kind: 'point' },
  { pattern: 'MOD de|d\' PART', kind: 'point' },
  { pattern: "la|le|l' PART", kind: 'point' },
  { pattern: "le|la|l'? PART même", kind: 'anaphor' },

  // Relative to the document date: "l'an dernier", "la semaine prochaine", "cette année".
  { pattern: 'MOD? l\'|la|le|les? UNIT DIR', kind: 'point' },
  { pattern: 'MOD? DIR UNIT', kind: 'point' },
  { pattern: 'MOD de|d\'? DIR UNIT', kind: 'point' },
  // A part of the current unit: "la fin de l'année", "en début de semaine", "au début du mois".
  { pattern: 'le|la? MOD de|d\'|du? l\'|la|le? UNIT DIR?', kind: 'point' },
  { pattern: 'MOD? de|d\'? DIR UNIT - ci', kind: 'point' },

  // Recent past and near future in general: "ces dernières semaines", "les prochains jours".
  { pattern: 'ces|les DIR UNIT', kind: 'ref' },
  // "au cours des prochains jours": "des" is "de les", not an amount.
  { pattern: '[des] DIR UNIT', kind: 'ref' },
  // "Aujourd'hui, la ville a changé": set apart at the head of a clause, "aujourd'hui" is the present
  // of the situation, not the day of the article (French TimeBank).
  { pattern: '[,] REF [,]', kind: 'ref' },
  { pattern: '[START] REF [,]', kind: 'ref' },
  { pattern: 'REF', kind: 'ref' },
  // The article is part of "l'avenir" (French TimeBank).
  { pattern: 'l\' REF', kind: 'ref' },

  // Anaphora: the previously mentioned date.
  { pattern: "le|la|l'? ANAPH au? PART?", kind: 'anaphor' },
  // "le jour suivant", "l'année précédente", "le mardi suivant": one unit or weekday on from the date before;
  // in the plural an unknown number of units from it ("les semaines suivantes").
  { pattern: "le|la|l' UNIT ANAPHDIR", kind: 'anaphor' },
  { pattern: '[du|au] UNIT ANAPHDIR', kind: 'anaphor' },
  { pattern: "le|la? MOD de|d'|du? l'|la|le? UNIT ANAPHDIR", kind: 'anaphor' },
  { pattern: 'le? WEEKDAY ANAPHDIR PART?', kind: 'anaphor' },
  { pattern: 'les UNIT ANAPHDIR', kind: 'duration' },
  { pattern: '[des] UNIT ANAPHDIR', kind: 'duration' },

  // Times of day.
  { pattern: 'QMOD? HOUR HOURMARK MIN? locales? TZ?', kind: 'point' },
  { pattern: "[à|dès|vers|jusqu'à] HOUR heures MIN|ANDHALF? du|de? la|l'? PART?", kind: 'point' },
  // "de 9 heures à 17 heures" are opening hours; "une garde à vue de 9 heures" is a duration.
  { pattern: '[de] HOUR@a heures@a MIN?@a [à] HOUR@b heures@b MIN?@b', kind: 'range' },
  // "2 heures du matin", "8 heures du soir": the part of the day makes the hour a time.
  { pattern: "QMOD? HOUR heures MIN? du|de la|l'? PART", kind: 'point' },
  // "peu avant 10 heures," is a time; "avant 10 heures de garde à vue" is not.
  { pattern: '[avant|après] HOUR heures MIN? [,|.|;]', kind: 'point' },
  { pattern: 'QMOD? CLOCK', kind: 'point' },

  // Points counted from the document date or from the previous date.
  { pattern: "il y a QMOD? NUM|FUZZY de|d'? UNIT ANDHALF?", kind: 'ago' },
  // The signal stays out of the span and the expression is a duration (French TimeBank); the interval is resolved.
  { pattern: "QMOD? NUM|FUZZY de|d'? UNIT ANDHALF? [plus] [tard]", kind: 'later', type: 'DURATION' },
  { pattern: "QMOD? NUM|FUZZY de|d'? UNIT [plus] [tôt]", kind: 'earlier', type: 'DURATION' },
  { pattern: "QMOD? NUM|FUZZY de|d'? UNIT [auparavant]", kind: 'earlier', type: 'DURATION' },

  // Durations. A direction word before the number needs its article ("ces dernières 24 heures"):
  // in "avait passé trente ans sous ce régime", "passé" is the verb.
  // "une seconde explosion" is the ordinal; "en une seconde." the unit.
  { pattern: 'une seconde', kind: 'skip' },
  { pattern: 'QMOD? une UNIT [.|,|;|!|?|)|de|d\']', kind: 'duration' },
  { pattern: 'QMOD? ces|les DIR NUM UNIT DIR?', kind: 'duration' },
  { pattern: "QMOD? ces|les? NUM de|d'? UNIT ANDHALF? DIR|ANAPHDIR?", kind: 'duration' },
  { pattern: 'QMOD? FUZZY UNIT', kind: 'duration' },
  { pattern: 'QMOD? les? NUM|FUZZY? DIR UNIT', kind: 'duration' },
  // Words that are themselves an amount of time: "un quinquennat", "deux septennats".
  { pattern: 'QMOD? NUM|FUZZY? TERM', kind: 'duration' },

  // Recurrences.
  { pattern: 'EVERY NUM? UNIT', kind: 'set' },
  { pattern: 'EVERY le|les? WEEKDAY PART?', kind: 'set' },
  { pattern: 'EVERY les? PART', kind: 'set' },
  { pattern: 'EVERY SEASON', kind: 'set' },
  // After a determiner it is a noun, the periodical ("l'hebdomadaire Marianne", "le mensuel Capital").
  { pattern: "le|l'|un|du|au|cet|ce|son|sa SETADJ", kind: 'skip' },
  { pattern: 'SETADJ', kind: 'set' },
  // A rate: "5 milliards de dollars par semestre", "deux réunions par an"; the preposition stays out. A speed is not one.
  { pattern: 'km|kilomètres|kilomètre|mètres|milles|nœuds par UNIT', kind: 'skip' },
  { pattern: '[par] UNIT|TERM', kind: 'set' },
];

export const FRENCH_TIME: TimeLanguage = {
  lexicon: build(),
  ambiguous: ['été', 'passé', 'passée', 'des', 'avenir', 'mi', 'second', 'seconde', 'fin', 'début', 'milieu', 'vers', 'minute', 'cent', 'mille', 'future', 'futur'],
  ambiguousTriggers: ["l'", 'en', 'cet', 'cette', 'ce', 'le', 'la', 'les', 'dès', 'depuis', 'au', 'à', 'tout', 'pendant', 'durant', 'chaque', 'de', "d'", 'par'],
  ambiguousBlockers: [
    'a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avaient', 'avais', 'aurait', 'auraient', 'aura', 'auront',
    'eut', 'ayant', 'avoir', "n'a", "n'ont", 'aurions', 'auriez',
  ],
  // "l'ascension du mont Blanc" is no feast.
  capitalised: ['ascension'],
  lowercaseMonths: true,
  dayAfterTimeJoiners: [],
  abbreviations: ['janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
  rules: RULES,
  decadeSuffix: 'X',
  timeZoneInValue: true,
  decimalComma: true,
  tense: {
    past: [
      'a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avaient', 'avais', 'avions', 'aviez', 'eut', 'eurent',
      'était', 'étaient', 'étais', 'fut', 'furent', 'été', 'ayant', "n'a", "n'ont", "n'avait",
    ],
    pastBeforeParticiple: ['est', 'sont', 'suis', 'es', 'sommes', 'êtes', "s'est", "se", "s'était"],
    participleEndings: ['é', 'ée', 'és', 'ées', 'i', 'ie', 'is', 'ies', 'u', 'ue', 'us', 'ues', 'it', 'ite', 'ert', 'erte', 'int', 'inte'],
    futureSignals: ["jusqu'au", "jusqu'à", "d'ici", "d'ici au", "d'ici à"],
    pastSignals: ['depuis le', 'depuis'],
    verbGroupWords: ['être', 'été', 'pas', 'ne', "n'", 'plus', 'bien', 'aussi', 'déjà', 'encore', 'probablement', 'sans', 'doute'],
    futureBeforeVerb: ['va', 'vont', 'sera', 'seront', 'devrait', 'devraient', 'doit', 'doivent', 'pourra', 'pourront', 'pourrait'],
    present: [],
    future: ['va', 'vont', 'allons', 'allez', 'sera', 'seront', 'aura', 'auront', 'devrait', 'devraient', 'doit', 'doivent', 'prévoit', 'prévu', 'prévue'],
    pastEndings: ['[a-zà-ÿ]{2,}(?:ait|aient)$', '[a-zà-ÿ]{2,}(?:èrent|irent|urent)$', '[a-zà-ÿ]{3,}(?:âmes|âtes|îmes)$'],
    futureEndings: ['[a-zà-ÿ]{2,}(?:rai|ras|ra|rons|rez|ront|rait|raient)$'],
    endingExceptions: [
      'extra', 'contra', 'sierra', 'opéra', 'caméra', 'mantra', 'tantra', 'mais', 'jamais', 'fait', 'lait', 'trait',
      'portrait', 'retrait', 'souhait', 'attrait', 'extrait', 'parfait', 'bienfait', 'méfait', 'forfait',
      'ultra', 'cobra', 'vera', 'laura', 'sara', 'clara', 'barbara', 'tiara',
    ],
    minEndingWordLength: 4,
    perfectWithBe: [
      'aller', 'venir', 'arriver', 'partir', 'entrer', 'sortir', 'monter', 'descendre', 'naître', 'mourir', 'décéder',
      'rester', 'tomber', 'retourner', 'devenir', 'revenir', 'parvenir', 'survenir', 'intervenir', 'rentrer',
      'repartir', 'ressortir', 'remonter', 'redescendre', 'retomber', 'advenir', 'provenir', 'apparaître', 'disparaître',
    ],
    reflexiveClitics: ['se', "s'", 'me', "m'", 'te', "t'"],
    futureWeekdayReach: 6,
  },
};
