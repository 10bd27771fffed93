/**
 * Where shipped models live: `models/<lang>/<task>.bin.gz` at the package root.
 * PRESSCOPE_MODELS overrides the folder (e.g. to try freshly trained models).
 */
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
export function modelsDirectory(): string {
  return process.env.PRESSCOPE_MODELS ?? join(packageRoot(), 'models');
}

export function modelPath(lang: string, task: string): string {
  return join(modelsDirectory(), lang, `${task}.bin.gz`);
}
