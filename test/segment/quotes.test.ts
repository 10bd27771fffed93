import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/segment/quotes.js';
import { splitParagraphs } from '../../src/segment/paragraphs.js';
import { SEED_TEXT, corpusArticles } from '../helpers/paths.js';

function quotes(text: string) {
  return findQuotes(text, splitParagraphs(text)).map((q) => ({
    open: q.open, close: q.close, closed: q.closed, content: text.slice(q.contentStart, q.contentEnd), span: text.slice(q.start, q.end),
  }));
}

describe('findQuotes', () => {
  it('finds the seed quotations, with the mismatched ‘non militaire » pair', () => {
    const found = quotes(SEED_TEXT);
    expect(found).toHaveLength(3);
    expect(found[0]).toEqual({ open: '«', close: '»', closed: true, content: 'ne font que soutenir les terroristes en Syrie', span: '« ne font que soutenir les terroristes en Syrie »' });
    expect(found[1]).toMatchObject({ open: '‘', close: '»', closed: true, content: 'non militaire' });
    expect(found[2]!.content).toMatch(/^A ce rythme, .* contrer la Russie et l’Iran$/);
  });

  it('does not take apostrophes for quotes', () => {
    expect(quotes('L’armée syrienne et ses alliés de la Résistance, d’après l’analyste.')).toEqual([]);
  });

  it('trims spaces and NBSP inside guillemets and spans several sentences', () => {
    const article = corpusArticles('fr').find((a) => a.text.includes('C\'était une scène de guerre. »'))!;
    const found = quotes(article.text).find((q) => q.content.endsWith('C\'était une scène de guerre.'));
    expect(found?.content).toMatch(/^Il y avait du sang partout, .*Nous marchions dans les débris\. C'était une scène de guerre\.$/);
    expect(quotes('Il a dit «\u00a0non\u00a0» hier.')[0]!.content).toBe('non');
  });

  it('pairs straight double quotes by alternation within a paragraph', () => {
    const text = 'Harris exclaimed, "Mr. Vice President, I\'m speaking." A fly landed. He said "no" and "yes".';
    expect(quotes(text).map((q) => q.content)).toEqual(["Mr. Vice President, I'm speaking.", 'no', 'yes']);
  });

  it('handles nested quotes and curly English quotes', () => {
    const found = quotes('« Il m’a dit “jamais” hier », raconte-t-elle. “It is ‘final’,” he said.');
    expect(found.map((q) => [q.open, q.content])).toEqual([
      ['«', 'Il m’a dit “jamais” hier'], ['“', 'jamais'], ['“', 'It is ‘final’,'], ['‘', 'final'],
    ]);
  });

  it('ends a quote left open at its paragraph end, marked not closed', () => {
    const found = quotes('Il a déclaré : « nous resterons.\n\nLe lendemain, rien.');
    expect(found).toEqual([{ open: '«', close: '', closed: false, content: 'nous resterons.', span: '« nous resterons.' }]);
  });
});
