import type { LexEntry, TimeLanguage, TimeRule } from './language.js';
import { compileLexicon, lookupAt, type CompiledLexicon, type LexMatch } from './lexicon.js';
import type { Token } from '../record/schema.js';
import { normalizeWord, type TimeToken } from './tokenize.js';

/** Word classes recognised from the shape of a token rather than from the lexicon. */
const BUILTIN = new Set(['NUM', 'AMOUNT', 'DAY', 'MONTHNUM', 'YEAR', 'YEAR2', 'YEARW', 'DECADE', 'DECNUM', 'HOUR', 'MIN', 'ORD']);
const ORDINAL_SUFFIXES = new Set(['er', 're', 'ere', 'e', 'eme', 'st', 'nd', 'rd', 'th']);

interface Element {
  /** Word classes, any of which may match (`NUM|FUZZY`). */
  classes?: string[];
  words?: Set<string>;
  optional: boolean;
  group: 'a' | 'b';
  /** Must match, but stays outside the span. */
  context: boolean;
}

export interface CompiledRule {
  rule: TimeRule;
  index: number;
  elements: Element[];
}

/** One element of a match: the tokens it covers and what they mean. */
export interface Capture {
  cls?: string;
  entry?: LexEntry;
  value?: number;
  start: number;
  end: number;
  group: 'a' | 'b';
  context: boolean;
  literal: boolean;
  optional: boolean;
}

export interface RuleMatch {
  rule: CompiledRule;
  captures: Capture[];
  /** Token range of the match, context included. */
  start: number;
  end: number;
}

export interface CompiledGrammar {
  lexicon: CompiledLexicon;
  rules: CompiledRule[];
  /** Rules that can start with a given class name or literal word. */
  byFirstKey: Map<string, CompiledRule[]>;
}

function compileElement(part: string): Element {
  let body = part;
  const context = body.startsWith('[') && body.endsWith(']');
  if (context) body = body.slice(1, -1);
  let group: 'a' | 'b' = 'a';
  const at = body.lastIndexOf('@');
  if (at > 0) { group = body.slice(at + 1) === 'b' ? 'b' : 'a'; body = body.slice(0, at); }
  const optional = body.endsWith('?') && body.length > 1;
  if (optional) body = body.slice(0, -1);
  if (/^[A-Z][A-Z0-9]*(\|[A-Z][A-Z0-9]*)*$/.test(body)) return { classes: body.split('|'), optional, group, context };
  return { words: new Set(body.split('|').map(normalizeWord)), optional, group, context };
}

export function compileGrammar(language: TimeLanguage): CompiledGrammar {
  const rules = language.rules.map((rule, index) => ({ rule, index, elements: rule.pattern.trim().split(/\s+/).map(compileElement) }));
  const byFirstKey = new Map<string, CompiledRule[]>();
  for (const rule of rules) {
    const keys = new Set<string>();
    for (const element of rule.elements) {
      for (const k of element.classes ?? element.words!) keys.add(k);
      if (!element.optional) break;
    }
    for (const key of keys) {
      const list = byFirstKey.get(key) ?? [];
      list.push(rule);
      byFirstKey.set(key, list);
    }
  }
  return { lexicon: compileLexicon(language), rules, byFirstKey };
}

interface Candidate { length: number; entry?: LexEntry; value?: number }
const NONE: Candidate[] = [];
const ONE_WORD: Candidate[] = [{ length: 1 }];
/** A rule element that matches no token, only the beginning of a sentence ("[START] REF [,]"). */
const START = 'START';
const ZERO_WIDTH: Candidate[] = [{ length: 0 }];
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', '...']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '»']);

/** The tokens of one text with their lexicon look-ups, computed once per position. */
export class TokenView {
  readonly norms: string[];
  /** Lowercased words with their accents: "à" is not the auxiliary "a". */
  private readonly text: string;
  readonly breaks: boolean[];
  private readonly lex: (LexMatch[] | undefined)[];
  private readonly byClass: (Map<string, Candidate[]> | undefined)[] = [];
  /** Position at which each rule was last tried, so that a rule reached by two keys runs once. */
  readonly tried: Int32Array;
  /** Ambiguous words the text uses as surnames, found on first need. */
  private surnames?: Set<string>;

