import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Requires `Authorization: Bearer <token>` when a token is configured; open otherwise. Tokens are
 * compared as digests in constant time so neither length nor content leaks through timing.
 */
export function requireToken(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : undefined;
  return async (c, next) => {
    if (expected) {
      const match = /^Bearer +(.+)$/i.exec(c.req.header('authorization') ?? '');
      if (!match) {
        c.header('WWW-Authenticate', 'Bearer realm="presscope"');
        throw new ApiError(401, 'this endpoint needs Authorization: Bearer <token> (PRESSCOPE_TOKEN)');
      }
      if (!timingSafeEqual(digest(match[1]!.trim()), expected)) throw new ApiError(403, 'wrong token');
    }
    await next();
  };
}
