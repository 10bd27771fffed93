import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';

function speakers(text: string, lang: 'fr' | 'en'): { name?: string; type?: string }[] {
  const record = analyze({ text, meta: { origin: { format: 'text' } }, declaredLang: lang });
  return (record.layers.attributions ?? []).map((a) => ({ name: a.speaker?.name, type: a.speaker?.type }));
}

describe('speaker resolution', () => {
  it('resolves a pronoun to the person last named as a subject when no speaker came between', () => {
    const found = speakers("Zach Manoun, arrivé d'un vol en provenance de Genève, a été témoin des événements survenus à l'aéroport. En entrevue avec BFM TV, il a déclaré : « Il y avait du sang partout ».", 'fr');
    expect(found).toEqual([{ name: 'Zach Manoun', type: 'person' }]);
  });

  it('does not take a person named inside what a speaker said for the antecedent of their pronoun', () => {
    const found = speakers('Trump said that Biden could not win. He added that the polls were wrong.', 'en');
    expect(found.map((s) => s.name)).toEqual(['Trump', 'Trump']);
  });

  it('types a titled person as a person, not as the office ("Prime Minister Johnson")', () => {
    const found = speakers('Prime Minister Johnson was questioned about the case at a hospital. He said, "I think everybody agrees."', 'en');
    expect(found.at(-1)).toEqual({ name: 'Johnson', type: 'person' });
  });

  it('reads a nationality before a common noun as a description, not a name ("a Turkish official")', () => {
    const found = speakers('In December, a Turkish official said that the pipeline was illegal. The Turkish statement called for a safe zone.', 'en');
    expect(found).toEqual([{ name: 'a Turkish official', type: 'unnamed' }, { name: 'The Turkish statement', type: 'document' }]);
  });

  it('makes no name of a capitalised common noun opening a sentence or of a possessor, and reads "who" as its antecedent', () => {
    const found = speakers("Protesters said the police fired tear gas. Trump's lawyer said the case was closed. The bill was drafted by Alex Greenwich, who said it would pass.", 'en');
    expect(found).toEqual([{ name: 'Protesters', type: 'unnamed' }, { name: "Trump's lawyer", type: 'person' }, { name: 'Alex Greenwich', type: 'person' }]);
    const police = speakers('The shooting began at 10:39 a.m. local time, according to police, who said officers arrived six minutes later.', 'en');
    expect(police.at(-1)).toEqual({ name: 'police', type: 'government' });
  });

  it('names a body by its head noun and complement, and an entity past its capitals ("l\'Union européenne")', () => {
    const found = speakers("Pour le ministère de l'Intérieur, le bilan est de onze morts. Les États-Unis et l'Union européenne ont condamné l'attaque. Selon le Comité international de la Croix-Rouge, l'évacuation reprendra dimanche.", 'fr');
    expect(found).toEqual([
      { name: "le ministère de l'Intérieur", type: 'government' },
      { name: 'Union européenne', type: 'organisation' },
      { name: 'le Comité international de la Croix-Rouge', type: 'organisation' },
    ]);
  });

  it('knows titles such as "Solicitor General" and "Chancellor": the holder is the speaker, as a person', () => {
    const found = speakers('Solicitor General Jose Calida said the network had violated its franchise. Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia.', 'en');
    expect(found).toEqual([{ name: 'Jose Calida', type: 'person' }, { name: 'Angela Merkel', type: 'person' }]);
  });

  it('gives French titles their role ("la chancelière allemande", "le préfet de police")', () => {
    const record = analyze({ text: "La chancelière allemande Angela Merkel a déclaré que l'accord restait valable. Le préfet de police a indiqué que la manifestation était interdite.", meta: { origin: { format: 'text' } }, declaredLang: 'fr' });
    expect((record.layers.attributions ?? []).map((a) => [a.speaker?.name, a.speaker?.role])).toEqual([['Angela Merkel', 'leader'], ['Le préfet de police', 'official']]);
  });

  it('resolves the stressed pronoun of "selon lui" to the person it stands for', () => {
    const found = speakers('Tom Cotton a critiqué la décision du président. Selon lui, la sécurité nationale est en jeu.', 'fr');
    expect(found.at(-1)).toEqual({ name: 'Tom Cotton', type: 'person' });
  });

  it('takes a person named in apposition to a subject as the antecedent ("Le ministre de la Défense Antoni Macierewicz était présent")', () => {
    const found = speakers('« Chaque famille doit se sentir en sécurité », a déclaré Beata Szydło. Le ministre de la Défense Antoni Macierewicz était également présent à la cérémonie. « Nous avons attendu pour vous très longtemps », a-t-il dit aux troupes.', 'fr');
    expect(found.map((s) => s.name)).toEqual(['Beata Szydło', 'Antoni Macierewicz']);
  });

  it('does not give "elle" a person titled in the masculine ("le ministre … Michel Sapin") but the body that spoke last', () => {
    const found = speakers("Pour le ministre de l'Économie Michel Sapin, le ministère est « hors de cause ». « Il lui appartenait de le dire », ajoute-t-il. Business France a reconnu une irrégularité. « Elle a réagi dès qu'elle en a été informée », précise-t-elle.", 'fr');
    // No person of her gender speaks nearby, so "elle" is the body that spoke just before.
    expect(found.map((s) => s.name)).toEqual(['Michel Sapin', 'Michel Sapin', 'Business France', 'Business France']);
  });

  it('names no one after a time of the saying ("Philippine officials on Thursday", "was on Wednesday reported")', () => {
    const found = speakers("Philippine officials on Thursday said the typhoon had killed 16 people. Ivan's condition was on Wednesday reported to not be life-threatening.", 'en');
    expect(found[0]?.name).toBe('Philippine officials');
    expect(found.slice(1).some((s) => /Wednesday/.test(s.name ?? ''))).toBe(false);
  });

  it('ends an "according to" source at a finite verb when the comma after it is missing', () => {
    const record = analyze({ text: 'Rescuers, working in temperatures well below freezing, according to the emergencies ministry recovered at least ten survivors on Monday.', meta: { origin: { format: 'text' } }, declaredLang: 'en' });
    const according = record.layers.attributions!.find((a) => a.kind === 'according-to')!;
    expect(according.speaker?.name).toBe('the emergencies ministry');
  });

  it('reads an English unnamed source by its head noun, whatever names modify it ("US officials", "a White House spokesman")', () => {
    const found = speakers('US officials said the talks had failed. Two senior Pentagon officials said the strikes would go on. White House spokesman Sean Spicer said nothing.', 'en');
    expect(found).toEqual([
      { name: 'US officials', type: 'unnamed' }, { name: 'Two senior Pentagon officials', type: 'unnamed' }, { name: 'Sean Spicer', type: 'person' },
    ]);
  });

  it('does not resolve "he" to a plural unnamed source', () => {
    const found = speakers('Few people said the plan would work. Mr. Obama ran for the White House in 2008. He said the seas were rising.', 'en');
    expect(found.at(-1)?.name).toBe('Mr. Obama');
  });

  it('types a name right after a person title as a person ("Judge Durham Hall QC"), not a party acronym ("le député LR")', () => {
    expect(speakers('Judge Durham Hall QC said the defendants had shown no respect for the victims.', 'en')).toEqual([{ name: 'Durham Hall QC', type: 'person' }]);
  });

  it('takes a name anywhere below a titled subject as the antecedent ("Le président des États-Unis Donald Trump a réagi … a-t-il écrit")', () => {
    const found = speakers('Le président des États-Unis Donald Trump a immédiatement réagi sur Twitter : « ON SE VOIT AU TRIBUNAL ! », a-t-il écrit.', 'fr');
    expect(found.at(-1)?.name).toBe('Donald Trump');
  });

  it('gives a French participle after a comma the subject of the statement before it (", indiquant …", ", précisant …")', () => {
    const found = speakers('Les États-Unis ont reconnu leur responsabilité dans ces frappes, indiquant les avoir arrêtées après avoir été prévenus par le commandement russe.', 'fr');
    expect(found.map((s) => s.name)).toEqual(['États-Unis', 'États-Unis']);
    const sapin = speakers("Pour le ministre de l'Économie Michel Sapin, le ministère est « hors de cause ». « C'est un dysfonctionnement de Business France », ajoute-t-il, précisant avoir « naturellement missionné l'IGF ».", 'fr');
    expect(sapin.at(-1)?.name).toBe('Michel Sapin');
  });

  it('types a name by the organisation or media noun right before it ("rescue charity Sea-Eye")', () => {
    const found = speakers('According to the rescue charity Sea-Eye, the ship was renamed after Alan Kurdi.', 'en');
    expect(found[0]?.type).toBe('organisation');
  });

  it('reads a relative pronoun as the noun phrase its clause hangs on when no speaker or entity stands before it', () => {
    const found = speakers("Cette victoire est contestée par l'opposition, qui considère qu'il y a eu des fraudes.", 'fr');
    expect(found.at(-1)?.name).toBe("l'opposition");
  });
  it('types plural descriptions by their singular nouns, and a named document by its author ("Certains sondages", "Aid agencies")', () => {
    const fr = speakers("Certains sondages indiquent que le non l'emporterait. La police allemande a affirmé que l'homme était armé. Le parquet fédéral a précisé que l'enquête continuait.", 'fr');
    expect(fr).toEqual([{ name: 'Certains sondages', type: 'document' }, { name: 'La police allemande', type: 'government' }, { name: 'Le parquet fédéral', type: 'government' }]);
    const en = speakers("Aid agencies say the vaccination rate is too low. The Centre for Aviation's database states that the plane belonged to the Air Force. Critics said the plan would fail.", 'en');
    expect(en.map((s) => s.type)).toEqual(['organisation', 'organisation', 'unnamed']);
  });
  it('takes a person named first and set off by a comma as the speaker, not the names of the apposition ("Dianne Feinstein, Democrat of California")', () => {
    const en = speakers('Senator Dianne Feinstein, Democrat of California, said the program was flawed. Hawkins, Blankenship, and Carroll said they would debate.', 'en');
    expect(en.map((s) => s.name)).toEqual(['Dianne Feinstein', 'Carroll']);
    const fr = speakers("François Fillon, le candidat LR à la présidentielle, a déclaré qu'il irait jusqu'au bout.", 'fr');
    expect(fr).toEqual([{ name: 'François Fillon', type: 'person' }]);
  });
  it('reads "it" as a body or document that spoke nearby, never as a person', () => {
    const found = speakers('Mr. Obama said the museum would open in May. It said the exhibits were ready. The Defence Ministry said the talks had failed. It added that troops would stay.', 'en');
    expect(found.map((s) => s.type)).toEqual(['person', 'unknown', 'government', 'government']);
    expect(found[3]?.name).toBe(found[2]?.name);
  });
  it('names a body past the preposition of its name ("the Commission on Presidential Debates", "the Roper Center for Public Opinion Research")', () => {
    const found = speakers('The Commission on Presidential Debates said the debate would go ahead. According to the Roper Center for Public Opinion Research, turnout fell.', 'en');
    expect(found.map((s) => s.name)).toEqual(['Commission on Presidential Debates', 'Roper Center for Public Opinion Research']);
  });
  it('knows parliamentary and religious titles ("MP Philip Hammond", "l\'archevêque de Paris, Michel Aupetit")', () => {
    expect(speakers('MP Philip Hammond said the vote was unlawful.', 'en')).toEqual([{ name: 'Philip Hammond', type: 'person' }]);
    const fr = speakers("L'archevêque de Paris, Michel Aupetit, a déclaré que la cathédrale serait reconstruite.", 'fr');
    expect(fr[0]?.name).toBe('Michel Aupetit');
  });
  it('names persons coordinated in a source together, and reads "they" as a group, a body or such persons nearby, never one person', () => {
    const en = speakers('Paul Ryan said the bill was dead. Members of the Freedom Caucus were blamed. They said the bill was too soft. Mr. Grassley and Mr. Leahy say the program needs changes. It has grown too fast, they say.', 'en');
    expect(en.map((s) => s.name).filter(Boolean)).toEqual(['Paul Ryan', 'They', 'Mr. Grassley and Mr. Leahy', 'Mr. Grassley and Mr. Leahy']);
  });
  it('reads "D\'autres sources", "Diverses sources" as unnamed sources and "l\'Ordre de Malte" as an organisation', () => {
    const found = speakers("D'autres sources affirment que l'attaque a échoué. Diverses sources indiquent que le bilan est lourd. L'Ordre de Malte a affirmé que le grand-maître avait démissionné.", 'fr');
    expect(found.map((s) => s.type)).toEqual(['unnamed', 'unnamed', 'organisation']);
  });
  it('gives "I" inside what someone said that speaker, and leaves a columnist\'s "I" unnamed', () => {
    const transcript = speakers('"WALLACE: If I may, sir, because we’ve got limited time. I want to ask you, will Gennifer Flowers be there?', 'en');
    expect(transcript.map((s) => s.name)).toEqual(['WALLACE', 'WALLACE']);
    const column = speakers('Kevin McKinley said the plan was simple. If you are in that situation, please read the two guides I wrote in 2014.', 'en');
    expect(column.at(-1)?.name).not.toBe('Kevin McKinley');
  });
  it('checks an English pronoun\'s gender against honorifics ("Mr. Sharpton" is no antecedent of "she")', () => {
    const found = speakers('Mrs. Moore said the rally was full. Mr. Sharpton said the crowd was young. She said the mood was good.', 'en');
    expect(found.at(-1)?.name).toBe('Mrs. Moore');
  });
  it('reads persons described without a name as unnamed sources, with the gender of their determiner ("la famille" is no "il")', () => {
    const en = speakers('A young woman said she had waited for hours. The family said the boy was safe.', 'en');
    expect(en.map((s) => s.type)).toEqual(['unnamed', 'unnamed']);
    const fr = speakers("La famille a affirmé dans un communiqué que l'enquête avançait. « Nous attendons », a-t-il ajouté.", 'fr');
    expect(fr[0]?.type).toBe('unnamed');
    expect(fr.at(-1)?.name).not.toBe(fr[0]?.name);
  });
  it('resolves "ce dernier" and "cette dernière" to the last name of their gender a few words back, not to a noun\'s complement', () => {
    const vatican = speakers("Les tensions durent entre l'ordre et le Vatican, après que ce dernier a annoncé une enquête.", 'fr');
    expect(vatican.at(-1)?.name).toBe('Vatican');
    const russia = speakers("Le gouvernement ukrainien a exigé le contrôle de sa frontière avec la Russie. Cette dernière a refusé au motif que cela constituerait un recul.", 'fr');
    expect(russia.at(-1)?.name).toBe('Russie');
    const accords = speakers("Le volet politique des accords de Minsk reste inappliqué. Celui-ci a déclaré qu'il fallait un dialogue.", 'fr');
    expect(accords.map((s) => s.name)).not.toContain('Minsk');
  });
  it('reads a counted group without a name as an unnamed source ("Most candidates", "certains extrémistes", "les pompiers")', () => {
    expect(speakers('Most candidates said that the debate was unfair.', 'en')).toEqual([{ name: 'Most candidates', type: 'unnamed' }]);
    expect(speakers("Certains extrémistes affirment que l'attentat était justifié.", 'fr')[0]?.type).toBe('unnamed');
    expect(speakers("Selon les pompiers, le bâtiment n'était pas aux normes.", 'fr')[0]?.type).toBe('unnamed');
  });
  it('reads a relative pronoun past an age or a preposition ("Thomas Gray, 24, who", "la mère, pour qui")', () => {
    const age = speakers('Another witness was tour manager Thomas Gray, 24, who said that the attacker had a knife.', 'en');
    expect(age.at(-1)?.name).toBe('Thomas Gray');
    const preposition = speakers("« Il s'est introduit dans notre vie », a confié la mère de l'adolescente, pour qui sa fille a été « totalement » manipulée.", 'fr');
    expect(preposition.at(-1)?.name).toBe("la mère de l'adolescente");
  });
  it('finds a French subject past an affiliation or a title set off by commas ("Philippe Bolopion, de Human Rights Watch, précise")', () => {
    const affiliation = speakers('Philippe Bolopion, de Human Rights Watch, précise : « Les autorités feraient mieux d’enquêter. »', 'fr');
    expect(affiliation).toEqual([{ name: 'Philippe Bolopion', type: 'person' }]);
    const title = speakers("Philippe Chalmin, professeur à l'Université Paris Dauphine, affirme que les prix vont baisser.", 'fr');
    expect(title[0]?.name).toBe('Philippe Chalmin');
    const former = speakers("Daniel Floret, ancien président du Comité technique des vaccinations (CTV), estime même qu'elle est impossible.", 'fr');
    expect(former[0]?.name).toBe('Daniel Floret');
    const origin = speakers("Le ministre Jean-Jacques Urvoas, à l'origine de la proposition, récuse toute volonté de « défendre la délinquance ».", 'fr');
    expect(origin[0]?.name).toBe('Jean-Jacques Urvoas');
    const studio = speakers("Le studio autrichien, issu de l'acquisition de la marque THQ par l'équipe Nordic Games, a annoncé qu'il ne viendra pas.", 'fr');
    expect(studio[0]?.name).toBe('Le studio autrichien');
  });
  it('keeps a long subject whole when its conjunction joins two complements ("de la droite et du centre Alain Juppé")', () => {
    const text = "Le candidat à la primaire de la droite et du centre Juppé a annoncé lundi qu'il ne serait pas candidat.";
    const [found] = analyze({ text, meta: { origin: { format: 'text' } }, declaredLang: 'fr' }).layers.attributions ?? [];
    expect(found?.source.map((s) => text.slice(s.start, s.end))).toEqual(['Le candidat à la primaire de la droite et du centre Juppé']);
  });
  it('keeps a capitalised article in an outlet\'s name ("le quotidien économique Les Echos" is Les Échos, not Echos)', () => {
    const found = speakers("Selon le quotidien économique Les Echos, l'ancien banquier prévoit d'importantes économies.", 'fr');
    expect(found[0]).toEqual({ name: 'Les Échos', type: 'media' });
  });
  it('keeps a particle that opens a name of the entities in the name, not in the title ("le général de Gaulle")', () => {
    const found = speakers('Le texte est censuré par le général de Gaulle, qui qualifie Gatti de poète.', 'fr');
    expect(found.at(-1)?.name).toBe('de Gaulle');
  });
});
