/**
 * Baselines measured in the same `npm run bench` process as presscope, on the same texts: Node's
 * built-in Intl.Segmenter, and two peer pure-JavaScript NLP libraries from npm (English only).
 * Each runner returns a count that depends on the work done, so none of it can be optimised away.
 */
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import nlp from 'compromise';

export interface Baseline {
  readonly name: string;
  /** What the library does to each text, in the same terms as presscope's stages. */
  readonly work: string;
  readonly languages: readonly ('fr' | 'en')[];
  run(texts: readonly { text: string; lang: 'fr' | 'en' }[]): number;
}

export const intlSegmenter: Baseline = {
  name: 'Intl.Segmenter (ICU, built into Node)',
  work: 'sentences + words',
  languages: ['fr', 'en'],
  run(texts) {
    const segmenters = new Map<string, [Intl.Segmenter, Intl.Segmenter]>();
    let count = 0;
    for (const { text, lang } of texts) {
      if (!segmenters.has(lang)) segmenters.set(lang, [new Intl.Segmenter(lang, { granularity: 'sentence' }), new Intl.Segmenter(lang, { granularity: 'word' })]);
      const [sentences, words] = segmenters.get(lang)!;
      for (const sentence of sentences.segment(text)) {
        for (const word of words.segment(sentence.segment)) if (word.isWordLike) count++;
      }
    }
    return count;
  },
};

/** Loaded on first use, so that its start-up is timed apart from its throughput. */
let wink: ReturnType<typeof winkNLP> | undefined;

export function loadWink(): ReturnType<typeof winkNLP> {
  wink ??= winkNLP(winkModel);
  return wink;
}

export const winkNlp: Baseline = {
  name: 'wink-nlp 2.4.0 + wink-eng-lite-web-model 1.8.1',
  work: 'tokens + sentences + UPOS + lemmas + entities (dates, numbers, e-mails…; no PER/LOC/ORG), no parse',
  languages: ['en'],
  run(texts) {
    const nlpWink = loadWink();
    const its = nlpWink.its;
    // wink-nlp's typings leave `its.lemma` out of the token functions `out` accepts; it is one at run time.
    const lemma = its.lemma as unknown as typeof its.pos;
    let count = 0;
    for (const { text } of texts) {
      const doc = nlpWink.readDoc(text);
      count += doc.tokens().out(its.pos).length + doc.tokens().out(lemma).length + doc.entities().out().length + doc.sentences().length();
    }
    return count;
  },
};

export const compromise: Baseline = {
  name: 'compromise 14.17.0',
  work: 'tokens + sentences + its own POS tags (rule-based), no lemmas, no parse, no NER model',
  languages: ['en'],
  run(texts) {
    let count = 0;
    for (const { text } of texts) count += (nlp(text).json() as { terms: { tags: string[] }[] }[]).reduce((sum, sentence) => sum + sentence.terms.length, 0);
    return count;
  },
};
