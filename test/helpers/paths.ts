import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLES = join(REPO, 'samples');
export const SEED_PATH = join(SAMPLES, 'press-tv-syria-2019-04.txt');
export const SEED_TEXT = readFileSync(SEED_PATH, 'utf8');
export const SHARED = join(REPO, '../shared');

export function tempDir(prefix = 'presscope-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The demo corpus articles of one language, as parsed JSON. */
export function corpusArticles(lang: 'fr' | 'en'): Array<{ id: string; title: string; date: string; text: string; url: string }> {
  return readFileSync(join(SAMPLES, `wikinews-${lang}.jsonl`), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
}
