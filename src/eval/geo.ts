import { performance } from 'node:perf_hooks';
import { analyze } from '../pipeline/analyze.js';
import { STAGES } from '../pipeline/stages.js';
import type { Stage } from '../pipeline/stage.js';
import type { LayerName, PlaceMention, PublicationDate } from '../record/schema.js';
import { placeStage } from '../places/stage.js';
import { gazetteer } from '../places/gazetteer.js';
import { distanceKm } from '../places/distance.js';
import { GoldFormatError } from './gold-error.js';
import { goldLanguage, readJsonlObjects } from './jsonl-gold.js';

/**
 * `presscope eval geo`: toponym recognition and resolution. The system sees each document's text
 * and date, runs segmentation (and NER when the pipeline has it) then the place stage — the
 * `analyze` code path — and is scored on span overlap (one-to-one), then, over the matched
 * mentions, on distance to the gold point (within 161 km = 100 miles) and on the GeoNames id.
 * Demonyms are not toponyms and are not scored; government metonyms are toponyms and are.
 */

/** The usual "accuracy at 161 km" threshold of the geoparsing literature (100 miles). */
const ACCURACY_RADIUS_KM = 161;

export interface GoldPlace { start: number; end: number; geonameid: string; lat: number; lon: number }
export interface GoldGeoDocument { id: string; lang: 'fr' | 'en'; date?: string; text: string; places: GoldPlace[]; line: number }

function fail(file: string, line: number, detail: string): never {
  throw new GoldFormatError(file, line, detail);
}

function readGoldPlace(file: string, line: number, text: string, raw: unknown, k: number): GoldPlace {
  if (typeof raw !== 'object' || raw === null) fail(file, line, `places[${k}] is not an object`);
  const { start, end, geonameid, lat, lon } = raw as Record<string, unknown>;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number) || (end as number) > text.length) {
    fail(file, line, `places[${k}] has invalid offsets ${String(start)}–${String(end)} for a text of ${text.length} characters`);
  }
  if (typeof lat !== 'number' || typeof lon !== 'number' || Math.abs(lat) > 90 || Math.abs(lon) > 180) fail(file, line, `places[${k}] needs numeric "lat" and "lon"`);
  if (typeof geonameid !== 'string' && typeof geonameid !== 'number') fail(file, line, `places[${k}] has no "geonameid"`);
  return { start: start as number, end: end as number, geonameid: String(geonameid), lat, lon };
}

/** Reads a geo JSONL gold file; GoldFormatError names the line of the first problem. */
export function readGeoGold(file: string, langOverride?: 'fr' | 'en'): GoldGeoDocument[] {
  return readJsonlObjects(file).map(({ record, line }) => {
    const { id, text, date, places, lang: declared } = record;
    if (typeof text !== 'string') fail(file, line, 'missing "text"');
    if (!Array.isArray(places)) fail(file, line, 'missing "places" array');
    if (date !== undefined && (typeof date !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?/.test(date))) fail(file, line, `"date" must be YYYY[-MM[-DD]], got ${JSON.stringify(date)}`);
    const lang = goldLanguage(declared, file, line, langOverride);
    return {
      id: typeof id === 'string' ? id : `line-${line}`, lang, date: date as string | undefined, text, line,
      places: places.map((p, k) => readGoldPlace(file, line, text, p, k)),
    };
  });
}

