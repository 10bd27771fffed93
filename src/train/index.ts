/** `presscope train pos|ner --lang`: trains a model and writes it where the stages load it from. */
import type { TrainOptions, TrainResult } from './options.js';
import { trainNer } from './ner.js';
import { trainPos } from './pos.js';
import { trainAttribution } from '../attribution/train-attribution.js';

export type { TrainOptions, TrainResult } from './options.js';

export async function train(task: 'pos' | 'ner' | 'attribution', lang: 'fr' | 'en', options: TrainOptions = {}): Promise<TrainResult> {
  switch (task) {
    case 'pos':
      return trainPos(lang, options);
    case 'ner':
      return trainNer(lang, options);
    case 'attribution':
      return trainAttribution(lang, options);
  }
}
