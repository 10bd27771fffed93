import type { DocumentMeta, LayerName, Layers } from '../record/schema.js';

/** Languages the analysis stages support; other languages are stored but not analysed. */
export type AnalysisLanguage = 'fr' | 'en';
export const ANALYSIS_LANGUAGES: readonly AnalysisLanguage[] = ['fr', 'en'];

export function isAnalysisLanguage(code: string): code is AnalysisLanguage {
  return (ANALYSIS_LANGUAGES as readonly string[]).includes(code);
}

/** What a stage sees: the text, its language and metadata, and the layers of the stages before it. */
export interface StageInput {
  readonly text: string;
  readonly lang: AnalysisLanguage;
  readonly meta: DocumentMeta;
  readonly layers: Readonly<Partial<Layers>>;
}

/**
 * One analysis step: a pure function from the document and its earlier layers to new layers.
 * `requires` is checked by the pipeline so that a misordered stage list fails loudly.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  run(input: StageInput): Partial<Layers>;
}
