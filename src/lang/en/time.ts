import type { LexEntry, TimeLanguage, TimeRule } from '../../time/language.js';

/** English time vocabulary, keyed by the phrase as written (case is folded when compiled). */
const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5,
};

const PLURAL_WEEKDAYS: Record<string, number> = { mondays: 1, tuesdays: 2, wednesdays: 3, thursdays: 4, fridays: 5, saturdays: 6, sundays: 7 };

const NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12, 'a dozen': 12, 'a couple of': 2, 'a couple': 2, 'couple of': 2,
  // "half an hour" is thirty minutes: a fraction of a unit spills into the next smaller one.
  'half a': 0.5, 'half an': 0.5,
};
const ARTICLES: Record<string, number> = { a: 1, an: 1 };
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 };

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, thirtieth: 30,
};

const DECADES: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

const UNITS: Record<string, LexEntry> = {
  second: { cls: 'UNIT', unit: 'S' }, seconds: { cls: 'UNIT', unit: 'S', plural: true },
  minute: { cls: 'UNIT', unit: 'MIN' }, minutes: { cls: 'UNIT', unit: 'MIN', plural: true },
  hour: { cls: 'UNIT', unit: 'H' }, hours: { cls: 'UNIT', unit: 'H', plural: true },
  day: { cls: 'UNIT', unit: 'D' }, days: { cls: 'UNIT', unit: 'D', plural: true },
  week: { cls: 'UNIT', unit: 'W' }, weeks: { cls: 'UNIT', unit: 'W', plural: true },
  weekend: { cls: 'UNIT', unit: 'WE' }, 'week-end': { cls: 'UNIT', unit: 'WE' }, weekends: { cls: 'UNIT', unit: 'WE', plural: true },
  month: { cls: 'UNIT', unit: 'M' }, months: { cls: 'UNIT', unit: 'M', plural: true },
  quarter: { cls: 'UNIT', unit: 'Q' }, quarters: { cls: 'UNIT', unit: 'Q', plural: true },
  year: { cls: 'UNIT', unit: 'Y' }, years: { cls: 'UNIT', unit: 'Y', plural: true },
  decade: { cls: 'UNIT', unit: 'DE' }, decades: { cls: 'UNIT', unit: 'DE', plural: true },
  century: { cls: 'UNIT', unit: 'CE' }, centuries: { cls: 'UNIT', unit: 'CE', plural: true },
  // "a quarter century" is 25 years, not a quarter of a year.
  'quarter century': { cls: 'TERM', unit: 'Y', amount: 25 }, 'quarter-century': { cls: 'TERM', unit: 'Y', amount: 25 },
  'quarter centuries': { cls: 'TERM', unit: 'Y', amount: 25, plural: true },
};

