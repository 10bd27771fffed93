import type { Span } from '../record/layers/span.js';
import type { SegmentationRules } from './rules.js';
import { isAbbreviation } from './tokenizer.js';
import { isAlnumCode, isDigitCode, isLowerCode, isUpperCode } from './chars.js';
import { lookupOutlet } from '../outlets/registry.js';

/**
 * Sentence boundaries over the surface tokens of one paragraph. A sentence ends at . ! ? … (or an
 * abbreviation that can end one, like "etc.") when the next token can start a sentence; closing
 * quotation marks and brackets right after the final mark stay in the sentence they close, and a
 * following comma or lower-case word ("», note l'analyste", "» dit-il") keeps the attribution in
 * the same sentence. Where no punctuation marks the end (a headline run into the text), the
 * boundary model learnt from UD data decides (boundary-model.ts).
 */

const CLOSERS = new Set('»”’"\')]}›'.split('').map((c) => c.charCodeAt(0)));
/** Closers that can also open (straight quotes, ’): closing only when glued to the previous token. */
const AMBIGUOUS_CLOSERS = new Set('"\'’'.split('').map((c) => c.charCodeAt(0)));
const OPENERS = new Set('«“‘"\'([{¿¡„‹—–-•*'.split('').map((c) => c.charCodeAt(0)));

function isFinalPunctuation(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) return false;
  }
  return form.length > 0;
}

/** Whether a token can open a sentence: a capitalised word, a number, an opening mark. */
function canStartSentence(text: string, token: Span): boolean {
  const code = text.charCodeAt(token.start);
  return isUpperCode(code) || isDigitCode(code) || OPENERS.has(code);
}

/** A closing mark (or a run of them, ’’) that belongs to the sentence before it. */
function isCloser(text: string, tokens: readonly Span[], i: number): boolean {
  const token = tokens[i]!;
  if (token.end - token.start > 2) return false;
  for (let k = token.start; k < token.end; k++) if (!CLOSERS.has(text.charCodeAt(k))) return false;
  if (!AMBIGUOUS_CLOSERS.has(text.charCodeAt(token.start))) return true;
  return tokens[i - 1]!.end === token.start;
}

/** Splits `tokens[from, to)` (one paragraph) into sentences, as half-open token index ranges. */
export function splitSentences(
  text: string, tokens: readonly Span[], from: number, to: number, rules: SegmentationRules,
): Array<[number, number]> {
  const sentences: Array<[number, number]> = [];
  let first = from;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    const lastCode = text.charCodeAt(token.end - 1);
    if (isAlnumCode(lastCode)) {
      if (i + 1 < to && i > first && isUpperCode(text.charCodeAt(tokens[i + 1]!.start)) && breaksUnpunctuated(text, token, tokens[i + 1]!, rules)
        && !opensOutletName(text, tokens, i + 1, to)) {
        sentences.push([first, i + 1]);
        first = i + 1;
      }
      continue;
    }
    if (lastCode === 59 && rules.semicolonBreaksBeforeCapital && token.end - token.start === 1 && i + 1 < to
      && isUpperCode(text.charCodeAt(tokens[i + 1]!.start))) {
      sentences.push([first, i + 1]);
      first = i + 1;
      continue;
    }
    if (lastCode !== 46 && lastCode !== 33 && lastCode !== 63 && lastCode !== 0x2026) continue;
    const form = text.slice(token.start, token.end);
    const punctuation = isFinalPunctuation(form);
    if (!punctuation && !(form.length > 1 && form.endsWith('.'))) continue;
    let end = i + 1;
    while (end < to && isCloser(text, tokens, end)) end++;
    if (end >= to) break;
    const next = tokens[end]!;
    const afterAbbreviation = punctuation && form === '.' && i > first && end > i + 1 && isBracketedAbbreviation(text, tokens, i);
    if (!endsSentence(text, form, punctuation, next, end > i + 1, afterAbbreviation, rules)) continue;
    if (end > i + 1 && punctuation && /[?!]$/.test(form) && isSpeechTag(text, tokens, end, to)) continue;
    sentences.push([first, end]);
    first = end;
    i = end - 1;
  }
  if (first < to) sentences.push([first, to]);
  return sentences;
}

/** Most capitalised words a speaker may take in a speech tag ("Mr. Trump", "Sen. Lindsey Graham"). */
const MAX_TAG_NAME = 3;

