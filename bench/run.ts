/**
 * `npm run bench`: throughput of presscope over the bundled demo corpus, beside baselines measured
 * in the same process on the same texts (the machines are noisy, so only ratios are comparable
 * across runs): Node's Intl.Segmenter for segmentation, and the peer JavaScript NLP libraries
 * wink-nlp and compromise (English only) for the core pipeline. Also reports start-up time and memory.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAGES } from '../src/pipeline/stages.js';
import type { Stage, StageInput } from '../src/pipeline/stage.js';
import { analyze, type DocumentInput } from '../src/pipeline/analyze.js';
import { readDocuments } from '../src/ingest/read-inputs.js';
import type { Layers } from '../src/record/schema.js';
import type { Baseline } from './baselines.js';
import { loadAllModels } from './model-load.js';
import { memoryNow, peakRssMegabytes } from './memory.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLES = join(ROOT, 'samples');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** The stages the issue's speed target covers: segmentation, tags + features + lemmas, parse, NER. */
const CORE_STAGES = ['paragraphs', 'tokens', 'quotes', 'tag', 'parse', 'ner'];
const SEGMENTATION_STAGES = ['paragraphs', 'tokens', 'quotes'];

function loadDocuments(): DocumentInput[] {
  const files = ['wikinews-fr.jsonl', 'wikinews-en.jsonl', 'press-tv-syria-2019-04.txt'];
  return files.flatMap((file) => [...readDocuments(readFileSync(join(SAMPLES, file)), join(SAMPLES, file))]
    .flatMap((item) => ('input' in item ? [item.input] : [])));
}

function wordCount(documents: readonly DocumentInput[]): number {
  return documents.reduce((sum, doc) => sum + (doc.text.match(/\S+/g)?.length ?? 0), 0);
}

/** Median seconds of `rounds` runs of `work`, after one warm-up run (JIT). */
function measure(work: () => unknown, rounds = ROUNDS): number {
  work();
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    work();
    times.push((performance.now() - start) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const stagesNamed = (names: readonly string[]): Stage[] => STAGES.filter((stage) => names.includes(stage.name));

/** Seconds spent in each stage over the corpus (one timed pass after a warm-up pass). */
function perStageSeconds(documents: readonly DocumentInput[]): Record<string, number> {
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

interface Throughput { readonly wordsPerSecond: number }

async function main(): Promise<void> {
  const modelLoadSeconds = loadAllModels();
  const memoryAfterLoad = memoryNow();
  const documents = loadDocuments();
  const english = documents.filter((doc) => analyze(doc, []).lang.code === 'en');
  const words = wordCount(documents);
  const englishWords = wordCount(english);
  const rate = (count: number, seconds: number) => Math.round(count / seconds);
  const presscope = (stages: readonly Stage[], docs: readonly DocumentInput[]) => () => { for (const doc of docs) analyze(doc, stages); };

  const segmentation = rate(words, measure(presscope(stagesNamed(SEGMENTATION_STAGES), documents)));
  const core = rate(words, measure(presscope(stagesNamed(CORE_STAGES), documents)));
  const coreEnglish = rate(englishWords, measure(presscope(stagesNamed(CORE_STAGES), english)));
  const full = rate(words, measure(presscope(STAGES, documents)));
  const stages = perStageSeconds(documents);
  const memoryAfterAnalysis = memoryNow();
  const peakRss = peakRssMegabytes();
  // The peer libraries are loaded only now, so that their code (about 45 MB resident) is not
  // counted in presscope's memory figures above.
  const { compromise, intlSegmenter, loadWink, winkNlp } = await import('./baselines.js');

  const texts = (docs: readonly DocumentInput[]) => docs.map((doc) => ({ text: doc.text, lang: analyze(doc, []).lang.code as 'fr' | 'en' }));
  const baselineRun = (baseline: Baseline, docs: readonly DocumentInput[], count: number) => {
    const input = texts(docs);
    return { name: baseline.name, work: baseline.work, wordsPerSecond: rate(count, measure(() => baseline.run(input))) };
  };
  const winkStart = performance.now();
  loadWink();
  const winkLoadSeconds = +((performance.now() - winkStart) / 1000).toFixed(3);
  const segmenterBaseline = baselineRun(intlSegmenter, documents, words);
  const winkBaseline = { ...baselineRun(winkNlp, english, englishWords), loadSeconds: winkLoadSeconds };
  const compromiseBaseline = baselineRun(compromise, english, englishWords);
  const ratio = (ours: number, theirs: Throughput) => +(ours / theirs.wordsPerSecond).toFixed(2);

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    corpus: { documents: documents.length, words, englishDocuments: english.length, englishWords },
    rounds: ROUNDS,
    load: { seconds: modelLoadSeconds, totalSeconds: +Object.values(modelLoadSeconds).reduce((a, b) => a + b, 0).toFixed(3) },
    memory: { afterLoad: memoryAfterLoad, afterAnalysis: memoryAfterAnalysis, peakRssMegabytes: peakRss },
    segmentation: { stages: SEGMENTATION_STAGES, wordsPerSecond: segmentation, baseline: segmenterBaseline, ratioToBaseline: ratio(segmentation, segmenterBaseline) },
    corePipeline: {
      stages: CORE_STAGES,
      wordsPerSecond: core,
      english: {
        wordsPerSecond: coreEnglish,
        baselines: [winkBaseline, compromiseBaseline].map((baseline) => ({ ...baseline, ratio: ratio(coreEnglish, baseline) })),
      },
    },
    fullPipeline: { stages: STAGES.map((s) => s.name), wordsPerSecond: full },
    perStageWordsPerSecond: Object.fromEntries(Object.entries(stages).map(([name, seconds]) => [name, seconds > 0 ? rate(words, seconds) : null])),
  };
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const n = (value: number) => value.toLocaleString('en');
  console.log(`corpus: ${documents.length} documents, ${n(words)} words (${n(englishWords)} in English), median of ${ROUNDS} rounds`);
  console.log(`load: every model of both languages and the gazetteer in ${results.load.totalSeconds} s (${Object.entries(modelLoadSeconds).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  console.log(`memory: ${memoryAfterLoad.rssMegabytes} MB resident after loading, ${memoryAfterAnalysis.rssMegabytes} MB after the throughput runs (heap ${memoryAfterAnalysis.heapMegabytes} MB, typed arrays ${memoryAfterAnalysis.arrayBufferMegabytes} MB), peak ${peakRss} MB`);
  console.log(`segmentation (${SEGMENTATION_STAGES.join(' + ')}): ${n(segmentation)} words/s = ${results.segmentation.ratioToBaseline}× ${segmenterBaseline.name} (${n(segmenterBaseline.wordsPerSecond)} words/s)`);
  console.log(`core pipeline (${CORE_STAGES.join(' + ')}): ${n(core)} words/s; on the English documents ${n(coreEnglish)} words/s`);
  for (const baseline of results.corePipeline.english.baselines) {
    console.log(`  = ${baseline.ratio}× ${baseline.name}: ${n(baseline.wordsPerSecond)} words/s (${baseline.work})`);
  }
  console.log(`full pipeline (${results.fullPipeline.stages.join(' + ')}): ${n(full)} words/s`);
  for (const [name, value] of Object.entries(results.perStageWordsPerSecond)) console.log(`  stage ${name.padEnd(14)} ${value === null ? '-' : n(value)} words/s`);
  console.log('written to bench/results.json');
}

await main();
