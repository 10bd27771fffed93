import { describe, expect, it } from 'vitest';
import { ANY_UPOS, UposDictionary, buildUposDictionaryData, singleTag } from '../../src/tag/upos-dictionary.js';

describe('UposDictionary', () => {
  const [ADJ, NOUN, VERB] = [0, 1, 2];
  // "russe" as Sequoia has it: three adjectives and a noun; "dit" once only.
  const examples = [
    { form: 'russe', upos: ADJ }, { form: 'Russe', upos: NOUN }, { form: 'russe', upos: ADJ }, { form: 'russes', upos: ADJ }, { form: 'russe', upos: ADJ },
    { form: 'dit', upos: VERB },
    ...Array.from({ length: 4 }, () => ({ form: 'président', upos: NOUN })),
  ];
  const dictionary = new UposDictionary(buildUposDictionaryData(examples, 4));

  it('allows a frequent word only the tags it was seen with, whatever its case', () => {
    expect(dictionary.allowed('RUSSE')).toBe((1 << ADJ) | (1 << NOUN));
    expect(singleTag(dictionary.allowed('Président'))).toBe(NOUN);
  });

  it('leaves rare and unseen words free', () => {
    expect(dictionary.allowed('dit')).toBe(ANY_UPOS);
    expect(dictionary.allowed('russes')).toBe(ANY_UPOS);
    expect(singleTag(ANY_UPOS)).toBe(-1);
  });
});
