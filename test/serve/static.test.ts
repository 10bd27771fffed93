import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../src/store/corpus.js';
import { createApp } from '../../src/serve/app.js';
import { resolveStaticPath } from '../../src/serve/static.js';
import { tempDir } from '../helpers/paths.js';

function webRoot(): { parent: string; root: string } {
  const parent = tempDir();
  const root = join(parent, 'web');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>presscope</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("é")');
  writeFileSync(join(parent, 'secret.txt'), 'do not serve');
  return { parent, root };
}

describe('static files', () => {
  it('resolves files inside the root only', () => {
    const { root } = webRoot();
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    for (const attack of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/index.html%00.js', '/%E0%A4%A']) {
      expect(resolveStaticPath(root, attack), attack).toBeUndefined();
    }
  });

  it('serves the page, its assets with a content type, and 404 for traversal', async () => {
    const { parent, root } = webRoot();
    const corpus = Corpus.open(join(parent, 'c.db'));
    const app = createApp({ corpus, webDir: root });
    const page = await app.request('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const script = await app.request('/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toContain('é');
    expect((await app.request('/documents/abc')).status).toBe(200);
    for (const attack of ['/..%2fsecret.txt', '/%2e%2e/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await app.request(attack);
      expect(response.status, attack).toBe(404);
      expect(await response.text()).not.toContain('do not serve');
    }
    corpus.close();
  });
});
