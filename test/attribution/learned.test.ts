import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import type { Attribution } from '../../src/record/schema.js';
import { dependencyTree, subtree, tokenRuns } from '../../src/attribution/dependency-tree.js';
import { goldCueHeads, learnAttributionModel, type AnnotatedArticle } from '../../src/attribution/learn-model.js';
import { attributionModel } from '../../src/attribution/learned-model.js';
import { argumentCandidates, argumentFeatures, cueFeatures, FeatureBuffer } from '../../src/attribution/learned-features.js';
import { endOptions, startPositions } from '../../src/attribution/learned-frames.js';

function english(text: string): { found: Attribution[]; show: (spans: readonly { start: number; end: number }[]) => string; tokens: NonNullable<ReturnType<typeof analyze>['layers']['tokens']>; article: ReturnType<typeof analyze> } {
  const article = analyze({ text, meta: { origin: { format: 'text' } }, declaredLang: 'en' });
  return {
    found: article.layers.attributions ?? [], article, tokens: article.layers.tokens,
    show: (spans) => spans.map((s) => text.slice(s.start, s.end)).join(' … '),
  };
}

/** A tree given by hand, one [word, head (-1: root), deprel, UPOS] per token, so a test of the features does not hang on what the parser makes of its sentence. */
function handTree(rows: readonly [string, number, string, string][]): { text: string; tree: ReturnType<typeof dependencyTree> } {
  let text = '';
  const tokens = rows.map(([form, head, deprel, upos]) => {
    if (text.length > 0 && upos !== 'PUNCT') text += ' ';
    const start = text.length;
    text += form;
    return { start, end: text.length, upos, deprel, ...(head >= 0 ? { head } : {}) };
  });
  return { text, tree: dependencyTree(tokens, text) };
}

