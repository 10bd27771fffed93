import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { readPlainText } from '../../src/ingest/formats/text.js';
import { paragraphStage, splitParagraphs } from '../../src/segment/paragraphs.js';
import { segment, tokenStage } from '../../src/segment/tokens.js';
import type { Token } from '../../src/record/schema.js';
import { SEED_PATH, SEED_TEXT, corpusArticles } from '../helpers/paths.js';

/** Surface tokens (one per multiword token) of a one-paragraph text. */
function surfaces(text: string, lang: 'fr' | 'en'): string[] {
  const { tokens } = segment(text, splitParagraphs(text), lang);
  return tokens.filter((t, i) => t.mwt === undefined || tokens[i - 1]?.mwt !== t.mwt).map((t) => text.slice(t.start, t.end));
}

/** Word forms of a text, as the tagger sees them. */
function words(text: string, lang: 'fr' | 'en'): string[] {
  return segment(text, splitParagraphs(text), lang).tokens.map((t) => t.form ?? text.slice(t.start, t.end));
}

function sentences(text: string, lang: 'fr' | 'en'): string[] {
  return segment(text, splitParagraphs(text), lang).sentences.map((s) => text.slice(s.start, s.end));
}

/** A corpus passage that contains `needle`, so tests run on real text. */
function corpusPassage(lang: 'fr' | 'en', needle: string): string {
  const article = corpusArticles(lang).find((a) => a.text.includes(needle));
  if (!article) throw new Error(`corpus passage not found: ${needle}`);
  const at = article.text.indexOf(needle);
  const start = article.text.lastIndexOf('\n', at) + 1;
  const end = article.text.indexOf('\n', at);
  return article.text.slice(start, end < 0 ? undefined : end);
}

