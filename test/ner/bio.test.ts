import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldFormatError } from '../../src/eval/gold-error.js';
import { BIO_LABELS, allowedTransition, labelIndex, spansOfLabels } from '../../src/ner/bio.js';
import { parseBioFile, readBioFile } from '../../src/ner/bio-file.js';
import { entityNorm } from '../../src/ner/norm.js';

const labels = (tags: string[]) => tags.map(labelIndex);

describe('BIO labels', () => {
  it('forbid I-X after O, at the start, or after another type', () => {
    const B_PER = labelIndex('B-PER');
    const I_PER = labelIndex('I-PER');
    const I_LOC = labelIndex('I-LOC');
    expect(allowedTransition(-1, I_PER)).toBe(false);
    expect(allowedTransition(labelIndex('O'), I_PER)).toBe(false);
    expect(allowedTransition(B_PER, I_LOC)).toBe(false);
    expect(allowedTransition(B_PER, I_PER)).toBe(true);
    expect(allowedTransition(I_PER, I_PER)).toBe(true);
    expect(allowedTransition(labelIndex('O'), B_PER)).toBe(true);
  });

  it('read spans of "le président américain , Donald Trump , a annoncé"', () => {
    const spans = spansOfLabels(labels(['O', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O']));
    expect(spans).toEqual([{ type: 'PER', start: 4, end: 6 }]);
    expect(spansOfLabels(labels(['B-LOC', 'B-LOC', 'I-LOC', 'O', 'B-ORG']))).toEqual([
      { type: 'LOC', start: 0, end: 1 },
      { type: 'LOC', start: 1, end: 3 },
      { type: 'ORG', start: 4, end: 5 },
    ]);
    expect(BIO_LABELS).toHaveLength(9);
  });
});

describe('TOKEN<TAB>TAG files', () => {
  it('read sentences, skipping `# ` comments but not a `#` token', () => {
    const sentences = parseBioFile('# doc\nDe\tO\nl\'\tO\nONU\tB-ORG\n#\tO\n\nDamas\tB-LOC\n');
    expect(sentences.map((s) => s.words)).toEqual([["De", "l'", 'ONU', '#'], ['Damas']]);
    expect(sentences[0]!.tags).toEqual(['O', 'O', 'B-ORG', 'O']);
  });

  it('name the line of a malformed row', () => {
    expect(() => parseBioFile('Damas\tB-LOC\nRukban B-LOC\n', 'x.tsv')).toThrow(/x\.tsv:2/);
    expect(() => parseBioFile('Damas\tB-CITY\n', 'x.tsv')).toThrow(GoldFormatError);
    expect(() => readBioFile(join(mkdtempSync(join(tmpdir(), 'ner-')), 'missing.tsv'))).toThrow(GoldFormatError);
  });

  it('accept a file written to disk', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ner-')), 'fr-test.tsv');
    writeFileSync(path, 'Hadi\tB-PER\nMohamadi\tI-PER\n\n');
    expect(readBioFile(path)[0]!.words).toEqual(['Hadi', 'Mohamadi']);
  });
});

describe('entity norm', () => {
  it('folds case, accents, apostrophes and leading articles', () => {
    expect(entityNorm('la Méditerranée orientale', 'fr')).toBe('mediterranee orientale');
    expect(entityNorm("l’ONU", 'fr')).toBe('onu');
    expect(entityNorm('États-Unis', 'fr')).toBe(entityNorm('Etats-Unis', 'fr'));
    expect(entityNorm('the United Nations', 'en')).toBe('united nations');
    expect(entityNorm('La Paz', 'en')).toBe('la paz');
  });
});
