import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalSegment, goldDocuments, matchWords, type AlignedUnit } from '../../src/eval/segment.js';
import { parseConllu } from '../../src/eval/conllu.js';
import { GoldFormatError } from '../../src/eval/gold-error.js';
import { tempDir } from '../helpers/paths.js';

/** A CoNLL-U row; only ID, FORM and MISC matter for segmentation. */
function row(id: string, form: string, spaceAfter = true): string {
  return [id, form, '_', '_', '_', '_', id.includes('-') ? '_' : '0', '_', '_', spaceAfter ? '_' : 'SpaceAfter=No'].join('\t');
}

// Three gold sentences in one paragraph. The system cannot know that "Bonjour" is a sentence of its
// own (no punctuation), and it keeps "aujourd'hui" as one token where this gold splits it.
const GOLD = [
  '# newdoc id = d1',
  '# newpar',
  '# text = Il parle du projet.',
  row('1', 'Il'), row('2', 'parle'), row('3-4', 'du'), row('3', 'de'), row('4', 'le'), row('5', 'projet', false), row('6', '.'),
  '',
  '# text = Bonjour',
  row('1', 'Bonjour'),
  '',
  "# text = Il part aujourd'hui.",
  row('1', 'Il'), row('2', 'part'), row('3', "aujourd'", false), row('4', 'hui', false), row('5', '.'),
  '',
].join('\n');

describe('evalSegment', () => {
  const dir = tempDir();
  const goldPath = join(dir, 'fr_tiny.conllu');
  writeFileSync(goldPath, GOLD);

  it('rebuilds the raw text of each document from its sentences', () => {
    const [document] = goldDocuments(parseConllu(GOLD));
    expect(document!.text).toBe("Il parle du projet. Bonjour Il part aujourd'hui.");
  });

  it('scores tokens, words and sentences as the CoNLL 2018 script does', async () => {
    const { metrics, table } = await evalSegment(goldPath, {});
    // tokens: gold 11, system 10 (aujourd'hui whole), 9 shared → F1 = 18/21
    expect(metrics.tokens_f1).toBeCloseTo((100 * 18) / 21, 2);
    // words: gold 12, system 11, 10 aligned (de + le aligned inside "du") → F1 = 20/23
    expect(metrics.words_f1).toBeCloseTo((100 * 20) / 23, 2);
    // sentences: gold 3, system 2, only "Il parle du projet." shared → F1 = 2/5
    expect(metrics.sentences_f1).toBeCloseTo(40, 2);
    expect(Object.keys(metrics).sort()).toEqual(['sentences_f1', 'tokens_f1', 'words_f1', 'words_per_second']);
    expect(table).toContain('sentences');
  });

  it('takes the language from --lang or the file name', async () => {
    const unnamed = join(dir, 'tiny.conllu');
    writeFileSync(unnamed, GOLD);
    await expect(evalSegment(unnamed, {})).rejects.toBeInstanceOf(GoldFormatError);
    await expect(evalSegment(unnamed, { lang: 'fr' })).resolves.toBeDefined();
  });

  it('rejects a malformed gold file naming the line', async () => {
    const broken = join(dir, 'fr_broken.conllu');
    writeFileSync(broken, '# text = Oui.\n1\tOui\n');
    await expect(evalSegment(broken, {})).rejects.toThrow(/fr_broken\.conllu:2/);
  });
});

describe('matchWords', () => {
  const unit = (start: number, end: number, form: string, multiword = false): AlignedUnit => ({ start, end, form, multiword });

  it('aligns nothing inside a multiword token the system left whole', () => {
    const gold = [unit(0, 2, 'Il'), unit(2, 4, 'de', true), unit(2, 4, 'le', true), unit(4, 10, 'projet')];
    const system = [unit(0, 2, 'Il'), unit(2, 4, 'du'), unit(4, 10, 'projet')];
    expect(matchWords(gold, system)).toMatchObject({ gold: 4, system: 3, correct: 2 });
  });

  it('compares words of multiword tokens case-insensitively, whatever the apostrophe', () => {
    const gold = [unit(0, 5, 'do', true), unit(0, 5, 'n’t', true)];
    const system = [unit(0, 5, 'Do', true), unit(0, 5, "n't", true)];
    expect(matchWords(gold, system).correct).toBe(2);
  });
});
