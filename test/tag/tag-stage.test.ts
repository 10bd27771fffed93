import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ModelError } from '../../src/ml/model-file.js';
import type { AnalysisLanguage } from '../../src/pipeline/stage.js';
import type { DocumentMeta, Token } from '../../src/record/schema.js';
import { paragraphStage } from '../../src/segment/paragraphs.js';
import { tokenStage } from '../../src/segment/tokens.js';
import { modelPath } from '../../src/ml/model-path.js';
import { POS_TASK, loadPosModel } from '../../src/tag/pos-model.js';
import { tagStage } from '../../src/tag/stage.js';

const SEED = readFileSync('/work/shared/seed/press-tv-syria-2019-04.txt', 'utf8');
const META: DocumentMeta = { origin: { format: 'text' } };

function tag(text: string, lang: AnalysisLanguage): { text: string; tokens: Token[] } {
  const paragraphs = paragraphStage.run({ text, lang, meta: META, layers: {} });
  const segmented = tokenStage.run({ text, lang, meta: META, layers: paragraphs });
  const tagged = tagStage.run({ text, lang, meta: META, layers: { ...paragraphs, ...segmented } });
  return { text, tokens: tagged.tokens! };
}

function find(result: { text: string; tokens: Token[] }, ...forms: string[]): Token[] {
  const { text, tokens } = result;
  for (let i = 0; i + forms.length <= tokens.length; i++) {
    if (forms.every((form, k) => (tokens[i + k]!.form ?? text.slice(tokens[i + k]!.start, tokens[i + k]!.end)) === form)) return tokens.slice(i, i + forms.length);
  }
  throw new Error(`not found: ${forms.join(' ')}`);
}

function feats(token: Token): Record<string, string> {
  return Object.fromEntries((token.feats ?? '').split('|').filter(Boolean).map((pair) => pair.split('=') as [string, string]));
}

describe('tag stage (French, seed article)', () => {
  let seed: { text: string; tokens: Token[] };
  beforeAll(() => {
    seed = tag(SEED, 'fr');
  });

  it('gives "a annoncé" the features of a compound past (passé composé)', () => {
    const [auxiliary, participle] = find(seed, 'a', 'annoncé');
    expect(auxiliary!.upos).toBe('AUX');
    expect(auxiliary!.lemma).toBe('avoir');
    expect(feats(auxiliary!)).toMatchObject({ Mood: 'Ind', Tense: 'Pres', VerbForm: 'Fin', Person: '3', Number: 'Sing' });
    expect(participle!.upos).toBe('VERB');
    expect(participle!.lemma).toBe('annoncer');
    expect(feats(participle!)).toMatchObject({ Tense: 'Past', VerbForm: 'Part' });
  });

  it('tags and lemmatises the first sentence', () => {
    const [determiner, noun, adjective] = find(seed, 'les', 'armées', 'russe');
    expect([determiner!.upos, noun!.upos, adjective!.upos]).toEqual(['DET', 'NOUN', 'ADJ']);
    expect([determiner!.lemma, noun!.lemma]).toEqual(['le', 'armée']);
    expect(feats(noun!)).toMatchObject({ Gender: 'Fem', Number: 'Plur' });
    const [auxiliary, verb] = find(seed, 'ont', 'appelé');
    expect(auxiliary!.lemma).toBe('avoir');
    expect(verb!.lemma).toBe('appeler');
    expect(find(seed, 'Syrie')[0]!.upos).toBe('PROPN');
  });

  it('tags both words of a contraction ("des" = "de" + "les")', () => {
    const [preposition, article] = find(seed, 'de', 'les', 'armées');
    expect(preposition!.mwt).toBeDefined();
    expect(preposition!.mwt).toBe(article!.mwt);
    expect(preposition!.upos).toBe('ADP');
    expect(article!.upos).toBe('DET');
  });

  it('keeps every token span and fills every token', () => {
    for (const token of seed.tokens) {
      expect(token.upos).toMatch(/^[A-Z]+$/);
      expect(token.lemma).toBeTruthy();
    }
  });
});

