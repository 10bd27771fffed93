import { describe, expect, it } from 'vitest';
import { Gazetteer, GazetteerCategory, nameTokens } from '../../src/ner/gazetteer.js';

describe('NER gazetteer', () => {
  // As a model file stores it: parsed JSON, names joined by spaces.
  const data = () => JSON.parse(`{"syrie":${GazetteerCategory.Country},"deir ezzor":${GazetteerCategory.Place | GazetteerCategory.Region},`
    + `"deir":${GazetteerCategory.Place},"méditerranée orientale":${GazetteerCategory.Region},"__proto__":${GazetteerCategory.Place}}`);

  it('matches the longest name first and marks first and continuation words', () => {
    const words = nameTokens("Les forces de Deir Ezzor et de la Méditerranée orientale, en Syrie");
    const { categories, positions } = new Gazetteer(data()).match(words);
    const at = (word: string) => words.indexOf(word);
    expect([categories[at('deir')], positions[at('deir')], categories[at('ezzor')], positions[at('ezzor')]])
      .toEqual([GazetteerCategory.Place | GazetteerCategory.Region, 1, GazetteerCategory.Place | GazetteerCategory.Region, 2]);
    expect(positions[at('orientale,')]).toBe(0);
    expect(categories[at('forces')]).toBe(0);
  });

  it('finds only its own names, never an object property such as "constructor", and counts them', () => {
    const gazetteer = new Gazetteer(data());
    const { categories } = gazetteer.match(['constructor', 'tostring', 'hasownproperty', '__proto__', 'syrie']);
    expect([...categories]).toEqual([0, 0, 0, GazetteerCategory.Place, GazetteerCategory.Country]);
    expect(gazetteer.size).toBe(5);
  });
});