const WORDS: Record<string, LexEntry | LexEntry[]> = {
  yesterday: { cls: 'DEICTIC', unit: 'D', offset: -1 },
  today: { cls: 'DEICTIC', unit: 'D', offset: 0 },
  tomorrow: { cls: 'DEICTIC', unit: 'D', offset: 1 },
  tonight: { cls: 'DEICTIC', unit: 'D', offset: 0, part: 'NI' },
  'last night': { cls: 'DEICTIC', unit: 'D', offset: -1, part: 'NI' },
  'this morning': { cls: 'DEICTIC', unit: 'D', offset: 0, part: 'MO' },
  'this afternoon': { cls: 'DEICTIC', unit: 'D', offset: 0, part: 'AF' },
  'this evening': { cls: 'DEICTIC', unit: 'D', offset: 0, part: 'EV' },
  'the day before yesterday': { cls: 'DEICTIC', unit: 'D', offset: -2 },
  'the day after tomorrow': { cls: 'DEICTIC', unit: 'D', offset: 2 },
  'the weekend': { cls: 'DEICTIC', unit: 'WE', offset: 0 },
  'year-end': { cls: 'DEICTIC', unit: 'Y', offset: 0 }, 'year end': { cls: 'DEICTIC', unit: 'Y', offset: 0 },
  "year's end": { cls: 'DEICTIC', unit: 'Y', offset: 0 },
  // "For the year, volume was flat", "the fiscal year", "the second half of the year": in news, the year of the article.
  'the year': [{ cls: 'DEICTIC', unit: 'Y', offset: 0 }, { cls: 'YEARREL', offset: 0 }], 'the full year': { cls: 'DEICTIC', unit: 'Y', offset: 0 },
  'the fiscal year': { cls: 'DEICTIC', unit: 'Y', offset: 0 },

  last: { cls: 'DIR', dir: 'past' }, past: { cls: 'DIR', dir: 'past' }, previous: { cls: 'DIR', dir: 'past' },
  latest: { cls: 'DIR', dir: 'past' },
  next: { cls: 'DIR', dir: 'future' }, coming: { cls: 'DIR', dir: 'future' }, 'this coming': { cls: 'DIR', dir: 'future' },
  'this past': { cls: 'DIR', dir: 'past' },
  this: { cls: 'DIR', dir: 'this' },

  morning: { cls: 'PART', part: 'MO' }, afternoon: { cls: 'PART', part: 'AF' },
  evening: { cls: 'PART', part: 'EV' }, night: { cls: 'PART', part: 'NI' }, overnight: { cls: 'PART', part: 'NI' },
  mornings: { cls: 'PART', part: 'MO', plural: true }, afternoons: { cls: 'PART', part: 'AF', plural: true },
  evenings: { cls: 'PART', part: 'EV', plural: true }, nights: { cls: 'PART', part: 'NI', plural: true },
  noon: { cls: 'CLOCK', hour: 12, minute: 0 }, midday: { cls: 'CLOCK', hour: 12, minute: 0 },
  midnight: { cls: 'CLOCK', hour: 0, minute: 0 },
  'a.m.': { cls: 'AMPM', pm: false }, am: { cls: 'AMPM', pm: false },
  'p.m.': { cls: 'AMPM', pm: true }, pm: { cls: 'AMPM', pm: true },
  "o'clock": { cls: 'HOURMARK' },

  early: { cls: 'MOD', mod: 'START' }, 'the beginning of': { cls: 'MOD', mod: 'START' }, 'the start of': { cls: 'MOD', mod: 'START' },
  late: { cls: 'MOD', mod: 'END' }, 'the end of': { cls: 'MOD', mod: 'END' },
  // "Earlier Sunday", "later this year": TimeBank keeps the adverb in the span, as a position in the day or year.
  earlier: { cls: 'MOD', mod: 'START' }, later: { cls: 'MOD', mod: 'END' },
  mid: { cls: 'MOD', mod: 'MID' }, 'the middle of': { cls: 'MOD', mod: 'MID' },
  about: { cls: 'QMOD', mod: 'APPROX' }, around: { cls: 'QMOD', mod: 'APPROX' }, nearly: { cls: 'QMOD', mod: 'APPROX' },
  almost: { cls: 'QMOD', mod: 'APPROX' }, approximately: { cls: 'QMOD', mod: 'APPROX' }, roughly: { cls: 'QMOD', mod: 'APPROX' },
  some: { cls: 'QMOD', mod: 'APPROX' },
  'and a half': { cls: 'ANDHALF' },
  'more than': { cls: 'QMOD', mod: 'MORE_THAN' },
  'less than': { cls: 'QMOD', mod: 'LESS_THAN' }, 'under': { cls: 'QMOD', mod: 'LESS_THAN' },
  'at least': { cls: 'QMOD', mod: 'EQUAL_OR_MORE' }, 'up to': { cls: 'QMOD', mod: 'EQUAL_OR_LESS' },
  'no more than': { cls: 'QMOD', mod: 'EQUAL_OR_LESS' },

  now: { cls: 'REF', ref: 'PRESENT_REF', type: 'DATE' },
  currently: { cls: 'REF', ref: 'PRESENT_REF', type: 'DATE' },
  'right now': { cls: 'REF', ref: 'PRESENT_REF', type: 'DATE' },
  'at present': { cls: 'REF', ref: 'PRESENT_REF', type: 'DATE' },
  'these days': { cls: 'REF', ref: 'PRESENT_REF', type: 'DATE' },
  nowadays: { cls: 'REF', ref: 'PRESENT_REF', type: 'DATE' },
  // "recently" is annotated 13 times of 20 in TimeBank and AQUAINT; the adjective ("the recent
  // sale", "recent bomb attacks") only 6 of 15, so it is left out unless it counts units ("in recent weeks").
  recently: { cls: 'REF', ref: 'PAST_REF', type: 'DATE' },
  current: [{ cls: 'REF', ref: 'PRESENT_REF', type: 'DATE' }, { cls: 'DIR', dir: 'this' }],
  formerly: { cls: 'REF', ref: 'PAST_REF', type: 'DATE' },
  lately: { cls: 'REF', ref: 'PAST_REF', type: 'DATE' },
  'the past': { cls: 'REF', ref: 'PAST_REF', type: 'DATE' },
  'the future': { cls: 'REF', ref: 'FUTURE_REF', type: 'DATE' },
  'the near future': { cls: 'REF', ref: 'FUTURE_REF', type: 'DATE' },
  'the distant past': { cls: 'REF', ref: 'PAST_REF', type: 'DATE' },
  // "future" alone qualifies a noun ("future payments") and is rarely a time of its own.
  'the foreseeable future': { cls: 'REF', ref: 'FUTURE_REF', type: 'DATE' },
  // The nouns only: "short-term debt" is no time.
  'the near term': { cls: 'REF', ref: 'FUTURE_REF', type: 'DATE' }, 'the short term': { cls: 'REF', ref: 'FUTURE_REF', type: 'DATE' },
  'the long term': { cls: 'REF', ref: 'FUTURE_REF', type: 'DATE' },
  'a later date': { cls: 'REF', ref: 'FUTURE_REF', type: 'DATE' }, 'a future date': { cls: 'REF', ref: 'FUTURE_REF', type: 'DATE' },

  'first half': { cls: 'HALF', half: 1 }, 'first-half': { cls: 'HALF', half: 1 },
  'second half': { cls: 'HALF', half: 2 }, 'second-half': { cls: 'HALF', half: 2 },
  'last half': { cls: 'HALF', half: 2 }, 'latter half': { cls: 'HALF', half: 2 },
  'first two quarters': { cls: 'HALF', half: 1 }, 'last two quarters': { cls: 'HALF', half: 2 },
  // Financial shorthand: "Q3", "3Q" and, with its year, "H1 2012".
  q1: { cls: 'QUARTER', quarter: 1 }, q2: { cls: 'QUARTER', quarter: 2 }, q3: { cls: 'QUARTER', quarter: 3 }, q4: { cls: 'QUARTER', quarter: 4 },
  '1q': { cls: 'QUARTER', quarter: 1 }, '2q': { cls: 'QUARTER', quarter: 2 }, '3q': { cls: 'QUARTER', quarter: 3 }, '4q': { cls: 'QUARTER', quarter: 4 },
  h1: { cls: 'HALF', half: 1 }, h2: { cls: 'HALF', half: 2 },

  spring: { cls: 'SEASON', season: 'SP' }, summer: { cls: 'SEASON', season: 'SU' },
  fall: { cls: 'SEASON', season: 'FA' }, autumn: { cls: 'SEASON', season: 'FA' }, winter: { cls: 'SEASON', season: 'WI' },

  every: { cls: 'EVERY' }, each: { cls: 'EVERY' },
  daily: { cls: 'SETADJ', unit: 'D' }, hourly: { cls: 'SETADJ', unit: 'H' }, nightly: { cls: 'SETADJ', unit: 'D' }, weekly: { cls: 'SETADJ', unit: 'W' },
  monthly: { cls: 'SETADJ', unit: 'M' }, yearly: { cls: 'SETADJ', unit: 'Y' },

  'that day': { cls: 'ANAPH', unit: 'D', offset: 0 }, 'the same day': { cls: 'ANAPH', unit: 'D', offset: 0 },
  'that same day': { cls: 'ANAPH', unit: 'D', offset: 0 },
  'the next day': { cls: 'ANAPH', unit: 'D', offset: 1 }, 'the following day': { cls: 'ANAPH', unit: 'D', offset: 1 },
  'the previous day': { cls: 'ANAPH', unit: 'D', offset: -1 }, 'that date': { cls: 'ANAPH', unit: 'D', offset: 0 },
  'that year': { cls: 'ANAPH', unit: 'Y', offset: 0 }, 'the following year': { cls: 'ANAPH', unit: 'Y', offset: 1 },
  'the previous year': { cls: 'ANAPH', unit: 'Y', offset: -1 }, 'that month': { cls: 'ANAPH', unit: 'M', offset: 0 },
  'the following month': { cls: 'ANAPH', unit: 'M', offset: 1 }, 'that week': { cls: 'ANAPH', unit: 'W', offset: 0 },
  'the following week': { cls: 'ANAPH', unit: 'W', offset: 1 },

  several: { cls: 'FUZZY' }, few: { cls: 'FUZZY' }, 'a few': { cls: 'FUZZY' }, many: { cls: 'FUZZY' },

  "new year's day": { cls: 'HOLIDAY', month: 1, day: 1 }, "new year's eve": { cls: 'HOLIDAY', month: 12, day: 31 },
  'independence day': { cls: 'HOLIDAY', month: 7, day: 4 }, halloween: { cls: 'HOLIDAY', month: 10, day: 31 },
  'christmas eve': { cls: 'HOLIDAY', month: 12, day: 24 }, christmas: { cls: 'HOLIDAY', month: 12, day: 25 },
  'christmas day': { cls: 'HOLIDAY', month: 12, day: 25 }, "valentine's day": { cls: 'HOLIDAY', month: 2, day: 14 },
  thanksgiving: { cls: 'HOLIDAY', month: 11, weekday: 4, nth: 4 }, 'thanksgiving day': { cls: 'HOLIDAY', month: 11, weekday: 4, nth: 4 },
  "st. patrick's day": { cls: 'HOLIDAY', month: 3, day: 17 }, "saint patrick's day": { cls: 'HOLIDAY', month: 3, day: 17 },
  "april fools' day": { cls: 'HOLIDAY', month: 4, day: 1 }, "april fool's day": { cls: 'HOLIDAY', month: 4, day: 1 },
  'earth day': { cls: 'HOLIDAY', month: 4, day: 22 }, 'bastille day': { cls: 'HOLIDAY', month: 7, day: 14 },
  'veterans day': { cls: 'HOLIDAY', month: 11, day: 11 }, "veterans' day": { cls: 'HOLIDAY', month: 11, day: 11 },
  'armistice day': { cls: 'HOLIDAY', month: 11, day: 11 }, 'remembrance day': { cls: 'HOLIDAY', month: 11, day: 11 },
  'boxing day': { cls: 'HOLIDAY', month: 12, day: 26 },
  'martin luther king day': { cls: 'HOLIDAY', month: 1, weekday: 1, nth: 3 }, 'martin luther king jr. day': { cls: 'HOLIDAY', month: 1, weekday: 1, nth: 3 },
  'presidents day': { cls: 'HOLIDAY', month: 2, weekday: 1, nth: 3 }, "presidents' day": { cls: 'HOLIDAY', month: 2, weekday: 1, nth: 3 },
  "mother's day": { cls: 'HOLIDAY', month: 5, weekday: 7, nth: 2 }, "father's day": { cls: 'HOLIDAY', month: 6, weekday: 7, nth: 3 },
  'columbus day': { cls: 'HOLIDAY', month: 10, weekday: 1, nth: 2 },
  'labor day': { cls: 'HOLIDAY', month: 9, weekday: 1, nth: 1 }, 'election day': { cls: 'HOLIDAY', month: 11, weekday: 1, nth: 1, daysAfter: 1 }, 'memorial day': { cls: 'HOLIDAY', month: 5, weekday: 1, nth: -1 },
  // The United States' largest day of presidential primaries, the first Tuesday of March since 2000
  // (but 5 February 2008); the weekday alone would be read as a Tuesday near the article.
  'super tuesday': { cls: 'HOLIDAY', month: 3, weekday: 2, nth: 1 },
  easter: { cls: 'FEAST', easterOffset: 0 }, 'easter sunday': { cls: 'FEAST', easterOffset: 0 },
  'easter monday': { cls: 'FEAST', easterOffset: 1 }, 'good friday': { cls: 'FEAST', easterOffset: -2 },
  'palm sunday': { cls: 'FEAST', easterOffset: -7 }, 'ash wednesday': { cls: 'FEAST', easterOffset: -46 },
  'maundy thursday': { cls: 'FEAST', easterOffset: -3 }, pentecost: { cls: 'FEAST', easterOffset: 49 },
  // The week leading up to Easter Sunday, as American news uses "Easter week" ("as Easter week began", on Palm Sunday).
  'holy week': { cls: 'FEAST', easterOffset: 0, week: true }, 'easter week': { cls: 'FEAST', easterOffset: 0, week: true },
  'the week of': { cls: 'WEEKOF' },
  'the day before': { cls: 'DAYSHIFT', days: -1 }, 'the day after': { cls: 'DAYSHIFT', days: 1 },
  period: { cls: 'PERIOD' }, quarter: { cls: 'PERIOD' },
  'last year': { cls: 'YEARREL', offset: -1 }, 'this year': { cls: 'YEARREL', offset: 0 }, 'next year': { cls: 'YEARREL', offset: 1 },
  "last year's": { cls: 'YEARREL', offset: -1 }, "this year's": { cls: 'YEARREL', offset: 0 }, "next year's": { cls: 'YEARREL', offset: 1 },

  gmt: { cls: 'TZ', tz: 'Z' }, utc: { cls: 'TZ', tz: 'Z' },
  'eastern time': { cls: 'TZ', tz: '-05' }, 'central time': { cls: 'TZ', tz: '-06' }, 'pacific time': { cls: 'TZ', tz: '-08' },
  est: { cls: 'TZ', tz: '-05' }, edt: { cls: 'TZ', tz: '-04' }, pst: { cls: 'TZ', tz: '-08' }, pdt: { cls: 'TZ', tz: '-07' },
};

