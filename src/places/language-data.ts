import * as fr from '../lang/fr/places.js';
import * as en from '../lang/en/places.js';
import type { AnalysisLanguage } from '../pipeline/stage.js';
import { nameKeys } from './normalize.js';

/** The per-language word lists of src/lang/<lang>/places.ts, as sets for constant-time lookups. */
export interface PlaceLanguageData {
  notPlaceWords: ReadonlySet<string>;
  /** Titles and media words before a capitalised name that make it a person or an outlet ("président Jackson", "chaîne al-Mayadeen"). */
  notPlaceHeads: ReadonlySet<string>;
  locativeCues: ReadonlySet<string>;
  regionCues: ReadonlySet<string>;
  borderCues: ReadonlySet<string>;
  roles: { location: ReadonlySet<string>; origin: ReadonlySet<string>; destination: ReadonlySet<string> };
  speechVerbs: ReadonlySet<string>;
  complementisers: ReadonlySet<string>;
  organisationWords: ReadonlySet<string>;
  /** Whether organisation words are capitalised in names (English) or not (French). */
  organisationWordsCapitalised: boolean;
  /** Folded keys of buildings that stand for institutions ("Maison-Blanche", "Kremlin"). */
  institutionKeys: ReadonlySet<string>;
  verbFillers: ReadonlySet<string>;
  nameConnectors: ReadonlySet<string>;
  elidedPrefixes: ReadonlySet<string>;
}

function prepare(data: typeof fr | typeof en): PlaceLanguageData {
  return {
    notPlaceWords: new Set(data.NOT_PLACE_WORDS),
    notPlaceHeads: new Set([...data.PERSON_TITLES, ...data.MEDIA_HEADS]),
    locativeCues: new Set(data.LOCATIVE_CUES),
    regionCues: new Set(data.REGION_CUES),
    borderCues: new Set(data.BORDER_CUES),
    roles: {
      location: new Set(data.ROLE_PREPOSITIONS.location),
      origin: new Set(data.ROLE_PREPOSITIONS.origin),
      destination: new Set(data.ROLE_PREPOSITIONS.destination),
    },
    speechVerbs: new Set(data.SPEECH_VERBS),
    complementisers: new Set<string>(data.COMPLEMENTISERS),
    organisationWords: new Set(data.ORGANISATION_WORDS),
    organisationWordsCapitalised: data.ORGANISATION_WORDS_CAPITALISED,
    institutionKeys: new Set(data.INSTITUTION_NAMES.map((name) => nameKeys(name, false).full)),
    verbFillers: new Set(data.VERB_FILLERS),
    nameConnectors: new Set(data.NAME_CONNECTORS),
    elidedPrefixes: new Set<string>(data.ELIDED_PREFIXES),
  };
}

const BY_LANGUAGE: Record<AnalysisLanguage, PlaceLanguageData> = { fr: prepare(fr), en: prepare(en) };

export const placeLanguageData = (lang: AnalysisLanguage): PlaceLanguageData => BY_LANGUAGE[lang];
