import type { Span } from '../record/layers/span.js';
import type { SegmentationRules } from './rules.js';
import {
  isAlnumCode, isApostropheCode, isDigitCode, isLetterCode, isSpaceCode, normaliseApostrophes,
} from './chars.js';

/**
 * Surface tokenisation, spaCy-style: the text is cut at whitespace, then each chunk loses its
 * leading and trailing punctuation one mark at a time, and what is left (the core) is split at
 * inner punctuation, French elisions and clitics, and English hyphens. URLs, e-mail addresses,
 * abbreviations and numbers are recognised before they could be torn apart.
 */

const DOT = 46;
const HYPHEN = 45;
const SLASH = 47;
const COMMA = 44;
const COLON = 58;

/** Marks split off the start of a chunk. */
const PREFIX_MARKS = new Set('`«“‘"\'([{¿¡„‹—–$€£¥#*•…<-'.split('').map((c) => c.charCodeAt(0)));
/** Marks split off the end of a chunk. */
const SUFFIX_MARKS = new Set('.,;:!?…»”’"\')]}%‰›—–*>-'.split('').map((c) => c.charCodeAt(0)));
/** Marks that split a core wherever they occur (separators between digits excepted, see below). */
const INFIX_MARKS = new Set(',;:()[]"«»“”…!?/‘—–<>'.split('').map((c) => c.charCodeAt(0)));
/** Separators that stay inside a number: 3,5 · 10:30 · 1/2. */
const NUMBER_SEPARATORS = new Set([COMMA, COLON, SLASH, DOT]);

const URL_START = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)/i;
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
/** Phone numbers and ISO dates keep their hyphens; ranges (1969-1970) do not. */
const DIGIT_CODE = /^(?:\d{3}-)+\d{4}$|^\d{4}-\d{2}-\d{2}$/;
/** Inclusive endings written in brackets stay in their word: traité(e), ami(e)s. */
const GENDER_ENDING = /^\(\p{Ll}{1,2}\)/u;
/** French clock times are three tokens in UD: 21h30 → 21 h 30. */
const CLOCK_TIME = /^(\d{1,2})(h)(\d{2})?$/;
const INITIALS = /^\p{Lu}\.(?:-?\p{Lu}\.)*$|^\p{Ll}\.(?:\p{Ll}\.)+$/u;

function lowerFirst(form: string): string {
  return form.charAt(0).toLowerCase() + form.slice(1);
}

/** Whether `form` (ending with a dot) is an abbreviation that keeps its dot, given the next character. */
export function isAbbreviation(form: string, nextCode: number, rules: SegmentationRules): boolean {
  if (rules.abbreviations.has(form) || rules.abbreviations.has(lowerFirst(form))) return true;
  if (rules.numberAbbreviations.has(form) && isDigitCode(nextCode)) return true;
  return INITIALS.test(form);
}

function isUrlOrEmail(chunk: string): boolean {
  // cheap screens first: almost no chunk is a URL
  if (chunk.includes('@')) return EMAIL.test(chunk) || URL_START.test(chunk);
  return (chunk.includes(':') || chunk.includes('www.')) && URL_START.test(chunk);
}

/** End of the run of identical marks starting at `i` ("...", "!!", "--"). */
function runEnd(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  let j = i + 1;
  while (j < end && text.charCodeAt(j) === code) j++;
  return j;
}

function isTerminalMark(code: number): boolean {
  return code === 33 || code === 63; // ! ?
}

/** Marks written in runs that form one token: "...", "!?", "--", "***", "<<", doubled quotes ‘’ ''. */
const RUN_MARKS = new Set('.-—*=<>#'.split('').map((c) => c.charCodeAt(0)));
const SINGLE_QUOTES = new Set("'‘’`".split('').map((c) => c.charCodeAt(0)));

function sameRun(a: number, b: number): boolean {
  if (a === b) return RUN_MARKS.has(a) || SINGLE_QUOTES.has(a) || isTerminalMark(a);
  return (isTerminalMark(a) && isTerminalMark(b)) || (SINGLE_QUOTES.has(a) && SINGLE_QUOTES.has(b));
}