function build(): Record<string, LexEntry | LexEntry[]> {
  const lexicon: Record<string, LexEntry[]> = {};
  const add = (key: string, entry: LexEntry) => { (lexicon[key] ??= []).push(entry); };
  for (const [word, month] of Object.entries(MONTHS)) add(word, { cls: 'MONTH', month });
  for (const [word, weekday] of Object.entries(WEEKDAYS)) add(word, { cls: 'WEEKDAY', weekday });
  for (const [word, weekday] of Object.entries(PLURAL_WEEKDAYS)) add(word, { cls: 'WEEKDAY', weekday, plural: true });
  for (const [word, n] of Object.entries(NUMBERS)) add(word, { cls: 'NUMWORD', n });
  for (const [word, n] of Object.entries(ARTICLES)) add(word, { cls: 'NUMWORD', n, article: true });
  for (const [word, n] of Object.entries(MULTIPLIERS)) add(word, { cls: 'NUMWORD', n, multiplier: true });
  for (const [word, n] of Object.entries(ORDINALS)) add(word, { cls: 'ORDWORD', n });
  for (const word of Object.keys(ORDINALS)) add(`${word} day`, { cls: 'NTHDAY' });
  for (const [word, tens] of Object.entries(DECADES)) add(word, { cls: 'DECADEWORD', tens });
  for (const [word, entry] of Object.entries(UNITS)) add(word, entry);
  for (const [word, entries] of Object.entries(WORDS)) for (const e of [entries].flat()) add(word, e);
  return lexicon;
}

