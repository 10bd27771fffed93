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

const FREE_GENRES_SUFFIX = '#free-genres';

/** The file name inside ../shared/data/ud of a selection entry (without its `#free-genres` suffix). */
export function treebankFileName(file: string): string {
  return file.replace(/#.*$/, '');
}

export function treebankPath(file: string): string {
  return sharedPath('data', 'ud', treebankFileName(file));
}

/** Reads a treebank; a `#free-genres` suffix keeps only GUM documents of GUM_FREE_GENRES. */
export function loadTreebank(file: string): ConlluSentence[] {
  if (!file.endsWith(FREE_GENRES_SUFFIX)) return readConllu(treebankPath(file));
  return treebankDocuments(file).flatMap((document) => parseConllu(document, treebankPath(file)));
}

/**
 * The CoNLL-U text of each document of a treebank (each sentence when the file has no
 * `# newdoc` lines), in file order, with the `#free-genres` filter of loadTreebank applied.
 * Splitting by document keeps related sentences together when a treebank is cut into folds.
 */
export function treebankDocuments(file: string): string[] {
  const content = readFileSync(treebankPath(file), 'utf8');
  if (!/^# newdoc id = /m.test(content)) return content.split(/\r?\n\s*\r?\n/).filter((block) => block.trim() !== '').map((block) => `${block}\n\n`);
  const documents = content.split(/^(?=# newdoc id = )/m).filter((document) => document.trim() !== '');
  if (!file.endsWith(FREE_GENRES_SUFFIX)) return documents;
  return documents.filter((document) => {
    const genre = /^# newdoc id = GUM_([a-z]+)_/.exec(document)?.[1];
    return genre !== undefined && GUM_FREE_GENRES.includes(genre);
  });
}
