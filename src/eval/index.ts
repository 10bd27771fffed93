export const EVAL_TASKS = ['segment', 'pos', 'parse', 'ner', 'quotes', 'time', 'geo'] as const;
export type EvalTask = (typeof EVAL_TASKS)[number];

export interface EvalOptions {
  lang?: 'fr' | 'en';
}

export interface EvalResult {
  /** Human-readable table. */
  table: string;
  /** The contract's metric keys plus words_per_second: printed as the last stdout line. */
  metrics: Record<string, unknown>;
}

type Evaluator = (gold: string, options: EvalOptions) => Promise<EvalResult>;

/** Each task's scorer is loaded only when asked for, so `eval time` does not load the parser. */
const EVALUATORS: Record<EvalTask, Evaluator> = {
  segment: async (gold, options) => (await import('./segment.js')).evalSegment(gold, options),
  pos: async (gold, options) => (await import('./pos.js')).evalPos(gold, options),
  parse: async (gold, options) => (await import('./parse.js')).evalParse(gold, options),
  ner: async (gold, options) => (await import('./ner.js')).evalNer(gold, options),
  geo: async (gold, options) => (await import('./geo.js')).evalGeo(gold, options),
  quotes: async (gold, options) => (await import('./quotes.js')).evalQuotes(gold, options),
  time: async (gold, options) => (await import('./time.js')).evalTime(gold, options),
};

export function runEval(task: EvalTask, gold: string, options: EvalOptions): Promise<EvalResult> {
  return EVALUATORS[task](gold, options);
}
