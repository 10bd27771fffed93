/** French cues used by the place stage (src/places/). Forms are lower-case, accents kept. */

/** Capitalised words that start sentences or titles and happen to be place names somewhere. */
export const NOT_PLACE_WORDS = [
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'en', 'au', 'aux', 'à', 'a', 'dans', 'pour', 'par', 'sur',
  'selon', 'depuis', 'après', 'avant', 'contre', 'mais', 'ou', 'il', 'elle', 'ils', 'elles', 'ce', 'cette', 'ces',
  'c', 'son', 'sa', 'ses', 'leur', 'nous', 'vous', 'on', 'si', 'lors', 'alors', 'ainsi', 'enfin', 'pourtant', 'entre',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'source', 'sources', 'président', 'présidente', 'ministre', 'premier', 'première', 'général', 'monsieur', 'madame',
  'm', 'mme', 'dr', 'saint', 'sainte', 'état', 'etat', 'république', 'royaume', 'nord', 'sud', 'est', 'ouest', 'centre',
  'union', 'nations', 'conseil', 'assemblée', 'sénat', 'parlement', 'gouvernement', 'armée', 'police', 'justice',
  'résistance', 'forces', 'avec', 'aujourd', 'hier', 'demain', 'mots', 'photo', 'vidéo', 'belle', 'bien', 'plus',
  'monde', 'grande', 'bon', 'se', 'une',
] as const;

/** Words that, right before a name, make it a place (also used to accept small or fuzzy matches). */
export const LOCATIVE_CUES = [
  'à', 'a', 'en', 'dans', 'au', 'aux', 'près', 'vers', 'depuis', 'ville', 'village', 'localité', 'commune', 'région',
  'province', 'gouvernorat', 'district', 'camp', 'capitale', 'cité', 'quartier', 'banlieue', 'frontière', 'environs',
  'sud', 'nord', 'est', 'ouest', 'centre', 'entre', 'reliant', 'traverse', 'jusqu',
] as const;

/** Words before a name that point to a first-level region rather than the city of the same name. */
export const REGION_CUES = ['province', 'gouvernorat', 'région', 'état', 'préfecture', 'wilaya', 'oblast', 'district'] as const;

/** Words within a few words before a place that make it a border. */
export const BORDER_CUES = ['frontière', 'frontières', 'frontalier', 'frontalière', 'poste-frontière', 'confins'] as const;

/** Prepositions right before a place, by role. "de" is left out: it marks origin far less often than possession. */
export const ROLE_PREPOSITIONS = {
  location: ['à', 'a', 'en', 'dans', 'au', 'aux', 'près', 'sur'],
  origin: ['depuis', 'provenance', 'venant', 'venu', 'venus', 'venue', 'venues', 'originaire', 'originaires', 'fuyant'],
  destination: ['vers', 'pour', 'jusqu', 'direction', 'rejoindre', 'gagner'],
} as const;

/** Verbs of speech and demand: a capital or a country as their subject (or addressee) is a government speaking. */
export const SPEECH_VERBS = [
  'réclamé', 'réclame', 'réclament', 'demandé', 'demande', 'demandent', 'déclaré', 'déclare', 'déclarent', 'exigé',
  'exige', 'exigent', 'accusé', 'accuse', 'accusent', 'condamné', 'condamne', 'condamnent', 'dénoncé', 'dénonce',
  'dénoncent', 'annoncé', 'annonce', 'annoncent', 'affirmé', 'affirme', 'affirment', 'estimé', 'estime', 'estiment',
  'appelé', 'appelle', 'appellent', 'menacé', 'menace', 'menacent', 'refusé', 'refuse', 'refusent', 'rejeté', 'rejette',
  'rejettent', 'nié', 'nie', 'nient', 'démenti', 'dément', 'démentent', 'salué', 'salue', 'saluent', 'averti',
  'avertit', 'averti', 'prévenu', 'prévient', 'répondu', 'répond', 'insisté', 'insiste', 'protesté', 'proteste',
  'reproché', 'reproche', 'exhorté', 'exhorte', 'sommé', 'somme', 'promis', 'promet', 'assuré', 'assure', 'jugé',
  'juge', 'qualifié', 'qualifie', 'soutenu', 'soutient', 'reconnu', 'reconnaît', 'reconnait', 'indiqué', 'indique',
  'fait savoir', 'répliqué', 'réplique', 'riposté', 'riposte', 'sanctionné', 'sanctionne', 'négocié', 'négocie',
] as const;