  /** Whether token `i` is written in capitals ("YEARS"), as in a headline, where a capital says nothing. */
  isUpperCase(i: number): boolean {
    const t = this.tokens[i]!;
    const raw = this.text.slice(t.start, t.end);
    return raw.length > 1 && raw === raw.toUpperCase();
  }

  lowerAt(i: number): string {
    const t = this.tokens[i]!;
    return this.text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'");
  }

  /** `tagged`: the pipeline's tokens by start offset, when the tagger has run. */
  constructor(text: string, readonly tokens: readonly TimeToken[], readonly grammar: CompiledGrammar, private readonly tagged?: ReadonlyMap<number, Token>) {
    this.norms = tokens.map((t) => t.norm);
    this.text = text;
    this.tried = new Int32Array(grammar.rules.length).fill(-1);
    this.breaks = tokens.map((t) => t.newlineBefore);
    this.lex = new Array(tokens.length);
  }

  /** Whether the text writes this word after a first name or a title ("Theresa May", "Mrs. May"). */
  isSurname(norm: string): boolean {
    this.surnames ??= this.findSurnames();
    return this.surnames.has(norm);
  }

  private findSurnames(): Set<string> {
    const surnames = new Set<string>();
    const { ambiguous, triggers } = this.grammar.lexicon;
    for (let i = 1; i < this.tokens.length; i++) {
      const [token, previous] = [this.tokens[i]!, this.tokens[i - 1]!];
      if (!token.capital || !ambiguous.has(token.norm) || this.breaks[i]) continue;
      const beforeTitle = i > 1 ? this.tokens[i - 2]! : undefined;
      const title = previous.norm === '.' && beforeTitle !== undefined && beforeTitle.capital && beforeTitle.end === previous.start;
      const firstName = previous.capital && /^\p{L}/u.test(previous.norm) && !triggers.has(previous.norm) && this.lexAt(i - 1).length === 0;
      if (title || firstName) surnames.add(token.norm);
    }
    return surnames;
  }

  /** The tagger's part of speech of token `i`, when the tagger read the same word. */
  uposAt(i: number): string | undefined {
    const token = this.tokens[i]!;
    const tagged = this.tagged?.get(token.start);
    return tagged?.end === token.end ? tagged.upos : undefined;
  }

  lexAt(i: number): LexMatch[] {
    let found = this.lex[i];
    if (!found) {
      found = lookupAt(this.grammar.lexicon.root, this.norms, this.breaks, i);
      this.withAbbreviationPeriods(found, i);
      this.lex[i] = found;
    }
    return found;
  }

  /** "Aug." and "sept." keep their period inside the span. */
  private withAbbreviationPeriods(found: LexMatch[], i: number): void {
    const next = this.tokens[i + 1];
    if (!next || next.norm !== '.' || next.start !== this.tokens[i]!.end) return;
    if (!this.grammar.lexicon.abbreviations.has(this.norms[i]!)) return;
    for (const m of [...found]) if (m.length === 1) found.unshift({ entry: m.entry, length: 2 });
  }

  /** Whether token `i` begins a sentence or a line: the `START` element of a rule. */
  opensSentence(i: number): boolean {
    if (i === 0 || this.breaks[i]!) return true;
    // A quotation may close the sentence before: 'ready to withdraw." Now, he says', "withdraw.'' Now".
    let k = i - 1;
    while (k > 0 && i - k <= 2 && CLOSING_QUOTES.has(this.norms[k]!)) k--;
    return SENTENCE_ENDS.has(this.norms[k]!);
  }

