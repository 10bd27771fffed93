/** Start-up cost: every shipped model of both languages and the gazetteer, loaded and timed one by one. */
import { posModel } from '../src/tag/pos-model.js';
import { parserFor } from '../src/parse/stage.js';
import { nerModel } from '../src/ner/ner-model.js';
import { gazetteer } from '../src/places/gazetteer.js';
import { attributionModel } from '../src/attribution/learned-model.js';

const LOADERS: readonly [string, () => unknown][] = [
  ['pos fr', () => posModel('fr')], ['pos en', () => posModel('en')],
  ['parse fr', () => parserFor('fr')], ['parse en', () => parserFor('en')],
  ['ner fr', () => nerModel('fr')], ['ner en', () => nerModel('en')],
  ['attribution en', () => attributionModel('en')],
  ['gazetteer', () => gazetteer()],
];

/** Seconds per model; meaningful only in a process that has not loaded them yet. */
export function loadAllModels(): Record<string, number> {
  const seconds: Record<string, number> = {};
  for (const [name, load] of LOADERS) {
    const start = performance.now();
    load();
    seconds[name] = +((performance.now() - start) / 1000).toFixed(3);
  }
  return seconds;
}
