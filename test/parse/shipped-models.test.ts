import { describe, expect, it } from 'vitest';
import { parserFor, parseStage } from '../../src/parse/stage.js';
import type { Token } from '../../src/record/schema.js';
import { splitParagraphs } from '../../src/segment/paragraphs.js';
import { segment } from '../../src/segment/tokens.js';
import { tagStage } from '../../src/tag/stage.js';

/** Index of the word `form` and the form of its head, with its relation. */
function arcs(text: string, tokens: readonly Token[]): Map<string, string> {
  const form = (token: Token) => token.form ?? text.slice(token.start, token.end);
  return new Map(tokens.map((token) => [form(token), token.head === undefined ? `ROOT ${token.deprel}` : `${form(tokens[token.head]!)} ${token.deprel}`]));
}

describe('shipped parsers', () => {
  it('parse the seed\'s first sentence after the tagger, as analyze runs them', () => {
    const text = 'Selon la chaîne d’information al-Mayadeen, les armées russe et syrienne ont appelé les États-Unis à retirer leurs troupes de la Syrie.';
    const { tokens, sentences } = segment(text, splitParagraphs(text), 'fr');
    const meta = { origin: { format: 'text' as const } };
    const tagged = tagStage.run({ text, lang: 'fr', meta, layers: { tokens, sentences } });
    const parsed = parseStage.run({ text, lang: 'fr', meta, layers: { ...tagged, sentences } }).tokens!;
    const tree = arcs(text, parsed);
    expect(tree.get('appelé')).toBe('ROOT root');
    expect(tree.get('armées')).toBe('appelé nsubj');
    expect(tree.get('ont')).toMatch(/^appelé aux/);
    expect(tree.get('États-Unis')).toBe('appelé obj');
    expect(tree.get('troupes')).toBe('retirer obj');
    expect(tree.get('chaîne')).toMatch(/^appelé obl/);
  });

  it('parse an English corpus sentence (tags given as the tagger would give them)', () => {
    const words = [
      ['An', 'DET', 'DT'], ['apartment', 'NOUN', 'NN'], ['building', 'NOUN', 'NN'], ['collapsed', 'VERB', 'VBD', 'Mood=Ind|Tense=Past|VerbForm=Fin'], ['on', 'ADP', 'IN'],
      ['Monday', 'PROPN', 'NNP'], ['in', 'ADP', 'IN'], ['Magnitogorsk', 'PROPN', 'NNP'], [',', 'PUNCT', ','], ['a', 'DET', 'DT'],
      ['city', 'NOUN', 'NN'], ['in', 'ADP', 'IN'], ['the', 'DET', 'DT'], ['Ural', 'PROPN', 'NNP'], ['region', 'NOUN', 'NN'],
      ['of', 'ADP', 'IN'], ['Russia', 'PROPN', 'NNP'], ['.', 'PUNCT', '.'],
    ].map(([form, upos, xpos, feats]) => ({ form: form!, upos, xpos, feats }));
    const { heads, labels } = parserFor('en').parse(words);
    const at = (i: number) => (heads[i] === -1 ? 'ROOT' : words[heads[i]!]!.form) + ' ' + labels[i];
    expect(at(3)).toBe('ROOT root');
    expect(at(2)).toBe('collapsed nsubj');
    expect(at(0)).toBe('building det');
    expect(at(5)).toBe('collapsed obl');
    expect(at(16)).toBe('region nmod');
    expect(at(12)).toBe('region det');
  });
});
