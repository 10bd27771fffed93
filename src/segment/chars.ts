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

export function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(String.fromCharCode(code));
}

export function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(String.fromCharCode(code));
}

export function isLowerCode(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER.test(String.fromCharCode(code));
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
