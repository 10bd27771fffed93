/** English cues used by the place stage (src/places/). Forms are lower-case. */

/** Capitalised words that start sentences or titles and happen to be place names somewhere. */
export const NOT_PLACE_WORDS = [
  'the', 'a', 'an', 'of', 'and', 'in', 'to', 'on', 'at', 'by', 'for', 'from', 'with', 'after', 'before', 'as', 'but',
  'he', 'she', 'it', 'they', 'we', 'you', 'i', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'there', 'here',
  'when', 'while', 'if', 'since', 'however', 'also', 'according', 'during', 'despite', 'many', 'some', 'most', 'more',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'source', 'sources', 'president', 'minister', 'prime', 'general', 'mr', 'mrs', 'ms', 'dr', 'sir', 'saint', 'st',
  'state', 'states', 'republic', 'kingdom', 'north', 'south', 'east', 'west', 'central', 'union', 'nations', 'council',
  'senate', 'house', 'congress', 'parliament', 'government', 'army', 'police', 'court', 'justice', 'forces', 'democrats',
  'republicans', 'republican', 'democrat', 'democratic', 'party', 'today', 'yesterday', 'tomorrow', 'news', 'reuters',
  'photo', 'video', 'christmas', 'easter', 'new', 'white', 'black', 'victoria', 'lincoln', 'jackson', 'clinton', 'obama',
  'biden', 'trump', 'pence', 'bush', 'johnson', 'warren', 'sanders', 'harris', 'mayor', 'governor', 'officials',
  'world', 'center', 'centre', 'one', 'no', 'time',
] as const;

/** Words that, right before a name, make it a place (also used to accept small or fuzzy matches). */
export const LOCATIVE_CUES = [
  'in', 'at', 'near', 'to', 'from', 'into', 'towards', 'toward', 'across', 'outside', 'inside', 'around', 'city',
  'town', 'village', 'province', 'governorate', 'region', 'district', 'camp', 'capital', 'border', 'suburb',
  'through', 'via',
] as const;

/** Words before a name that point to a first-level region rather than the city of the same name. */
export const REGION_CUES = ['province', 'governorate', 'region', 'state', 'prefecture', 'oblast', 'district'] as const;

/** Words within a few words before a place that make it a border. */
export const BORDER_CUES = ['border', 'borders', 'frontier', 'crossing', 'borderline'] as const;

/** Prepositions right before a place, by role. */
export const ROLE_PREPOSITIONS = {
  location: ['in', 'at', 'near', 'inside', 'outside', 'around', 'across', 'on'],
  origin: ['from', 'fleeing', 'leaving', 'left'],
  destination: ['to', 'into', 'towards', 'toward', 'reach', 'reached', 'entering', 'entered'],
} as const;

/** Verbs of speech and demand: a capital or a country as their subject (or addressee) is a government speaking. */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'demanded', 'demands', 'demand', 'declared', 'declares', 'accused', 'accuses', 'condemned',
  'condemns', 'denounced', 'denounces', 'announced', 'announces', 'claimed', 'claims', 'called', 'calls', 'urged',
  'urges', 'warned', 'warns', 'threatened', 'threatens', 'refused', 'refuses', 'rejected', 'rejects', 'denied', 'denies',
  'welcomed', 'welcomes', 'insisted', 'insists', 'protested', 'protests', 'promised', 'promises', 'asked', 'asks',
  'responded', 'responds', 'replied', 'stated', 'states', 'blamed', 'blames', 'vowed', 'vows', 'criticised',
  'criticized', 'criticises', 'criticizes', 'sanctioned', 'imposed', 'negotiated', 'recognised', 'recognized',
  'insisted', 'pressed', 'told', 'tells',
] as const;

/** Words that may sit between a subject and its verb ("Damascus has repeatedly demanded"). */
export const VERB_FILLERS = [
  'has', 'have', 'had', 'will', 'would', 'could', 'also', 'again', 'repeatedly', 'already', 'officially', 'publicly',
  'strongly', 'immediately', 'recently', 'then', 'later', 'not', 'never', 'always', 'which', 'who', 'formally', 'is',
  'was', 'has been', 'earlier',
] as const;

/** Lower-case words allowed inside a multi-word place name ("Isle of Man", "Bosnia and Herzegovina"). */
export const NAME_CONNECTORS = ['of', 'the', 'and', 'upon', 'on', 'de', 'al', 'el', 'du', 'la'] as const;

/** Prefixes elided onto a name (none in English; possessive 's is stripped separately). */
export const ELIDED_PREFIXES = [] as const;

/** Titles before a capitalised word that make it a person's name, not a place ("President Jackson"). */
export const PERSON_TITLES = [
  'mr', 'mrs', 'ms', 'miss', 'president', 'minister', 'general', 'colonel', 'mayor', 'senator', 'sen', 'rep',
  'representative', 'governor', 'gov', 'prince', 'king', 'queen', 'sheikh', 'emir', 'dr', 'judge', 'justice',
  'ambassador', 'spokesman', 'spokeswoman', 'pope', 'saint', 'st', 'lord', 'lady', 'sir', 'secretary', 'chancellor',
] as const;

/** Words before a name that make it an outlet, not a place ("the channel al-Mayadeen"). */
export const MEDIA_HEADS = ['channel', 'newspaper', 'daily', 'weekly', 'agency', 'broadcaster', 'tv', 'radio', 'magazine', 'website', 'outlet', 'team', 'club', 'firm', 'company'] as const;

/**
 * Words that make an adjacent place name part of an organisation, facility, event or document
 * name ("United States Department of Justice", "Baghdad International Airport", "Parliament of
 * Iraq", "Paris Agreement"): checked right after the name, and before it across "of".
 */
export const ORGANISATION_WORDS = [
  'department', 'ministry', 'council', 'airport', 'international', 'tv', 'media', 'news', 'post', 'times', 'agreement',
  'accord', 'accords', 'constitution', 'congress', 'senate', 'house', 'parliament', 'university', 'board', 'commission',
  'air', 'police', 'army', 'party', 'company', 'corporation', 'bank', 'club', 'fc', 'united', 'hospital', 'center',
  'centre', 'institute', 'foundation', 'oil', 'court', 'assembly', 'legislature', 'stock', 'exchange', 'group', 'times',
  'journal', 'herald', 'tribune', 'telegraph', 'guardian', 'observer', 'daily', 'school', 'college', 'museum', 'zoo',
  'stadium', 'cathedral', 'mosque', 'church', 'agency', 'authority', 'office', 'bureau', 'embassy', 'consulate',
  'commerce', 'economy', 'treasury', 'defense', 'defence', 'interior', 'energy', 'labor', 'labour',
] as const;

/** Buildings that stand for an institution; towns elsewhere share their names ("White House", Kansas). */
export const INSTITUTION_NAMES = ['White House', 'Kremlin', 'Pentagon', 'Elysee', 'Élysée', 'Downing Street', 'Capitol Hill', 'Vatican City State'] as const;

/** Whether the words above are capitalised inside names in this language. */
export const ORGANISATION_WORDS_CAPITALISED: boolean = true;

/** Words opening a clause after a speech verb ("demanded that Washington withdraw"): its capital or country subject is a government. */
export const COMPLEMENTISERS = ['that'] as const;
