/** Training data location: PRESSCOPE_SHARED, else the `shared` folder beside the repository. */
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

export function sharedDirectory(): string {
  return process.env.PRESSCOPE_SHARED ?? join(packageRoot(), '..', 'shared');
}

export function sharedPath(...parts: string[]): string {
  return join(sharedDirectory(), ...parts);
}
