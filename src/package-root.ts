/**
 * The presscope package root (the folder holding package.json), found by walking up from this
 * module: the same answer from src/ under tsx and from dist/src/ once compiled.
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
