/**
 * Raw text for the unsupervised word clusters of a language: the words of its NER training
 * file and of its POS treebanks, plus the demo corpus articles (free licences only for French:
 * WikiNEuRal, non-commercial, is left out).
 */
import { readFileSync } from 'node:fs';
import { readBioFile } from '../ner/bio-file.js';
import { normalizeWord } from '../tag/word-hashes.js';
import { sharedPath } from './data-paths.js';
import { POS_TREEBANKS, loadTreebank } from './treebanks.js';

/** Words of running text: elided articles (l', d') split off, punctuation as its own token. */
const WORD = /\p{L}{1,3}['’](?=\p{L})|[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function clusterTextSources(lang: 'fr' | 'en', nerTrainFile: string): string[] {
  return [`ner/${nerTrainFile}`, ...POS_TREEBANKS[lang].train.map((file) => `ud/${file}`), `corpus/wikinews-${lang}.jsonl`];
}

/** Sentences of raw words (as written). */
export function rawSentences(lang: 'fr' | 'en', nerTrainFile: string): string[][] {
  const sentences: string[][] = [];
  const add = (words: readonly string[]) => sentences.push([...words]);
  for (const sentence of readBioFile(sharedPath('data', 'ner', nerTrainFile))) add(sentence.words);
  for (const file of POS_TREEBANKS[lang].train) for (const sentence of loadTreebank(file)) add(sentence.tokens.map((token) => token.form));
  const corpus = readFileSync(sharedPath('corpus', `wikinews-${lang}.jsonl`), 'utf8');
  for (const line of corpus.split('\n')) {
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text?: string }).text ?? '';
    for (const paragraph of text.split(/\n+/)) add(paragraph.match(WORD) ?? []);
  }
  return sentences;
}

/** Sentences of normalised words (lower case, digits folded), the clusters' vocabulary. */
export function clusterSentences(raw: readonly (readonly string[])[]): string[][] {
  return raw.map((words) => words.map(normalizeWord));
}
