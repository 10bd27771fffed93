import { describe, expect, it } from 'vitest';
import { applyLemmaRule, lemmaRule } from '../../src/tag/lemma-rules.js';
import { Lemmatizer, buildLemmatizerData } from '../../src/tag/lemmatizer.js';

describe('lemma rules', () => {
  it('encode suffix edits and apply them to other words', () => {
    const rule = lemmaRule('appelé', 'appeler');
    expect(rule).toBe('=|1|er');
    expect(applyLemmaRule('annoncé', rule)).toBe('annoncer');
  });

  it('lower-case sentence-initial words when the lemma is lower-case', () => {
    const rule = lemmaRule('Les', 'le');
    expect(applyLemmaRule('Les', rule)).toBe('le');
    expect(applyLemmaRule('LES', rule)).toBe('le');
  });

  it('refuse to strip a whole word', () => {
    expect(applyLemmaRule('a', lemmaRule('ont', 'avoir'))).toBeNull();
  });
});

describe('Lemmatizer', () => {
  // Words of the seed article with their Sequoia-style lemmas.
  const examples = [
    { form: 'appelé', upos: 'VERB', lemma: 'appeler' },
    { form: 'demandé', upos: 'VERB', lemma: 'demander' },
    { form: 'reconnu', upos: 'VERB', lemma: 'reconnaître' },
    { form: 'ont', upos: 'AUX', lemma: 'avoir' },
    { form: 'armées', upos: 'NOUN', lemma: 'armée' },
    { form: 'troupes', upos: 'NOUN', lemma: 'troupe' },
    { form: 'tribus', upos: 'NOUN', lemma: 'tribu' },
    { form: 'Les', upos: 'DET', lemma: 'le' },
    { form: 'les', upos: 'DET', lemma: 'le' },
  ];
  const lemmatizer = new Lemmatizer(buildLemmatizerData(examples));

  it('looks known words up, whatever their case', () => {
    expect(lemmatizer.lemma('ont', 'AUX')).toBe('avoir');
    expect(lemmatizer.lemma('reconnu', 'VERB')).toBe('reconnaître');
    expect(lemmatizer.lemma('LES', 'DET')).toBe('le');
  });

  it('generalises suffix rules to unseen words of the same UPOS', () => {
    expect(lemmatizer.lemma('annoncé', 'VERB')).toBe('annoncer');
    expect(lemmatizer.lemma('protestations', 'NOUN')).toBe('protestation');
  });

  it('keeps a word of an unknown UPOS as it is', () => {
    expect(lemmatizer.lemma('Rukban', 'PROPN')).toBe('Rukban');
  });

  // Sequoia's participles: "ouverts → ouvrir" strips "erts", so it says nothing of "morts".
  const participles = new Lemmatizer(buildLemmatizerData([
    ...['ouverts', 'couverts', 'offerts', 'découverts', 'rouverts'].map((form) => ({ form, upos: 'VERB', lemma: `${form.slice(0, -4)}rir` })),
    { form: 'mort', upos: 'VERB', lemma: 'mourir' },
    { form: 'morte', upos: 'VERB', lemma: 'mourir' },
  ]));

  it('applies a suffix rule only to words that end with all the rule strips', () => {
    expect(participles.lemma('entrouverts', 'VERB')).toBe('entrouvrir');
    // No rule speaks for "-rts" then: the form is kept rather than mangled into "mrir".
    expect(participles.lemma('morts', 'VERB')).toBe('morts');
  });

  it('gives an unseen form the lemma of its known sibling without an inflection ending', () => {
    const pairs = ['grand', 'petit', 'fort', 'lourd', 'haut', 'bas', 'long', 'court', 'froid', 'chaud', 'lent', 'prompt', 'vert', 'gris', 'noir', 'brun', 'rond', 'plat', 'sourd', 'blond', 'ouvert'];
    const adjectives = new Lemmatizer(buildLemmatizerData([
      ...pairs.flatMap((lemma) => [{ form: lemma, upos: 'ADJ', lemma }, { form: `${lemma}s`, upos: 'ADJ', lemma }]),
      { form: 'mort', upos: 'ADJ', lemma: 'mort' },
    ]));
    expect(adjectives.lemma('morts', 'ADJ')).toBe('mort');
  });
});
