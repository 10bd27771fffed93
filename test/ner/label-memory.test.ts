import { describe, expect, it } from 'vitest';
import { labelIndex } from '../../src/ner/bio.js';
import { parseBioFile } from '../../src/ner/bio-file.js';
import { LabelMemory, NOT_REMEMBERED } from '../../src/ner/label-memory.js';
import { nerModel } from '../../src/ner/ner-model.js';

const labels = (tags: string[]) => Int32Array.from(tags.map(labelIndex));

describe('label memory', () => {
  it('recalls the label most often given to a capitalised word, with how often', () => {
    const memory = new LabelMemory();
    memory.remember(['la', 'compagnie', 'Flydubai', 'a', 'annoncé'], labels(['O', 'O', 'B-ORG', 'O', 'O']));
    memory.remember(['Flydubai', 'dément'], labels(['B-ORG', 'O']));
    const recalled = memory.recall(['Flydubai', 'a', 'Dubaï']);
    expect(recalled[0]).toBe(labelIndex('B-ORG') * 4 + 1);
    expect(recalled[1]).toBe(NOT_REMEMBERED);
    expect(recalled[2]).toBe(NOT_REMEMBERED);
  });

  it('forgets sentences beyond its window', () => {
    const memory = new LabelMemory(2);
    memory.remember(['Médecins', 'du', 'monde'], labels(['B-ORG', 'I-ORG', 'I-ORG']));
    memory.remember(['Il', 'pleut'], labels(['O', 'O']));
    expect(memory.recall(['Médecins'])[0]).toBe(labelIndex('B-ORG') * 4);
    memory.remember(['Elle', 'part'], labels(['O', 'O']));
    expect(memory.recall(['Médecins'])[0]).toBe(NOT_REMEMBERED);
  });
});

describe('tagging sentences in order', () => {
  it('marks document starts from `# doc` comments and the start of the file', () => {
    const sentences = parseBioFile('Rukban\tB-LOC\n\n# doc\nDamas\tB-LOC\n\nHoms\tB-LOC\n\n');
    expect(sentences.map((sentence) => sentence.startsDocument)).toEqual([true, true, false]);
  });

  it('reads each sentence after the earlier ones of its document only', () => {
    const { tagger } = nerModel('fr');
    const first = 'La compagnie Flydubai a annoncé un vol vers Dubaï .'.split(' ');
    const second = 'Flydubai dément .'.split(' ');
    const file = (separator: string) => parseBioFile(`${first.map((w) => `${w}\tO`).join('\n')}\n\n${separator}${second.map((w) => `${w}\tO`).join('\n')}\n\n`);
    const memory = new LabelMemory();
    tagger.tag(first, memory);
    const afterFirst = tagger.tag(second, memory);
    expect(Array.from(tagger.tagInOrder(file(''))[1]!)).toEqual(Array.from(afterFirst));
    expect(Array.from(tagger.tagInOrder(file('# doc\n'))[1]!)).toEqual(Array.from(tagger.tag(second, new LabelMemory())));
  });
});