/** Words that may sit between a subject and its verb ("Damas a à maintes reprises réclamé"). */
export const VERB_FILLERS = [
  'a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'à', 'maintes', 'reprises', 'déjà', 'encore', 'aussi', 'également',
  'ainsi', 'alors', 'pour', 'sa', 'part', 'quant', 'lui', 'elle', 'de', 'son', 'côté', 'ne', 'n', 'pas', 'jamais',
  'toujours', 'récemment', 'officiellement', 'publiquement', 'vivement', 'fermement', 'immédiatement', 'qui', 'se', 's',
] as const;

/** Lower-case words allowed inside a multi-word place name ("Saint-Jean-de-Luz", "Méditerranée orientale"). */
export const NAME_CONNECTORS = ['de', 'du', 'des', 'la', 'le', 'les', 'sur', 'd', 'l', 'al', 'el'] as const;

/** Prefixes elided onto a name ("l’Iran", "d’Alep", "jusqu’à"). */
export const ELIDED_PREFIXES = ['l', 'd', 'jusqu', 'qu', 'lorsqu', 'puisqu', 'n', 's', 'c', 'j', 'm', 't'] as const;

/** Titles before a capitalised word that make it a person's name, not a place ("président Jackson"). */
export const PERSON_TITLES = [
  'm', 'mme', 'mlle', 'président', 'présidente', 'ministre', 'général', 'colonel', 'maire', 'sénateur', 'sénatrice',
  'député', 'députée', 'prince', 'roi', 'reine', 'cheikh', 'émir', 'docteur', 'dr', 'juge', 'ambassadeur', 'porte-parole',
  'pape', 'saint', 'sainte', 'famille', 'affaire',
] as const;

/** Words before a name that make it an outlet, not a place ("la chaîne al-Mayadeen"). */
export const MEDIA_HEADS = ['chaîne', 'journal', 'quotidien', 'hebdomadaire', 'agence', 'télévision', 'radio', 'site', 'magazine', 'information', 'équipe', 'club'] as const;

/**
 * Words that make an adjacent place name part of an organisation, facility, event or document
 * name ("accord de Paris", "Université de Lyon", "La France insoumise", "ministère de l'Intérieur
 * d'Irak"): checked right after the name, and before it across "de".
 */
export const ORGANISATION_WORDS = [
  'accord', 'accords', 'université', 'banque', 'parlement', 'ministère', 'insoumise', 'aéroport', 'conseil', 'agence',
  'tribunal', 'cour', 'musée', 'stade', 'lycée', 'collège', 'école', 'institut', 'fondation', 'club', 'fc', 'traité',
  'convention', 'conférence', 'sommet', 'protocole', 'déclaration', 'opération', 'nations', 'journal', 'assemblée',
  'compagnie', 'société', 'groupe', 'consulat', 'office', 'bureau', 'oil', 'times', 'post', 'news', 'airport', 'tv',
] as const;

/** Buildings that stand for an institution; towns elsewhere share their names ("Maison-Blanche"). */
export const INSTITUTION_NAMES = ['Maison-Blanche', 'Maison Blanche', 'Kremlin', 'Pentagone', 'Élysée', 'Matignon', "Quai d'Orsay", 'Downing Street', 'Capitole'] as const;

/** Whether the words above are capitalised inside names in this language. */
export const ORGANISATION_WORDS_CAPITALISED: boolean = false;

/** Words opening a clause after a speech verb ("demanded that Washington withdraw"): its capital or country subject is a government. */
export const COMPLEMENTISERS = ['que', 'qu'] as const;