  /** Class names and the literal word a rule may start with at token `i`. */
  keysAt(i: number): string[] {
    const keys = [this.norms[i]!];
    if (this.opensSentence(i)) keys.push(START);
    for (const m of this.lexAt(i)) {
      keys.push(m.entry.cls);
      if (m.entry.cls === 'NUMWORD') keys.push('NUM', 'YEARW', 'AMOUNT');
      if (m.entry.cls === 'ORDWORD') keys.push('ORD', 'DAY');
    }
    if (this.tokens[i]!.num !== undefined) for (const b of BUILTIN) keys.push(b);
    return keys;
  }

  /** Candidate readings of token `i` as class `cls`, longest first. */
  candidates(cls: string, i: number): Candidate[] {
    if (cls === START) return this.opensSentence(i) ? ZERO_WIDTH : NONE;
    if (!BUILTIN.has(cls)) {
      let classes = this.byClass[i];
      if (!classes) {
        classes = new Map();
        for (const m of this.lexAt(i)) {
          const list = classes.get(m.entry.cls) ?? [];
          list.push(m);
          classes.set(m.entry.cls, list);
        }
        this.byClass[i] = classes;
      }
      return classes.get(cls) ?? NONE;
    }
    if (cls === 'YEARW') return this.yearWords(i);
    const token = this.tokens[i]!;
    const digits = token.digits;
    const plain = digits !== undefined && token.suffix === undefined;
    const n = token.num;
    switch (cls) {
      case 'NUM':
        if (n !== undefined && token.suffix === undefined) return this.withFraction(i, n);
        return this.numberWords(i);
      case 'AMOUNT':
        // "in 1990 a year after the merger": a figure shaped like a year is read as one.
        if (n !== undefined && token.suffix === undefined) return this.candidates('YEAR', i).length > 0 ? NONE : ONE_WORD;
        return this.multiplierWord(i);
      case 'DAY':
        if (digits !== undefined && n! >= 1 && n! <= 31 && digits.length <= 2
          && (token.suffix === undefined || ORDINAL_SUFFIXES.has(normalizeWord(token.suffix)))) return [{ length: 1, value: n }];
        return this.ordinalWords(i).filter((c) => c.value! <= 31);
      case 'ORD':
        if (digits !== undefined && token.suffix !== undefined && ORDINAL_SUFFIXES.has(normalizeWord(token.suffix))) return [{ length: 1, value: n }];
        return this.ordinalWords(i);
      case 'MONTHNUM':
        return plain && digits.length <= 2 && n! >= 1 && n! <= 12 ? [{ length: 1, value: n }] : [];
      case 'YEAR':
        return plain && digits.length === 4 && n! >= 1000 && n! <= 2099 ? [{ length: 1, value: n }] : [];
      case 'YEAR2':
        return plain && digits.length === 2 ? [{ length: 1, value: n }] : [];
      case 'DECADE':
        return digits !== undefined && token.suffix === 's' && n! % 10 === 0 && (digits.length === 4 || digits.length === 2) ? [{ length: 1, value: n }] : [];
      case 'DECNUM':
        return plain && n! % 10 === 0 && (digits.length === 4 || digits.length === 2) ? [{ length: 1, value: n }] : [];
      case 'HOUR':
        return plain && digits.length <= 2 && n! <= 24 ? [{ length: 1, value: n }] : [];
      case 'MIN':
        return plain && digits.length === 2 && n! <= 59 ? [{ length: 1, value: n }] : [];
      default:
        return [];
    }
  }

  /** "million" in "$2 million a year": a number word that only ends a written amount. */
  private multiplierWord(i: number): Candidate[] {
    return this.lexAt(i).some((m) => m.entry.cls === 'NUMWORD' && m.length === 1 && (m.entry as { multiplier?: boolean }).multiplier) ? ONE_WORD : NONE;
  }

  private ordinalWords(i: number): Candidate[] {
    return this.lexAt(i).filter((m) => m.entry.cls === 'ORDWORD').map((m) => ({ length: m.length, entry: m.entry, value: (m.entry as { n: number }).n }));
  }

