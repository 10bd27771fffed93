/**
 * Where shipped models live: `models/<lang>/<task>.bin.gz` at the package root, found by walking
 * up from this module (works from src/ under tsx and from dist/src/ once compiled).
 * PRESSCOPE_MODELS overrides the folder (e.g. to try freshly trained models).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('presscope package root not found');
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

export function modelsDirectory(): string {
  return process.env.PRESSCOPE_MODELS ?? join(packageRoot(), 'models');
}

export function modelPath(lang: string, task: string): string {
  return join(modelsDirectory(), lang, `${task}.bin.gz`);
}
