import { describe, expect, it } from 'vitest';
import { MorphDictionary, type MorphExample, buildMorphDictionaryData } from '../../src/tag/morph-dictionary.js';

const DET = 1;
const NOUN = 2;
const VERB = 3;
/** Value indices of two heads, e.g. Definite and PronType. */
const DEFINITE_ARTICLE = [1, 2];

function repeat(example: MorphExample, times: number): MorphExample[] {
  return Array.from({ length: times }, () => example);
}

describe('morphology dictionary', () => {
  const data = buildMorphDictionaryData([
    ...repeat({ form: 'the', upos: DET, morph: DEFINITE_ARTICLE }, 15),
    ...repeat({ form: 'The', upos: DET, morph: DEFINITE_ARTICLE }, 10),
    // "report" as a noun is always singular here; as a verb it is too rare to be sure.
    ...repeat({ form: 'report', upos: NOUN, morph: [0, 1] }, 25),
    ...repeat({ form: 'report', upos: VERB, morph: [0, 3] }, 5),
    // Frequent, but with two analyses (1% of the time the other one).
    ...repeat({ form: 'read', upos: VERB, morph: [0, 2] }, 198),
    ...repeat({ form: 'read', upos: VERB, morph: [0, 4] }, 2),
    // Years: digits are folded, so all four-digit numbers share one entry.
    ...repeat({ form: '2019', upos: NOUN, morph: [3, 0] }, 12),
    ...repeat({ form: '1998', upos: NOUN, morph: [3, 0] }, 12),
  ]);
  const dictionary = new MorphDictionary(data);

  it('knows frequent unambiguous words for the UPOS they were seen with, whatever their case', () => {
    expect([...dictionary.sureMorph('THE', DET)!]).toEqual(DEFINITE_ARTICLE);
    expect([...dictionary.sureMorph('report', NOUN)!]).toEqual([0, 1]);
    expect(dictionary.sureMorph('the', NOUN)).toBeUndefined();
  });

  it('leaves rare and ambiguous words to the model', () => {
    expect(dictionary.sureMorph('report', VERB)).toBeUndefined();
    expect(dictionary.sureMorph('read', VERB)).toBeUndefined();
    expect(dictionary.sureMorph('unseen', NOUN)).toBeUndefined();
  });

  it('counts numbers of the same shape together', () => {
    expect([...dictionary.sureMorph('2024', NOUN)!]).toEqual([3, 0]);
  });

  it('records, per UPOS and head, every value training saw (rare words included), and nothing for an unseen UPOS', () => {
    expect(dictionary.valuesFor(NOUN)).toEqual([[0, 3], [0, 1]]);
    expect(dictionary.valuesFor(VERB)).toEqual([[0], [2, 3, 4]]);
    expect(dictionary.valuesFor(7)).toBeUndefined();
  });

  it('survives a round trip through JSON (the model file)', () => {
    const reloaded = new MorphDictionary(JSON.parse(JSON.stringify(data)));
    expect([...reloaded.sureMorph('the', DET)!]).toEqual(DEFINITE_ARTICLE);
    expect(reloaded.sureMorph('read', VERB)).toBeUndefined();
  });
});