  /** "5 1/2": the number with a written fraction after it, longest first. */
  private withFraction(i: number, n: number): Candidate[] {
    const [num, slash, den] = [this.tokens[i + 1], this.norms[i + 2], this.tokens[i + 3]];
    const whole = { length: 1, value: n };
    if (!num || slash !== '/' || !den || this.breaks[i + 1] || num.digits === undefined || den.digits === undefined) return [whole];
    if (num.num! >= den.num! || den.num! > 12 || num.suffix !== undefined) return [whole];
    return [{ length: 4, value: n + num.num! / den.num! }, whole];
  }

  /** A year read as two numbers in words: "nineteen ninety-six" (1996), "twenty twelve". */
  private yearWords(i: number): Candidate[] {
    const hundreds = this.lexAt(i).find((m) => m.entry.cls === 'NUMWORD' && m.length === 1);
    const high = hundreds && (hundreds.entry as Extract<LexEntry, { cls: 'NUMWORD' }>);
    if (!high || high.article || high.multiplier || high.n < 10 || high.n > 20 || this.breaks[i + 1]) return [];
    const low = this.numberWords(i + 1)[0];
    // "twenty five" is 25, not 2005: the second number must have two digits.
    if (!low || low.value! < 10 || low.value! > 99) return [];
    return [{ length: 1 + low.length, value: high.n * 100 + low.value! }];
  }

  /** Numbers in words: "dix-huit", "vingt et un", "twenty-five", "a hundred". */
  private numberWords(i: number): Candidate[] {
    const first = this.lexAt(i).find((m) => m.entry.cls === 'NUMWORD');
    if (!first) return [];
    const entry = first.entry as Extract<LexEntry, { cls: 'NUMWORD' }>;
    if (entry.article) return [{ length: first.length, value: entry.n }];
    let total = 0;
    let current = 0;
    let j = i;
    let last = i;
    for (;;) {
      const word = this.lexAt(j).find((m) => m.entry.cls === 'NUMWORD');
      if (!word || (j > i && this.breaks[j])) break;
      const w = word.entry as Extract<LexEntry, { cls: 'NUMWORD' }>;
      if (w.article && j !== i && this.norms[j - 1] !== 'et' && this.norms[j - 1] !== 'and') break;
      if (w.multiplier) {
        current = (current || 1) * w.n;
        if (w.n >= 1000) { total += current; current = 0; }
      } else current += w.n;
      j += word.length;
      last = j;
      const joiner = this.norms[j];
      // "two and a half years": the half is no third number word ("vingt et un" is one).
      const half = this.lexAt(j).some((m) => m.entry.cls === 'ANDHALF');
      if ((joiner === '-' || joiner === 'et' || joiner === 'and') && !half && this.lexAt(j + 1).some((m) => m.entry.cls === 'NUMWORD')) j++;
    }
    return [{ length: last - i, value: total + current }];
  }
}

const LITERAL = [''];

function matchFrom(view: TokenView, elements: Element[], ei: number, ti: number, start: number, captures: Capture[]): boolean {
  if (ei === elements.length) return true;
  const element = elements[ei]!;
  if (ti < view.tokens.length && !(ti > start && view.breaks[ti])) {
    const alternatives = element.classes ?? LITERAL;
    for (const alternative of alternatives) {
      const cls = element.classes ? alternative : undefined;
      const candidates = cls ? view.candidates(cls, ti) : element.words!.has(view.norms[ti]!) ? ONE_WORD : NONE;
      for (const c of candidates) {
        captures.push({
          cls, entry: c.entry, value: c.value, start: ti, end: ti + c.length,
          group: element.group, context: element.context, literal: !cls, optional: element.optional,
        });
        if (matchFrom(view, elements, ei + 1, ti + c.length, start, captures)) return true;
        captures.pop();
      }
    }
  }
  return element.optional && matchFrom(view, elements, ei + 1, ti, start, captures);
}

