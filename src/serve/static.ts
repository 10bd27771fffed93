import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { Handler } from 'hono';
import { packageRoot } from '../package-root.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export const DEFAULT_WEB_DIR = join(packageRoot(), 'dist-web');

/**
 * The file under `root` a URL path names, or undefined. Decoded paths that climb out of the root
 * (`..`, encoded slashes, NUL bytes) name nothing.
 */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const base = resolve(root);
  const target = resolve(base, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  if (target !== base && !target.startsWith(base + sep)) return undefined;
  try {
    return statSync(target).isFile() ? target : undefined;
  } catch {
    return undefined;
  }
}

/** Serves the built web page; unknown paths without an extension get the page (its router takes over). */
export function serveWeb(root: string): Handler {
  return (c) => {
    const path = c.req.path;
    const file = resolveStaticPath(root, path) ?? (extname(path) === '' ? resolveStaticPath(root, '/index.html') : undefined);
    if (!file) return c.json({ error: { status: 404, message: `not found: ${path}` } }, 404);
    c.header('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    c.header('Cache-Control', 'no-cache');
    return c.body(readFileSync(file));
  };
}
