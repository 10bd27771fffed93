/** A word of the text as the time grammar sees it; offsets are those of the original text. */
export interface TimeToken {
  start: number;
  end: number;
  /** Lowercased, accents removed, typographic apostrophe folded: the key used for lexicon look-ups. */
  norm: string;
  /** Numeric value of a digit token ("30,4" is 30.4 in French). */
  num?: number;
  /** Digits of a digit token, suffix excluded ("1er" → "1"). */
  digits?: string;
  /** Letters glued to the digits: ordinal or plural mark ("er", "st", "s"). */
  suffix?: string;
  /** Whether the token starts with an upper-case letter. */
  capital: boolean;
  /** Whether a line break separates this token from the previous one. */
  newlineBefore: boolean;
}

// Digits with an optional decimal part and glued ordinal/plural suffix; single-letter elisions
// ("l'", "d'") as their own token so that "l'an" reads as two words, also at the end of a lexicon
// phrase ("plus d'"); every other letter run or punctuation mark as one token. Hyphens stay
// separate: "dix-huit", "mi-mars", "16-hour".
const TOKEN = /\d+(?:[.,]\d+)?(?:er|re|ère|ème|eme|e|st|nd|rd|th|s)?(?![\p{L}\d])|\d+|(?:qu|[ldjnsmtc])['’](?=\p{L}|$)|\p{L}+|\S/giu;
const DIACRITICS = /[\u0300-\u036f]/g;
const DIGITS = /^(\d+)(?:[.,](\d+))?(\p{L}*)$/u;

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(DIACRITICS, '') : lower;
}

function parseDigits(token: TimeToken, raw: string, decimalComma: boolean): void {
  const m = DIGITS.exec(raw);
  if (!m) return;
  const [, whole, fraction, suffix] = m;
  token.digits = whole!;
  if (suffix) token.suffix = suffix.toLowerCase();
  if (fraction === undefined) token.num = Number(whole);
  else if (raw.includes(',') && !decimalComma && fraction.length === 3) token.num = Number(whole + fraction);
  else token.num = Number(`${whole}.${fraction}`);
  if (fraction !== undefined) token.digits = undefined;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

export function tokenizeForTime(text: string, decimalComma: boolean): TimeToken[] {
  const tokens: TimeToken[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const token: TimeToken = {
      start,
      end: start + raw.length,
      norm: normalizeWord(raw),
      capital: raw[0] !== raw[0]!.toLowerCase(),
      newlineBefore: hasNewline(text, previousEnd, start),
    };
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57) parseDigits(token, raw, decimalComma);
    tokens.push(token);
    previousEnd = token.end;
  }
  return tokens;
}