/** End of the token that starts with the mark at `s`. */
function markRunEnd(text: string, s: number, e: number): number {
  const first = text.charCodeAt(s);
  let r = s + 1;
  while (r < e && sameRun(first, text.charCodeAt(r))) r++;
  return r;
}

/** Start of the token that ends with the mark at `e - 1` (at least one character stays before it). */
function markRunStart(text: string, s: number, e: number): number {
  const last = text.charCodeAt(e - 1);
  let r = e - 1;
  while (r - 1 > s && sameRun(last, text.charCodeAt(r - 1))) r--;
  return r;
}

/**
 * French numbers in groups of three ("20 000", "1 000 000"): extends a chunk that ends with 1–3
 * digits across a space (or NBSP) followed by exactly three digits.
 */
function extendDigitGroups(text: string, start: number, end: number, limit: number): number {
  for (;;) {
    let digits = 0;
    while (digits < 4 && end - digits > start && isDigitCode(text.charCodeAt(end - digits - 1))) digits++;
    if (digits === 0 || digits > 3) return end;
    if (end - digits > start && isAlnumCode(text.charCodeAt(end - digits - 1))) return end;
    if (end + 4 > limit || !isSpaceCode(text.charCodeAt(end)) || text.charCodeAt(end) === 10) return end;
    let k = end + 1;
    while (k < limit && k < end + 4 && isDigitCode(text.charCodeAt(k))) k++;
    if (k !== end + 4 || (k < limit && isAlnumCode(text.charCodeAt(k)))) return end;
    end = k;
    while (end < limit && !isSpaceCode(text.charCodeAt(end))) end++;
    // only the digit group is joined; anything glued after it ("000)") stays in the chunk
  }
}

function hasHyphen(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === HYPHEN) return true;
  return false;
}

export class Tokenizer {
  constructor(private readonly rules: SegmentationRules) {}

  /** Appends to `out` the surface tokens of `text[start, end)`. */
  tokenize(text: string, start: number, end: number, out: Span[] = []): Span[] {
    let i = start;
    while (i < end) {
      while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
      if (i >= end) break;
      let j = i;
      while (j < end && !isSpaceCode(text.charCodeAt(j))) j++;
      if (this.rules.spaceGroupedNumbers) j = extendDigitGroups(text, i, j, end);
      let next = j;
      while (next < end && isSpaceCode(text.charCodeAt(next))) next++;
      this.chunk(text, i, j, next < end ? text.charCodeAt(next) : -1, out);
      i = j;
    }
    return out;
  }

  private chunk(text: string, s: number, e: number, nextCode: number, out: Span[]): void {
    const tail: Span[] = [];
    // after an opening ' the closing one is a quote mark, not a possessive ('Christians')
    let quotedBySingleMark = false;
    while (s < e) {
      const core = text.slice(s, e);
      if (isUrlOrEmail(core)) {
        while (e - 1 > s && SUFFIX_MARKS.has(text.charCodeAt(e - 1)) && text.charCodeAt(e - 1) !== 47) {
          tail.push({ start: e - 1, end: e });
          e--;
        }
        out.push({ start: s, end: e });
        s = e;
        break;
      }
      const first = text.charCodeAt(s);
      if (PREFIX_MARKS.has(first) && !this.keepsLeadingMark(text, s, e)) {
        const r = markRunEnd(text, s, e);
        if (isApostropheCode(first) || first === 0x2018) quotedBySingleMark = true;
        out.push({ start: s, end: r });
        s = r;
        continue;
      }
      const last = text.charCodeAt(e - 1);
      if (SUFFIX_MARKS.has(last) && e - 1 > s) {
        if (last === DOT) {
          if (isAbbreviation(core, nextCode, this.rules) || this.isElidedAbbreviation(text, s, e, nextCode)
            || this.isHyphenatedAbbreviation(core, nextCode)) break;
          let r = e - 1;
          while (r > s && text.charCodeAt(r - 1) === DOT) r--;
          tail.push({ start: r, end: e });
          e = r;
          continue;
        }
        if (isApostropheCode(last) && (this.isElision(text, s, e - 1) || (!quotedBySingleMark && this.isPluralPossessive(text, s, e)))) break;
        const r = markRunStart(text, s, e);
        tail.push({ start: r, end: e });
        e = r;
        continue;
      }
      break;
    }
    if (s < e) this.core(text, s, e, out);
    for (let t = tail.length - 1; t >= 0; t--) out.push(tail[t]!);
  }

