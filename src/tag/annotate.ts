/** Tags and lemmatises the words of one sentence: the shared code path of the stage and of eval. */
import type { PosModel } from './pos-model.js';

export interface WordAnnotation {
  upos: string;
  xpos?: string;
  feats?: string;
  lemma: string;
}

export function annotateWords(model: PosModel, words: readonly string[]): WordAnnotation[] {
  if (words.length === 0) return [];
  return model.tagger.tag(words).map((tags, i) => ({
    upos: tags.upos,
    ...(tags.xpos !== undefined ? { xpos: tags.xpos } : {}),
    ...(tags.feats !== '_' ? { feats: tags.feats } : {}),
    lemma: model.lemmatizer.lemma(words[i]!, tags.upos),
  }));
}