const OPENING_QUOTES = new Set(['"', '“', '`', "'"]);

/** A quoted title ('ABC's "This Week"', "''60 Minutes''"): a unit written with a capital after the first word. */
function quotedTitle(view: TokenView, captures: Capture[]): boolean {
  const first = captures[0]!.start;
  if (first === 0 || !OPENING_QUOTES.has(view.norms[first - 1]!)) return false;
  return captures.some((c) => c.entry?.cls === 'UNIT' && c.start > first && view.tokens[c.start]!.capital);
}

/**
 * Where months are written in lower case, a capitalised month is a name: alone inside a sentence
 * ("la sonde atteindra Mars") or followed by a capitalised word that is no time word ("le
 * ministre Mai Fatty"). "Mai 68" and "le 1er Mai" stay dates.
 */
function monthAsName(view: TokenView, captures: Capture[]): boolean {
  const last = captures[captures.length - 1]!;
  if (last.entry?.cls !== 'MONTH' || !view.grammar.lexicon.lowercaseMonths || !view.tokens[last.start]!.capital) return false;
  if (captures.every((c) => c === last || c.context) && !view.opensSentence(last.start)) return true;
  const next = view.tokens[last.end];
  return next !== undefined && next.capital && !view.breaks[last.end] && /^\p{L}/u.test(next.norm) && view.lexAt(last.end).length === 0;
}

/**
 * "expected mid-March", "opened early May": a position word joined to a capitalised month is a date
 * whatever comes before it, although each word alone may be something else ("may", "early").
 */
function positionInMonth(view: TokenView, captures: Capture[]): boolean {
  return captures.some((c, k) => c.entry?.cls === 'MOD' && captures[k + 1]?.entry?.cls === 'MONTH' && view.tokens[captures[k + 1]!.start]!.capital);
}

/**
 * "scheduled for March", "began March 1": a month name alone straight after a preposition or a verb
 * is a date when the tagger reads it as a name ("may" the verb is AUX), unless the text uses it as a
 * person's name ("Theresa May … said May") or a capitalised word after it does ("May Smith"). After
 * an adjective or a quotation mark it is a march ("the annual March for Life"); abbreviations
 * ("Jan") are first names too often.
 */
function monthByTagger(view: TokenView, captures: Capture[]): boolean {
  if (captures.length !== 1 || captures[0]!.entry?.cls !== 'MONTH') return false;
  const i = captures[0]!.start;
  const after = view.tokens[i + 1];
  const before = i > 0 ? view.uposAt(i - 1) : undefined;
  return view.uposAt(i) === 'PROPN' && (before === 'ADP' || before === 'VERB') && !view.isSurname(view.norms[i]!)
    && !view.grammar.lexicon.abbreviations.has(view.norms[i]!) && !(after?.capital && !view.breaks[i + 1]);
}

/**
 * "a second motion", "a minute amount": an ambiguous unit word ending the match, counted by no figure
 * and read by the tagger before a noun or an adjective, is an ordinal or an adjective, not a length
 * of time ("a four minute long video" is one).
 */
function unitWordBeforeNoun(view: TokenView, captures: Capture[]): boolean {
  const last = captures[captures.length - 1]!;
  if (last.entry?.cls !== 'UNIT' || last.entry.plural || !view.grammar.lexicon.ambiguous.has(view.norms[last.start]!)) return false;
  const isArticle = (c: Capture) => view.lexAt(c.start).some((m) => m.entry.cls === 'NUMWORD' && m.entry.article === true && m.length === c.end - c.start);
  if (captures.some((c) => c.cls === 'NUM' && !isArticle(c))) return false;
  const next = view.uposAt(last.end);
  return next === 'NOUN' || next === 'ADJ' || next === 'PROPN';
}