  /** A leading apostrophe that belongs to the word: '90s, English 's / 're written apart. */
  private keepsLeadingMark(text: string, s: number, e: number): boolean {
    const code = text.charCodeAt(s);
    if (s + 1 >= e) return false;
    const next = text.charCodeAt(s + 1);
    if (code === HYPHEN) return isDigitCode(next);
    if (!isApostropheCode(code)) return false;
    if (isDigitCode(next)) return true;
    const rest = normaliseApostrophes(text.slice(s, e)).toLowerCase();
    return this.rules.cliticSuffixes.includes(rest);
  }

  /** English "Edwards'": the apostrophe of a plural possessive belongs to the word (a multiword token). */
  private isPluralPossessive(text: string, s: number, e: number): boolean {
    if (!this.rules.cliticSuffixes.includes("'") || e - s < 3) return false;
    const code = text.charCodeAt(e - 2);
    if (code !== 115 && code !== 83) return false;
    for (let i = s; i < e - 1; i++) if (!isLetterCode(text.charCodeAt(i))) return false;
    return true;
  }

  /**
   * "(R-Ga.)": an abbreviation after a hyphen keeps its dot too, so that the sentence splitter
   * reads "Ga." as an abbreviation and not "." as a full stop.
   */
  private isHyphenatedAbbreviation(core: string, nextCode: number): boolean {
    const hyphen = core.lastIndexOf('-');
    return hyphen > 0 && hyphen < core.length - 2 && isAbbreviation(core.slice(hyphen + 1), nextCode, this.rules);
  }

  /** French "l'O.N.U.": an abbreviation after an elision keeps its dot too. */
  private isElidedAbbreviation(text: string, s: number, e: number, nextCode: number): boolean {
    if (this.rules.elisions.size === 0) return false;
    let apostrophe = s;
    while (apostrophe < e && isLetterCode(text.charCodeAt(apostrophe))) apostrophe++;
    if (apostrophe >= e - 1 || !isApostropheCode(text.charCodeAt(apostrophe)) || !this.isElision(text, s, apostrophe)) return false;
    return isAbbreviation(text.slice(apostrophe + 1, e), nextCode, this.rules);
  }

  private isElision(text: string, s: number, apostrophe: number): boolean {
    if (this.rules.elisions.size === 0 || apostrophe <= s) return false;
    return this.rules.elisions.has(text.slice(s, apostrophe).toLowerCase());
  }

  /** Splits a core (a chunk without outer punctuation) at elisions and inner punctuation. */
  private core(text: string, s: number, e: number, out: Span[]): void {
    if (this.rules.elisions.size > 0) s = this.splitElisions(text, s, e, out);
    if (s >= e) return;
    if (isDigitCode(text.charCodeAt(s))) {
      if (this.rules.splitClockTimes && this.clockTime(text, s, e, out)) return;
      if (this.numberWithUnit(text, s, e, out)) return;
    }
    let piece = s;
    let k = s;
    while (k < e) {
      const code = text.charCodeAt(k);
      if (code === 40 && GENDER_ENDING.test(text.slice(k, Math.min(e, k + 4)))) { k += 3; continue; }
      if (INFIX_MARKS.has(code) || (code === DOT && k + 1 < e && text.charCodeAt(k + 1) === DOT)) {
        if (NUMBER_SEPARATORS.has(code) && k > s && k + 1 < e
          && isDigitCode(text.charCodeAt(k - 1)) && isDigitCode(text.charCodeAt(k + 1))) { k++; continue; }
        if (code === SLASH && this.isPathLike(text, piece, e)) { k++; continue; }
        this.word(text, piece, k, out);
        const r = code === DOT || code === 33 || code === 63 ? runEnd(text, k, e) : k + 1;
        out.push({ start: k, end: r });
        piece = k = r;
        continue;
      }
      if (code === HYPHEN && k > piece && k + 1 < e) {
        if (text.charCodeAt(k + 1) === HYPHEN) {
          this.word(text, piece, k, out);
          const r = runEnd(text, k, e);
          out.push({ start: k, end: r });
          piece = k = r;
          continue;
        }
        if (this.splitsHyphen(text, piece, k, e)) {
          this.word(text, piece, k, out);
          out.push({ start: k, end: k + 1 });
          piece = k = k + 1;
          continue;
        }
      }
      k++;
    }
    this.word(text, piece, e, out);
  }