/** Rules, longest match first at each position (ties go to the earlier rule); spans follow TimeML (no prepositions, no "the" before a date). */
const RULES: TimeRule[] = [
  // Ages and names are not durations: "the 6-year-old boy", "Roberts is about 20 years old", "children
  // under 5 years of age", "youths aged 16 to 18", "60 Minutes".
  { pattern: 'the|a|this|DIR? QMOD? NUM -? UNIT -? old|olds', kind: 'skip' },
  { pattern: 'QMOD? NUM UNIT of age', kind: 'skip' },
  { pattern: 'aged QMOD? NUM to|and|- NUM UNIT?', kind: 'skip' },
  // "came in second", "finished the race in second place": a rank, not a second of time.
  { pattern: 'in second place?', kind: 'skip' },
  // "(1639 UTC)": a clock time written in four figures, not a year.
  { pattern: 'YEAR TZ', kind: 'skip' },
  { pattern: 'his|her|their|my|our|your early|late|mid? -? DECADE', kind: 'skip' },
  { pattern: 'QMOD? a|one|three -? quarter|quarters of|million|billion|mile|miles|percent', kind: 'skip' },
  // "high noon" is a showdown, not twelve o'clock.
  { pattern: 'high CLOCK', kind: 'skip' },
  // "the quarter-to-quarter comparison", "day-to-day operations": a manner, no time.
  { pattern: 'the? UNIT - to - UNIT', kind: 'skip' },
  // "Now, he says, …": opening a sentence before a comma, "now" turns to the next point, it dates nothing.
  { pattern: '[START] now [,]', kind: 'skip' },
  // "today's world", "today's youth": the present age in general, no day of the calendar.
  { pattern: "today ' s world|youth|society|generation|young|children", kind: 'skip' },
  // "the future of our peoples": what becomes of them, no time ("in the future" is one).
  { pattern: 'the future of', kind: 'skip' },

  { pattern: '[between] MONTH@a DAY@a [and] DAY@b ,?@b YEAR?@b', kind: 'range' },
  { pattern: '[from] MONTH@a DAY@a [to|until|through] DAY@b ,?@b YEAR?@b', kind: 'range' },
  { pattern: 'MONTH@a DAY@a [-|to|and|or] DAY@b ,?@b YEAR?@b', kind: 'range' },
  { pattern: 'WEEKDAY@a [and|or] WEEKDAY@b PART@b', kind: 'range' },
  { pattern: '[between] YEAR@a [and] YEAR@b', kind: 'range' },
  { pattern: '[from] YEAR@a [to|until|through] YEAR@b', kind: 'range' },
  // "from January to March 1990": both months share the year written once.
  { pattern: '[from] MONTH@a YEAR?@a [to|until|through] MONTH@b ,?@b YEAR?@b', kind: 'range' },

  // Calendar dates: ISO 8601 and month/day/year in figures, then in words.
  { pattern: 'YEAR - MONTHNUM - DAY', kind: 'point' },
  { pattern: 'MONTHNUM / DAY / YEAR', kind: 'point' },
  { pattern: 'MOD? WEEKDAY? ,? DIR? MONTH DAY ,? YEAR|YEARW?', kind: 'point' },
  // "this coming Sunday, March eighth": the date in apposition is the same day (TimeBank spans both).
  { pattern: 'DIR WEEKDAY , MONTH DAY ,? YEAR?', kind: 'point' },
  { pattern: 'WEEKOF MONTH DAY ,? YEAR?', kind: 'point' },
  // "the day before last Tuesday's hearing", "the day after Christmas": a day next to the one named.
  { pattern: 'DAYSHIFT MONTH DAY ,? YEAR?', kind: 'point' },
  { pattern: 'DAYSHIFT DIR? WEEKDAY', kind: 'point' },
  { pattern: 'DAYSHIFT HOLIDAY|FEAST', kind: 'point' },
  { pattern: 'MOD? WEEKDAY? ,? the? DAY of? MONTH ,? YEAR|YEARW?', kind: 'point' },
  { pattern: 'MOD? -? MONTH ,|of? YEAR|YEARW|YEARREL', kind: 'point' },
  // "the first Sunday of June", "the last Friday in October": a weekday counted within its month.
  { pattern: 'the ORD|DIR WEEKDAY of|in MONTH ,? YEAR?', kind: 'point' },
  { pattern: 'MOD? -? DIR? MONTH', kind: 'point' },
  { pattern: 'MOD? -? fiscal? YEAR|YEARW', kind: 'point' },
  // "wouldn't be profitable until 1994 or later", "for 1990 and beyond": TimeBank spans the open end too.
  // ("in 1988 and later moved" is two clauses).
  { pattern: 'MOD? -? fiscal? YEAR|YEARW or later|earlier|sooner', kind: 'point' },
  { pattern: 'MOD? -? fiscal? YEAR|YEARW and beyond', kind: 'point' },
  { pattern: 'the year YEAR|YEARW|NUM', kind: 'point' },
  { pattern: 'MOD? the? \'? DECADE', kind: 'point' },
  { pattern: 'the? MOD -? DECADE', kind: 'point' },
  // "the nineties", "the late sixties"; a bare "sixties" is often an age ("in his sixties").
  { pattern: 'the MOD? DECADEWORD', kind: 'point' },
  // "the third quarter" keeps its article, the adjective "the third-quarter loss" does not (TimeBank).
  { pattern: 'MOD? the? DIR? fiscal? ORD UNIT of? fiscal? YEAR|YEARREL?', kind: 'point' },
  { pattern: 'MOD? DIR? fiscal? ORD - UNIT', kind: 'point' },
  // "2012's fourth quarter" is one expression, as "this year's first half" is.
  { pattern: "MOD? the? fiscal? YEAR|YEARREL '? s? fiscal? ORD -? UNIT", kind: 'point' },
  { pattern: 'MOD? DIR? fiscal? QUARTER of? fiscal? YEAR|YEARREL?', kind: 'point' },
  { pattern: "YEAR|YEARREL '? s? fiscal? QUARTER", kind: 'point' },
  { pattern: 'MOD? the? DIR? SEASON YEAR?', kind: 'point' },
  // Halves are named with their year ("the second half of 1989", "this year's first half"); a bare
  // "second half" may be a game's.
  { pattern: 'QMOD? the? HALF of? YEAR|YEARW|YEARREL', kind: 'point' },
  { pattern: "the? YEAR|YEARREL '? s? HALF", kind: 'point' },
  { pattern: 'MOD? the SEASON of YEAR|YEARW', kind: 'point' },

  // Financial reports: "the quarter", "the latest period" and "the 1988 period" are the quarter
  // reported on; "the year-ago quarter", "year-earlier" profit, the same quarter a year before.
  { pattern: 'the|that latest|comparable|same? PERIOD', kind: 'anaphor' },
  { pattern: 'the|that latest|comparable|same? PERIOD [ended|ending]', kind: 'anaphor', endsAtNextDate: true },
  { pattern: 'the YEAR PERIOD', kind: 'anaphor' },
  // "the corresponding period last year", "last year's quarter", "the quarter a year ago": the
  // reported period, one year back (TimeBank spans the whole phrase).
  { pattern: 'the|that comparable|corresponding|same? PERIOD YEARREL', kind: 'anaphor' },
  { pattern: 'YEARREL comparable|corresponding|same? PERIOD', kind: 'anaphor' },
  { pattern: 'the|that comparable|corresponding|same? PERIOD NUM UNIT ago|earlier', kind: 'earlier' },
  { pattern: 'the? comparable? UNIT - ago|earlier ORD? -? PERIOD?', kind: 'earlier' },
  // "the year-earlier nine months": a stretch of months, a duration as TimeBank writes it.
  { pattern: 'the? comparable? UNIT - ago|earlier NUM UNIT', kind: 'duration' },
  // "a year-earlier loss": the article is not the amount "a year".
  { pattern: '[a] UNIT - ago|earlier', kind: 'earlier' },
  // "a year-end dividend": nor is the article of "a year-end" the amount "a year".
  { pattern: '[a] DEICTIC', kind: 'point' },

  // Weekdays, parts of days and the document's neighbourhood.
  // "the previous Friday", "the following Monday": counted from the day last mentioned.
  { pattern: 'the DIR WEEKDAY PART?', kind: 'anaphor' },
  { pattern: 'MOD? the? DIR? WEEKDAY PART?', kind: 'point' },
  { pattern: 'DIR? HOLIDAY YEAR?', kind: 'point' },
  { pattern: 'DIR? FEAST ,? YEAR?', kind: 'point' },
  // Anaphora first: "the next day" is the day after the date just mentioned, not after the article.
  { pattern: 'ANAPH PART?', kind: 'anaphor' },
  // "today is the eighth day of Desert Shield", "his first day in office": the day last mentioned.
  { pattern: 'the? NTHDAY [of|in]', kind: 'anaphor' },
  { pattern: 'earlier|later that UNIT', kind: 'anaphor' },
  { pattern: 'earlier|later in DEICTIC', kind: 'point' },
  // "earlier in the week": a position in the current unit; "later in the day" only places an event
  // on a day already named (AQUAINT leaves it out).
  { pattern: 'MOD in the day', kind: 'skip' },
  { pattern: 'MOD in the UNIT', kind: 'point' },
  { pattern: 'the DIR PART', kind: 'anaphor' },
  // "That night, police arrived": the part of the day last mentioned.
  { pattern: 'that same? PART', kind: 'anaphor' },
  { pattern: 'the same PART', kind: 'anaphor' },
  // "Dealers bought in the morning": the part of the day last mentioned (or of the article's day).
  { pattern: '[in|during] the PART', kind: 'point' },
  { pattern: 'MOD? DEICTIC PART?', kind: 'point' },
  { pattern: 'MOD? DIR PART', kind: 'point' },
  { pattern: 'MOD -? PART DEICTIC|WEEKDAY?', kind: 'point' },
  { pattern: 'MOD? the? DIR fiscal? UNIT', kind: 'point' },
  // "over the next year or so": TimeBank keeps "or so" in the span.
  { pattern: 'MOD? the? DIR fiscal? UNIT or so', kind: 'point' },
  // "by the end of the decade", "the start of the week": a position in the current unit; "at the end
  // of the day" is the idiom "when all is said".
  { pattern: 'at MOD the day', kind: 'skip' },
  { pattern: 'MOD the UNIT', kind: 'point' },
  // "in recent months": an unspecified number of months (TimeML).
  { pattern: 'recent UNIT', kind: 'duration' },
  { pattern: 'REF', kind: 'ref' },
  // "his current position", "Kellogg's current share": after a possessive, "current" qualifies the present.
  { pattern: "[his|her|its|their|our|my|your] REF", kind: 'ref' },
  { pattern: "['] [s] REF", kind: 'ref' },
  // After a modal "one day" is some day to come ("Islam will one day be …"), not a day's length.
  { pattern: '[will|would|could|may|might|can|should] one|some UNIT', kind: 'ref', value: 'FUTURE_REF' },

  // Times of day.
  // "10 p.m. Wednesday", "noon yesterday": the day may follow the time.
  { pattern: 'QMOD? HOUR : MIN AMPM? TZ? WEEKDAY|DEICTIC?', kind: 'point' },
  { pattern: 'QMOD? HOUR AMPM TZ? WEEKDAY|DEICTIC?', kind: 'point' },
  { pattern: 'QMOD? HOUR : MIN AMPM? TZ? ,? MONTH DAY', kind: 'point' },
  { pattern: 'QMOD? HOUR AMPM TZ? ,? MONTH DAY', kind: 'point' },
  { pattern: 'QMOD? HOUR HOURMARK WEEKDAY|DEICTIC?', kind: 'point' },
  { pattern: 'QMOD? HOUR HOURMARK? in the PART', kind: 'point' },
  { pattern: 'QMOD? HOUR HOURMARK? at PART', kind: 'point' },
  { pattern: 'QMOD? CLOCK WEEKDAY|DEICTIC?', kind: 'point' },

  // Points counted from the document date or from the previous date.
  // The optional amount before them outweighs the rate "$1.4 billion a year" in "from $1.4 billion a year earlier".
  { pattern: '[AMOUNT?] QMOD? NUM|FUZZY ANDHALF? UNIT ANDHALF? ago', kind: 'ago' },
  { pattern: 'NUM UNIT or so ago', kind: 'ago' },
  { pattern: '[AMOUNT?] QMOD? NUM|FUZZY ANDHALF? UNIT ANDHALF? from now|today', kind: 'hence' },
  // TimeBank leaves "later" out of the span and calls the expression a duration; the interval is still resolved.
  { pattern: '[AMOUNT?] QMOD? NUM|FUZZY ANDHALF? UNIT ANDHALF? [later]', kind: 'later', type: 'DURATION' },
  { pattern: '[AMOUNT?] QMOD? NUM|FUZZY ANDHALF? UNIT ANDHALF? earlier', kind: 'earlier' },

  // Durations.
  // "the nine months" keeps its article, the adjective "the eight-year battle" does not (TimeBank).
  // A direction word needs its article: in "could last up to six weeks", "last" is the verb.
  // "eight trading days", "five business days": counted days are still days.
  { pattern: 'the? QMOD? NUM ANDHALF? more|additional|extra|further|trading|business|working? UNIT ANDHALF?', kind: 'duration' },
  { pattern: 'the DIR QMOD? NUM ANDHALF? more|additional|extra|further|trading|business|working? UNIT ANDHALF?', kind: 'duration' },
  { pattern: 'the? DIR? QMOD? NUM ANDHALF? UNIT ANDHALF? or so', kind: 'duration' },
  // "within two to three weeks", "during the next 12 to 18 months": one stretch of an amount not known (TimeBank spans both figures).
  { pattern: 'the? DIR? QMOD? NUM to|or|- NUM UNIT', kind: 'duration' },
  { pattern: 'DIR? QMOD? NUM - UNIT', kind: 'duration' },
  // "a quarter century", "the past quarter-century"; alone, "its quarter-century low" qualifies a noun.
  { pattern: 'QMOD? NUM TERM', kind: 'duration' },
  { pattern: 'the DIR QMOD? NUM? TERM', kind: 'duration' },
  { pattern: '[for|over|within|in] UNIT', kind: 'duration' },
  // "in the weeks ahead": an unspecified number of weeks from now (TimeBank).
  { pattern: 'the UNIT ahead', kind: 'duration' },
  // "over the years", "in the weeks that followed": an unspecified number of units too; "the week"
  // alone is left out, and so are "the weeks before the shooting", "the year before", placed by an
  // event or a date this grammar does not resolve, and "the years of his life", an era.
  { pattern: 'the second|minute|hour|day|week|month|decade|century', kind: 'skip' },
  { pattern: 'the UNIT before|after', kind: 'skip' },
  { pattern: 'the minutes|hours|days|weeks|months|years|decades|centuries of', kind: 'skip' },
  { pattern: 'the UNIT', kind: 'duration' },
  // Compound adjectives of length: "a day-long meeting", "a decades-long battle".
  { pattern: '[a|an] UNIT - long', kind: 'duration' },
  { pattern: '[ORD|ORDWORD] UNIT - long', kind: 'duration' },
  { pattern: 'NUM? -? UNIT - long', kind: 'duration' },
  // Fiscal periods: "for the year ended March 31".
  { pattern: 'the fiscal? UNIT [ended|ending]', kind: 'duration' },
  { pattern: 'QMOD? the first|last NUM UNIT', kind: 'duration' },
  { pattern: 'the? QMOD? FUZZY -? UNIT', kind: 'duration' },
  { pattern: 'the DIR QMOD? FUZZY -? UNIT', kind: 'duration' },

  // Recurrences.
  { pattern: 'EVERY NUM? UNIT', kind: 'set' },
  { pattern: 'EVERY WEEKDAY PART?', kind: 'set' },
  { pattern: 'EVERY PART', kind: 'set' },
  { pattern: 'EVERY MONTH|SEASON', kind: 'set' },
  { pattern: 'once|twice a|per UNIT', kind: 'set' },
  // Rates: "$2 million a year", "358,000 a month", "$1.76 per year" recur every year (TimeML SET P1Y).
  { pattern: '[AMOUNT] a|per UNIT', kind: 'set' },
  { pattern: 'SETADJ', kind: 'set' },
];

