import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { QueryError } from '../store/corpus.js';
import { InputError } from '../ingest/errors.js';
import type { ErrorBody } from './schemas.js';

/** A failure the client can fix or must know about; its message is safe to show. */
export class ApiError extends Error {
  constructor(readonly status: ContentfulStatusCode, message: string, readonly issues?: ErrorBody['error']['issues']) {
    super(message);
  }
}

export function errorBody(status: number, message: string, issues?: ErrorBody['error']['issues']): ErrorBody {
  return { error: { status, message, ...(issues ? { issues } : {}) } };
}

function fromZod(error: z.ZodError, what: string): ApiError {
  const issues = error.issues.map((issue) => ({ path: issue.path.join('.') || what, message: issue.message }));
  return new ApiError(400, `invalid ${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
}

/** Parses request data with a schema; a mismatch is a 400 naming the fields. */
export function validate<T extends z.ZodType>(schema: T, data: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw fromZod(result.error, what);
  return result.data;
}

/**
 * Every error leaves as a JSON body. Errors the client caused say what was wrong; anything else is
 * logged here and reported as a bare 500, never with a stack trace or internal message.
 */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiError) return c.json(errorBody(error.status, error.message, error.issues), error.status);
  if (error instanceof QueryError || error instanceof InputError) return c.json(errorBody(400, error.message), 400);
  if (error instanceof HTTPException) return c.json(errorBody(error.status, error.message || 'request refused'), error.status);
  console.error(`presscope serve: ${c.req.method} ${c.req.path} failed: ${error.message}`);
  if (process.env.PRESSCOPE_DEBUG) console.error(error.stack);
  return c.json(errorBody(500, 'internal error'), 500);
}