  private numberWithUnit(text: string, s: number, e: number, out: Span[]): boolean {
    let unit = s;
    while (unit < e && (isDigitCode(text.charCodeAt(unit)) || (NUMBER_SEPARATORS.has(text.charCodeAt(unit))
      && unit + 1 < e && isDigitCode(text.charCodeAt(unit + 1))))) unit++;
    if (unit >= e || !this.rules.numberUnits.has(text.slice(unit, e).toLowerCase())) return false;
    out.push({ start: s, end: unit }, { start: unit, end: e });
    return true;
  }

  private clockTime(text: string, s: number, e: number, out: Span[]): boolean {
    const time = CLOCK_TIME.exec(text.slice(s, e));
    if (!time) return false;
    const hours = time[1]!.length;
    out.push({ start: s, end: s + hours }, { start: s + hours, end: s + hours + 1 });
    if (time[3]) out.push({ start: s + hours + 1, end: e });
    return true;
  }

  /** A slash inside a path-like core ("km/h" is split, "a/b/c.html" is not). */
  private isPathLike(text: string, s: number, e: number): boolean {
    const core = text.slice(s, e);
    return /\.[a-z]{2,4}\//i.test(core) || /\/[\w-]+\.(?:html?|php|aspx?|pdf)\b/i.test(core);
  }

  /** English splits "long-term" but keeps "non-stop", "ninety-nine" and digit ranges written as codes. */
  private splitsHyphen(text: string, piece: number, hyphen: number, end: number): boolean {
    if (!this.rules.splitHyphens) return false;
    const before = text.charCodeAt(hyphen - 1);
    const after = text.charCodeAt(hyphen + 1);
    if (isDigitCode(before) && isDigitCode(after)) return !DIGIT_CODE.test(text.slice(piece, end));
    if (!isAlnumCode(before) || !isAlnumCode(after)) return true;
    return !this.rules.hyphenPrefixes.has(text.slice(piece, hyphen).toLowerCase());
  }

  private splitElisions(text: string, s: number, e: number, out: Span[]): number {
    for (;;) {
      let apostrophe = s;
      while (apostrophe < e && apostrophe - s < 7 && isLetterCode(text.charCodeAt(apostrophe))) apostrophe++;
      if (apostrophe >= e || !isApostropheCode(text.charCodeAt(apostrophe)) || !this.isElision(text, s, apostrophe)) return s;
      const word = normaliseApostrophes(text.slice(s, e)).toLowerCase();
      if (this.rules.elisionExceptions.has(word)) return s;
      out.push({ start: s, end: apostrophe + 1 });
      s = apostrophe + 1;
      if (s >= e) return s;
    }
  }

  /** Emits a word, splitting French hyphenated clitics off its end (donne-le-moi → donne -le -moi). */
  private word(text: string, s: number, e: number, out: Span[]): void {
    if (s >= e) return;
    if (this.rules.hyphenClitics.length === 0 || !hasHyphen(text, s, e)) {
      out.push({ start: s, end: e });
      return;
    }
    const whole = text.slice(s, e).toLowerCase();
    const clitics: Span[] = [];
    let host = this.rules.hyphenCliticExceptions.has(whole) ? '' : whole;
    for (let clitic = this.trailingClitic(host); clitic; clitic = this.trailingClitic(host)) {
      clitics.unshift({ start: e - clitic.length, end: e });
      e -= clitic.length;
      host = host.slice(0, -clitic.length);
    }
    out.push({ start: s, end: e }, ...clitics);
  }

  /** The longest clitic ending `word`, when something other than a hyphen is left before it. */
  private trailingClitic(word: string): string | undefined {
    const clitic = this.rules.hyphenClitics.find((c) => word.length > c.length && word.endsWith(c));
    return clitic && !word.slice(0, -clitic.length).endsWith('-') ? clitic : undefined;
  }
}