export const ENGLISH_TIME: TimeLanguage = {
  lexicon: build(),
  ambiguous: [
    'may', 'march', 'fall', 'spring', 'sun', 'sat', 'wed', 'mar', 'jan', 'dec', 'second', 'minute', 'current',
    'some', 'under', 'about', 'around', 'late', 'early', 'a', 'an', 'est', 'past', 'mid',
  ],
  ambiguousTriggers: ['in', 'of', 'since', 'until', 'by', 'last', 'next', 'this', 'early', 'late', 'mid', 'from', 'through', 'before', 'after', 'the', 'during', 'that', 'on'],
  ambiguousBlockers: ['will', 'would', 'could', 'should', 'might', 'must', 'can', 'to', 'who', 'which', 'they', 'we', 'i', 'you', 'he', 'she', 'it'],
  capitalised: ['may', 'march', 'mar', 'jan', 'dec', 'sun', 'sat', 'wed', 'super'],
  lowercaseMonths: false,
  dayAfterTimeJoiners: ['on'],
  abbreviations: ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri'],
  rules: RULES,
  decadeSuffix: '',
  timeZoneInValue: false,
  decimalComma: false,
  tense: {
    past: [
      'was', 'were', 'had', 'did', "didn't", "wasn't", "weren't", "hadn't", 'said', 'told', 'went', 'came', 'took', 'made',
      'began', 'found', 'gave', 'left', 'met', 'saw', 'sent', 'spoke', 'won', 'lost', 'held', 'fell', 'rose', 'struck',
      'led', 'fled', 'thought', 'got', 'became', 'brought', 'paid', 'sold', 'bought', 'ago', 'knew', 'wrote', 'broke', 'hit',
    ],
    pastBeforeParticiple: ['has', 'have', "hasn't", "haven't"],
    participleEndings: ['ed', 'en', 'wn', 'ne', 'ught', 'id', 'ade', 'ung', 'ood', 'ot', 'eld', 'ft', 'ent'],
    // Payment dates lie ahead ("payable Jan. 2", "effective Dec. 7"); deadlines too ("by August"), unless a
    // past clause tells they have passed.
    futureSignals: ['due', 'payable', 'effective'],
    deadlineSignals: ['until', 'till', 'by'],
    pastSignals: ['since'],
    futureBeforeVerb: ['will', 'shall', 'would', 'to', "'ll", 'wo'],
    verbGroupWords: ['be', 'been', 'have', 'not', "n't", 'also', 'then', 'probably', 'likely', 'soon', 'still', 'never', 'only', 'first'],
    future: ['will', "'ll", 'shall', "won't", 'would', 'plans', 'planned', 'planning', 'intend', 'intends', 'scheduled', 'expected', 'upcoming'],
    present: ['is', 'are', 'am', "isn't", "aren't"],
    futureAfterPresent: ['to', 'set', 'due', 'slated', 'going', 'about'],
    pastEndings: ['[a-z]{2,}ed$'],
    futureEndings: [],
    endingExceptions: ['need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'breed', 'proceed', 'exceed', 'succeed', 'indeed', 'hundred', 'united', 'limited', 'based', 'related', 'expected', 'scheduled', 'planned', 'proposed', 'estimated', 'reported'],
    minEndingWordLength: 4,
    futureWeekdayReach: 4,
    infinitiveMarkers: ['to'],
    conditionMarkers: ['if', 'unless'],
    pastPerfect: ['had', "hadn't", "'d"],
  },
};
