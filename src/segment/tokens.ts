import type { Paragraph, Sentence, Token } from '../record/schema.js';
import type { Span } from '../record/layers/span.js';
import type { AnalysisLanguage, Stage } from '../pipeline/stage.js';
import { segmentationRules } from './rules.js';
import { Tokenizer } from './tokenizer.js';
import { splitSentences } from './sentences.js';
import { WordExpander } from './words.js';

export interface Segmentation {
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * Tokens (syntactic words) and sentences of a text, paragraph by paragraph, so that no sentence
 * crosses a paragraph boundary. Every offset is an index into the original `text`.
 */
export function segment(text: string, paragraphs: readonly Span[], lang: AnalysisLanguage): Segmentation {
  const rules = segmentationRules(lang);
  const tokenizer = new Tokenizer(rules);
  const expander = new WordExpander(rules);
  const surface: Span[] = [];
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    const from = surface.length;
    tokenizer.tokenize(text, paragraph.start, paragraph.end, surface);
    for (const [first, end] of splitSentences(text, surface, from, surface.length, rules)) {
      const firstToken = tokens.length;
      expander.expand(text, surface, first, end, tokens);
      sentences.push({ start: surface[first]!.start, end: surface[end - 1]!.end, firstToken, endToken: tokens.length });
    }
  }
  return { tokens, sentences };
}

export const tokenStage: Stage = {
  name: 'tokens',
  requires: ['paragraphs'],
  provides: ['tokens', 'sentences'],
  run: ({ text, lang, layers }) => segment(text, layers.paragraphs as Paragraph[], lang),
};