describe('learned English attributions', () => {
  it('ships an English model and none for French', () => {
    expect(attributionModel('en')).not.toBeNull();
    expect(attributionModel('fr')).toBeNull();
  });

  it('types a bare plural like "Officials" or "Witnesses" opening a sentence as an unnamed source, not a name', () => {
    const { found } = english('Officials said the bridge would reopen in May. Witnesses said the fire spread quickly. The Working Families Party said it would endorse her.');
    expect(found.map((a) => a.speaker?.type)).toEqual(['unnamed', 'unnamed', 'organisation']);
  });

  it('names no one "General" in "the Attorney General", and does not take "the president and" for a title of Congress', () => {
    const general = english('The Attorney General said on Tuesday that the inquiry would continue.');
    expect(general.found[0]!.speaker?.name).not.toBe('General');
    const { found } = english('President Donald Trump said on Friday that he may declare an emergency. The government is shut because the president and Congress could not agree on a budget. The President insists that the budget include the wall.');
    expect(found.at(-1)!.speaker?.name).toBe('Donald Trump');
  });

  it('names the person before an apposition, not the body in its prepositional phrase ("Sharif Hotak, of the … council")', () => {
    const { found } = english('Sharif Hotak, of the Maidan Wardak provincial council, described witnessing 35 bodies in one hospital. "The explosion was very powerful," he said.');
    expect(found.map((a) => a.speaker?.name)).toEqual(['Sharif Hotak', 'Sharif Hotak']);
    const gordon = english('Philippine Red Cross chair Richard Gordon, in remarks to the BBC, said "A lot of people have lost their homes".');
    expect(gordon.found[0]!.speaker).toMatchObject({ name: 'Richard Gordon', type: 'person' });
    const { found: others } = english('Robert Mugabe has died, according to current president Emmerson Mnangagwa on Friday. United States Senator from Vermont Bernie Sanders said he would vote.');
    expect(others.map((a) => a.speaker?.name)).toEqual(['Emmerson Mnangagwa', 'Bernie Sanders']);
  });

  it('names the person after a title, the title in the source as PolNeAR marks it ("United States Senator Bernie Sanders said")', () => {
    for (const [text, name, source] of [
      ['United States Senator Bernie Sanders said he would vote.', 'Bernie Sanders', 'United States Senator Bernie Sanders'],
      ['Senator Bernie Sanders said he would vote.', 'Bernie Sanders', 'Senator Bernie Sanders'],
      ['U.S. Secretary of State Mike Pompeo said the talks would resume.', 'Mike Pompeo', 'U.S. Secretary of State Mike Pompeo'],
      ['White House press secretary Josh Earnest said the president would veto the bill.', 'Josh Earnest', 'White House press secretary Josh Earnest'],
    ] as const) {
      const { found, show } = english(text);
      expect(found[0]!.speaker?.name, text).toBe(name);
      expect(show(found[0]!.source), text).toBe(source);
    }
  });

  it('reads a capitalised quantifier opening a sentence as no name ("One of the victims said")', () => {
    const { found } = english('One of the victims said the men thought they were "nothing".');
    expect(found[0]!.speaker?.name).toBe('One of the victims');
    expect(found[0]!.speaker?.type).not.toBe('person');
  });

  it('finds cues outside the reporting-verb lexicon, with subject and object from the parse', () => {
    const { found, show } = english('A new poll shows that most voters distrust both candidates.');
    expect(found).toHaveLength(1);
    expect(show(found[0]!.cue)).toBe('shows');
    expect(show(found[0]!.content)).toBe('that most voters distrust both candidates');
    expect(show(found[0]!.source)).toBe('A new poll');
  });

  it('finds the speaker of a cue after a party abbreviation in parentheses (the splitter keeps "(R-Ga.) said" in one sentence)', () => {
    const { found, show } = english('Sen. David Perdue (R-Ga.) said he did not believe the report. He left.');
    expect(found).toHaveLength(1);
    expect(show(found[0]!.cue)).toBe('said');
    expect(show(found[0]!.source)).toContain('David Perdue');
  });

  it('gives the preposition after the cue to the cue ("called for")', () => {
    const { found, show } = english('The senator called for a complete repeal of the law.');
    expect(show(found[0]!.cue)).toBe('called for');
    expect(show(found[0]!.content)).toBe('a complete repeal of the law');
  });

  it('gives the preposition after the cue to the cue when a piece of the content comes before the cue', () => {
    const { found, show } = english('Mr. Smith, who was accused of fraud, resigned.');
    expect(show(found[0]!.cue)).toBe('accused of');
    expect(show(found[0]!.content)).toBe('who … fraud');
  });

  it('takes what opens the line before a colon cue as its speaker ("Poll: …")', () => {
    const { found, show } = english('Poll: Clinton and Trump in dead heat heading into first debate');
    expect(found).toHaveLength(1);
    expect(show(found[0]!.cue)).toBe(':');
    expect(show(found[0]!.source)).toBe('Poll');
    expect(show(found[0]!.content)).toBe('Clinton and Trump in dead heat heading into first debate');
  });

  it('leaves the speaker opening the line out of a colon cue\'s content ("OK Gov Fallin: …")', () => {
    const { found, show } = english('OK Gov Fallin: Trump Is ‘Trying To Campaign As A Racial Healer,’ ‘That Has Been Part Of His Message.’');
    const colon = found.find((a) => show(a.cue) === ':')!;
    expect(show(colon.source)).toBe('OK Gov Fallin');
    expect(show(colon.content)).not.toContain('Fallin');
  });

  it('starts a reported clause after the addressee or the medium the cue names first', () => {
    const told = english('The governor told reporters on Thursday that taxes will rise next year.');
    expect(told.show(told.found[0]!.content)).toBe('that taxes will rise next year');
    const email = english('The mayor said in an email that the bridge would reopen in May.');
    expect(email.show(email.found[0]!.content)).toBe('that the bridge would reopen in May');
  });

  it('offers the end model a content whole or cut before each subtree on its right edge', () => {
    const text = 'Officials said that the storm had damaged the bridge, which was repaired last year.';
    const { tokens } = english(text);
    const tree = dependencyTree(tokens, text);
    const said = tokens.findIndex((t) => text.slice(t.start, t.end) === 'said');
    const complement = tree.children[said]!.find((c) => tokens[c]!.deprel === 'ccomp')!;
    const words = subtree(tree, complement);
    const ends = endOptions(tree, words, words.map(() => false)).map((o) => tokenRuns(tree, words.slice(0, o.keep)).map((s) => text.slice(s.start, s.end)).join(''));
    expect(ends).toEqual([
      'that the storm had damaged the bridge, which was repaired last year',
      'that the storm had damaged the bridge',
      'that the storm had damaged the bridge, which was repaired',
    ]);
    // Only a content after its cue may start later, and it keeps at least its last token.
    expect(startPositions(words, said)).toEqual(words.slice(0, -1));
    expect(startPositions(words, words[words.length - 1]! + 1)).toEqual([]);
  });

  it('tells the role model which of the cue\'s objects or clauses a candidate after the cue follows ("thanked supporters | at a rally")', () => {
    const { tree } = handTree([
      ['The', 1, 'det', 'DET'], ['senator', 2, 'nsubj', 'NOUN'], ['thanked', -1, 'root', 'VERB'], ['supporters', 2, 'obj', 'NOUN'],
      ['at', 6, 'case', 'ADP'], ['a', 6, 'det', 'DET'], ['rally', 2, 'obl', 'NOUN'], ['.', 2, 'punct', 'PUNCT'],
    ]);
    const thanked = 2;
    const candidates = argumentCandidates(tree, thanked, new Set([thanked]), { first: 0, end: tree.tokens.length });
    const read = (relation: string, template: string, value: string) => {
      const candidate = candidates.find((c) => c.relation === relation);
      expect(candidate, `a ${relation} candidate`).toBeDefined();
      const features = new FeatureBuffer();
      argumentFeatures(tree, thanked, candidate!, () => 'O', new Float32Array(tree.tokens.length), features);
      const expected = new FeatureBuffer();
      expected.add(template, value);
      return [...features.values.subarray(0, features.count)].includes(expected.values[0]!);
    };
    expect(read('child:obl', 'rel+afterArgument', 'child:obl obj')).toBe(true);
    expect(read('child:obj', 'rel+afterArgument', 'child:obj -')).toBe(true);
  });

  it('tells the cue model how far below a likely cue a word lies ("said he believes": "believes" reports nothing of its own)', () => {
    const text = 'Officials said he believes the plan will fail.';
    const { tokens } = english(text);
    const tree = dependencyTree(tokens, text);
    const at = (form: string) => tokens.findIndex((t) => text.slice(t.start, t.end) === form);
    const cueLemmas = new Map([['say', [40, 50] as const]]);
    const reads = (i: number, value: string) => {
      const features = new FeatureBuffer();
      cueFeatures(tree, i, { first: 0, end: tokens.length }, text, false, () => 'O', cueLemmas, features);
      const expected = new FeatureBuffer();
      expected.add('reportingAncestor', value);
      return [...features.values.subarray(0, features.count)].includes(expected.values[0]!);
    };
    const believes = at('believes');
    expect(tokens[believes]!.head, 'the parse hangs "believes" from "said"').toBe(at('said'));
    expect(reads(believes, `1 ${tokens[believes]!.deprel} ${tokens[believes]!.upos}`)).toBe(true);
    expect(reads(at('said'), `none ${tokens[at('said')]!.upos}`)).toBe(true);
  });

  it('offers a title and the name the parse made two subjects of the cue as one source candidate ("United States Senator | from | Vermont Bernie Sanders said")', () => {
    const { text, tree } = handTree([
      ['United', 1, 'amod', 'VERB'], ['States', 2, 'compound', 'PROPN'], ['Senator', 7, 'nsubj', 'PROPN'], ['from', 7, 'mark', 'ADP'],
      ['Vermont', 7, 'nsubj', 'PROPN'], ['Bernie', 4, 'flat', 'PROPN'], ['Sanders', 4, 'flat', 'PROPN'], ['said', -1, 'root', 'VERB'],
      ['he', 10, 'nsubj', 'PRON'], ['would', 10, 'aux', 'AUX'], ['vote', 7, 'ccomp', 'VERB'], ['.', 7, 'punct', 'PUNCT'],
    ]);
    const candidates = argumentCandidates(tree, 7, new Set([7]), { first: 0, end: tree.tokens.length });
    const spans = (relation: string) => candidates.filter((c) => c.relation === relation).map((c) => tokenRuns(tree, c.tokens).map((s) => text.slice(s.start, s.end)).join(' … '));
    expect(spans('child:nsubj')).toEqual(['United States Senator from Vermont Bernie Sanders']);
    expect(spans('child:mark')).toEqual([]);
    // Punctuation between two subjects (a quotation the parse took for one, then its speaker) keeps them apart.
    const quoted = handTree([
      ['"', 5, 'punct', 'PUNCT'], ['Taxes', 5, 'nsubj', 'NOUN'], [',', 5, 'punct', 'PUNCT'], ['"', 5, 'punct', 'PUNCT'],
      ['Obama', 5, 'nsubj', 'PROPN'], ['said', -1, 'root', 'VERB'], ['.', 5, 'punct', 'PUNCT'],
    ]);
    expect(argumentCandidates(quoted.tree, 5, new Set([5]), { first: 0, end: quoted.tree.tokens.length }).map((c) => c.tokens)).toEqual([[1], [4]]);
  });

  it('ends a content before a dash that opens what follows it, and keeps a dash that closes an aside inside it', () => {
    const opened = english('The senator seems to recognize her weakness on foreign policy — she said on Monday.');
    const said = opened.found.find((a) => opened.show(a.cue) === 'said')!;
    expect(opened.show(said.content)).toBe('The senator seems to recognize her weakness on foreign policy');
    const closed = english('Cuts to the school budget — and how deep they will go — were announced by the board on Monday.');
    expect(closed.show(closed.found[0]!.content)).toBe('Cuts to the school budget — and how deep they will go —');
  });

  it('ends a content before the cue of another statement coordinated with it (a word has one role in one attribution)', () => {
    const warned = english('The governor said the new budget would cut taxes and warned that schools could lose funding.');
    expect(warned.found.map((a) => [warned.show(a.cue), warned.show(a.content)])).toEqual([
      ['said', 'the new budget would cut taxes'],
      ['warned', 'that schools could lose funding'],
    ]);
    const promised = english('Officials said the storm damaged the bridge and vowed to rebuild it by winter.');
    expect(promised.show(promised.found[0]!.content)).toBe('the storm damaged the bridge');
  });

  it('gives no word two roles: a cue inside the content of another statement yields to the cue the model is surer of', () => {
    const { found } = english('Trump said that Cruz had lied about his record and called him a liar.');
    expect(found.length).toBeGreaterThan(0);
    for (const a of found) {
      for (const b of found) if (a !== b) expect(b.content.some((c) => c.start <= a.cue[0]!.start && a.cue[0]!.start < c.end)).toBe(false);
    }
  });

  it('gives a statement the parse hangs from a reported clause the speaker of that clause, not its subject', () => {
    const promised = english('Officials said the storm damaged the bridge and vowed to rebuild it by winter.');
    expect(promised.found.map((a) => [promised.show(a.cue), promised.show(a.source)])).toEqual([['said', 'Officials'], ['vowed', 'Officials']]);
    const adding = english('The mayor said the bridge would reopen in May, adding that repairs had cost more than expected.');
    expect(adding.found.map((a) => a.speaker?.name)).toEqual(['The mayor', 'The mayor']);
  });

  it('continues a quotation in the sentence after its cue', () => {
    const { found, show } = english('“We will win this state,” the governor told reporters in Ohio. “Nobody can stop us.”');
    expect(found).toHaveLength(1);
    expect(found[0]!.content.map((s) => show([s]))).toEqual(['“We will win this state,”', '“Nobody can stop us.”']);
    expect(found[0]!.kind).toBe('direct');
    expect(found[0]!.speaker?.name).toBe('the governor');
  });

  it('continues a quotation in the next paragraph, after the sentence of its cue, unless a cue of its own claims it', () => {
    const { found, show } = english('“We will win this state,” the governor told reporters in Ohio on Monday, a day before the vote.\n\n“Nobody can stop us.”\n\nThe polls open at seven.');
    expect(found.map((a) => a.content.map((s) => show([s])))).toEqual([['“We will win this state,”', '“Nobody can stop us.”']]);
    const claimed = english('“We will win this state,” the governor said.\n\n“Nobody can stop us,” she added.');
    expect(claimed.found.map((a) => claimed.show(a.content))).toEqual(['“We will win this state,”', '“Nobody can stop us,”']);
  });

  it('gives a clause ending in a colon the passage on the next line, and its object to nobody ("released the following statement:")', () => {
    const { found, show } = english('The senator released the following statement:\n\n“We mourn a friend. He served his state with honour.”\n\nThe funeral is on Friday.');
    const statement = found.find((a) => show(a.cue).startsWith('released'));
    expect(statement && show(statement.content)).toBe('“We mourn a friend. He served his state with honour.”');
    const said = english('Trump said:\n\nRussia, if you are listening, find the emails.\n\nThe crowd cheered.');
    expect(said.found.map((a) => said.show(a.content))).toContain('Russia, if you are listening, find the emails');
  });
});

