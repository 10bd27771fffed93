import { performance } from 'node:perf_hooks';
import { analyze } from '../pipeline/analyze.js';
import { STAGES } from '../pipeline/stages.js';
import type { Stage } from '../pipeline/stage.js';
import type { LayerName, TimeExpression } from '../record/schema.js';
import { timeStage } from '../time/stage.js';
import { GoldFormatError } from './gold-error.js';
import { goldLanguage, readJsonlObjects } from './jsonl-gold.js';

/**
 * `presscope eval time`: TempEval-3 task A. The system sees only each document's text and DCT,
 * runs the segmentation stages and the time stage (the `analyze` code path), and is scored on
 * spans (strict: identical; relaxed: overlapping, one-to-one), on the type and value of the
 * relaxed matches, and on value F1 (a true positive needs a relaxed match with the same value).
 */

const TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);

export interface GoldTimex { start: number; end: number; type: string; value: string }
export interface GoldTimeDocument { id: string; lang: 'fr' | 'en'; dct: string; text: string; timexes: GoldTimex[]; line: number }

function fail(file: string, line: number, detail: string): never {
  throw new GoldFormatError(file, line, detail);
}

function readGoldTimex(file: string, line: number, text: string, raw: unknown, k: number): GoldTimex {
  if (typeof raw !== 'object' || raw === null) fail(file, line, `timexes[${k}] is not an object`);
  const t = raw as Record<string, unknown>;
  const { start, end, type, value } = t;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number) || (end as number) > text.length) {
    fail(file, line, `timexes[${k}] has invalid offsets ${String(start)}–${String(end)} for a text of ${text.length} characters`);
  }
  if (typeof type !== 'string' || !TYPES.has(type)) fail(file, line, `timexes[${k}] has type ${JSON.stringify(type)}, expected DATE, TIME, DURATION or SET`);
  if (typeof value !== 'string' || value === '') fail(file, line, `timexes[${k}] has no value`);
  return { start: start as number, end: end as number, type, value };
}

/** Reads a TIMEX3 JSONL gold file; GoldFormatError names the line of the first problem. */
export function readTimeGold(file: string, langOverride?: 'fr' | 'en'): GoldTimeDocument[] {
  return readJsonlObjects(file).map(({ record, line }) => {
    const { id, text, dct, timexes } = record;
    if (typeof text !== 'string') fail(file, line, 'missing "text"');
    if (typeof dct !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(dct)) fail(file, line, `"dct" must be YYYY-MM-DD, got ${JSON.stringify(dct)}`);
    if (!Array.isArray(timexes)) fail(file, line, 'missing "timexes" array');
    const lang = goldLanguage(record.lang, file, line, langOverride);
    return {
      id: typeof id === 'string' ? id : `line-${line}`, lang, dct: dct.slice(0, 10), text, line,
      timexes: timexes.map((t, k) => readGoldTimex(file, line, text, t, k)),
    };
  });
}

export interface TimeCounts { gold: number; system: number; strict: number; relaxed: number; type: number; value: number }

/** Matches system to gold expressions one to one, preferring exact spans, then any overlap. */
export function countMatches(gold: readonly GoldTimex[], system: readonly Pick<TimeExpression, 'start' | 'end' | 'type' | 'value'>[]): TimeCounts {
  const counts: TimeCounts = { gold: gold.length, system: system.length, strict: 0, relaxed: 0, type: 0, value: 0 };
  const used = new Set<number>();
  const pairs: [GoldTimex, number][] = [];
  gold.forEach((g) => {
    const exact = system.findIndex((s, k) => !used.has(k) && s.start === g.start && s.end === g.end);
    if (exact >= 0) { used.add(exact); pairs.push([g, exact]); counts.strict++; }
  });
  const paired = new Set(pairs.map(([g]) => g));
  for (const g of gold) {
    if (paired.has(g)) continue;
    const k = system.findIndex((s, j) => !used.has(j) && s.start < g.end && g.start < s.end);
    if (k >= 0) { used.add(k); pairs.push([g, k]); }
  }
  counts.relaxed = pairs.length;
  for (const [g, k] of pairs) {
    if (system[k]!.type === g.type) counts.type++;
    if (system[k]!.value === g.value) counts.value++;
  }
  return counts;
}

