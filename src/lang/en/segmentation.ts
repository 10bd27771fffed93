/**
 * English segmentation data, following the UD English (EWT, GUM) tokenisation. Forms are
 * lower-case; apostrophes are written ' (the tokenizer normalises ’ before looking them up).
 */

/**
 * Abbreviations that keep their final dot (the dot is part of the token). Matched as written, or with
 * a capital first letter ("etc." also matches "Etc."); capitalised entries such as "Miss." would be
 * ordinary words in lower case.
 */
export const ABBREVIATIONS: readonly string[] = [
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'St.', 'Prof.', 'Gen.', 'Rev.', 'Sen.', 'Rep.', 'Reps.', 'Gov.', 'Lt.', 'Col.', 'Sgt.',
  'Capt.', 'Cmdr.', 'Adm.', 'Maj.', 'Pres.', 'Hon.', 'Fr.', 'Mt.', 'Ft.', 'Ave.', 'Blvd.', 'Rd.', 'Jr.', 'Sr.',
  'Inc.', 'Co.', 'Corp.', 'Ltd.', 'Bros.', 'Dept.', 'Univ.', 'Assn.', 'vs.', 'etc.', 'al.', 'approx.', 'ca.', 'cf.',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  'Mon.', 'Tue.', 'Tues.', 'Wed.', 'Thu.', 'Thur.', 'Thurs.', 'Fri.', 'Sat.', 'Sun.',
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.',
  'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'Okla.', 'Ore.', 'Pa.', 'Tenn.',
  'Tex.', 'Va.', 'Vt.', 'Wash.', 'Wis.', 'Wyo.', 'yrs.', 'mins.', 'hrs.', 'lbs.', 'approx.', 'Attn.', 'esp.',
  'Govt.', 'Intl.', 'Natl.', 'Ph.D.', 'ibid.',
];

/** Abbreviations that keep their dot only before a number ("No. 5", "p. 12"); elsewhere they are words. */
export const NUMBER_ABBREVIATIONS: readonly string[] = ['No.', 'no.', 'Nos.', 'nos.', 'p.', 'pp.', 'vol.', 'Vol.', 'fig.', 'Fig.', 'art.', 'Art.', 'sec.', 'Sec.', 'ch.', 'Ch.'];

/** Abbreviations that introduce a name or a number: a capitalised word after them never starts a sentence. */
export const NON_FINAL_ABBREVIATIONS: readonly string[] = [
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'St.', 'Prof.', 'Gen.', 'Rev.', 'Sen.', 'Rep.', 'Reps.', 'Gov.', 'Lt.', 'Col.',
  'Sgt.', 'Capt.', 'Cmdr.', 'Adm.', 'Maj.', 'Pres.', 'Hon.', 'Fr.', 'Mt.', 'Ft.', 'vs.', 'cf.', 'approx.', 'ca.',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'Attn.',
  'No.', 'no.', 'Nos.', 'nos.', 'p.', 'pp.', 'vol.', 'Vol.', 'fig.', 'Fig.', 'art.', 'Art.', 'sec.', 'Sec.', 'ch.', 'Ch.',
];

/**
 * Words that start sentences far more often than they occur capitalised inside one: after an
 * initialism ("in the U.S. The …") they signal a new sentence.
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'There',
  'In', 'On', 'At', 'But', 'And', 'So', 'If', 'When', 'While', 'As', 'After', 'Before', 'However', 'His', 'Her',
  'Their', 'Its', 'Our', 'My', 'What', 'Why', 'How', 'Who', 'Where', 'For', 'Some', 'Many', 'Most', 'All',
];

/**
 * Clitics written as one token but analysed as two words (UD EWT multiword tokens):
 * don't → do + n't, it's → it + 's, John's → John + 's, the States' → States + '.
 */
export const CLITIC_SUFFIXES: readonly string[] = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "'"];

/** Fused words written without an apostrophe, split as UD EWT/GUM do. */
export const FUSED_WORDS: Readonly<Record<string, readonly string[]>> = {
  cannot: ['can', 'not'],
  gonna: ['gon', 'na'],
  wanna: ['wan', 'na'],
  gotta: ['got', 'ta'],
  dont: ['do', 'nt'],
  didnt: ['did', 'nt'],
  doesnt: ['does', 'nt'],
  cant: ['ca', 'nt'],
  couldnt: ['could', 'nt'],
  wouldnt: ['would', 'nt'],
  shouldnt: ['should', 'nt'],
  isnt: ['is', 'nt'],
  wasnt: ['was', 'nt'],
  arent: ['are', 'nt'],
  havent: ['have', 'nt'],
};

/**
 * UD English splits hyphenated words (long - term) except after these prefixes, which stay attached
 * (non-stop, co-operate). Read off EWT and GUM training data.
 */
export const HYPHEN_PREFIXES: readonly string[] = [
  'non', 'e', 're', 'co', 'anti', 'pre', 'mid', 'pro', 'cross', 'post', 'semi', 'sub', 'pan', 'multi', 'ex',
  'counter', 'mini', 'socio', 'psycho', 'neo', 'inter', 'bi', 'un', 'intra', 'micro', 'macro', 'meta', 'ultra',
];


/** Units and clock marks glued to a number are split off it: 5pm → 5 pm, 30ft → 30 ft, $205m → $ 205 m. */
export const NUMBER_UNITS: readonly string[] = [
  'am', 'pm', 'a.m.', 'p.m.', 'm', 'bn', 'k', 'ft', 'km', 'kg', 'g', 'mg', 'lb', 'lbs', 'mph', 'mm', 'cm', 'sqft',
  'oz', 'hrs', 'hr', 'min', 'mins', 'mb', 'gb', 'kb', 'mhz', 'ghz', 'sec', 'secs', 'yrs', 'x',
];
