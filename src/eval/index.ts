export const EVAL_TASKS = ['segment'] as const;
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

/** Each task's scorer is loaded only when asked for, so `eval time` does not load the parser. */
const EVALUATORS: Record<EvalTask, (gold: string, options: EvalOptions) => Promise<EvalResult>> = {
  segment: async (gold, options) => (await import('./segment.js')).evalSegment(gold, options),
};

export function runEval(task: EvalTask, gold: string, options: EvalOptions): Promise<EvalResult> {
  return EVALUATORS[task](gold, options);
}
