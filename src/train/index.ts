/** `presscope train pos|ner --lang`: trains a model and writes it where the stages load it from. */
import type { TrainOptions, TrainResult } from './options.js';
import { trainNer } from './ner.js';
import { trainPos } from './pos.js';

export type { TrainOptions, TrainResult } from './options.js';

export async function train(task: 'pos' | 'ner', lang: 'fr' | 'en', options: TrainOptions = {}): Promise<TrainResult> {
  switch (task) {
    case 'pos':
      return trainPos(lang, options);
    case 'ner':
      return trainNer(lang, options);
  }
}