describe('learning from gold attributions', () => {
  const text = 'The mayor said that taxes will rise. Officials denied the report.';

  it('keys gold attributions by the token heading their cue', () => {
    const { tokens } = english(text);
    const tree = dependencyTree(tokens, text);
    const said = text.indexOf('said');
    const heads = goldCueHeads(tree, [{ cue: [{ start: said, end: said + 4 }], content: [{ start: said + 5, end: text.indexOf('.') }], source: [{ start: 0, end: 9 }] }]);
    const [head] = [...heads.keys()];
    expect(text.slice(tokens[head!]!.start, tokens[head!]!.end)).toBe('said');
    // The clausal complement of "said" is its reported content.
    const complement = tree.children[head!]!.find((c) => tokens[c]!.deprel === 'ccomp')!;
    expect(tokenRuns(tree, subtree(tree, complement)).map((s) => text.slice(s.start, s.end))).toEqual(['that taxes will rise']);
  });

  it('trains the same weights for the same seed', () => {
    const { article } = english(text);
    const denied = text.indexOf('denied');
    const gold: AnnotatedArticle = {
      text, layers: article.layers,
      attributions: [{ cue: [{ start: denied, end: denied + 6 }], content: [{ start: denied + 7, end: text.length - 1 }], source: [{ start: text.indexOf('Officials'), end: denied - 1 }] }],
    };
    const first = learnAttributionModel([gold, gold], { seed: 7, epochs: 2 });
    const second = learnAttributionModel([gold, gold], { seed: 7, epochs: 2 });
    expect(Buffer.from(first.cues.serialize()).equals(Buffer.from(second.cues.serialize()))).toBe(true);
    expect(Buffer.from(first.roles.serialize()).equals(Buffer.from(second.roles.serialize()))).toBe(true);
    expect(Buffer.from(first.starts.serialize()).equals(Buffer.from(second.starts.serialize()))).toBe(true);
    expect(Buffer.from(first.ends.serialize()).equals(Buffer.from(second.ends.serialize()))).toBe(true);
    // What it learned: "denied" heads a cue, "mayor" does not.
    const tree = dependencyTree(article.layers.tokens, text);
    const isCue = (word: string) => {
      const i = article.layers.tokens.findIndex((t) => text.slice(t.start, t.end) === word);
      const sentence = article.layers.sentences.find((s) => s.firstToken <= i && i < s.endToken)!;
      const range = { first: sentence.firstToken, end: sentence.endToken };
      const features = new FeatureBuffer();
      cueFeatures(tree, i, range, text, false, () => 'O', first.cueLemmas, features);
      return first.cues.predict(features.values, features.count) === 1;
    };
    expect(isCue('denied')).toBe(true);
    expect(isCue('mayor')).toBe(false);
    // The lemma back-off ships the cue counts of the lemmas that headed a cue: both articles' "denied".
    expect([...first.cueLemmas]).toEqual([['deny', [2, 2]]]);
  });
});
