import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../src/attribution/stage.js';
import { splitParagraphs } from '../../src/segment/paragraphs.js';
import { sentencesOf } from '../../src/attribution/text-units.js';
import type { Attribution } from '../../src/record/schema.js';

/** Runs the attribution rules alone, over raw text, as they degrade when no other layer is present. */
function attributions(text: string, lang: 'fr' | 'en'): { text: string; found: Attribution[]; show: (spans: Attribution['cue']) => string } {
  const found = findAttributions({ text, lang, meta: { origin: { format: 'text' } }, layers: { paragraphs: splitParagraphs(text) } });
  return { text, found, show: (spans) => spans.map((s) => text.slice(s.start, s.end)).join(' … ') };
}

describe('English attributions (Wikinews corpus sentences)', () => {
  it('reads subject, cue and that-less indirect content', () => {
    const { found, show } = attributions('Fars News said the crash involved pilot error.', 'en');
    expect(found).toHaveLength(1);
    expect(show(found[0]!.source)).toBe('Fars News');
    expect(show(found[0]!.content)).toBe('the crash involved pilot error');
    expect(found[0]!.kind).toBe('indirect');
  });

  it('keeps an apposition with its speaker and reads the title as a role', () => {
    const { found } = attributions('Abdurrahman Mangal, spokesperson for the provincial governor, said the attack had killed twelve and injured twelve more.', 'en');
    expect(found[0]!.speaker).toMatchObject({ name: 'Abdurrahman Mangal', type: 'person', role: 'spokesperson' });
  });

  it('finds an outlet as the source of "according to" and types it as media', () => {
    const { found, show } = attributions('In 2018 another aircraft confused the two airports, performing an emergency go around at "very low height" according to The Aviation Herald.', 'en');
    const according = found.find((a) => a.kind === 'according-to')!;
    expect(show(according.source)).toBe('The Aviation Herald');
    expect(show(according.content)).toMatch(/^In 2018 another aircraft confused the two airports/);
  });

  it('reads a transcript line as its speaker\'s words, over all its sentences, but not a label', () => {
    const { found, show } = attributions('"PENCE: Well, look, this is serious business. The American people have a choice to make.\n\nCorrection: An earlier version misstated the date.', 'en');
    expect(found).toHaveLength(1);
    expect(show(found[0]!.cue)).toBe(':');
    expect(show(found[0]!.source)).toBe('PENCE');
    expect(show(found[0]!.content)).toBe('Well, look, this is serious business. The American people have a choice to make');
  });

  it('reads the speaker of a quotation signed with a dash at the end of its line', () => {
    const { found, show } = attributions('“He can’t even answer a question without scaring people first.” ― Esther Tapia\n“Mostly he promotes hate.”\u00a0― Azucena Gonzàlez.\n\nThe debate ended.', 'en');
    expect(found.map((a) => [show(a.cue), show(a.source), show(a.content)])).toEqual([
      ['―', 'Esther Tapia', '“He can’t even answer a question without scaring people first.”'],
      ['―', 'Azucena Gonzàlez', '“Mostly he promotes hate.”'],
    ]);
  });


  it('joins a quotation interrupted by its cue and source', () => {
    const { found, show } = attributions('“I think this meeting is too little,” Trump said, “and it will not work.”', 'en');
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('direct');
    expect(show(found[0]!.content)).toBe('“I think this meeting is too little,” … “and it will not work.”');
  });

  it('resolves a pronoun to the speaker named before it', () => {
    const { found } = attributions('Abdurrahman Mangal said the attack had killed twelve. He added that the area was sealed off.', 'en');
    expect(found[1]!.speaker).toMatchObject({ name: 'Abdurrahman Mangal', type: 'person' });
    expect(found[1]!.speaker?.resolvedFrom).toBeDefined();
  });

  it('does not take a verb quoted inside someone else\'s words as a new statement', () => {
    const { found } = attributions('A source within the central Interior Ministry reportedly said "I have been told not to make the death toll figures public."', 'en');
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker?.type).toBe('unnamed');
  });
});

describe('French attributions (Wikinews corpus sentences)', () => {
  it('reads an inverted cue after a quotation with an unnamed source', () => {
    const text = '« Après avoir entendu l\'explosion, nous sommes allés sur les lieux », déclare un officier de police. Il ajoute également que des riverains auraient vu des hommes armés.';
    const { found, show } = attributions(text, 'fr');
    expect(found[0]!.kind).toBe('direct');
    expect(found[0]!.speaker).toMatchObject({ type: 'unnamed', description: 'un officier de police' });
    expect(show(found[1]!.content)).toBe('que des riverains auraient vu des hommes armés');
    expect(found[1]!.speaker?.description).toBe('un officier de police');
  });

  it('gives the clitic of "a-t-il ajouté" the speaker of the quote before', () => {
    const text = '« Les dirigeants de Sprint viennent de m’appeler », a déclaré Donald Trump devant sa résidence. « C’est formidable », a-t-il ajouté.';
    const { found, show } = attributions(text, 'fr');
    expect(found).toHaveLength(2);
    expect(show(found[1]!.source)).toBe('il');
    expect(found[1]!.speaker?.name).toBe('Donald Trump');
  });

  it('splits "selon X, …" in the middle of a sentence into both content pieces', () => {
    const text = 'Le bilan, selon l\'Observatoire syrien des droits de l\'homme, s\'élève à cinquante morts.';
    const { found, show } = attributions(text, 'fr');
    expect(found[0]!.kind).toBe('according-to');
    expect(show(found[0]!.content)).toBe('Le bilan … s\'élève à cinquante morts');
    expect(found[0]!.speaker?.name).toBe('Syrian Observatory for Human Rights');
  });

  it('records a denial with its stance', () => {
    const { found } = attributions('L\'armée syrienne a toutefois démenti toute implication.', 'fr');
    expect(found[0]).toMatchObject({ stance: 'denies' });
    expect(found[0]!.speaker?.type).toBe('military');
  });
});
