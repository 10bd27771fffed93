import { describe, expect, it } from 'vitest';
import { readDocuments, type InputItem } from '../../src/ingest/read-inputs.js';
import { SEED_PATH, SEED_TEXT } from '../helpers/paths.js';
import type { DocumentInput } from '../../src/pipeline/analyze.js';

function documents(content: string | Uint8Array, path: string): InputItem[] {
  return [...readDocuments(typeof content === 'string' ? Buffer.from(content, 'utf8') : content, path)];
}

function only(items: InputItem[]): DocumentInput {
  expect(items).toHaveLength(1);
  const [item] = items;
  if (!item || 'error' in item) throw new Error(`expected a document, got ${item && 'error' in item ? item.error.describe() : 'nothing'}`);
  return item.input;
}

describe('dated text (the seed format)', () => {
  const input = only(documents(SEED_TEXT, SEED_PATH));

  it('keeps the original text and reads the date header with its precision', () => {
    expect(input.text).toBe(SEED_TEXT);
    expect(input.meta.date).toEqual({ value: '2019-04', precision: 'month' });
    expect(input.meta.origin.format).toBe('dated-text');
    expect(SEED_TEXT.slice(input.meta.header!.start, input.meta.header!.end)).toBe('date 2019-04');
  });

  it('reads the Source footer as the outlet of record', () => {
    expect(input.meta.sourceRaw).toBe('Avec Press Tv');
    expect(input.meta.source).toBe('Press TV');
    expect(SEED_TEXT.slice(input.meta.footer!.start, input.meta.footer!.end)).toBe('Source: Avec Press Tv');
  });

  it('reads a day-precision header on its own line', () => {
    const dated = only(documents('date 2020-02-29\nLe texte.\n', '/tmp/a.txt'));
    expect(dated.meta.date).toEqual({ value: '2020-02-29', precision: 'day' });
  });

  it('treats an impossible date header as text, not as a date', () => {
    const plain = only(documents('date 2019-02-30 Le texte de l’article.', '/tmp/a.txt'));
    expect(plain.meta.date).toBeUndefined();
    expect(plain.meta.origin.format).toBe('text');
  });
});

describe('JSONL', () => {
  const good = JSON.stringify({ id: 'a1', title: 'Titre', date: '2017-05-07', lang: 'fr', url: 'https://example.org/a1', source: 'Wikinews', text: 'Emmanuel Macron a été élu.' });

  it('reads each line as an article with its metadata', () => {
    const input = only(documents(`${good}\n`, '/tmp/batch.jsonl'));
    expect(input.meta).toMatchObject({ title: 'Titre', date: { value: '2017-05-07', precision: 'day' }, url: 'https://example.org/a1', source: 'Wikinews' });
    expect(input.meta.origin).toMatchObject({ format: 'jsonl', line: 1, externalId: 'a1' });
    expect(input.declaredLang).toBe('fr');
  });

  it('reports malformed lines by line number and keeps the others', () => {
    const items = documents([good, '{"text": "unterminated', '{"title": "no text"}', JSON.stringify({ text: 'x', date: 'yesterday' }), good.replace('a1', 'a2')].join('\n'), '/tmp/batch.jsonl');
    const errors = items.flatMap((item) => ('error' in item ? [item.error.describe()] : []));
    expect(errors).toEqual([
      expect.stringMatching(/^\/tmp\/batch\.jsonl:2: malformed JSON/),
      '/tmp/batch.jsonl:3: missing field "text"',
      expect.stringMatching(/^\/tmp\/batch\.jsonl:4: unreadable date "yesterday"/),
    ]);
    expect(items.filter((item) => 'input' in item)).toHaveLength(2);
  });
});

