/** Pipeline stage filling UPOS, XPOS, morphological features and lemmas of every token. */
import type { Stage } from '../pipeline/stage.js';
import type { Token } from '../record/schema.js';
import { annotateWords } from './annotate.js';
import { posModel } from './pos-model.js';

/** The analysis form of a token: its normalised/expanded `form`, else its text slice. */
export function tokenForm(text: string, token: Token): string {
  return token.form ?? text.slice(token.start, token.end);
}

export const tagStage: Stage = {
  name: 'tag',
  requires: ['tokens', 'sentences'],
  provides: ['tokens'],
  run({ text, lang, layers }) {
    const model = posModel(lang);
    const tokens = (layers.tokens ?? []).map((token) => ({ ...token }));
    for (const sentence of layers.sentences ?? []) {
      const words: string[] = [];
      for (let t = sentence.firstToken; t < sentence.endToken; t++) words.push(tokenForm(text, tokens[t]!));
      annotateWords(model, words).forEach((annotation, i) => {
        const token = tokens[sentence.firstToken + i]!;
        token.upos = annotation.upos;
        if (annotation.xpos !== undefined) token.xpos = annotation.xpos;
        else delete token.xpos;
        if (annotation.feats !== undefined) token.feats = annotation.feats;
        else delete token.feats;
        token.lemma = annotation.lemma;
      });
    }
    return { tokens };
  },
};
