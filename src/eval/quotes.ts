import { performance } from 'node:perf_hooks';
import { analyze } from '../pipeline/analyze.js';
import type { Attribution, DocumentMeta } from '../record/schema.js';
import type { Span } from '../record/layers/span.js';
import { GoldFormatError } from './gold-error.js';
import { goldLanguage, readJsonlObjects } from './jsonl-gold.js';

/**
 * `presscope eval quotes`: attributions scored against a JSONL gold file (PolNeAR conventions).
 * Contents match one-to-one, greedily by overlap, when the characters they share are ≥ 30% of
 * the longer one; exact matches compare the texts with spaces and quotation marks trimmed; cues
 * match on any shared character; a source is right when its span overlaps the gold source or it
 * names the same entity (a pronoun resolved to the gold speaker's name).
 */

export interface GoldAttribution { cue: Span[]; content: Span[]; source: Span[] }
export interface GoldArticle { id: string; lang: 'fr' | 'en'; text: string; date?: string; attributions: GoldAttribution[]; line: number }

const OVERLAP_THRESHOLD = 0.3;

function spansField(value: unknown, text: string, file: string, line: number, field: string, minimum: number): Span[] {
  if (!Array.isArray(value) || value.length < minimum) throw new GoldFormatError(file, line, `attribution ${field} must be an array of at least ${minimum} [start, end] pairs`);
  return value.map((pair) => {
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((n) => Number.isInteger(n))) throw new GoldFormatError(file, line, `${field}: ${JSON.stringify(pair)} is not a [start, end] pair`);
    const [start, end] = pair as [number, number];
    if (start < 0 || end < start || end > text.length) throw new GoldFormatError(file, line, `${field}: [${start}, ${end}] is outside the text (length ${text.length})`);
    return { start, end };
  });
}


export function readQuotesGold(file: string, langOverride?: 'fr' | 'en'): GoldArticle[] {
  return readJsonlObjects(file).map(({ record, line }) => {
    const { id, text, attributions, date } = record;
    if (typeof text !== 'string') throw new GoldFormatError(file, line, 'missing string field "text"');
    if (!Array.isArray(attributions)) throw new GoldFormatError(file, line, 'missing array field "attributions"');
    const parsed = attributions.map((a: unknown) => {
      if (typeof a !== 'object' || a === null) throw new GoldFormatError(file, line, 'an attribution is not an object');
      const { cue, content, source } = a as Record<string, unknown>;
      return {
        cue: spansField(cue, text, file, line, 'cue', 1),
        content: spansField(content, text, file, line, 'content', 1),
        source: spansField(source ?? [], text, file, line, 'source', 0),
      };
    });
    return {
      id: typeof id === 'string' || typeof id === 'number' ? String(id) : `line-${line}`,
      lang: goldLanguage(record.lang, file, line, langOverride),
      text, attributions: parsed, line,
      ...(typeof date === 'string' ? { date } : {}),
    };
  });
}

function length(spans: readonly Span[]): number {
  return spans.reduce((sum, s) => sum + (s.end - s.start), 0);
}

export function sharedCharacters(a: readonly Span[], b: readonly Span[]): number {
  let shared = 0;
  for (const x of a) for (const y of b) shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return shared;
}

/** One-to-one greedy matching, best overlap first; returns gold index → system index. */
export function matchByOverlap(gold: readonly Span[][], system: readonly Span[][], threshold: number): Map<number, number> {
  const pairs: { g: number; s: number; ratio: number }[] = [];
  gold.forEach((g, gi) => system.forEach((s, si) => {
    const shared = sharedCharacters(g, s);
    if (shared === 0) return;
    const ratio = shared / Math.max(length(g), length(s));
    if (ratio >= threshold) pairs.push({ g: gi, s: si, ratio });
  }));
  pairs.sort((a, b) => b.ratio - a.ratio || a.g - b.g || a.s - b.s);
  const matched = new Map<number, number>();
  const used = new Set<number>();
  for (const pair of pairs) {
    if (matched.has(pair.g) || used.has(pair.s)) continue;
    matched.set(pair.g, pair.s);
    used.add(pair.s);
  }
  return matched;
}

const QUOTE_MARKS = `"'«»“”‘’„‟‹›`;
const EDGE = new RegExp(`^[\\s${QUOTE_MARKS}]+|[\\s${QUOTE_MARKS}]+$`, 'gu');

export function normalisedContent(text: string, spans: readonly Span[]): string {
  return spans.map((s) => text.slice(s.start, s.end)).join(' ').replace(EDGE, '').replace(/\s+/g, ' ');
}

function countExact(text: string, gold: readonly Span[][], system: readonly Span[][]): number {
  const pool = new Map<string, number>();
  for (const s of system) { const key = normalisedContent(text, s); pool.set(key, (pool.get(key) ?? 0) + 1); }
  let matched = 0;
  for (const g of gold) {
    const key = normalisedContent(text, g);
    const left = pool.get(key) ?? 0;
    if (left > 0) { matched++; pool.set(key, left - 1); }
  }
  return matched;
}