function publicationDate(date: string | undefined): PublicationDate | undefined {
  const value = date?.match(/^\d{4}(-\d{2}(-\d{2})?)?/)?.[0];
  if (!value) return undefined;
  return { value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year' };
}

export interface GeoCounts { gold: number; system: number; matched: number; within161: number; sameId: number; errorKmSum: number; located: number }

/** Matches system mentions to gold one to one by span overlap (largest overlap first), then scores the matched pairs. */
export function scoreDocument(gold: readonly GoldPlace[], system: readonly PlaceMention[]): GeoCounts {
  const predicted = system.filter((p) => p.usage !== 'demonym');
  const pairs: { g: number; s: number; overlap: number }[] = [];
  gold.forEach((g, gi) => predicted.forEach((s, si) => {
    const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
    if (overlap > 0) pairs.push({ g: gi, s: si, overlap });
  }));
  pairs.sort((a, b) => b.overlap - a.overlap);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const counts: GeoCounts = { gold: gold.length, system: predicted.length, matched: 0, within161: 0, sameId: 0, errorKmSum: 0, located: 0 };
  for (const { g, s } of pairs) {
    if (usedGold.has(g) || usedSystem.has(s)) continue;
    usedGold.add(g);
    usedSystem.add(s);
    counts.matched++;
    const goldPlace = gold[g]!;
    const mention = predicted[s]!;
    if (mention.geonameid === goldPlace.geonameid) counts.sameId++;
    if (mention.lat === undefined || mention.lon === undefined) continue;
    const km = distanceKm(goldPlace.lat, goldPlace.lon, mention.lat, mention.lon);
    counts.located++;
    counts.errorKmSum += km;
    if (km <= ACCURACY_RADIUS_KM) counts.within161++;
  }
  return counts;
}

/** Segmentation, then NER when the pipeline has it, then the place stage. */
function evalStages(): Stage[] {
  const needed: LayerName[] = ['paragraphs', 'tokens', 'sentences', 'entities'];
  const before = STAGES.filter((s) => s !== placeStage && s.provides.some((p) => needed.includes(p)));
  return [...before, placeStage];
}

const pct = (x: number) => Math.round(x * 10000) / 100;

export async function evalGeo(goldPath: string, options: { lang?: 'fr' | 'en' } = {}): Promise<{ table: string; metrics: Record<string, unknown> }> {
  const documents = readGeoGold(goldPath, options.lang);
  const stages = evalStages();
  // The gazetteer is read once per process; its load time is reported apart from throughput.
  const loadStarted = performance.now();
  gazetteer();
  // Models and tables the stages load on first use are loaded before timing starts: throughput, not start-up, is measured.
  if (documents[0]) analyze({ text: documents[0].text, meta: { origin: { format: 'jsonl' } }, declaredLang: documents[0].lang }, stages);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const total: GeoCounts = { gold: 0, system: 0, matched: 0, within161: 0, sameId: 0, errorKmSum: 0, located: 0 };
  let words = 0;
  let seconds = 0;
  for (const doc of documents) {
    const started = performance.now();
    const record = analyze({ text: doc.text, meta: { date: publicationDate(doc.date), origin: { format: 'jsonl' } }, declaredLang: doc.lang }, stages);
    seconds += (performance.now() - started) / 1000;
    words += doc.text.split(/\s+/).filter(Boolean).length;
    const counts = scoreDocument(doc.places, record.layers.places ?? []);
    for (const key of Object.keys(total) as (keyof GeoCounts)[]) total[key] += counts[key];
  }
  const precision = total.system ? total.matched / total.system : 0;
  const recall = total.gold ? total.matched / total.gold : 0;
  const metrics = {
    precision: pct(precision),
    recall: pct(recall),
    f1: pct(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    acc_161km: pct(total.matched ? total.within161 / total.matched : 0),
    acc_id: pct(total.matched ? total.sameId / total.matched : 0),
    mean_error_km: Math.round((total.located ? total.errorKmSum / total.located : 0) * 10) / 10,
    words_per_second: Math.round(seconds > 0 ? words / seconds : 0),
  };
  const table = [
    `geo: ${documents.length} documents, ${words} words, ${total.gold} gold / ${total.system} predicted toponyms, ${total.matched} matched`,
    `precision ${metrics.precision.toFixed(2)}  recall ${metrics.recall.toFixed(2)}  f1 ${metrics.f1.toFixed(2)}  (span overlap)`,
    `acc@161km ${metrics.acc_161km.toFixed(2)}  acc_id ${metrics.acc_id.toFixed(2)}  mean error ${metrics.mean_error_km} km  (over matched; unresolved count as wrong)`,
    `${metrics.words_per_second} words/s (stages ${stages.map((s) => s.name).join(", ")}; gazetteer and stage data loaded once in ${loadSeconds.toFixed(1)} s, not timed)`,
  ].join('\n');
  return { table, metrics };
}
