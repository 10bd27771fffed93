import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Corpus } from '../store/corpus.js';
import { createApp, DEFAULT_MAX_BODY_BYTES } from './app.js';
import { DEFAULT_WEB_DIR } from './static.js';

export interface ServerOptions {
  db: string;
  port?: number;
  host?: string;
  token?: string;
  webDir?: string;
  maxBodyBytes?: number;
  corsOrigins?: readonly string[];
}

export interface RunningServer {
  url: string;
  /** Whether the web page is served (it needs `npm run build:web`). */
  web: boolean;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * Starts the API and web page over the corpus file `db` (created if missing). Port 0 picks a free
 * port; the returned url tells which. `close` stops listening and closes the corpus.
 */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const corpus = Corpus.open(options.db);
  const webDir = options.webDir ?? DEFAULT_WEB_DIR;
  const web = existsSync(webDir);
  const app = createApp({
    corpus, token: options.token, webDir: web ? webDir : undefined,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, corsOrigins: options.corsOrigins,
  });
  const host = options.host ?? DEFAULT_HOST;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host });
    server.once('error', (error) => {
      corpus.close();
      reject(error);
    });
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${port}`,
        web,
        close: () => new Promise<void>((done) => {
          server.close(() => {
            corpus.close();
            done();
          });
          // Keep-alive connections would hold close() open.
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
  });
}
