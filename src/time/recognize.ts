import type { Token } from '../record/schema.js';
import type { Span } from '../record/layers/span.js';
import type { AnalysisLanguage } from '../pipeline/stage.js';
import type { TimeLanguage, TimeRule } from './language.js';
import { FRENCH_TIME } from '../lang/fr/time.js';
import { ENGLISH_TIME } from '../lang/en/time.js';
import { compileGrammar, matchAt, TokenView, type Capture, type CompiledGrammar } from './grammar.js';
import { buildFrame, type TimeFrame } from './frame.js';
import { compileTense, taggedByOffset, tenseAround, type CompiledTense, type Tense } from './tense.js';
import { tokenizeForTime } from './tokenize.js';
import { escapeRegExp } from '../lang/regexp.js';

/**
 * Recognition: the language's grammar run over the text, longest match first, each match read
 * into a frame (what the expression says) with the tense of its clause. Nothing is resolved here.
 */

export interface Engine {
  language: TimeLanguage; grammar: CompiledGrammar; tense: CompiledTense;
  /** What may stand between a time of day and the day written after it: a comma or a joining word. */
  dayAfterTimeGap: RegExp;
}

function dayAfterTimeGap(language: TimeLanguage): RegExp {
  const joiners = language.dayAfterTimeJoiners.map(escapeRegExp);
  return new RegExp(`^\\s*,?\\s*${joiners.length > 0 ? `(?:(?:${joiners.join('|')})\\s+)?` : ''}$`, 'i');
}

const LANGUAGES: Record<AnalysisLanguage, TimeLanguage> = { fr: FRENCH_TIME, en: ENGLISH_TIME };
const engines = new Map<AnalysisLanguage, Engine>();

export function engineFor(lang: AnalysisLanguage): Engine {
  let engine = engines.get(lang);
  if (!engine) {
    const language = LANGUAGES[lang];
    engine = { language, grammar: compileGrammar(language), tense: compileTense(language.tense), dayAfterTimeGap: dayAfterTimeGap(language) };
    engines.set(lang, engine);
  }
  return engine;
}

/** One recognised expression, before resolution. */
export interface Mention { start: number; end: number; rule: TimeRule; frame: TimeFrame; tense?: Tense }

function spanOf(captures: Capture[], tokens: { start: number; end: number }[]): Span {
  return { start: tokens[captures[0]!.start]!.start, end: tokens[captures[captures.length - 1]!.end - 1]!.end };
}

const INHERITED: (keyof TimeFrame)[] = ['year', 'twoDigitYear', 'month', 'dir'];

/** "du 3 au 5 mai": the first date takes the month (and year) written once for both, as "Monday and Tuesday nights" its part of the day. */
function shareRangeFields(a: TimeFrame, b: TimeFrame): void {
  for (const key of INHERITED) {
    if (a[key] === undefined && b[key] !== undefined) (a as Record<string, unknown>)[key] = b[key];
    if (b[key] === undefined && a[key] !== undefined) (b as Record<string, unknown>)[key] = a[key];
  }
  // "Monday and Tuesday nights": a part of the day in the plural is that of both days.
  if (b.plural && b.part && a.part === undefined) { a.part = b.part; a.plural = true; }
}

export function recognize(text: string, engine: Engine, tagged: readonly Token[] | undefined, sentences?: readonly Span[]): Mention[] {
  const tokens = tokenizeForTime(text, engine.language.decimalComma);
  const taggedTokens = taggedByOffset(tagged);
  const sentenceStarts = sentences && new Set(sentences.map((s) => s.start));
  const view = new TokenView(text, tokens, engine.grammar, taggedTokens);
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length;) {
    const match = matchAt(view, engine.grammar, i);
    if (!match) { i++; continue; }
    i = match.end;
    if (match.rule.rule.kind === 'skip') continue;
    const tense = tenseAround(text, tokens, match.start, match.end, engine.tense, taggedTokens, sentenceStarts);
    const groups = [match.captures.filter((c) => c.group === 'a' && !c.context), match.captures.filter((c) => c.group === 'b' && !c.context)];
    const frames = groups.map((g) => (g.length > 0 ? buildFrame(g) : undefined));
    if (frames[0] && frames[1]) shareRangeFields(frames[0], frames[1]);
    groups.forEach((group, k) => {
      const frame = frames[k];
      if (!frame || group.length === 0) return;
      mentions.push({ ...spanOf(group, tokens), rule: match.rule.rule, frame, tense });
    });
  }
  return mentions;
}
