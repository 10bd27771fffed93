import { z } from 'zod';
import type { DocumentMeta } from '../../record/schema.js';
import type { DocumentInput } from '../../pipeline/analyze.js';
import { InputError } from '../errors.js';
import { parsePublicationDate } from '../dates.js';
import { outletFromSourceLine } from '../source-line.js';

/** One article per line, as in the demo corpus; unknown fields are allowed and ignored. */
const JsonlArticle = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  title: z.string().optional(),
  date: z.string().optional(),
  lang: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  author: z.string().optional(),
  text: z.string(),
});

export type JsonlItem = { input: DocumentInput } | { error: InputError };

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const field = issue.path.join('.') || 'record';
  return issue.code === 'invalid_type' && issue.input === undefined ? `missing field "${field}"` : `field "${field}": ${issue.message}`;
}

/** Reads JSONL; each malformed line becomes an error naming its line, the other lines go through. */
export function* readJsonl(content: string, origin: DocumentMeta['origin']): Generator<JsonlItem> {
  const file = origin.path ?? '<stdin>';
  const lines = content.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    const lineNo = index + 1;
    if (line === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      yield { error: new InputError(file, `malformed JSON (${(error as Error).message.split('\n')[0]})`, lineNo) };
      continue;
    }
    const parsed = JsonlArticle.safeParse(json);
    if (!parsed.success) {
      yield { error: new InputError(file, describeIssue(parsed.error), lineNo) };
      continue;
    }
    const article = parsed.data;
    const date = parsePublicationDate(article.date);
    if (article.date && !date) {
      yield { error: new InputError(file, `unreadable date "${article.date}" (expected YYYY[-MM[-DD]] or an ISO date-time)`, lineNo) };
      continue;
    }
    const meta: DocumentMeta = {
      origin: { ...origin, format: 'jsonl', line: lineNo, externalId: article.id === undefined ? undefined : String(article.id) },
      title: article.title,
      date,
      url: article.url,
      author: article.author,
    };
    if (article.source) {
      meta.sourceRaw = article.source;
      meta.source = outletFromSourceLine(article.source);
    }
    yield { input: { text: article.text, meta, declaredLang: article.lang } };
  }
}
