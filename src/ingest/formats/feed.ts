import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import type { DocumentMeta } from '../../record/schema.js';
import type { DocumentInput } from '../../pipeline/analyze.js';
import { parsePublicationDate } from '../dates.js';
import { InputError } from '../errors.js';
import { htmlToText } from './html-text.js';
import { outletFromSourceLine } from '../source-line.js';

export type FeedItem = { input: DocumentInput } | { error: InputError };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
});

/** Text of a node that may be a string, a `{#text}` object (with attributes) or absent. */
function textOf(node: unknown): string | undefined {
  if (node === undefined || node === null) return undefined;
  if (typeof node === 'string' || typeof node === 'number') return String(node).trim() || undefined;
  if (typeof node === 'object' && '#text' in (node as object)) return textOf((node as Record<string, unknown>)['#text']);
  return undefined;
}

function plainText(htmlOrText: string): string {
  return htmlToText(parseHTML(`<html><body>${htmlOrText}</body></html>`).document as never);
}

function atomLink(links: unknown): string | undefined {
  const list = (Array.isArray(links) ? links : [links]) as Array<Record<string, string> | string | undefined>;
  const alternate = list.find((link) => typeof link === 'object' && (link['@rel'] ?? 'alternate') === 'alternate') ?? list[0];
  return typeof alternate === 'string' ? alternate : alternate?.['@href'];
}

/** Whether an XML document is an RSS or Atom feed. */
export function isFeed(content: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/.test(content.slice(0, 2000));
}

/**
 * RSS 2.0 / RSS 1.0 (RDF) / Atom: every item becomes a document with its title, link, date,
 * author and the feed's title as site; an item without text is an error naming its index.
 */
export function* readFeed(content: string, origin: DocumentMeta['origin']): Generator<FeedItem> {
  const file = origin.path ?? '<stdin>';
  let xml: Record<string, any>;
  try {
    xml = parser.parse(content, true);
  } catch (error) {
    const detail = (error as { err?: { msg?: string; line?: number } }).err;
    yield { error: new InputError(file, `malformed XML feed${detail?.msg ? ` (${detail.msg})` : ''}`, detail?.line) };
    return;
  }
  const channel = xml.rss?.channel ?? xml['rdf:RDF']?.channel;
  const atom = xml.feed;
  const format = atom ? 'atom' : 'rss';
  const items: Record<string, any>[] = atom ? atom.entry ?? [] : (channel?.item ?? xml['rdf:RDF']?.item ?? []);
  const site = textOf(atom ? atom.title : channel?.title);
  const feedLang = textOf(channel?.language) ?? atom?.['@xml:lang'];
  if (items.length === 0) {
    yield { error: new InputError(file, 'feed has no items') };
    return;
  }
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    const body = textOf(item['content:encoded']) ?? textOf(item.content) ?? textOf(item.description) ?? textOf(item.summary);
    const position = index + 1;
    if (!body) {
      yield { error: new InputError(file, `feed item ${position} has no text`) };
      continue;
    }
    const rawDate = textOf(item.pubDate) ?? textOf(item.published) ?? textOf(item['dc:date']) ?? textOf(item.updated);
    const meta: DocumentMeta = {
      origin: { ...origin, format, line: position, externalId: textOf(item.guid) ?? textOf(item.id) },
      title: textOf(item.title),
      url: atom ? atomLink(item.link) : textOf(item.link?.[0] ?? item.link),
      date: parsePublicationDate(rawDate),
      author: textOf(item['dc:creator']) ?? textOf(item.author?.name) ?? textOf(item.author),
      site,
    };
    if (site) {
      meta.sourceRaw = site;
      meta.source = outletFromSourceLine(site);
    }
    yield { input: { text: plainText(body), meta, declaredLang: item['@xml:lang'] ?? feedLang } };
  }
}
