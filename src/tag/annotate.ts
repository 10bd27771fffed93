/** Tags and lemmatises the words of one sentence: the shared code path of the stage and of eval. */
import type { PosModel } from './pos-model.js';
import type { TagDoubt } from './tagger.js';

export interface WordAnnotation {
  upos: string;
  xpos?: string;
  feats?: string;
  lemma: string;
  doubt?: TagDoubt;
}

export function annotateWords(model: PosModel, words: readonly string[]): WordAnnotation[] {
  if (words.length === 0) return [];
  return model.tagger.tag(words).map((tags, i) => {
    const annotation: WordAnnotation = { upos: tags.upos, lemma: model.lemmatizer.lemma(words[i]!, tags.upos) };
    if (tags.xpos !== undefined) annotation.xpos = tags.xpos;
    if (tags.feats !== '_') annotation.feats = tags.feats;
    if (tags.doubt) annotation.doubt = tags.doubt;
    return annotation;
  });
}
