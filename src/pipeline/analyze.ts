import { createHash } from 'node:crypto';
import {
  AnalysisRecord, RECORD_VERSION, type DocumentMeta, type Language, type LayerName, type Layers,
} from '../record/schema.js';
import { isAnalysisLanguage, type Stage } from './stage.js';
import { STAGES } from './stages.js';
import { identifyLanguage } from '../ingest/language.js';

/** A document as ingest produces it: its text and what is known about it. */
export interface DocumentInput {
  text: string;
  meta: DocumentMeta;
  /** Language declared by the input (JSONL `lang`, HTML `lang`); detected when absent. */
  declaredLang?: string;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The identity of an article across versions: its URL or external id when it has one, its file
 * path for files, else its content. Same identity + different text = a new version.
 */
export function documentId(input: DocumentInput): string {
  const { url, origin } = input.meta;
  const key = url ? `url:${url}` : origin.externalId ? `id:${origin.externalId}`
    : origin.path ? `path:${origin.path}${origin.line ? `#${origin.line}` : ''}` : `hash:${contentHash(input.text)}`;
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
}

function resolveLanguage(input: DocumentInput): Language {
  const declared = input.declaredLang?.toLowerCase().split(/[-_]/)[0];
  if (declared && /^[a-z]{2,3}$/.test(declared)) {
    return { code: declared, confidence: 1, supported: isAnalysisLanguage(declared), method: 'declared' };
  }
  return identifyLanguage(input.text);
}

function runStages(stages: readonly Stage[], input: DocumentInput, lang: 'fr' | 'en'): { layers: Partial<Layers>; ran: string[] } {
  const layers: Partial<Layers> = {};
  const ran: string[] = [];
  for (const stage of stages) {
    const missing = stage.requires.filter((name: LayerName) => layers[name] === undefined);
    if (missing.length > 0) throw new Error(`stage ${stage.name} needs layers ${missing.join(', ')} that no earlier stage provides`);
    Object.assign(layers, stage.run({ text: input.text, lang, meta: input.meta, layers }));
    ran.push(stage.name);
  }
  return { layers, ran };
}

/** Analyses one document: language, then every stage in order. Unsupported languages get empty layers and a warning. */
export function analyze(input: DocumentInput, stages: readonly Stage[] = STAGES): AnalysisRecord {
  const lang = resolveLanguage(input);
  const warnings: string[] = [];
  if (!input.meta.date) warnings.push('no publication date: relative times ("Monday", "last week") are left unresolved');
  let layers: Partial<Layers> = {};
  let ran: string[] = [];
  if (isAnalysisLanguage(lang.code)) {
    ({ layers, ran } = runStages(stages, input, lang.code));
  } else {
    warnings.push(`language ${lang.code} is not supported for analysis (fr, en); the document is stored without annotations`);
  }
  return {
    schemaVersion: RECORD_VERSION,
    id: documentId(input),
    contentHash: contentHash(input.text),
    lang,
    meta: input.meta,
    text: input.text,
    layers: { paragraphs: [], sentences: [], tokens: [], quotes: [], ...layers },
    analysis: { stages: ran, warnings },
  };
}

/** Validates a record against the published schema (used by tests and by import). */
export function validateRecord(record: unknown): AnalysisRecord {
  return AnalysisRecord.parse(record);
}