describe('HTML', () => {
  const page = `<!doctype html><html lang="fr"><head><title>Titre de page | Le Site</title>
    <meta property="og:title" content="Syrie : les armées appellent au retrait">
    <meta property="article:published_time" content="2019-04-08T10:30:00+02:00">
    <meta name="author" content="Jeanne Dupont"><meta property="og:site_name" content="Le Monde">
    <link rel="canonical" href="https://example.org/syrie"></head>
    <body><nav><a href="/">Accueil</a> · <a href="/monde">Monde</a></nav>
    <article><h1>Syrie : les armées appellent au retrait</h1>
    <p>Selon la chaîne d’information al-Mayadeen, les armées russe et syrienne ont appelé les États-Unis à retirer leurs troupes de la Syrie, troupes qui « ne font que soutenir les terroristes en Syrie ».</p>
    <p>Les chefs d’état-major des armées syrienne et russe ont également demandé une autorisation auprès des responsables syriens concernés, de l’ONU et du Croissant Rouge pour pouvoir entrer dans le camp de Rukban.</p>
    <p>C’est la première fois que les chefs d’état-major des pays alliés appellent les forces américaines à quitter la Syrie en général et de la province de Deir Ezzor en particulier.</p>
    </article><footer>© 2019 Le Site — Mentions légales</footer><script>var tracking = 1;</script></body></html>`;
  const input = only(documents(page, '/tmp/page.html'));

  it('extracts the main content as paragraphs, without navigation, footer or scripts', () => {
    expect(input.text).toContain('Selon la chaîne d’information al-Mayadeen');
    expect(input.text.split('\n\n').filter((p) => p.startsWith('Les chefs'))).toHaveLength(1);
    expect(input.text).not.toMatch(/Accueil|Mentions légales|tracking/);
  });

  it('reads title, date, author, site and language from the page', () => {
    expect(input.meta).toMatchObject({
      title: 'Syrie : les armées appellent au retrait', author: 'Jeanne Dupont', site: 'Le Monde',
      url: 'https://example.org/syrie', date: { value: '2019-04-08T10:30:00+02:00', precision: 'time' },
    });
    expect(input.declaredLang).toBe('fr');
  });
});

describe('feeds', () => {
  it('reads every RSS item as a document', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Press TV</title><language>fr</language>
      <item><title>Un</title><link>https://example.org/1</link><pubDate>Mon, 08 Apr 2019 10:00:00 GMT</pubDate>
      <description>&lt;p&gt;Premier paragraphe.&lt;/p&gt;&lt;p&gt;Second paragraphe.&lt;/p&gt;</description></item>
      <item><title>Deux</title><link>https://example.org/2</link></item></channel></rss>`;
    const items = documents(rss, '/tmp/feed.rss');
    const input = 'input' in items[0]! ? items[0].input : undefined;
    expect(input?.text).toBe('Premier paragraphe.\n\nSecond paragraphe.');
    expect(input?.meta).toMatchObject({ title: 'Un', url: 'https://example.org/1', source: 'Press TV', date: { value: '2019-04-08T10:00:00Z', precision: 'time' } });
    expect('error' in items[1]! && items[1].error.describe()).toBe('/tmp/feed.rss: feed item 2 has no text');
  });

  it('reads Atom entries', () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Wire</title>
      <entry><title>Troops</title><link rel="alternate" href="https://example.org/t"/><id>urn:t</id><published>2019-04-08</published>
      <content type="html">&lt;p&gt;The United States said it lost a soldier.&lt;/p&gt;</content></entry></feed>`;
    const input = only(documents(atom, '/tmp/feed.atom'));
    expect(input.meta).toMatchObject({ title: 'Troops', url: 'https://example.org/t', date: { value: '2019-04-08', precision: 'day' } });
    expect(input.meta.origin).toMatchObject({ format: 'atom', externalId: 'urn:t' });
    expect(input.text).toBe('The United States said it lost a soldier.');
  });
});

describe('bad input', () => {
  const errorOf = (content: string | Uint8Array, path: string) => {
    const [item] = documents(content, path);
    return item && 'error' in item ? item.error.describe() : undefined;
  };

  it('names the file for empty, blank, binary, oversized and undecodable input', () => {
    expect(errorOf('', '/tmp/empty.txt')).toBe('/tmp/empty.txt: empty input');
    expect(errorOf(' \n\t\n', '/tmp/blank.txt')).toBe('/tmp/blank.txt: input has no text (only whitespace)');
    expect(errorOf(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]), '/tmp/a.out')).toBe('/tmp/a.out: binary content, not text');
    expect(errorOf(new Uint8Array([0x61, 0x81, 0x62]), '/tmp/bad.txt')).toMatch(/^\/tmp\/bad\.txt: undecodable bytes/);
    const big = [...readDocuments(Buffer.alloc(2048, 0x61), '/tmp/big.txt', { maxBytes: 1024 })][0]!;
    expect('error' in big && big.error.describe()).toMatch(/^\/tmp\/big\.txt: input is 0\.0 MB, over the 0\.0 MB limit/);
    expect(errorOf('<?xml version="1.0"?><note>hi</note>', '/tmp/note.xml')).toBe('/tmp/note.xml: XML file is neither an RSS nor an Atom feed');
  });
});
