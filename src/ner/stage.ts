/**
 * Pipeline stage finding named entities (PER, LOC, ORG, MISC) sentence by sentence. The model
 * reads surface tokens, as in its training data, so the syntactic words of a multiword token
 * ("du" = "de" + "le") are read as the one surface token they share.
 */
import type { AnalysisLanguage, Stage } from '../pipeline/stage.js';
import type { Entity, Sentence, Token } from '../record/schema.js';
import { ENGLISH_NAME_PREFIXES } from '../lang/en/entities.js';
import { FRENCH_NAME_PREFIXES } from '../lang/fr/entities.js';
import { spansOfLabels } from './bio.js';
import { LabelMemory } from './label-memory.js';
import { nerModel } from './ner-model.js';
import { entityNorm } from './norm.js';
import { normalizeWord } from '../tag/word-hashes.js';
import { lookupOutlet } from '../outlets/registry.js';

interface SurfaceToken {
  start: number;
  end: number;
  form: string;
}

/** Typographic apostrophes read as the straight one the training data uses. */
function surfaceForm(text: string, token: Token, grouped: boolean): string {
  if (!grouped && token.form !== undefined) return token.form;
  return text.slice(token.start, token.end).replace(/[’‘]/g, "'");
}

const NAME_PREFIXES: Record<AnalysisLanguage, ReadonlySet<string>> = {
  fr: new Set(FRENCH_NAME_PREFIXES),
  en: new Set(ENGLISH_NAME_PREFIXES),
};

/** "anti-FDS" → the name "FDS" with its own span; other words unchanged. */
function withoutNamePrefix(token: SurfaceToken, lang: AnalysisLanguage): SurfaceToken {
  const hyphen = token.form.indexOf('-');
  if (hyphen <= 0 || hyphen === token.form.length - 1) return token;
  const rest = token.form.slice(hyphen + 1);
  if (!/^\p{Lu}/u.test(rest) || !NAME_PREFIXES[lang].has(token.form.slice(0, hyphen).toLowerCase())) return token;
  return { start: token.start + hyphen + 1, end: token.end, form: rest };
}

/** The surface tokens of a sentence, the unit the NER model was trained on. */
export function surfaceTokens(text: string, tokens: readonly Token[], sentence: Sentence, lang: AnalysisLanguage): SurfaceToken[] {
  const surface: SurfaceToken[] = [];
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const token = tokens[t]!;
    const previous = t > sentence.firstToken ? tokens[t - 1]! : undefined;
    if (token.mwt !== undefined && previous?.mwt === token.mwt) continue;
    surface.push(withoutNamePrefix({ start: token.start, end: token.end, form: surfaceForm(text, token, token.mwt !== undefined) }, lang));
  }
  return surface;
}

/** Classes of casing.ts meaning "usually capitalised". */
const MOSTLY_CAPITALISED = 3;

/**
 * Names usually hyphenated but here written with a space ("Croissant Rouge" for
 * "Croissant-Rouge") are read as the one word the model knows, when the hyphenated form is
 * a usually-capitalised word of the training text.
 */
function joinSpacedHyphenNames(text: string, surface: SurfaceToken[], casing: ReadonlyMap<string, number>): SurfaceToken[] {
  const joined: SurfaceToken[] = [];
  for (let i = 0; i < surface.length; i++) {
    const current = surface[i]!;
    const next = surface[i + 1];
    if (next && next.start === current.end + 1 && text.charAt(current.end) === ' ' && /^\p{Lu}/u.test(current.form) && /^\p{Lu}/u.test(next.form)) {
      const hyphenated = `${current.form}-${next.form}`;
      if ((casing.get(normalizeWord(hyphenated)) ?? 0) >= MOSTLY_CAPITALISED) {
        joined.push({ start: current.start, end: next.end, form: hyphenated });
        i++;
        continue;
      }
    }
    joined.push(current);
  }
  return joined;
}

/**
 * A mention the outlet registry knows is an organisation whatever the model says ("al-Mayadeen" read as a place,
 * "Press Tv" as a person). Only distinctive names count: one capitalised word such as "Petra", "Marianne" or "Time"
 * may be a person, a place or a word, so the model keeps those.
 */
function isKnownOutlet(mention: string): boolean {
  const distinctive = /\s|-/u.test(mention) || /^\p{Lu}{2,}$/u.test(mention);
  return distinctive && lookupOutlet(mention) !== undefined;
}

export function findEntities(text: string, tokens: readonly Token[], sentences: readonly Sentence[], lang: AnalysisLanguage): Entity[] {
  const { tagger } = nerModel(lang);
  const entities: Entity[] = [];
  const memory = new LabelMemory();
  for (const sentence of sentences) {
    const surface = joinSpacedHyphenNames(text, surfaceTokens(text, tokens, sentence, lang), tagger.sources.casing);
    if (surface.length === 0) continue;
    const labels = tagger.tag(surface.map((token) => token.form), memory);
    for (const span of spansOfLabels(labels)) {
      const start = surface[span.start]!.start;
      const end = surface[span.end - 1]!.end;
      const mention = text.slice(start, end);
      entities.push({ start, end, type: isKnownOutlet(mention) ? 'ORG' : span.type, text: mention, norm: entityNorm(mention, lang) });
    }
  }
  return entities;
}

export const nerStage: Stage = {
  name: 'ner',
  requires: ['tokens', 'sentences'],
  provides: ['entities'],
  run: ({ text, lang, layers }) => ({ entities: findEntities(text, layers.tokens ?? [], layers.sentences ?? [], lang) }),
};