const pct = (x: number) => Math.round(x * 10000) / 100;
function f1(correct: number, system: number, gold: number): { p: number; r: number; f: number } {
  const p = system ? correct / system : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The time stage, timed: the table reports its own throughput next to the whole run's. */
function timedTimeStage(clock: { seconds: number }): Stage {
  return {
    ...timeStage,
    run: (input) => {
      const started = performance.now();
      const layers = timeStage.run(input);
      clock.seconds += (performance.now() - started) / 1000;
      return layers;
    },
  };
}

/** The stages the eval runs: segmentation (paragraphs, tokens, sentences) then the time stage. */
function evalStages(clock: { seconds: number }): Stage[] {
  const segmentation: LayerName[] = ['paragraphs', 'tokens', 'sentences'];
  const before = STAGES.filter((s) => s !== timeStage && s.provides.some((p) => segmentation.includes(p)));
  return [...before, timedTimeStage(clock)];
}

export async function evalTime(goldPath: string, options: { lang?: 'fr' | 'en' } = {}): Promise<{ table: string; metrics: Record<string, unknown> }> {
  const documents = readTimeGold(goldPath, options.lang);
  const timeClock = { seconds: 0 };
  const stages = evalStages(timeClock);
  const total: TimeCounts = { gold: 0, system: 0, strict: 0, relaxed: 0, type: 0, value: 0 };
  const input = (doc: GoldTimeDocument) => ({ text: doc.text, meta: { date: { value: doc.dct, precision: 'day' as const }, origin: { format: 'jsonl' as const } }, declaredLang: doc.lang });
  // One untimed document first, so that one-time set-up (compiling grammars, loading models) is not counted as throughput.
  if (documents[0]) { analyze(input(documents[0]), stages); timeClock.seconds = 0; }
  let words = 0;
  let seconds = 0;
  for (const doc of documents) {
    const started = performance.now();
    const record = analyze(input(doc), stages);
    seconds += (performance.now() - started) / 1000;
    words += doc.text.split(/\s+/).filter(Boolean).length;
    const counts = countMatches(doc.timexes, record.layers.times ?? []);
    for (const key of Object.keys(total) as (keyof TimeCounts)[]) total[key] += counts[key];
  }
  const strict = f1(total.strict, total.system, total.gold);
  const relaxed = f1(total.relaxed, total.system, total.gold);
  const value = f1(total.value, total.system, total.gold);
  const metrics = {
    strict_f1: pct(strict.f),
    relaxed_f1: pct(relaxed.f),
    type_accuracy: pct(total.relaxed ? total.type / total.relaxed : 0),
    value_accuracy: pct(total.relaxed ? total.value / total.relaxed : 0),
    value_f1: pct(value.f),
    words_per_second: Math.round(seconds > 0 ? words / seconds : 0),
  };
  const row = (name: string, s: { p: number; r: number; f: number }) => `${name.padEnd(10)} ${pct(s.p).toFixed(2).padStart(7)} ${pct(s.r).toFixed(2).padStart(7)} ${pct(s.f).toFixed(2).padStart(7)}`;
  const table = [
    `time: ${documents.length} documents, ${words} words, ${total.gold} gold / ${total.system} predicted expressions`,
    `${'match'.padEnd(10)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}`,
    row('strict', strict),
    row('relaxed', relaxed),
    row('value', value),
    `type accuracy ${metrics.type_accuracy.toFixed(2)}, value accuracy ${metrics.value_accuracy.toFixed(2)} (over ${total.relaxed} relaxed matches)`,
    `${metrics.words_per_second} words/s (segmentation + time stages); time stage alone ${Math.round(timeClock.seconds > 0 ? words / timeClock.seconds : 0)} words/s`,
  ].join('\n');
  return { table, metrics };
}