/**
 * Whether `tokens[from…]` is a speech tag after a quotation closed by ? or ! ("…?” Trump said.",
 * "…!” Sen. Graham asked,"): capitalised words, then one lower-case word that ends the clause. As
 * in UD (GUM: "“What's your name?” Carroll said."), the tag stays in the quotation's sentence.
 */
function isSpeechTag(text: string, tokens: readonly Span[], from: number, to: number): boolean {
  let k = from;
  while (k < to && k - from < MAX_TAG_NAME && isUpperCode(text.charCodeAt(tokens[k]!.start))) k++;
  if (k === from || k >= to) return false;
  const verb = tokens[k]!;
  for (let c = verb.start; c < verb.end; c++) if (!isLowerCode(text.charCodeAt(c))) return false;
  if (k + 1 === to) return true;
  const after = text.slice(tokens[k + 1]!.start, tokens[k + 1]!.end);
  return after === ',' || after === '.';
}

/** Most words of an outlet's name ("L'Orient-Le Jour", "The Wall Street Journal"). */
const MAX_OUTLET_WORDS = 4;

/**
 * Whether an outlet the registry knows is named from `tokens[from]` on: "le quotidien économique Les Echos", "le
 * journal L'Opinion" run on, however often a capitalised article opens a sentence after a headline in UD data.
 */
function opensOutletName(text: string, tokens: readonly Span[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + MAX_OUTLET_WORDS); k++) {
    if (lookupOutlet(text.slice(tokens[from]!.start, tokens[k]!.end))) return true;
  }
  return false;
}

function breaksUnpunctuated(text: string, previous: Span, next: Span, rules: SegmentationRules): boolean {
  return rules.unpunctuatedBreaks.breaksBetween(text.slice(previous.start, previous.end), text.slice(next.start, next.end));
}

/** A capital and at most three small letters: the shape of an abbreviation ("Nebr", "Ga"). */
const ABBREVIATION_SHAPE = /^\p{Lu}\p{Ll}{0,3}$/u;

const CLOSING_BRACKETS = new Set(')]}'.split('').map((c) => c.charCodeAt(0)));

/**
 * Whether the lone "." at `dot` is the dot of a word shaped like an abbreviation that the
 * tokenizer did not recognise, closing a bracket ("(R-Nebr.) said"): a lower-case word after it
 * continues the sentence. Outside brackets such a word is as often a name ending a sentence.
 */
function isBracketedAbbreviation(text: string, tokens: readonly Span[], dot: number): boolean {
  const word = tokens[dot - 1]!;
  return word.end === tokens[dot]!.start && CLOSING_BRACKETS.has(text.charCodeAt(tokens[dot + 1]!.start))
    && ABBREVIATION_SHAPE.test(text.slice(word.start, word.end));
}

/**
 * Whether final punctuation (or an abbreviation's dot) followed by `next` ends a sentence. In the
 * UD training data a lone "." ends one even before a lower-case word, unless it is the dot of an
 * abbreviation-like word closing a bracket; "…" does not, nor, after a closing quote, "?" or "!"
 * (« Quoi ? » dit-il), which English text also leaves unquoted ("why? he").
 */
function endsSentence(
  text: string, form: string, punctuation: boolean, next: Span, quoted: boolean, afterAbbreviation: boolean, rules: SegmentationRules,
): boolean {
  if (punctuation) {
    if (canStartSentence(text, next)) return true;
    if (!isLowerCode(text.charCodeAt(next.start))) return false;
    const lastMark = form.charCodeAt(form.length - 1);
    if (lastMark === 46) return form.length === 1 && !afterAbbreviation;
    return lastMark !== 0x2026 && !quoted && rules.questionBreaksBeforeLowerCase;
  }
  // an abbreviation with its dot: only some of them can end a sentence
  if (!isAbbreviation(form, text.charCodeAt(next.start), rules)) return false;
  if (rules.nonFinalAbbreviations.has(form) || rules.nonFinalAbbreviations.has(form.charAt(0).toLowerCase() + form.slice(1))) return false;
  if (!canStartSentence(text, next)) return false;
  const nextForm = text.slice(next.start, next.end);
  const initials = /^\p{L}\.(?:-?\p{L}\.)*$/u.test(form);
  return !initials || rules.sentenceStarters.has(nextForm);
}
