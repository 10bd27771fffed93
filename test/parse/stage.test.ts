import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../src/eval/conllu.js';
import { GoldFormatError } from '../../src/eval/gold-error.js';
import { evalParse, goldTokenDocument, scoreParse } from '../../src/eval/parse.js';
import { AttachmentScore } from '../../src/parse/attachment-score.js';
import { Parser } from '../../src/parse/parser.js';
import { parseTokens } from '../../src/parse/stage.js';
import type { Stage } from '../../src/pipeline/stage.js';
import { splitParagraphs } from '../../src/segment/paragraphs.js';
import { segment } from '../../src/segment/tokens.js';
import { sequoia, trainTinyModel } from './tiny-model.js';
import { tempDir } from '../helpers/paths.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const parser = new Parser(trainTinyModel(sequoia.slice(0, 300)));

describe('parseTokens', () => {
  it('gives every word of a segmented seed paragraph a head inside its own sentence, one root per sentence', () => {
    const text = "Les chefs d’état-major des armées syrienne et russe ont également demandé une autorisation auprès des responsables syriens concernés, de l’ONU et du Croissant Rouge pour pouvoir entrer dans le camp de Rukban. C’est la première fois.";
    const { tokens, sentences } = segment(text, splitParagraphs(text), 'fr');
    expect(sentences).toHaveLength(2);
    const parsed = parseTokens(text, tokens, sentences, parser);
    expect(parsed).toHaveLength(tokens.length);
    for (const sentence of sentences) {
      const roots = parsed.slice(sentence.firstToken, sentence.endToken).filter((token) => token.head === undefined);
      expect(roots).toHaveLength(1);
      for (let i = sentence.firstToken; i < sentence.endToken; i++) {
        const token = parsed[i]!;
        expect(token.deprel).toBeTruthy();
        if (token.head !== undefined) {
          expect(token.head).toBeGreaterThanOrEqual(sentence.firstToken);
          expect(token.head).toBeLessThan(sentence.endToken);
          expect(token.head).not.toBe(i);
        }
      }
    }
    // Offsets are untouched: the parser only adds head and deprel.
    parsed.forEach((token, i) => expect([token.start, token.end]).toEqual([tokens[i]!.start, tokens[i]!.end]));
  });

  it("leaves the tagger's doubts out of its tokens: they serve the parse, not the record", () => {
    const text = 'Le chat dort.';
    const { tokens, sentences } = segment(text, splitParagraphs(text), 'fr');
    const doubted = tokens.map((token) => ({ ...token, tagDoubt: { upos: 'PROPN/close' } }));
    const parsed = parseTokens(text, doubted, sentences, parser);
    for (const token of parsed) expect(token).not.toHaveProperty('tagDoubt');
    // A model trained without the doubts' features parses as if there were none.
    expect(parsed.map((token) => [token.head, token.deprel])).toEqual(parseTokens(text, tokens, sentences, parser).map((token) => [token.head, token.deprel]));
  });
});

describe('parse evaluation', () => {
  const conllu = [
    '# text = Il parle du projet.',
    '1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_',
    '2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\t_',
    '3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_',
    '3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_',
    '4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_',
    '5\tprojet\tprojet\tNOUN\t_\t_\t2\tobl:arg\t_\tSpaceAfter=No',
    '6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_',
    '',
  ].join('\n');

  it('turns gold words into a token layer whose spans are the surface tokens, multiword parts sharing theirs', () => {
    const doc = goldTokenDocument([...parseConllu(conllu), ...parseConllu(conllu)]);
    expect(doc.tokens).toHaveLength(12);
    expect(doc.sentences.map((s) => [s.firstToken, s.endToken])).toEqual([[0, 6], [6, 12]]);
    const du = doc.tokens.slice(2, 4);
    expect(du.map((t) => doc.text.slice(t.start, t.end))).toEqual(['du', 'du']);
    expect(du.map((t) => t.form)).toEqual(['de', 'le']);
    expect(du[0]!.mwt).toBe(du[1]!.mwt);
    expect(doc.text.slice(doc.tokens[6]!.start, doc.tokens[6]!.end)).toBe('Il');
  });

  it('scores with the stages it is given, counting every word and ignoring relation subtypes', () => {
    // A stage that attaches every word to the sentence's first word, labelled `obl`.
    const flat: Stage = {
      name: 'parse', requires: ['tokens', 'sentences'], provides: ['tokens'],
      run: ({ layers }) => ({
        tokens: layers.tokens!.map((token, i) => {
          const first = layers.sentences!.find((s) => i >= s.firstToken && i < s.endToken)!.firstToken;
          return i === first ? { ...token, deprel: 'root' } : { ...token, head: first, deprel: 'obl' };
        }),
      }),
    };
    const scores = scoreParse(parseConllu(conllu), 'fr', [flat]);
    // No gold word hangs from "Il" and "Il" is not the gold root: every attachment is wrong.
    expect(scores.words).toBe(6);
    expect(scores.uas).toBe(0);
    const score = new AttachmentScore();
    score.add(2, 'obl:arg', 2, 'obl');
    score.add(2, 'punct', 2, 'obl');
    score.add(0, 'root', 1, 'root');
    expect([score.uas, score.las]).toEqual([66.67, 33.33]);
  });

  it('rejects a malformed gold file with a GoldFormatError naming the line', async () => {
    const dir = tempDir('presscope-eval-parse-');
    const path = join(dir, 'fr_bad.conllu');
    writeFileSync(path, '1\tIl\til\tPRON\t_\t_\t2\tnsubj\n');
    await expect(evalParse(path, {})).rejects.toThrow(GoldFormatError);
    await expect(evalParse(path, {})).rejects.toThrow(/fr_bad\.conllu:1/);
  });
});
