import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { nonProseSpans } from '../../src/attribution/markup.js';

describe('markup left in plain text', () => {
  const text = 'Pence was the subject of 60 percent of the Twitter conversation about the debate, Twitter announced.\n\n'
    + '<tweet tweet-id="783499116076687360"><tweet/>.\n\n<tweet tweet-id="783491630540001280"><tweet/>.';

  it('finds opening, closing and empty tags, not comparisons', () => {
    expect(nonProseSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '<tweet tweet-id="783499116076687360">', '<tweet/>', '<tweet tweet-id="783491630540001280">', '<tweet/>',
    ]);
    expect(nonProseSpans('Turnout was < 40% and > 30%, </ 2 > said the poll.')).toEqual([]);
  });

  it('holds no attribution cue: embedded tweets are not statements about "tweet"', () => {
    const article = analyze({ text, meta: { origin: { format: 'text' } }, declaredLang: 'en' });
    const attributions = article.layers.attributions ?? [];
    const markup = nonProseSpans(text);
    const insideMarkup = (span: { start: number; end: number }) => markup.some((m) => span.start < m.end && m.start < span.end);
    expect(attributions.flatMap((a) => a.cue).filter(insideMarkup)).toEqual([]);
    expect(attributions.flatMap((a) => a.content).filter(insideMarkup)).toEqual([]);
    expect(attributions.map((a) => a.cue.map((s) => text.slice(s.start, s.end)).join(' '))).toContain('announced');
  });

  it('holds no attribution cue in a publisher note: the note speaks about the article, not the news', () => {
    const body = 'The mayor said the bridge would reopen in May.';
    const note = 'Editor’s note: An earlier version of this article said the bridge would reopen in April.\nIt has been updated.';
    const correction = 'CORRECTION:\n\nA caption on Monday misstated the mayor’s name, the paper said.';
    const article = `${body}\n\n${note}\n\n${correction}\n\nThe council said it agreed.`;
    expect(nonProseSpans(article).map((s) => article.slice(s.start, s.end))).toEqual([note, correction]);
    const attributions = analyze({ text: article, meta: { origin: { format: 'text' } }, declaredLang: 'en' }).layers.attributions ?? [];
    const cues = attributions.map((a) => a.cue.map((s) => article.slice(s.start, s.end)).join(' '));
    expect(cues).toEqual(['said', 'said']);
    expect(attributions.every((a) => a.cue[0]!.start < body.length || a.cue[0]!.start > article.indexOf('The council'))).toBe(true);
  });
});
