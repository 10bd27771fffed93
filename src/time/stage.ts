import type { Stage } from '../pipeline/stage.js';
import { findTimes } from './annotate.js';

/**
 * The times layer. Runs from the raw text and the paragraphs (which leave out a date header);
 * uses the tokens' tagger features for tense when an earlier stage has provided them.
 */
export const timeStage: Stage = {
  name: 'times',
  requires: ['paragraphs'],
  provides: ['times'],
  run: ({ text, lang, meta, layers }) => ({
    times: findTimes(text, lang, { date: meta.date, tokens: layers.tokens, sentences: layers.sentences, within: layers.paragraphs }),
  }),
};
