/** presscope's library API: what the CLI, the HTTP server and other programs build on. */
export { analyze, contentHash, documentId, validateRecord, type DocumentInput } from './pipeline/analyze.js';
export { STAGES } from './pipeline/stages.js';
export type { Stage, StageInput, AnalysisLanguage } from './pipeline/stage.js';
export { AnalysisRecord, RECORD_VERSION, recordJsonSchema, type Layers, type LayerName, type DocumentMeta } from './record/schema.js';
export { Corpus, QueryError, type SearchQuery, type SearchResult, type IngestStatus } from './store/corpus.js';
export { readDocuments, expandPaths, type InputItem } from './ingest/read-inputs.js';
export { InputError } from './ingest/errors.js';
export { ingestPaths, type IngestSummary } from './api/ingest.js';
export { formatRecord } from './report/text.js';
export { runEval, EVAL_TASKS, type EvalTask } from './eval/index.js';
