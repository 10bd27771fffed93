/**
 * The shape of the per-language time data (src/lang/<lang>/time.ts). The engine in src/time/ only
 * knows these word classes and rule patterns; every word and every rule lives in the language file.
 */

/** Calendar units as TIMEX3 spells them in durations (`P3D`, `PT5H`); `DE` decade, `CE` century, `WE` weekend. */
export type TimeUnit = 'S' | 'MIN' | 'H' | 'D' | 'WE' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';

export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type Direction = 'past' | 'future' | 'this';
export type TimexMod = 'START' | 'MID' | 'END' | 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS' | 'ON_OR_BEFORE' | 'ON_OR_AFTER';
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type RefValue = 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF';

/** A word or phrase of the lexicon and what it contributes to the expression it is part of. */
export type LexEntry =
  | { cls: 'MONTH'; month: number }
  /** `plural`: a recurrence ("on Mondays", "les lundis"). */
  | { cls: 'WEEKDAY'; weekday: number; plural?: boolean }
  | { cls: 'UNIT'; unit: TimeUnit; plural?: boolean }
  /** A stretch of time named by one word, as an amount of a unit (`quinquennat`: 5 Y, `semestre`: 6 M). */
  | { cls: 'TERM'; unit: TimeUnit; amount: number; plural?: boolean }
  | { cls: 'NUMWORD'; n: number; multiplier?: boolean; article?: boolean }
  | { cls: 'ORDWORD'; n: number }
  | { cls: 'FUZZY' }
  | { cls: 'DEICTIC'; unit: TimeUnit; offset: number; part?: PartOfDay }
  | { cls: 'DIR'; dir: Direction }
  /** A direction counted from the date mentioned before, not from the document's ("le mardi suivant", "la semaine précédente"). */
  | { cls: 'ANAPHDIR'; dir: Direction }
  | { cls: 'PART'; part: PartOfDay; plural?: boolean }
  | { cls: 'CLOCK'; hour: number; minute: number }
  | { cls: 'AMPM'; pm: boolean }
  | { cls: 'HOURMARK' }
  /** Position in a period: START, MID, END ("début", "late"). */
  | { cls: 'MOD'; mod: TimexMod }
  /** Quantity of a duration or time: APPROX, MORE_THAN … ("environ", "more than"). */
  | { cls: 'QMOD'; mod: TimexMod }
  | { cls: 'REF'; ref: RefValue; type: TimexType }
  | { cls: 'SEASON'; season: Season }
  /** A decade in words, by the tens digit of its years ("the nineties": 9). */
  | { cls: 'DECADEWORD'; tens: number }
  /** A quarter in the shorthand of financial news ("Q3", "3Q"): 3. */
  | { cls: 'QUARTER'; quarter: number }
  /** A half of a year ("the second half of 1989": 1989-H2). */
  | { cls: 'HALF'; half: 1 | 2 }
  /** "et demi": half a unit more ("deux ans et demi"), or half past the hour ("8 heures et demie"). */
  | { cls: 'ANDHALF' }
  /** A movable feast, so many days after Easter Sunday (Pentecost: 49); `week`: the week that holds it ("Holy Week"). */
  | { cls: 'FEAST'; easterOffset: number; week?: boolean }
  | { cls: 'EVERY' }
  | { cls: 'SETADJ'; unit: TimeUnit }
  /** A day counted within a stretch of time ("the second day of an offensive"): the day the story is on. */
  | { cls: 'NTHDAY' }
  /** `sameTimeOfYear`: the document's time of year in the year mentioned before ("à la même époque"). */
  | { cls: 'ANAPH'; unit: TimeUnit; offset: number; sameTimeOfYear?: boolean }
  | { cls: 'TZ'; tz: string }
  /**
   * A holiday on a fixed day (`Christmas`: 12-25) or on the nth weekday of a month (`Thanksgiving`),
   * `daysAfter` that weekday (U.S. Election Day: the Tuesday after the first Monday of November).
   */
  | { cls: 'HOLIDAY'; month: number; day?: number; weekday?: number; nth?: number; daysAfter?: number }
  /** The period a report is about ("the quarter", "the latest period"): the quarter last mentioned. */
  | { cls: 'PERIOD' }
  /** A year counted from the document's, qualifying a month or quarter ("July last year", "next year's first quarter"). */
  | { cls: 'YEARREL'; offset: number }
  /** "the week of March 6", "la semaine du 6 mars": the week that holds the day named after it. */
  | { cls: 'WEEKOF' }
  /** "the day before": so many days from the day named after it ("the day before last Tuesday's hearing"). */
  | { cls: 'DAYSHIFT'; days: number };

export type LexClass = LexEntry['cls'];

/**
 * How a matched rule is interpreted:
 * - `point`: a calendar date or time (absolute, relative to the DCT, or tense-resolved);
 * - `duration`: an amount of a unit (`trois jours`, `PXD`);
 * - `ago` / `hence`: a point an amount before or after the DCT ("a year from now");
 * - `later` / `earlier`: a point an amount after or before the previous date;
 * - `set`: a recurrence (`chaque lundi`, `daily`);
 * - `ref`: PAST_REF / PRESENT_REF / FUTURE_REF, or the fixed `value` of the rule;
 * - `anaphor`: the previously mentioned date (`depuis cette date`, `le lendemain`);
 * - `range`: two points (`du 3 au 5 mai`), the elements marked `@b` forming the second one;
 * - `skip`: not a time expression although it looks like one (ages: "Jean Burget, 87 ans").
 */
export type RuleKind = 'point' | 'duration' | 'ago' | 'hence' | 'later' | 'earlier' | 'set' | 'ref' | 'anaphor' | 'range' | 'skip';

