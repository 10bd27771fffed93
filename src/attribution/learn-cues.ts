/**
 * Learns how often each English word form is an attribution cue in a PolNeAR-format JSONL file
 * (the train split): P(cue | form) with its count. Only word forms and two numbers are kept, so
 * the table says nothing about the texts themselves.
 *
 *   npx tsx src/attribution/learn-cues.ts /work/shared/data/attribution/en-polnear-train.jsonl
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenizeWords } from './text-units.js';

export interface LearnedCues {
  source: string;
  /** form → [times it is the first word of a gold cue, times it occurs in lower case]. */
  forms: Record<string, [number, number]>;
}

const MIN_COUNT = 5;

export function learnCues(path: string): LearnedCues {
  const cueCounts = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const article = JSON.parse(line) as { text: string; attributions: { cue: [number, number][] }[] };
    const cueStarts = new Set<number>();
    for (const attribution of article.attributions) {
      for (const [start, end] of attribution.cue) {
        for (const word of tokenizeWords(article.text, start, end, 'en')) if (/\p{L}/u.test(word.text)) cueStarts.add(word.start);
      }
    }
    for (const word of tokenizeWords(article.text, 0, article.text.length, 'en')) {
      if (!/^\p{Ll}+$/u.test(word.text)) continue;
      totals.set(word.lower, (totals.get(word.lower) ?? 0) + 1);
      if (cueStarts.has(word.start)) cueCounts.set(word.lower, (cueCounts.get(word.lower) ?? 0) + 1);
    }
  }
  const forms: Record<string, [number, number]> = {};
  for (const [form, cues] of [...cueCounts].sort((a, b) => b[1] - a[1])) {
    const total = totals.get(form)!;
    if (cues >= MIN_COUNT && cues / total >= 0.3) forms[form] = [cues, total];
  }
  return { source: 'PolNeAR v1.0.0 train split (word-form counts only)', forms };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const learned = learnCues(process.argv[2] ?? '/work/shared/data/attribution/en-polnear-train.jsonl');
  const out = fileURLToPath(new URL('./learned/en-cues.json', import.meta.url));
  writeFileSync(out, JSON.stringify(learned, null, 0).replace(/\],"/g, '],\n"') + '\n');
  console.log(`${Object.keys(learned.forms).length} cue forms → ${out}`);
}