/** "a soon-to-be released 60 Minutes interview": a capitalised unit after a figure inside a sentence names a programme. */
function titledUnit(view: TokenView, captures: Capture[]): boolean {
  return captures.some((c, k) => c.entry?.cls === 'UNIT' && k > 0 && captures[k - 1]!.cls === 'NUM' && view.tokens[c.start]!.capital
    && !view.opensSentence(captures[0]!.start) && !view.isUpperCase(c.start));
}

/** "USA Today", "VOA Today": a capitalised deictic word right after a capitalised word inside a sentence ends a title. */
function deicticInTitle(view: TokenView, captures: Capture[]): boolean {
  if (captures.length !== 1 || captures[0]!.entry?.cls !== 'DEICTIC') return false;
  const i = captures[0]!.start;
  const previous = view.tokens[i - 1];
  return previous !== undefined && view.tokens[i]!.capital && !view.opensSentence(i) && previous.capital && /^\p{L}/u.test(previous.norm);
}

/** Rejects a match made only of words that are time words in some contexts only ("may", "été"). */
function plausible(view: TokenView, captures: Capture[]): boolean {
  const { ambiguous, triggers, blockers, capitalised } = view.grammar.lexicon;
  for (const c of captures) {
    // Also the first word of a phrase: "another super Tuesday for our campaign" is no Super Tuesday.
    if (!c.literal && capitalised.has(view.norms[c.start]!) && !view.tokens[c.start]!.capital) return false;
  }
  if (quotedTitle(view, captures) || monthAsName(view, captures) || deicticInTitle(view, captures)) return false;
  if (unitWordBeforeNoun(view, captures) || titledUnit(view, captures)) return false;
  const meaningful = captures.filter((c) => !c.literal && !c.context);
  // A lexicon phrase is as ambiguous as its last, head word: "a later date" is a time, "the past" may not be.
  const isAmbiguous = (c: Capture) => {
    if (c.entry !== undefined && c.end - c.start > 1) return ambiguous.has(view.norms[c.end - 1]!);
    for (let t = c.start; t < c.end; t++) if (ambiguous.has(view.norms[t]!)) return true;
    return false;
  };
  const first = captures[0]!.start;
  const before = first > 0 ? view.lowerAt(first - 1) : undefined;
  if (meaningful.some(isAmbiguous) && before !== undefined && blockers.has(before)) return false;
  if (meaningful.length > 0 && meaningful.every(isAmbiguous)) {
    if (positionInMonth(view, meaningful) || monthByTagger(view, meaningful)) return true;
    const firstMeaningful = meaningful[0]!;
    const ambiguousFirst = captures[0] === firstMeaningful;
    return !ambiguousFirst || (before !== undefined && triggers.has(before));
  }
  return meaningful.length > 0;
}

/** The best rule match starting at token `i`: the longest, the earliest rule on ties. */
export function matchAt(view: TokenView, grammar: CompiledGrammar, i: number): RuleMatch | undefined {
  let best: RuleMatch | undefined;
  for (const key of view.keysAt(i)) {
    const rules = grammar.byFirstKey.get(key);
    if (!rules) continue;
    for (const rule of rules) {
      if (view.tried[rule.index] === i) continue;
      view.tried[rule.index] = i;
      const captures: Capture[] = [];
      if (!matchFrom(view, rule.elements, 0, i, i, captures) || captures.length === 0) continue;
      // Optional connecting words and punctuation at the end ("," "de") are not part of the expression.
      while (captures.length > 1 && captures[captures.length - 1]!.literal && captures[captures.length - 1]!.optional) captures.pop();
      while (captures.length > 1 && captures[0]!.literal && captures[0]!.optional && !/\p{L}/u.test(view.norms[captures[0]!.start]!)) captures.shift();
      // A skip rule only has to match: it marks what is not a time expression.
      if (rule.rule.kind !== 'skip' && !plausible(view, captures)) continue;
      const end = captures[captures.length - 1]!.end;
      const start = captures[0]!.start;
      if (!best || end > best.end || (end === best.end && rule.index < best.rule.index)) best = { rule, captures, start, end };
    }
  }
  return best;
}
