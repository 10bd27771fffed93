/**
 * Which treebank files train and select the POS models of each language. English adds only the
 * GUM documents whose genres GUM's licence lists as CC BY or public domain, so that the shipped
 * model is not non-commercial.
 */
import { readFileSync } from 'node:fs';
import { type ConlluSentence, parseConllu, readConllu } from '../eval/conllu.js';
import { sharedPath } from './data-paths.js';

/** GUM genres under CC BY or public domain (Wikimedia, OpenStax, vlogs, speeches, conversations). */
export const GUM_FREE_GENRES: readonly string[] = ['news', 'interview', 'bio', 'voyage', 'textbook', 'vlog', 'speech', 'conversation'];

export interface TreebankSelection {
  readonly train: readonly string[];
  readonly dev: string;
}

export const POS_TREEBANKS: Readonly<Record<'fr' | 'en', TreebankSelection>> = {
  fr: { train: ['fr_sequoia-ud-train.conllu', 'fr_gsd-ud-dev.conllu'], dev: 'fr_sequoia-ud-dev.conllu' },
  en: { train: ['en_ewt-ud-train.conllu', 'en_gum-ud-train.conllu#free-genres'], dev: 'en_ewt-ud-dev.conllu' },
};

export function treebankPath(file: string): string {
  return sharedPath('data', 'ud', file.replace(/#.*$/, ''));
}

/** Reads a treebank; a `#free-genres` suffix keeps only GUM documents of GUM_FREE_GENRES. */
export function loadTreebank(file: string): ConlluSentence[] {
  const path = treebankPath(file);
  if (!file.endsWith('#free-genres')) return readConllu(path);
  const documents = readFileSync(path, 'utf8').split(/^(?=# newdoc id = )/m);
  const kept: ConlluSentence[] = [];
  for (const document of documents) {
    const genre = /^# newdoc id = GUM_([a-z]+)_/.exec(document)?.[1];
    if (genre && GUM_FREE_GENRES.includes(genre)) kept.push(...parseConllu(document, path));
  }
  return kept;
}
