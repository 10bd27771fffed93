import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { DocumentMeta } from '../../record/schema.js';
import type { DocumentInput } from '../../pipeline/analyze.js';
import { parsePublicationDate } from '../dates.js';
import { htmlToText } from './html-text.js';
import { outletFromSourceLine } from '../source-line.js';

type Doc = ReturnType<typeof parseHTML>['document'];

function metaContent(document: Doc, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

export class EmptyArticleError extends Error {}

/**
 * An HTML page: the main content is extracted with Mozilla Readability (Firefox Reader View),
 * title, date, author, site and language come from the page's meta tags.
 */
export function readHtml(html: string, origin: DocumentMeta['origin']): DocumentInput {
  const { document } = parseHTML(html);
  const rawDate = metaContent(document,
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
    'meta[name="date"]', 'meta[name="DC.date"]', 'meta[name="dc.date"]', 'meta[property="og:updated_time"]')
    ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const site = metaContent(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]');
  const meta: DocumentMeta = {
    origin: { ...origin, format: 'html' },
    title: metaContent(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ?? (document.querySelector('title')?.textContent?.trim() || undefined),
    date: parsePublicationDate(rawDate),
    author: metaContent(document, 'meta[name="author"]', 'meta[property="article:author"]'),
    url: metaContent(document, 'meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    site,
  };
  if (site) {
    meta.sourceRaw = site;
    meta.source = outletFromSourceLine(site);
  }
  const declaredLang = document.documentElement?.getAttribute('lang') ?? metaContent(document, 'meta[http-equiv="content-language"]');
  // Readability rewrites the DOM it is given, so it works on its own parse of the page.
  const article = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 100 }).parse();
  let text = article?.content ? htmlToText(parseHTML(`<html><body>${article.content}</body></html>`).document as never) : '';
  if (!text.trim()) text = htmlToText(document.body as never ?? document as never);
  if (!text.trim()) throw new EmptyArticleError('no article text found in the HTML page');
  meta.title ??= article?.title ?? undefined;
  meta.author ??= article?.byline ?? undefined;
  return { text, meta, declaredLang: declaredLang ?? article?.lang ?? undefined };
}