describe('tag stage (English, corpus article)', () => {
  const article = JSON.parse(readFileSync('/work/shared/corpus/wikinews-en.jsonl', 'utf8').split('\n')[0]!) as { text: string };
  let result: { text: string; tokens: Token[] };
  beforeAll(() => {
    result = tag(article.text, 'en');
  });

  it('tags "An apartment building collapsed on Monday in Magnitogorsk"', () => {
    const words = find(result, 'An', 'apartment', 'building', 'collapsed', 'on', 'Monday', 'in', 'Magnitogorsk');
    expect(words.map((token) => token.upos)).toEqual(['DET', 'NOUN', 'NOUN', 'VERB', 'ADP', 'PROPN', 'ADP', 'PROPN']);
    expect(words[3]!.lemma).toBe('collapse');
    expect(words[0]!.lemma).toBe('a');
    expect(words[0]!.xpos).toBe('DT');
  });

  it('gives "A suspected gas leak led to an explosion" a finite past verb', () => {
    const [, , , , led] = find(result, 'A', 'suspected', 'gas', 'leak', 'led', 'to');
    expect(led!.upos).toBe('VERB');
    expect(led!.xpos).toBe('VBD');
    expect(led!.lemma).toBe('lead');
    expect(feats(led!)).toMatchObject({ Tense: 'Past', VerbForm: 'Fin', Mood: 'Ind' });
  });

  it('gives every word only morphological features training saw with its UPOS (no Tense on a NOUN)', () => {
    const { tagger } = loadPosModel(modelPath('en', POS_TASK), 'en');
    const { upos, attributes } = tagger.labels;
    for (const token of result.tokens) {
      const allowed = tagger.dictionary.valuesFor(upos.indexOf(token.upos!))!;
      const values = feats(token);
      attributes.forEach((attribute, a) => {
        expect(allowed[a], `${token.upos} ${token.feats}`).toContain(values[attribute.name] === undefined ? 0 : attribute.values.indexOf(values[attribute.name]!));
      });
    }
  });

  it('notes its doubts on a few words only, each naming a runner-up other than the chosen tag', () => {
    const doubted = result.tokens.filter((token) => token.tagDoubt !== undefined);
    expect(doubted.length).toBeGreaterThan(0);
    expect(doubted.length).toBeLessThan(result.tokens.length / 5);
    for (const token of doubted) {
      const { upos, xpos } = token.tagDoubt!;
      expect(upos ?? xpos).toBeDefined();
      if (upos) expect(upos).toMatch(/^[A-Z]+\/(near|close)$/);
      if (upos) expect(upos.split('/')[0]).not.toBe(token.upos);
      if (xpos) expect(xpos.split('/')[0]).not.toBe(token.xpos);
    }
  });
});

describe('tagger and lemmatiser (French words rare in the treebank)', () => {
  const model = loadPosModel(modelPath('fr', POS_TASK), 'fr');
  const annotate = (sentence: string) => {
    const words = sentence.split(' ');
    return model.tagger.tag(words).map((tags, i) => ({ upos: tags.upos, lemma: model.lemmatizer.lemma(words[i]!, tags.upos) }));
  };

  it('keeps "russe" an adjective before a name (its ending is that of a subjunctive verb)', () => {
    expect(annotate('le président russe Vladimir Poutine a déclaré')[2]).toEqual({ upos: 'ADJ', lemma: 'russe' });
  });

  it('lemmatises the participle "morts" as "mourir", not with a rule learnt from "ouverts"', () => {
    expect(model.lemmatizer.lemma('morts', 'VERB')).toBe('mourir');
  });
});

describe('POS model files', () => {
  it('gives a ModelError for a missing model', () => {
    expect(() => loadPosModel('/nonexistent/models/fr/pos.bin.gz', 'fr')).toThrow(ModelError);
  });
});

describe('tagger (English words whose tag depends on their neighbours)', () => {
  const model = loadPosModel(modelPath('en', POS_TASK), 'en');
  const upos = (sentence: string) => model.tagger.tag(sentence.split(' ')).map((tags) => tags.upos);

  it('tells a verb from a noun of the same form', () => {
    expect(upos('We will record the vote .')[2]).toBe('VERB');
    expect(upos('The record was broken .')[1]).toBe('NOUN');
  });

  it('tags "that" before a clause as a subordinating conjunction and "like" before a noun as a preposition', () => {
    expect(upos('She said that the talks failed .')[2]).toBe('SCONJ');
    expect(upos('It looks like rain .')[2]).toBe('ADP');
  });

  it('gives dictionary words their sure analysis ("the": DT, Definite=Def|PronType=Art)', () => {
    const [the] = model.tagger.tag(['the', 'vote']);
    expect(the).toEqual({ upos: 'DET', xpos: 'DT', feats: 'Definite=Def|PronType=Art' });
  });
});