export interface TimeRule {
  /**
   * Space-separated elements: an UPPERCASE word class (lexicon class, or one of the built-in
   * NUM, AMOUNT (a figure or a multiplier word ending an amount: "1.76", "million"), DAY, MONTHNUM, YEAR, YEAR2, YEARW (a year in words: "nineteen ninety-six"), DECADE, DECNUM, HOUR, MIN, ORD, START (no word: the beginning of a sentence or line, used as context `[START]`)), a lowercase literal, `a|b` alternatives;
   * `?` marks an optional element, `@b` an element of the second point of a range, and `[…]` a
   * required context word that stays outside the span.
   */
  pattern: string;
  kind: RuleKind;
  /**
   * Fixed TIMEX3 value and type for `ref` rules that are not built from a REF word; on `later` /
   * `earlier` rules, `DURATION` reports the amount ("deux mois") as the TIMEX3 value while the
   * interval still gives the date it leads to.
   */
  value?: string;
  type?: TimexType;
  /** The reported quarter is the one that ends on the date written next ("the quarter ended July 31" → Q2). */
  endsAtNextDate?: boolean;
  /**
   * A `point` rule whose expression is generic when no past or future verb in its clause places it:
   * "la demande augmente en été" is every summer (`XXXX-SU`), "il est parti en été" one summer.
   */
  habitual?: boolean;
}

export interface TimeLanguage {
  lexicon: Record<string, LexEntry | LexEntry[]>;
  /** Words that are a time word only next to another time word or after a trigger (`May`, `été`, `fall`). */
  ambiguous: readonly string[];
  /** Words after which an ambiguous word is read as a time word (`in May`, `l'été`). */
  ambiguousTriggers: readonly string[];
  /** Words after which an ambiguous word is never a time word (`a été`). */
  ambiguousBlockers: readonly string[];
  /** Words that are time words, or open a time phrase, only when capitalised (`May`, `March`: "may", "march" are a verb; "Super Tuesday"). */
  capitalised: readonly string[];
  /**
   * Whether the language writes month names in lower case (French): a capitalised month with a
   * capitalised word after it is then part of a name ("le ministre Mai Fatty").
   */
  lowercaseMonths: boolean;
  /** Words that may join a time of day to the day written after it ("at midnight on Sunday"). */
  dayAfterTimeJoiners: readonly string[];
  /** Words that may be abbreviated with a final period (`Aug.`), which is then part of the span. */
  abbreviations: readonly string[];
  rules: readonly TimeRule[];
  /** `X` in French (`196X`), empty in English (`199`), following each TimeBank's convention. */
  decadeSuffix: string;
  /** Whether a clock time's value carries its zone (French TimeBank `T12:30-07`; English TimeBank writes `T17:00` for "5 p.m. EST"). */
  timeZoneInValue: boolean;
  /** Decimal comma (French `30,4`) rather than a thousands separator (English `1,700`). */
  decimalComma: boolean;
  tense: TenseCues;
}

/** Cues used to guess the tense of a clause when the tagger has not given token features. */
export interface TenseCues {
  /** Auxiliaries and verb forms that mark a past event (`ont`, `avait`, `was`, `said`). */
  past: readonly string[];
  /** Auxiliaries that mark a past event only when followed by a participle (`est parti`). */
  pastBeforeParticiple: readonly string[];
  participleEndings: readonly string[];
  /** Auxiliaries of the future (`will`, `va`, `vont`). */
  future: readonly string[];
  /** Present-tense auxiliaries that end the search for a tense ("is calling for the redemption on Dec. 7"). */
  present: readonly string[];
  /** Words that make a present auxiliary just before them a future ("is to resume", "are set to meet", "is due to"). */
  futureAfterPresent?: readonly string[];
  /** Words just before an expression that make it a date yet to come ("jusqu'au 30 juin", "payable Jan. 2", "effective Dec. 7"). */
  futureSignals: readonly string[];
  /**
   * Words just before an expression that make it a deadline ("by May", "until May"): ahead, unless a past
   * clause tells it had passed ("By Labor Day, he had hired staff", told in January).
   */
  deadlineSignals?: readonly string[];
  /** Words just before an expression that make it a starting point, hence past ("since May", "depuis le 3 mai"). */
  pastSignals: readonly string[];
  /** Words that, up to three words before a past form, make it part of a future verb group ("will be paid", "to be held"). */
  futureBeforeVerb: readonly string[];
  /** Words that may stand between such a word and the past form ("will *not be* paid", "would *have* said"). */
  verbGroupWords: readonly string[];
  /** Endings of finite verbs (regex sources, applied to lowercased words). */
  pastEndings: readonly string[];
  futureEndings: readonly string[];
  /** Words the endings would misread (`extra` is not a future, `need` is not a past). */
  endingExceptions: readonly string[];
  minEndingWordLength: number;
  /** Lemmas of verbs whose compound tenses take the passive's auxiliary ("il est arrivé samedi"). */
  perfectWithBe?: readonly string[];
  /** Reflexive pronouns, whose verbs form compound tenses with that auxiliary too ("s'est engagé"). */
  reflexiveClitics?: readonly string[];
  /** Words that introduce an infinitive ("decided *to* admit"), read with the tagger's `VerbForm=Inf`. */
  infinitiveMarkers?: readonly string[];
  /** Words that open a condition, whose past verb is hypothetical, not past ("*if* he won the election on Nov. 8"). */
  conditionMarkers?: readonly string[];
  /** Auxiliaries of the past perfect, which put a listed future word in the past ("*had been* scheduled to expire Friday"). */
  pastPerfect?: readonly string[];
  /**
   * How many days ahead a bare weekday of a future clause may lie; further ahead, the day just
   * gone is meant (English news: "would look for ways around Wednesday's ruling", told on a Friday).
   */
  futureWeekdayReach: number;
}