describe('the seed article', () => {
  const input = readPlainText(SEED_TEXT, { format: 'text', path: SEED_PATH });
  const record = analyze({ ...input, declaredLang: 'fr' }, [paragraphStage, tokenStage]);
  const { text } = record;
  const { tokens } = record.layers;
  const sentenceTexts = record.layers.sentences.map((s) => text.slice(s.start, s.end));

  it('anchors every token in the original text', () => {
    for (const token of tokens) {
      const slice = text.slice(token.start, token.end);
      expect(slice.trim()).toBe(slice);
      expect(slice.length).toBeGreaterThan(0);
      if (token.mwt === undefined) expect(token.form ?? slice).toBe(slice.replaceAll('’', "'"));
    }
  });

  it('splits elisions after the apostrophe and normalises ’ in the form', () => {
    const at = tokens.findIndex((t) => text.slice(t.start, t.end) === 'd’' && text.slice(tokens[tokens.indexOf(t) + 1]!.start).startsWith('information'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(tokens[at]!.form).toBe("d'");
    expect(text.slice(tokens[at + 1]!.start, tokens[at + 1]!.end)).toBe('information');
  });

  it('expands "du" into "de le" sharing one span and one multiword number', () => {
    const du = tokens.filter((t) => text.slice(t.start, t.end) === 'du');
    expect(du.length).toBe(2);
    expect(du.map((t) => t.form)).toEqual(['de', 'le']);
    expect(du[0]!.mwt).toBe(du[1]!.mwt);
  });

  it('starts after the date header and keeps the closing » in the first sentence', () => {
    expect(sentenceTexts[0]).toMatch(/^Selon la chaîne/);
    expect(sentenceTexts[0]).toMatch(/en Syrie »\.$/);
  });

  it('keeps a quotation and its attribution in one sentence', () => {
    const quoted = sentenceTexts.find((s) => s.startsWith('« A ce rythme'));
    expect(quoted).toMatch(/», note l’analyste des questions internationales, Hadi Mohamadi\.$/);
  });

  it('makes the "Source: Avec Press Tv" footer a sentence of its own', () => {
    expect(sentenceTexts.at(-1)).toBe('Source: Avec Press Tv');
    expect(sentenceTexts.at(-2)).toMatch(/Hadi Mohamadi\.$/);
  });

  it('never lets a sentence cross a paragraph boundary', () => {
    for (const sentence of record.layers.sentences) {
      expect(record.layers.paragraphs.some((p) => p.start <= sentence.start && sentence.end <= p.end)).toBe(true);
    }
  });

  it('links sentences to their tokens', () => {
    let expected = 0;
    for (const sentence of record.layers.sentences) {
      expect(sentence.firstToken).toBe(expected);
      expect(tokens[sentence.firstToken]!.start).toBe(sentence.start);
      expect(tokens[sentence.endToken - 1]!.end).toBe(sentence.end);
      expected = sentence.endToken;
    }
    expect(expected).toBe(tokens.length);
  });
});

describe('French tokens', () => {
  it('splits elisions written with a straight apostrophe, but keeps aujourd\'hui', () => {
    expect(surfaces("Aujourd'hui avant l'aube, des attentats à la bombe ont été perpétrés jusqu'à l'est, lorsqu'il faisait nuit.", 'fr'))
      .toEqual(["Aujourd'hui", 'avant', "l'", 'aube', ',', 'des', 'attentats', 'à', 'la', 'bombe', 'ont', 'été', 'perpétrés',
        "jusqu'", 'à', "l'", 'est', ',', "lorsqu'", 'il', 'faisait', 'nuit', '.']);
  });

  it('splits hyphenated inversions and imperative clitics as UD French does', () => {
    expect(surfaces('Que pensez-vous de ce projet, a-t-il demandé ? Donne-moi la réponse, dit-il aux États-Unis.', 'fr'))
      .toEqual(['Que', 'pensez', '-vous', 'de', 'ce', 'projet', ',', 'a', '-t-il', 'demandé', '?', 'Donne', '-moi', 'la',
        'réponse', ',', 'dit', '-il', 'aux', 'États-Unis', '.']);
  });

  it('splits chained imperative clitics and keeps listed exceptions whole', () => {
    expect(surfaces('Donne-le-moi au rendez-vous.', 'fr')).toEqual(['Donne', '-le', '-moi', 'au', 'rendez-vous', '.']);
  });

  it('ends a sentence after a number word that looks like a month abbreviation', () => {
    expect(sentences('Ils étaient sept. Le lendemain, ils étaient huit.', 'fr')).toEqual(['Ils étaient sept.', 'Le lendemain, ils étaient huit.']);
  });

  it('keeps numbers grouped by spaces or NBSP, decimal commas and dates whole; splits clock times at h', () => {
    const passage = corpusPassage('fr', 'La police a effectué plus de 1 000 arrestations.');
    expect(surfaces(passage, 'fr')).toContain('1 000');
    expect(surfaces('Quelques 50\u00a0000 à 100 000 personnes, soit 3,5 %, le 2019-04-08 à 19h30.', 'fr'))
      .toEqual(['Quelques', '50\u00a0000', 'à', '100 000', 'personnes', ',', 'soit', '3,5', '%', ',', 'le', '2019-04-08', 'à', '19', 'h', '30', '.']);
  });

  it('chooses between the article "des" and the contraction "de les" from the word before', () => {
    expect(words('Des informations contradictoires sur la présence des forces américaines.', 'fr'))
      .toEqual(['Des', 'informations', 'contradictoires', 'sur', 'la', 'présence', 'de', 'les', 'forces', 'américaines', '.']);
    expect(words('Au Gabon, ils ont bombardé par hélicoptères.', 'fr').slice(0, 3)).toEqual(['À', 'le', 'Gabon']);
    // after a verb ending, the article; after a noun in -ment, the contraction
    expect(words('Les sources rapportent des protestations contre le gouvernement des États-Unis.', 'fr'))
      .toEqual(['Les', 'sources', 'rapportent', 'des', 'protestations', 'contre', 'le', 'gouvernement', 'de', 'les', 'États-Unis', '.']);
  });

  it('keeps the dot of M. and does not end a sentence there', () => {
    const passage = corpusPassage('fr', 'a affirmé M. Gentiloni avant la cérémonie');
    expect(surfaces(passage, 'fr')).toContain('M.');
    expect(sentences(passage, 'fr').some((s) => s.includes('a affirmé M. Gentiloni avant la cérémonie de signature.'))).toBe(true);
  });

  it('keeps a multi-sentence quotation whole at its end: the closing » stays with its last sentence', () => {
    const passage = corpusPassage('fr', 'C\'était une scène de guerre. »');
    const found = sentences(passage, 'fr');
    expect(found).toContain('Nous marchions dans les débris.');
    expect(found).toContain('C\'était une scène de guerre. »');
    expect(found.some((s) => s.startsWith('Tous les vols'))).toBe(true);
  });

  it('keeps the attribution after a multi-sentence quotation in its last sentence', () => {
    expect(sentences('« Nous resterons. Nous ne partirons pas. », a-t-il dit. Puis il est parti.', 'fr'))
      .toEqual(['« Nous resterons.', 'Nous ne partirons pas. », a-t-il dit.', 'Puis il est parti.']);
  });

  it('does not break before a lower-case attribution after ? or !', () => {
    expect(sentences('« Que faire ? » a-t-il demandé. Personne ne répondit.', 'fr'))
      .toEqual(['« Que faire ? » a-t-il demandé.', 'Personne ne répondit.']);
  });
});

describe('English tokens', () => {
  it('splits clitics into multiword tokens as UD EWT does', () => {
    const passage = corpusPassage('en', "Harris exclaimed, \"Mr. Vice President, I'm speaking.\"");
    const { tokens } = segment(passage, splitParagraphs(passage), 'en');
    const im = tokens.filter((t: Token) => passage.slice(t.start, t.end) === "I'm");
    expect(im.map((t) => t.form)).toEqual(['I', "'m"]);
    expect(words("They don't know John's plan and can't wait.", 'en'))
      .toEqual(['They', 'do', "n't", 'know', 'John', "'s", 'plan', 'and', 'ca', "n't", 'wait', '.']);
  });

  it('keeps U.S. whole, ending a sentence only before a sentence starter', () => {
    const passage = corpusPassage('en', 'posts outside the U.S., many in Asia.');
    expect(surfaces(passage, 'en')).toContain('U.S.');
    expect(sentences('In 1979, revolutionaries captured the U.S. embassy. They took hostages.', 'en'))
      .toEqual(['In 1979, revolutionaries captured the U.S. embassy.', 'They took hostages.']);
    expect(sentences('He lives in the U.S. The others stayed.', 'en')).toEqual(['He lives in the U.S.', 'The others stayed.']);
  });

  it('keeps the dot of a state abbreviation after a hyphen and no break before the lower-case verb after it', () => {
    expect(words('Sen. Johnny Isakson (R-Ga.) said', 'en')).toEqual(['Sen.', 'Johnny', 'Isakson', '(', 'R', '-', 'Ga.', ')', 'said']);
    expect(sentences('Sen. Johnny Isakson (R-Ga.) said he would vote. Rep. John Lewis (D-Ga.). Then he left.', 'en'))
      .toEqual(['Sen. Johnny Isakson (R-Ga.) said he would vote.', 'Rep. John Lewis (D-Ga.).', 'Then he left.']);
  });

  it('does not break after an unlisted abbreviation-like word closing a bracket, but still after a name', () => {
    expect(sentences('Sen. Ben Sasse (R-Nebr.) said no. I met Bob. he said no.', 'en'))
      .toEqual(['Sen. Ben Sasse (R-Nebr.) said no.', 'I met Bob.', 'he said no.']);
  });

  it('keeps a speech tag after a quotation closed by ? or ! in the quotation\'s sentence, as UD does', () => {
    expect(sentences('“Who pays for the wall?” Mr. Trump asked. “Mexico!” the crowd shouted, and he smiled. Nobody laughed.', 'en'))
      .toEqual(['“Who pays for the wall?” Mr. Trump asked.', '“Mexico!” the crowd shouted, and he smiled.', 'Nobody laughed.']);
    expect(sentences('“Is it over?” Sen. Lindsey Graham said, shaking his head.', 'en')).toEqual(['“Is it over?” Sen. Lindsey Graham said, shaking his head.']);
    expect(sentences('“Is it over?” The Senate Finance Committee voted on Tuesday.', 'en'))
      .toEqual(['“Is it over?”', 'The Senate Finance Committee voted on Tuesday.']);
  });

  it('does not break after titles such as Dr. and Mr.', () => {
    const passage = corpusPassage('en', 'director Dr. Anthony Fauci');
    expect(sentences(passage, 'en').some((s) => s.includes('director Dr. Anthony Fauci'))).toBe(true);
  });

  it('keeps numbers, URLs and e-mail addresses whole, without the sentence-final dot', () => {
    expect(surfaces('Over 1,000 rescuers, 1.5 km away, see https://en.wikinews.org/wiki/Main_Page. Write to desk@example.org.', 'en'))
      .toEqual(['Over', '1,000', 'rescuers', ',', '1.5', 'km', 'away', ',', 'see', 'https://en.wikinews.org/wiki/Main_Page', '.',
        'Write', 'to', 'desk@example.org', '.']);
  });

  it('splits hyphenated words except after prefixes UD keeps attached', () => {
    expect(surfaces('His 25-year career was non-stop.', 'en')).toEqual(['His', '25', '-', 'year', 'career', 'was', 'non-stop', '.']);
  });

  it('treats ... and … as one token and a sentence end before a capital', () => {
    expect(sentences('We waited... Nobody came… Then it rained.', 'en')).toEqual(['We waited...', 'Nobody came…', 'Then it rained.']);
  });

  it('keeps a closing curly quote and an attribution with the quotation they close', () => {
    expect(sentences('"We will stay. We will not leave," he said. “We stay.” He left.', 'en'))
      .toEqual(['"We will stay.', 'We will not leave," he said.', '“We stay.”', 'He left.']);
  });

  it('keeps a closing straight quote in the sentence it closes', () => {
    const passage = corpusPassage('en', "I'm speaking.\" A fly landed");
    const found = sentences(passage, 'en');
    expect(found.some((s) => s.endsWith("\"Mr. Vice President, I'm speaking.\""))).toBe(true);
    expect(found.some((s) => s.startsWith('A fly landed'))).toBe(true);
  });
});
