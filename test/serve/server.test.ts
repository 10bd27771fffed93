import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Corpus } from '../../src/store/corpus.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { SEED_TEXT, tempDir } from '../helpers/paths.js';

describe('startServer', () => {
  let server: RunningServer;
  const db = join(tempDir(), 'server.db');

  beforeAll(async () => {
    server = await startServer({ db, port: 0, token: 'secret', webDir: join(tempDir(), 'no-web-here') });
  });
  afterAll(async () => { await server.close(); });

  it('listens on a free loopback port and answers over HTTP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.web).toBe(false);
    const response = await fetch(`${server.url}/api/stats`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ documents: 0 });
  });

  it('stores over HTTP with the token, into the corpus file it was given', async () => {
    const response = await fetch(`${server.url}/api/documents`, {
      method: 'POST', body: SEED_TEXT, headers: { 'content-type': 'text/plain; charset=utf-8', authorization: 'Bearer secret' },
    });
    expect(response.status).toBe(201);
    const { documents } = await response.json() as { documents: Array<{ id: string }> };
    const reader = Corpus.open(db, { readonly: true });
    expect(reader.get(documents[0]!.id)?.text).toBe(SEED_TEXT);
    reader.close();
  });

  it('refuses a port that is taken', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startServer({ db: join(tempDir(), 'other.db'), port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