const FUNCTION_WORDS = /^(the|a|an|le|la|les|l'|un|une|des|his|her|their|its|son|sa|ses|leur)$/i;

function nameTokens(name: string): string[] {
  return name.replace(/[’]/g, "'").split(/[\s,]+/).filter((w) => w && !FUNCTION_WORDS.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
}

/** Same entity: the predicted speaker's name and the gold source share their last name word. */
function namesSameEntity(predicted: string, gold: string): boolean {
  const p = nameTokens(predicted);
  const g = nameTokens(gold);
  if (p.length === 0 || g.length === 0) return false;
  return p[p.length - 1] === g[g.length - 1];
}

function f1(correct: number, gold: number, system: number): { precision: number; recall: number; f1: number } {
  const precision = system ? correct / system : 0;
  const recall = gold ? correct / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export interface QuoteCounts {
  gold: number; system: number; overlap: number; exact: number; cueGold: number; cueSystem: number; cueMatched: number;
  withSource: number; sourceCorrect: number;
}

/** Scores one article's predicted attributions against its gold ones, adding to `counts`. */
export function scoreArticle(text: string, gold: readonly GoldAttribution[], predicted: readonly Attribution[], counts: QuoteCounts): void {
  const goldContent = gold.map((a) => a.content);
  const systemContent = predicted.map((a) => a.content);
  const matched = matchByOverlap(goldContent, systemContent, OVERLAP_THRESHOLD);
  counts.gold += gold.length;
  counts.system += predicted.length;
  counts.overlap += matched.size;
  counts.exact += countExact(text, goldContent, systemContent);
  const cues = matchByOverlap(gold.map((a) => a.cue), predicted.map((a) => a.cue), Number.MIN_VALUE);
  counts.cueGold += gold.length;
  counts.cueSystem += predicted.length;
  counts.cueMatched += cues.size;
  gold.forEach((g, gi) => {
    if (g.source.length === 0) return;
    counts.withSource++;
    const si = matched.get(gi);
    if (si === undefined) return;
    const p = predicted[si]!;
    const goldName = g.source.map((s) => text.slice(s.start, s.end)).join(' ');
    const overlapping = sharedCharacters(g.source, p.source) > 0;
    const sameEntity = p.speaker !== undefined && namesSameEntity(p.speaker.name, goldName);
    if (overlapping || sameEntity) counts.sourceCorrect++;
  });
}

function pct(x: number): number {
  return Math.round(x * 10000) / 100;
}

export async function evalQuotes(goldPath: string, options: { lang?: 'fr' | 'en' }): Promise<{ table: string; metrics: Record<string, unknown> }> {
  const articles = readQuotesGold(goldPath, options.lang);
  const counts: QuoteCounts = { gold: 0, system: 0, overlap: 0, exact: 0, cueGold: 0, cueSystem: 0, cueMatched: 0, withSource: 0, sourceCorrect: 0 };
  let words = 0;
  let seconds = 0;
  for (const article of articles) {
    const meta: DocumentMeta = { origin: { format: 'jsonl', path: goldPath, line: article.line, externalId: article.id } };
    if (article.date && /^\d{4}-\d{2}-\d{2}$/.test(article.date)) meta.date = { value: article.date, precision: 'day' };
    const started = performance.now();
    const record = analyze({ text: article.text, meta, declaredLang: article.lang });
    seconds += (performance.now() - started) / 1000;
    words += article.text.split(/\s+/).filter(Boolean).length;
    scoreArticle(article.text, article.attributions, record.layers.attributions ?? [], counts);
  }
  const content = f1(counts.overlap, counts.gold, counts.system);
  const exact = f1(counts.exact, counts.gold, counts.system);
  const cue = f1(counts.cueMatched, counts.cueGold, counts.cueSystem);
  const sourceAccuracy = counts.withSource ? counts.sourceCorrect / counts.withSource : 0;
  const metrics = {
    content_f1_overlap: pct(content.f1),
    content_f1_exact: pct(exact.f1),
    source_accuracy: pct(sourceAccuracy),
    cue_f1_overlap: pct(cue.f1),
    words_per_second: Math.round(seconds > 0 ? words / seconds : 0),
  };
  const row = (name: string, s: { precision: number; recall: number; f1: number }) =>
    `${name.padEnd(18)} ${pct(s.precision).toFixed(2).padStart(9)} ${pct(s.recall).toFixed(2).padStart(9)} ${pct(s.f1).toFixed(2).padStart(9)}`;
  const table = [
    `quotes: ${articles.length} articles, ${counts.gold} gold attributions, ${counts.system} predicted (${goldPath})`,
    `${'metric'.padEnd(18)} ${'precision'.padStart(9)} ${'recall'.padStart(9)} ${'f1'.padStart(9)}`,
    row('content (overlap)', content),
    row('content (exact)', exact),
    row('cue (overlap)', cue),
    `source accuracy    ${pct(sourceAccuracy).toFixed(2)} (${counts.sourceCorrect}/${counts.withSource} gold attributions with a source)`,
    `speed              ${metrics.words_per_second} words/s`,
  ].join('\n');
  return { table, metrics };
}
