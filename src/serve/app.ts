import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { Corpus } from '../store/corpus.js';
import { requireToken } from './auth.js';
import { readContent } from './content.js';
import { ENDPOINTS, type Endpoint } from './endpoints.js';
import { ApiError, errorBody, handleError, validate } from './errors.js';
import { openApiDocument } from './openapi.js';
import { serveWeb } from './static.js';

export interface AppOptions {
  corpus: Corpus;
  /** Bearer token required by write endpoints; none means they are open (bind to localhost then). */
  token?: string;
  /** Folder of the built web page; no page is served without it. */
  webDir?: string;
  /** Largest request body in bytes (default 2 MB). */
  maxBodyBytes?: number;
  /** Origins allowed to call the API from a browser; CORS stays off when empty. */
  corsOrigins?: readonly string[];
}

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

function searchParams(c: Context): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (values.length > 1) throw new ApiError(400, `query parameter "${name}" is given ${values.length} times`);
    query[name] = values[0]!;
  }
  return query;
}

function route(app: Hono, endpoint: Endpoint, options: AppOptions, maxBodyBytes: number): void {
  const middleware = [
    ...(endpoint.write ? [requireToken(options.token)] : []),
    ...(endpoint.content ? [bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => c.json(errorBody(413, `request body is over the ${maxBodyBytes} byte limit`), 413),
    })] : []),
  ];
  app.on(endpoint.method.toUpperCase(), [endpoint.path], ...middleware, async (c) => {
    const query = endpoint.query ? validate(endpoint.query, searchParams(c), 'query') : {};
    const path = Object.fromEntries(Object.entries(endpoint.pathParams ?? {})
      .map(([name, schema]) => [name, validate(schema, c.req.param(name), `path parameter ${name}`) as string]));
    const content = endpoint.content ? await readContent(c, endpoint.content) : undefined;
    const result = endpoint.handle({ corpus: options.corpus, query, path, content, maxDocumentBytes: maxBodyBytes });
    return c.json(result as object, endpoint.status);
  });
}

/** The HTTP application: the JSON API over a corpus and the built web page. A thin shell over library calls. */
export function createApp(options: AppOptions): Hono {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = new Hono();
  app.use('*', secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'"], scriptSrc: ["'self'"],
      connectSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"],
    },
  }));
  if (options.corsOrigins?.length) app.use('/api/*', cors({ origin: [...options.corsOrigins] }));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  for (const endpoint of ENDPOINTS) route(app, endpoint, options, maxBodyBytes);
  app.all('/api/*', (c) => c.json(errorBody(404, `no API endpoint ${c.req.method} ${c.req.path}`), 404));
  if (options.webDir) app.get('*', serveWeb(options.webDir));
  app.notFound((c) => c.json(errorBody(404, `not found: ${c.req.path}`), 404));
  app.onError(handleError);
  return app;
}
