import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../src/eval/conllu.js';
import { learnBoundaryWeights } from '../../src/segment/boundary-learner.js';
import { boundaryModel } from '../../src/segment/boundary-model.js';
import { splitParagraphs } from '../../src/segment/paragraphs.js';
import { segment } from '../../src/segment/tokens.js';

function sentences(text: string, lang: 'fr' | 'en'): string[] {
  return segment(text, splitParagraphs(text), lang).sentences.map((s) => text.slice(s.start, s.end));
}

function conllu(sentencesOfForms: string[][]): string {
  return sentencesOfForms.map((forms) => forms.map((form, i) => [String(i + 1), form, '_', '_', '_', '_', '0', '_', '_', '_'].join('\t')).join('\n') + '\n').join('\n');
}

describe('learnBoundaryWeights', () => {
  // "Le" starts a sentence after an unpunctuated headline twenty times; "Paris" follows a word inside a sentence, and
  // ends a headline three times ("Grève à Paris" + "Le …"): too few to make "Paris" a sign of a break.
  const training = parseConllu(conllu([
    ...Array.from({ length: 20 }, () => [['Nouvelle', 'école'], ['Le', 'maire', 'parle', '.']]).flat(),
    ...Array.from({ length: 3 }, () => [['Grève', 'à', 'Paris'], ['Le', 'trafic', 'cesse', '.']]).flat(),
    ...Array.from({ length: 20 }, () => ['Il', 'visite', 'Paris', 'demain', '.']),
  ]));
  const weights = learnBoundaryWeights(training, 2);

  it('learns that a capitalised article after a word starts a sentence and a place name does not', () => {
    expect(weights.next['Le']).toBeGreaterThan(0);
    expect(weights.next['Paris']).toBeLessThan(0);
    const model = boundaryModel(weights);
    expect(model.breaksBetween('école', 'Le')).toBe(true);
    expect(model.breaksBetween('visite', 'Paris')).toBe(false);
    expect(model.breaksBetween('Paris', 'Saint-Germain')).toBe(false);
  });
});

describe('sentence breaks learnt from UD data and punctuation statistics', () => {
  it('breaks after an unpunctuated French headline before "Il"', () => {
    expect(sentences('Une nouvelle école pour la commune Il y avait foule pour l\'inauguration.', 'fr'))
      .toEqual(['Une nouvelle école pour la commune', 'Il y avait foule pour l\'inauguration.']);
  });

  it('keeps capitalised names inside a sentence', () => {
    expect(sentences('Les États-Unis ont appelé la Syrie à retirer ses troupes selon Le Monde et Donald Trump.', 'fr')).toHaveLength(1);
    expect(sentences('Le club du Paris Saint-Germain a reçu le professeur de l\'Université Paris Dauphine.', 'fr')).toHaveLength(1);
    // An outlet's name opening with a capitalised article ("Les", "L'") runs on (the outlet registry knows it).
    expect(sentences('Selon le quotidien économique Les Echos, le directeur du journal L\'Opinion a démissionné.', 'fr')).toHaveLength(1);
  });

  it('breaks at a lone "." even before a lower-case word, but not after "…"', () => {
    expect(sentences('Il est parti. à son retour, rien. Ensuite… rien.', 'fr')).toEqual(['Il est parti.', 'à son retour, rien.', 'Ensuite… rien.']);
  });

  it('breaks French lists at ";" before a capital only', () => {
    expect(sentences('Le comité est inchangé ; Président : Luc Martin ; trésorière : Marie Joyot.', 'fr'))
      .toEqual(['Le comité est inchangé ;', 'Président : Luc Martin ; trésorière : Marie Joyot.']);
  });

  it('breaks after an unquoted English "?" before a lower-case word, not after a quoted one', () => {
    expect(sentences('Why not? we asked. "Why not?" he asked.', 'en')).toEqual(['Why not?', 'we asked.', '"Why not?" he asked.']);
  });
});

describe('English mark runs and units', () => {
  function surfaces(text: string): string[] {
    const { tokens } = segment(text, splitParagraphs(text), 'en');
    return tokens.filter((t, i) => t.mwt === undefined || tokens[i - 1]?.mwt !== t.mwt).map((t) => text.slice(t.start, t.end));
  }

  it('splits units and clock marks off numbers', () => {
    expect(surfaces('Come at 5pm for the 30ft wall.')).toEqual(['Come', 'at', '5', 'pm', 'for', 'the', '30', 'ft', 'wall', '.']);
  });

  it('keeps doubled quote marks together and scare quotes apart from possessives', () => {
    expect(surfaces("‘’Bush was briefed,’’ says a diplomat about 'Christians' and the Tigers' chief."))
      .toEqual(['‘’', 'Bush', 'was', 'briefed', ',', '’’', 'says', 'a', 'diplomat', 'about', "'", 'Christians', "'", 'and', 'the', "Tigers'", 'chief', '.']);
  });
});
