import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu, type ConlluSentence } from '../../src/eval/conllu.js';
import { seededRandom } from '../../src/ml/random.js';
import { ParserLearner } from '../../src/parse/learn.js';
import { ROOT_LABEL, createParserModel, type ParserModel } from '../../src/parse/model.js';
import { collectLabels, trainingSentence } from '../../src/parse/treebank.js';
import { SHARED } from '../helpers/paths.js';

export const sequoia = parseConllu(readFileSync(join(SHARED, 'data/ud/fr_sequoia-ud-dev.conllu'), 'utf8'), 'fr_sequoia-ud-dev.conllu');

/** A small French parser trained in about a second, so tests do not depend on the shipped weights. */
export function trainTinyModel(sentences: readonly ConlluSentence[], epochs = 4): ParserModel {
  const labels = collectLabels(sentences, ROOT_LABEL);
  const ids = new Map(labels.map((label, i) => [label, i] as const));
  const model = createParserModel('fr', labels, { transitionBits: 16, labelBits: 12 }, false);
  const learner = new ParserLearner(model, seededRandom(7));
  const examples = sentences.map((sentence) => trainingSentence(sentence, ids));
  for (let epoch = 0; epoch < epochs; epoch++) for (const example of examples) learner.learn(example, epoch > 0);
  model.transitions.average();
  model.labeller.average();
  return model;
}
