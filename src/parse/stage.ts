import type { AnalysisLanguage, Stage } from '../pipeline/stage.js';
import type { Sentence, Token } from '../record/schema.js';
import { defaultParserModelPath, loadParserModel } from './model.js';
import { Parser } from './parser.js';
import type { ParseWord } from './words.js';
import { modelCache } from '../ml/model-cache.js';

const parsers = modelCache<Parser, AnalysisLanguage>((lang) => new Parser(loadParserModel(defaultParserModelPath(lang), lang)));

/** The parser of `lang`, loaded from models/<lang>/parse.bin on first use and kept. */
export function parserFor(lang: AnalysisLanguage): Parser {
  return parsers.get(lang);
}

function parseWord(text: string, token: Token): ParseWord {
  return { form: token.form ?? text.slice(token.start, token.end), upos: token.upos, xpos: token.xpos, feats: token.feats, doubt: token.tagDoubt };
}

/** Copies of `tokens` with `head` (document token index) and `deprel` filled, sentence by sentence. */
export function parseTokens(text: string, tokens: readonly Token[], sentences: readonly Sentence[], parser: Parser): Token[] {
  const parsed = tokens.map((token) => Object.assign({}, token));
  for (const sentence of sentences) {
    const first = sentence.firstToken;
    const words = tokens.slice(first, sentence.endToken).map((token) => parseWord(text, token));
    if (words.length === 0) continue;
    const { heads, labels } = parser.parse(words);
    for (let i = 0; i < words.length; i++) {
      const token = parsed[first + i]!;
      // The tagger's doubts served this parse only; the record keeps the tags themselves.
      delete token.tagDoubt;
      const head = heads[i]!;
      if (head >= 0) token.head = first + head;
      else delete token.head;
      token.deprel = labels[i]!;
    }
  }
  return parsed;
}

/** Dependency parsing; runs after the tagger, whose UPOS, XPOS and features it reads. */
export const parseStage: Stage = {
  name: 'parse',
  requires: ['tokens', 'sentences'],
  provides: ['tokens'],
  run: ({ text, lang, layers }) => ({ tokens: parseTokens(text, layers.tokens!, layers.sentences!, parserFor(lang)) }),
};
