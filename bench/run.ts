/**
 * `npm run bench`: throughput of presscope over the bundled demo corpus, beside a baseline measured
 * in the same process (the machines are noisy, so only the ratio is comparable across runs).
 * Baseline: Node's built-in Intl.Segmenter (ICU) splitting the same texts into sentences and words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAGES } from '../src/pipeline/stages.js';
import type { Stage, StageInput } from '../src/pipeline/stage.js';
import { analyze, type DocumentInput } from '../src/pipeline/analyze.js';
import { readDocuments } from '../src/ingest/read-inputs.js';
import type { Layers } from '../src/record/schema.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLES = join(ROOT, 'samples');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

function loadDocuments(): DocumentInput[] {
  const files = ['wikinews-fr.jsonl', 'wikinews-en.jsonl', 'press-tv-syria-2019-04.txt'];
  return files.flatMap((file) => [...readDocuments(readFileSync(join(SAMPLES, file)), join(SAMPLES, file))]
    .flatMap((item) => ('input' in item ? [item.input] : [])));
}

function wordCount(documents: DocumentInput[]): number {
  return documents.reduce((sum, doc) => sum + (doc.text.match(/\S+/g)?.length ?? 0), 0);
}

/** Median seconds of `rounds` runs of `work`, after one warm-up run (JIT, lazy model loading). */
function measure(work: () => void, rounds = ROUNDS): number {
  work();
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    work();
    times.push((performance.now() - start) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

function intlSegmenterBaseline(documents: DocumentInput[]): void {
  const segmenters = new Map<string, [Intl.Segmenter, Intl.Segmenter]>();
  for (const doc of documents) {
    const lang = doc.declaredLang ?? 'fr';
    if (!segmenters.has(lang)) segmenters.set(lang, [new Intl.Segmenter(lang, { granularity: 'sentence' }), new Intl.Segmenter(lang, { granularity: 'word' })]);
    const [sentences, words] = segmenters.get(lang)!;
    let count = 0;
    for (const sentence of sentences.segment(doc.text)) {
      for (const word of words.segment(sentence.segment)) if (word.isWordLike) count++;
    }
    if (count < 0) throw new Error('unreachable');
  }
}

/** Seconds spent in each stage over the corpus (one timed pass after a warm-up pass). */
function perStageSeconds(documents: DocumentInput[]): Record<string, number> {
  const seconds: Record<string, number> = Object.fromEntries(STAGES.map((stage) => [stage.name, 0]));
  for (const timed of [false, true]) {
    for (const doc of documents) {
      const record = analyze(doc, []);
      if (!record.lang.supported) continue;
      const layers: Partial<Layers> = {};
      for (const stage of STAGES) {
        const input: StageInput = { text: doc.text, lang: record.lang.code as 'fr' | 'en', meta: doc.meta, layers };
        const start = performance.now();
        Object.assign(layers, stage.run(input));
        if (timed) seconds[stage.name]! += (performance.now() - start) / 1000;
      }
    }
  }
  return seconds;
}

function main(): void {
  const loadStart = performance.now();
  const documents = loadDocuments();
  const words = wordCount(documents);
  const segmentationStages: Stage[] = STAGES.filter((stage) => ['paragraphs', 'tokens', 'quotes'].includes(stage.name));
  const firstAnalysis = performance.now();
  analyze(documents[0]!);
  const firstAnalysisSeconds = (performance.now() - firstAnalysis) / 1000;

  const baseline = measure(() => intlSegmenterBaseline(documents));
  const segmentation = measure(() => { for (const doc of documents) analyze(doc, segmentationStages); });
  const pipeline = measure(() => { for (const doc of documents) analyze(doc); });
  const stages = perStageSeconds(documents);
  const rate = (seconds: number) => Math.round(words / seconds);
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    corpus: { documents: documents.length, words },
    rounds: ROUNDS,
    baseline: { name: 'Intl.Segmenter (ICU) sentences + words', wordsPerSecond: rate(baseline) },
    segmentation: { stages: segmentationStages.map((s) => s.name), wordsPerSecond: rate(segmentation), ratioToBaseline: +(baseline / segmentation).toFixed(2) },
    pipeline: { stages: STAGES.map((s) => s.name), wordsPerSecond: rate(pipeline), ratioToBaseline: +(baseline / pipeline).toFixed(2) },
    perStageWordsPerSecond: Object.fromEntries(Object.entries(stages).map(([name, seconds]) => [name, seconds > 0 ? rate(seconds) : null])),
    firstDocumentSeconds: +firstAnalysisSeconds.toFixed(3),
    loadSeconds: +((firstAnalysis - loadStart) / 1000).toFixed(3),
    rssMegabytes: Math.round(process.memoryUsage().rss / 1e6),
  };
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`corpus: ${documents.length} documents, ${words.toLocaleString('en')} words, median of ${ROUNDS} rounds`);
  console.log(`baseline  ${results.baseline.name}: ${results.baseline.wordsPerSecond.toLocaleString('en')} words/s`);
  console.log(`presscope segmentation (${results.segmentation.stages.join(' + ')}): ${results.segmentation.wordsPerSecond.toLocaleString('en')} words/s = ${results.segmentation.ratioToBaseline}× baseline`);
  console.log(`presscope full pipeline (${results.pipeline.stages.join(' + ')}): ${results.pipeline.wordsPerSecond.toLocaleString('en')} words/s = ${results.pipeline.ratioToBaseline}× baseline`);
  for (const [name, value] of Object.entries(results.perStageWordsPerSecond)) console.log(`  stage ${name.padEnd(14)} ${value?.toLocaleString('en') ?? '-'} words/s`);
  console.log(`first document (lazy model loading) ${results.firstDocumentSeconds} s · resident memory ${results.rssMegabytes} MB · written to bench/results.json`);
}

main();
