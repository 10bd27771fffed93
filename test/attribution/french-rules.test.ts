import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import type { Attribution } from '../../src/record/schema.js';

/** The full French analysis (tags included, as the rules see them in use) of sentences from the Wikinews corpus. */
function attributions(text: string): { found: Attribution[]; show: (spans: Attribution['cue']) => string } {
  const record = analyze({ text, meta: { origin: { format: 'text' } }, declaredLang: 'fr' });
  return { found: record.layers.attributions ?? [], show: (spans) => spans.map((s) => text.slice(s.start, s.end)).join(' … ') };
}

describe('French reporting verbs', () => {
  it('reads an agreeing participle in a passive with its agent', () => {
    const { found, show } = attributions('Des coups de feu auraient été entendus, mais cette information n\'a pas été confirmée par les autorités.');
    const confirmed = found.find((a) => show(a.cue).includes('confirmée'))!;
    expect(show(confirmed.source)).toBe('les autorités');
    expect(show(confirmed.content)).toBe('cette information');
  });

  it('reads an intention from a verb followed by an infinitive', () => {
    const { found, show } = attributions('Désormais, le président compte travailler sur la réforme fiscale, autre grande promesse de sa campagne.');
    expect(found).toHaveLength(1);
    expect(show(found[0]!.source)).toBe('le président');
    expect(show(found[0]!.content)).toBe('travailler sur la réforme fiscale, autre grande promesse de sa campagne');
  });

  it('does not read the noun "compte" as an intention', () => {
    const { found } = attributions('Le gouvernement a tenu compte de ces chiffres pour le budget.');
    expect(found).toHaveLength(0);
  });

  it('starts an infinitive content at its preposition, not at a later complementizer', () => {
    const { found, show } = attributions('Elle précise néanmoins avoir réagi dès qu\'elle a eu connaissance de cette situation.');
    expect(show(found[0]!.content)).toBe('avoir réagi dès qu\'elle a eu connaissance de cette situation');
  });

  it('keeps "à ce que" with the requested clause', () => {
    const { found, show } = attributions('Le président américain Donald Trump a demandé vendredi après-midi à ce que soit retiré le projet de loi.');
    expect(show(found[0]!.content)).toBe('à ce que soit retiré le projet de loi');
  });
});

describe('French speakers', () => {
  it('finds the speaker named after a quotation when a clause follows the name', () => {
    const { found, show } = attributions('« Nous avons appris la leçon, l’Union choisit de repartir », a affirmé M. Gentiloni avant la cérémonie de signature.');
    expect(show(found[0]!.source)).toBe('M. Gentiloni');
    expect(show(found[0]!.content)).toBe('« Nous avons appris la leçon, l’Union choisit de repartir »');
  });

  it('reads "Pour X," as X\'s opinion, but not "Pour la première fois,"', () => {
    const opinion = attributions('Pour Erdogan, il s\'agit d\'« un moment historique ».');
    expect(opinion.show(opinion.found[0]!.cue)).toBe('Pour');
    expect(opinion.show(opinion.found[0]!.source)).toBe('Erdogan');
    expect(opinion.show(opinion.found[0]!.content)).toBe('il s\'agit d\'« un moment historique »');
    expect(attributions('Pour la première fois, le parti a gagné la ville.').found).toHaveLength(0);
  });

  it('takes the noun phrase before an apposed relative clause as the speaker', () => {
    const { found, show } = attributions('James, qui a assisté à la cérémonie, a déclaré que les troupes représentent « l\'engagement fermé de l\'Amérique ».');
    expect(show(found[0]!.source)).toBe('James');
  });

  it('reads the speaker of "Pour X," up to its comma and leaves the sentence adverb out of the content', () => {
    const { found, show } = attributions('Pour le ministre de l\'Économie et des Finances Michel Sapin, cependant, Emmanuel Macron et son cabinet « sont totalement hors de cause ».');
    expect(show(found[0]!.source)).toBe('le ministre de l\'Économie et des Finances Michel Sapin');
    expect(show(found[0]!.content)).toBe('Emmanuel Macron et son cabinet « sont totalement hors de cause »');
  });

  it('finds a verb whose object pronoun follows the subject pronoun', () => {
    const { found, show } = attributions('Même si Donald Trump reste ouvert à une rencontre, il le met en garde contre tout acte « irresponsable ».');
    expect(show(found[0]!.cue)).toBe('met en garde');
    expect(show(found[0]!.source)).toBe('il');
  });

  it('joins two quotations linked by "mais" before the cue into one statement', () => {
    const { found, show } = attributions('« Nous nous sommes arrêtés », mais « nous avons appris la leçon », a affirmé M. Gentiloni.');
    expect(found).toHaveLength(1);
    expect(show(found[0]!.content)).toBe('« Nous nous sommes arrêtés », mais « nous avons appris la leçon »');
  });

  it('ends a noun-phrase content where the writer\'s next clause begins, but not a coordinated verb', () => {
    const toll = attributions('Le premier bilan faisait état de 20 morts et 42 blessés, mais le maire de la ville a ensuite donné un nouveau bilan.');
    expect(toll.show(toll.found[0]!.content)).toBe('de 20 morts et 42 blessés');
    const theft = attributions('Selon Mai Fatty, Jammeh a volé 11,4 millions de dollars, et aurait expédié des véhicules de luxe par avion cargo.');
    expect(theft.show(theft.found[0]!.content)).toBe('Jammeh a volé 11,4 millions de dollars, et aurait expédié des véhicules de luxe par avion cargo');
  });

  it('leaves a participial phrase about the source out of an "according to" content', () => {
    const { found, show } = attributions('Selon le directeur de la discothèque, interrogé par Sky News, les tirs ont débuté vers 2 heures du matin.');
    expect(show(found[0]!.source)).toBe('le directeur de la discothèque');
    expect(show(found[0]!.content)).toBe('les tirs ont débuté vers 2 heures du matin');
  });
});
