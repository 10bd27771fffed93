import type { ConlluSentence } from '../eval/conllu.js';
import { goldTree } from './oracle.js';
import type { TrainingSentence } from './learn.js';
import { encodeSentence, type ParseWord } from './words.js';

/** The parser's view of a CoNLL-U sentence's words (gold tags). */
export function conlluWords(sentence: ConlluSentence): ParseWord[] {
  return sentence.words.map((word) => ({ form: word.form, upos: word.upos, xpos: word.xpos, feats: word.feats }));
}

/** Root as index n, as in the transition system. */
export function conlluHeads(sentence: ConlluSentence): Int32Array {
  const n = sentence.words.length;
  return Int32Array.from(sentence.words, (word) => (word.head === 0 ? n : word.head - 1));
}

/** Relations in order of first appearance, so the label ids are stable for a given training set. */
export function collectLabels(sentences: readonly ConlluSentence[], rootLabel: string): string[] {
  const labels = new Set<string>([rootLabel]);
  for (const sentence of sentences) for (const word of sentence.words) labels.add(word.deprel);
  return [...labels];
}

/** A training example; `words` may carry predicted tags instead of the gold ones. */
export function trainingSentence(sentence: ConlluSentence, labelIds: ReadonlyMap<string, number>, words = conlluWords(sentence)): TrainingSentence {
  const heads = conlluHeads(sentence);
  return {
    sentence: encodeSentence(words),
    gold: goldTree(heads),
    labels: Int32Array.from(sentence.words, (word) => labelIds.get(word.deprel) ?? 0),
  };
}
