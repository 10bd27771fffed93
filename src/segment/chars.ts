/** Character classes shared by the tokenizer, the sentence splitter and the quote finder. */

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || code === 0x2009
    || code === 0x2007 || code === 0x2008 || code === 0x200a || code === 0x200b || code === 0x3000 || code === 0xfeff;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Unicode classes of the BMP, computed once per code unit on first sight: a regex test per
 * character would dominate the tokenizer's time on accented text.
 */
const CLASS_KNOWN = 1;
const CLASS_LETTER = 2;
const CLASS_UPPER = 4;
const CLASS_LOWER = 8;
const classes = new Uint8Array(65536);

function classOf(code: number): number {
  let bits = classes[code]!;
  if (bits === 0) {
    const char = String.fromCharCode(code);
    bits = CLASS_KNOWN | (LETTER.test(char) ? CLASS_LETTER : 0) | (UPPER.test(char) ? CLASS_UPPER : 0) | (LOWER.test(char) ? CLASS_LOWER : 0);
    classes[code] = bits;
  }
  return bits;
}

export function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return (classOf(code) & CLASS_LETTER) !== 0;
}

export function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return (classOf(code) & CLASS_UPPER) !== 0;
}

export function isLowerCode(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return (classOf(code) & CLASS_LOWER) !== 0;
}

export function isAlnumCode(code: number): boolean {
  return isDigitCode(code) || isLetterCode(code);
}

/** ' and ’ (U+2019), the two apostrophes found in news text. */
export function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** The analysis form of a surface string: typographic apostrophes become '. */
export function normaliseApostrophes(form: string): string {
  return form.includes('\u2019') ? form.replaceAll('\u2019', "'") : form;
}
