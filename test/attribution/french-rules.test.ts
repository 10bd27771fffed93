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

  it('reads a passive whose agent follows a time of the saying, and no statement in a pronoun praised', () => {
    const { found, show } = attributions('La mort de l\'acteur a été annoncée hier par sa famille. Elle est saluée par ses collègues. Il avait été vivement critiqué par l\'opposition.');
    const announced = found.find((a) => show(a.cue).includes('annoncée'))!;
    expect(show(announced.source)).toBe('sa famille');
    expect(show(announced.content)).toBe('La mort de l\'acteur');
    expect(found.some((a) => show(a.cue).includes('saluée'))).toBe(false);
    expect(show(found.find((a) => show(a.cue).includes('critiqué'))!.content)).toBe('Il');
  });

  it('reads the subject before an object relative set off by commas, and ends the relative\'s statement at the main verb', () => {
    const { found, show } = attributions("Shekau, que l'armée nigériane a à plusieurs reprises affirmé avoir tué, revendique aussi des attaques commises cette semaine.");
    const claims = found.find((a) => show(a.cue) === 'revendique')!;
    expect(show(claims.source)).toBe('Shekau');
    expect(show(claims.content)).toMatch(/^des attaques commises/);
    expect(show(found.find((a) => show(a.cue).includes('affirmé'))!.content)).toBe('avoir tué');
  });

  it('reads the subject before a relative clause that holds commas of its own', () => {
    const { found, show } = attributions("Le manager de Manchester United, José Mourinho, qui a dépensé 105 millions d'euros pour signer Paul Pogba, et une taxe de 75 millions d'euros pour signer Romelu Lukaku, a déclaré : « Chers sont ceux qui entrent dans ce niveau. »");
    expect(show(found.find((a) => show(a.cue) === 'a déclaré')!.source)).toBe('José Mourinho');
  });

  it('leaves the dash after a dateline out of the subject', () => {
    const { found, show } = attributions("21 septembre 2017. – Florian Philippot, qui est depuis des années le numéro deux du parti, a annoncé qu'il quitte le parti.");
    expect(show(found.find((a) => show(a.cue) === 'a annoncé')!.source)).toBe('Florian Philippot');
  });

  it('reads the subject past an aside naming some of its members ("dont deux policiers")', () => {
    const { found, show } = attributions("Plusieurs témoins, dont deux policiers, ont affirmé que le tireur était seul.");
    expect(show(found.find((a) => show(a.cue) === 'ont affirmé')!.source)).toBe('Plusieurs témoins');
  });

  it('skips a long occasion set off by commas between the verb and its clause', () => {
    const { found, show } = attributions("Le chef du groupe avait affirmé, dans une autre conversation enregistrée également le 22 mars, que « si je prête serment demain, je suis obligé » de tuer.");
    expect(show(found.find((a) => show(a.cue) === 'avait affirmé')!.content)).toMatch(/^que « si je prête serment demain/);
  });

  it('keeps a de-phrase as the content when the clause after its comma belongs to another verb', () => {
    const { found, show } = attributions("D'autres observateurs ont douté du caractère accidentel de la frappe, comme le quotidien libanais L'Orient-Le Jour qui note que la frappe visait une position fixe.");
    expect(show(found.find((a) => show(a.cue) === 'ont douté')!.content)).toBe('du caractère accidentel de la frappe');
    expect(show(found.find((a) => show(a.cue) === 'note')!.content)).toBe('que la frappe visait une position fixe');
  });

  it('ends a content before a contrast and does not read its "que" as the verb\'s', () => {
    const { found, show } = attributions('Le porte-parole a déclaré que deux soldats avaient été tués, tandis que la presse locale fait mention de cinq morts. Des militants se sont rassemblés pour réclamer la libération du journaliste tandis qu\'un autre groupe occupait la place.');
    expect(show(found.find((a) => show(a.cue) === 'a déclaré')!.content)).toBe('que deux soldats avaient été tués');
    expect(show(found.find((a) => show(a.cue) === 'fait mention')!.content)).toBe('de cinq morts');
    expect(show(found.find((a) => show(a.cue) === 'réclamer')!.content)).toMatch(/^la libération du journaliste/);
  });

  it('reads an intention from a verb followed by an infinitive', () => {
    const { found, show } = attributions('Désormais, le président compte travailler sur la réforme fiscale, autre grande promesse de sa campagne.');
    expect(found).toHaveLength(1);
    expect(show(found[0]!.source)).toBe('le président');
    expect(show(found[0]!.content)).toBe('travailler sur la réforme fiscale, autre grande promesse de sa campagne');
  });

  it('reads a charge without an agent, with no source', () => {
    const { found, show } = attributions('Les États-Unis ont expulsé 35 diplomates russes accusés d\'espionnage et ont sanctionné les services de renseignements russes.');
    const charge = found.find((a) => show(a.cue) === 'accusés')!;
    expect(charge.source).toHaveLength(0);
    expect(show(charge.content)).toBe('d\'espionnage');
  });

  it('does not read a reflexive verb that only reports without "se" ("s\'explique par")', () => {
    const { found } = attributions('Cet échec s\'explique en particulier par la mauvaise volonté des élus du Freedom Caucus.');
    expect(found).toHaveLength(0);
  });

  it('opens with a present participle and reads what it says up to the comma', () => {
    const { found, show } = attributions('Affirmant qu\'il n\'existait pas de chiffres officiels pour la foule de vendredi, il a critiqué la comparaison faite par les médias.');
    const claim = found.find((a) => show(a.cue) === 'Affirmant')!;
    expect(show(claim.content)).toBe('qu\'il n\'existait pas de chiffres officiels pour la foule de vendredi');
  });

  it('ends a quoted content where a gerund tells what the speaker did', () => {
    const { found, show } = attributions('Juncker ajoute qu\' « il y a des signatures qui durent » en paraphant la « déclaration de Rome » avec le même stylo.');
    expect(show(found[0]!.content)).toBe('qu\' « il y a des signatures qui durent »');
  });

  it('does not read a declaration of a state as a statement', () => {
    const { found } = attributions('Le gouverneur de Floride a déclaré l\'état d\'urgence dans le comté d\'Orange.');
    expect(found).toHaveLength(0);
  });

  it('reads a colon after the addressee as the opening of the quotation', () => {
    const { found, show } = attributions('Il a lancé à ceux voulant quitter l’Union : « Il y en a qui veulent quitter l’Europe ? »');
    expect(show(found[0]!.source)).toBe('Il');
    expect(show(found[0]!.content)).toBe('« Il y en a qui veulent quitter l’Europe ? »');
  });

  it('reads a quotation after the colon that follows a complement as a second statement', () => {
    const { found, show } = attributions('À l\'inverse, le sénateur républicain Tom Cotton dénonce le verdict : « Aucun étranger n\'a de droit constitutionnel d\'entrée aux États-Unis ».');
    expect(found.map((a) => show(a.cue))).toEqual(['dénonce', ':']);
    expect(show(found[0]!.content)).toBe('le verdict');
    expect(show(found[1]!.content)).toBe('« Aucun étranger n\'a de droit constitutionnel d\'entrée aux États-Unis »');
  });

  it('leaves a quotation after a colon to the cue that follows it', () => {
    const { found, show } = attributions('Il a affirmé être déterminé à poursuivre le combat : « aucune attaque ne peut affaiblir la lutte de la Turquie », écrit-il ainsi sur Twitter.');
    expect(found.map((a) => show(a.cue))).not.toContain(':');
  });

  it('reads "se présente comme" as a claim, but not "s\'est présenté devant la presse"', () => {
    const claim = attributions('Nouveau venu sur la scène politique, il se présente comme incarnant une nouvelle génération de responsables politiques.');
    expect(claim.show(claim.found[0]!.content)).toBe('comme incarnant une nouvelle génération de responsables politiques');
    expect(attributions('Le porte-parole s\'est présenté devant la presse samedi soir.').found).toHaveLength(0);
  });

  it('leaves a short time phrase closing a noun-phrase content out of it', () => {
    const { found, show } = attributions('Les juges ont confirmé, dans un verdict unanime, la destitution de la présidente Park Geun-hye, ce vendredi.');
    expect(show(found[0]!.content)).toBe('la destitution de la présidente Park Geun-hye');
    const long = attributions('Certains commentateurs voient la polémique comme un contre-feu aux lignes prônées par Trump pendant sa campagne et dans son discours d\'investiture.');
    expect(long.show(long.found[0]!.content)).toMatch(/dans son discours d'investiture$/);
  });

  it('reports nothing when the subject is "rien", but keeps "une personne"', () => {
    expect(attributions('Les circonstances n\'ont pas été expliquées et rien n\'indique qu\'il puisse s\'agir d\'un acte hostile.').found).toHaveLength(0);
    const { found, show } = attributions('Une personne a affirmé que les tirs ont débuté vers 2 heures du matin.');
    expect(show(found[0]!.source)).toBe('Une personne');
  });

  it('does not read "compte" as an intention when it is a noun', () => {
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

  it('types a secretary-general or a prosecutor-general as a person, and only "le général X" as military', () => {
    const { found } = attributions('Le secrétaire général des Nations unies a déclaré mardi que la situation restait grave. Le général Martin a affirmé que les troupes resteraient. Le procureur général a indiqué que l\'enquête continuait.');
    expect(found.map((a) => [a.speaker?.type, a.speaker?.role])).toEqual([['person', 'official'], ['military', 'military officer'], ['person', 'prosecutor']]);
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

  it('reads two coordinated sources after "selon" and leaves a relative clause about the source out of the content', () => {
    const both = attributions('L\'évacuation devrait reprendre dimanche selon le Comité international de la Croix-Rouge et un responsable rebelle.');
    expect(both.show(both.found[0]!.source)).toBe('le Comité international de la Croix-Rouge et un responsable rebelle');
    const { found, show } = attributions('Ce décret vise à « empêcher de remplacer les postes vacants », selon Spicer, qui ajoute que « cela ne s’applique pas au personnel militaire ».');
    const according = found.find((a) => show(a.cue) === 'selon')!;
    expect(show(according.content)).toBe('Ce décret vise à « empêcher de remplacer les postes vacants »');
  });

  it('gives an infinitive after "pour" the subject of the main clause', () => {
    const { found, show } = attributions('Donald Trump a profité de cette prise de parole pour critiquer la presse.');
    expect(show(found[0]!.source)).toBe('Donald Trump');
    expect(show(found[0]!.content)).toBe('la presse');
  });

  it('reads a sentence that opens with a quotation as the speaker\'s up to the inverted cue', () => {
    const { found, show } = attributions('« Nous ferons en sorte » qu\'il « ne soit pas au détriment de l’Europe », a-t-il prévenu.');
    expect(show(found[0]!.content)).toBe('« Nous ferons en sorte » qu\'il « ne soit pas au détriment de l’Europe »');
  });

  it('keeps a coordinated subject in an "according to" content', () => {
    const { found, show } = attributions('Selon l\'IGF, Business France, ou certains de ses salariés, « pourraient être incriminés ».');
    expect(show(found[0]!.source)).toBe('l\'IGF');
    expect(show(found[0]!.content)).toBe('Business France, ou certains de ses salariés, « pourraient être incriminés »');
  });

  it('does not take a fronted time adjunct for the content', () => {
    const { found, show } = attributions('Plus tôt dans l\'après-midi, le nouveau président, Donald Trump, a lui aussi accusé les médias à l\'occasion d\'un discours à la CIA.');
    expect(show(found[0]!.content)).toMatch(/^les médias/);
  });

  it('leaves a participial phrase about the source out of an "according to" content', () => {
    const { found, show } = attributions('Selon le directeur de la discothèque, interrogé par Sky News, les tirs ont débuté vers 2 heures du matin.');
    expect(show(found[0]!.source)).toBe('le directeur de la discothèque');
    expect(show(found[0]!.content)).toBe('les tirs ont débuté vers 2 heures du matin');
  });
});

describe('French reporting syntax seen first on quotes-fr-3', () => {
  it('reads any verb inverted with its clitic after a quotation as the cue', () => {
    const { found, show } = attributions('« Il y a d\'abord l\'allégeance à l\'État Islamique. On a aussi des substances explosives en cours de fabrication », détaille-t-il.');
    expect(found).toHaveLength(1);
    expect(show(found[0]!.source)).toBe('il');
    expect(show(found[0]!.content)).toBe('« Il y a d\'abord l\'allégeance à l\'État Islamique. On a aussi des substances explosives en cours de fabrication »');
  });

  it('does not report the writer\'s "il faut dire que" nor what was done "sans en avertir"', () => {
    expect(attributions('Il faut dire que la frappe a de quoi surprendre.').found).toHaveLength(0);
    expect(attributions('En janvier dernier, il avait effectué un voyage en Algérie, sans en avertir la justice.').found).toHaveLength(0);
  });

  it('keeps an infinitive governed by a reporting verb in its content and ends the first content at the coordinated verb', () => {
    const { found, show } = attributions('Le Pentagone a également précisé qu\'il visait l’État islamique et dit regretter les pertes en vies humaines.');
    expect(found.map((a) => show(a.content))).toEqual(['qu\'il visait l’État islamique', 'regretter les pertes en vies humaines']);
  });

  it('leaves an order adverb after the verb out of the content', () => {
    const { found, show } = attributions('Les séparatistes et la Russie demandent d\'abord l\'application d\'une loi sur le statut du Donbass.');
    expect(show(found[0]!.content)).toBe('l\'application d\'une loi sur le statut du Donbass');
  });

  it('finds the subject across a discourse adverb between commas, and the inverted speaker after an adverb', () => {
    const kurds = attributions('Les Kurdes, cependant, considèrent l\'offensive comme une déclaration de guerre du côté irakien.');
    expect(kurds.show(kurds.found[0]!.source)).toBe('Les Kurdes');
    const mother = attributions('« Il nous a tous manipulés. », a confié pour sa part la mère de l\'adolescente.');
    expect(mother.show(mother.found[0]!.source)).toBe('la mère de l\'adolescente');
  });

  it('reads "selon ce qu\'a confié X à Y" as one cue, after a semicolon, without the addressee or an apposition', () => {
    const { found, show } = attributions('Les trois suspects ont été mis en examen mardi soir ; ils ont ensuite été placés en détention provisoire, selon ce qu\'a confié une source judiciaire à l’Agence France-Presse.');
    expect(show(found[0]!.cue)).toBe('selon ce qu\'a confié');
    expect(show(found[0]!.source)).toBe('une source judiciaire');
    expect(show(found[0]!.content)).toBe('ils ont ensuite été placés en détention provisoire');
    const friend = attributions('« Il nous avait raconté qu\'il s\'était fait arrêter à l\'aéroport », selon ce qu\'a confié Rodrigue, ami de Thomas Sauret, à l\'AFP.');
    expect(friend.show(friend.found[0]!.content)).toBe('« Il nous avait raconté qu\'il s\'était fait arrêter à l\'aéroport »');
  });

  it('keeps the clause an inverted cue reports whole, with the statement nested in it', () => {
    const { found, show } = attributions('L\'IGF, qui contrôle les dépenses de Bercy, a ensuite affirmé que la transaction avait eu lieu, conclut l\'agence.');
    const agency = found.find((a) => show(a.cue) === 'conclut')!;
    expect(show(agency.source)).toBe('l\'agence');
    expect(show(agency.content)).toBe('L\'IGF, qui contrôle les dépenses de Bercy, a ensuite affirmé que la transaction avait eu lieu');
    expect(show(found.find((a) => show(a.cue).includes('affirmé'))!.content)).toBe('que la transaction avait eu lieu');
  });

  it('reads a present participle after a comma forwards and a cue in parentheses up to their close', () => {
    const us = attributions('Les États-Unis ont reconnu leur responsabilité dans ces frappes, indiquant les avoir arrêtées.');
    expect(us.show(us.found.find((a) => us.show(a.cue) === 'indiquant')!.content)).toBe('les avoir arrêtées');
    const father = attributions('L\'adolescente, fâchée avec son père (c\'est lui qui a signalé sa radicalisation), est entrée en contact avec Malik Hammami.');
    expect(father.show(father.found.find((a) => father.show(a.cue) === 'a signalé')!.content)).toBe('sa radicalisation');
  });

  it('takes a gerund\'s speaker from the main clause, not from a fronted subordinate clause', () => {
    const { found, show } = attributions('Alors que le président russe Vladimir Poutine annonce le soutien de son pays au président syrien, Barack Obama a immédiatement réagi en dénonçant le régime et ses alliés russes.');
    const gerund = found.find((a) => show(a.cue) === 'dénonçant')!;
    expect(gerund.speaker?.name).toBe('Barack Obama');
  });

  it('does not read "selon" before a norm or a name as a source', () => {
    expect(attributions('L\'organisation État islamique (Daech selon son acronyme arabe) a subi d\'importants revers.').found).toHaveLength(0);
    const { found, show } = attributions('Le pays ne pouvait pas organiser l\'événement selon les règles, ce qui n\'a pas été fait, ajoute-t-il.');
    expect(found.map((a) => show(a.cue))).toEqual(['ajoute-t-il']);
  });

  it('reads refusals, doubts, designations and "laisser entendre" with their complements', () => {
    const refused = attributions('Les séparatistes ont ainsi refusé que des partis politiques soutenant des bataillons de volontaires puissent participer.');
    expect(refused.show(refused.found[0]!.content)).toBe('que des partis politiques soutenant des bataillons de volontaires puissent participer');
    const doubted = attributions('D\'autres observateurs ont douté du caractère accidentel de la frappe.');
    expect(doubted.show(doubted.found[0]!.source)).toBe('D\'autres observateurs');
    const polls = attributions('Certains sondages laissent entendre qu\'elle pourrait capter une grande partie des voix du MHP.');
    expect(polls.show(polls.found[0]!.content)).toBe('qu\'elle pourrait capter une grande partie des voix du MHP');
  });

  it('does not read an intention verb after a quotation as an inverted cue', () => {
    const { found } = attributions('Le « İyi Parti », en français le « Bon parti », compte déjà cinq députés dans la Grande Assemblée nationale.');
    expect(found).toHaveLength(0);
  });

  it('reads ", pour qui" as an opinion whose source is the relative pronoun, ending the "d\'après" content before it', () => {
    const { found, show } = attributions('Il s\'agit de la troisième attaque contre des personnels humanitaires depuis le début du mois dans le pays, d\'après l’ONU, pour qui c\'est aussi la plus meurtrière contre des humanitaires.');
    expect(found.map((a) => [show(a.cue), show(a.source), show(a.content)])).toEqual([
      ['d\'après', 'l’ONU', 'Il s\'agit de la troisième attaque contre des personnels humanitaires depuis le début du mois dans le pays'],
      ['pour', 'qui', 'c\'est aussi la plus meurtrière contre des humanitaires'],
    ]);
  });

  it('does not report fears the writer ascribes ("il craint d\'être marginalisé")', () => {
    expect(attributions('Exclu des négociations, il craint ainsi d\'être marginalisé.').found).toHaveLength(0);
  });

  it('reads a condemnation of something named', () => {
    const { found, show } = attributions('Le président de la Commission de l\'Union africaine Moussa Faki ainsi que le président français Emmanuel Macron ont condamné les attentats.');
    expect(found.map((a) => [show(a.cue), show(a.content)])).toEqual([['ont condamné', 'les attentats']]);
  });

  it('extends an opening "Pour X," speaker over an apposition set off before a quotation', () => {
    const { found, show } = attributions('Pour le président du Centre d\'analyse du terrorisme, Jean-Charles Brisard, « on est face à des individus déterminés, radicalisés et surtout avec un projet d\'attentat très avancé ».');
    expect(show(found[0]!.source)).toBe('le président du Centre d\'analyse du terrorisme, Jean-Charles Brisard');
    expect(show(found[0]!.content)).toBe('« on est face à des individus déterminés, radicalisés et surtout avec un projet d\'attentat très avancé »');
  });

  it('reads the charge after the agent of a French passive accusation', () => {
    const { found, show } = attributions('L\'Ukraine est ainsi régulièrement accusée par la Russie de ne pas vouloir appliquer les accords politiques de Minsk.');
    expect(show(found[0]!.source)).toBe('la Russie');
    expect(show(found[0]!.content)).toBe('de ne pas vouloir appliquer les accords politiques de Minsk');
  });

  it('ends a quotation content before a present participle set off by a comma', () => {
    const { found, show } = attributions('Il en a enfin appelé à des « initiatives européennes pour renforcer la protection », prenant pour exemples « l\'interconnexion des fichiers ».');
    expect(show(found[0]!.content)).toBe('à des « initiatives européennes pour renforcer la protection »');
  });

  it('ends a content at the writer\'s subordinate clause after a quotation or a phrase, not at a participle qualifying a noun in it', () => {
    const source = attributions('Une source proche du dossier ajoute que « les enquêteurs pensent qu\'un passage à l\'acte était prévu », même si les enquêteurs pensent que les suspects voulaient frapper Paris.');
    expect(source.show(source.found[0]!.content)).toBe('que « les enquêteurs pensent qu\'un passage à l\'acte était prévu »');
    const report = attributions('Ce signalement préoccupant faisait état d\'un homme soupçonné de vouloir se rendre en France par le Thalys.');
    expect(report.show(report.found[0]!.content)).toBe('d\'un homme soupçonné de vouloir se rendre en France par le Thalys');
  });

  it('leaves a date before the object out of the content, and reads a trailing "d\'après" content from the colon', () => {
    const announced = attributions('Ankara a alors pointé le long travail de déminage puis a annoncé officiellement le 16 septembre l\'offensive vers al-Bab.');
    expect(announced.show(announced.found.find((a) => announced.show(a.cue) === 'a annoncé')!.content)).toBe('l\'offensive vers al-Bab');
    const toll = attributions('Le bilan s\'est rapidement alourdi : il est fait état d\'au moins 27 morts, d\'après le ministère de la Santé du pays.');
    expect(toll.show(toll.found.find((a) => toll.show(a.cue) === 'd\'après')!.content)).toBe('il est fait état d\'au moins 27 morts');
  });

  it('keeps a reporting infinitive after a request\'s addressee inside the request', () => {
    const { found, show } = attributions('Le gouvernement espagnol de Mariano Rajoy demande aux autorités catalanes de préciser rapidement leur position.');
    expect(found.map((a) => show(a.cue))).toEqual(['demande']);
  });

  it('ends a noun-phrase content before a comparison set off by a comma', () => {
    const { found, show } = attributions('D\'autres observateurs ont douté du caractère accidentel de la frappe, comme le quotidien libanais L\'Orient-Le Jour.');
    expect(show(found[0]!.content)).toBe('du caractère accidentel de la frappe');
  });

  it('reads a passive judgement with its attribute, the agent on either side of it as the source', () => {
    const seen = attributions('Le projet de loi est vu par de nombreux syndicats comme une menace pour les retraites.');
    expect(seen.found).toHaveLength(1);
    expect(seen.show(seen.found[0]!.source)).toBe('de nombreux syndicats');
    expect(seen.show(seen.found[0]!.content)).toBe('Le projet de loi … comme une menace pour les retraites');
    const judged = attributions('Le ministre a retiré une réforme considérée comme injuste par les syndicats.');
    const reform = judged.found.find((a) => judged.show(a.cue) === 'considérée')!;
    expect(judged.show(reform.source)).toBe('les syndicats');
    expect(judged.show(reform.content)).toBe('comme injuste');
  });

  it('reads an agentless judgement with no source, but not inside the writer\'s own reminder', () => {
    const { found, show } = attributions('Ce traité est également considéré comme le plus ambitieux de la décennie.');
    expect(found).toHaveLength(1);
    expect(found[0]!.source).toHaveLength(0);
    expect(show(found[0]!.content)).toBe('Ce traité … comme le plus ambitieux de la décennie');
    expect(attributions('Rappelons que ce pays est considéré comme l\'un des plus pauvres du continent.').found).toHaveLength(0);
  });

  it('ends an attribute after a relative object pronoun at its comma', () => {
    const { found, show } = attributions('Il critique un système judiciaire qu\'il considère comme partial, depuis sa condamnation en appel.');
    expect(show(found.find((a) => show(a.cue) === 'considère')!.content)).toBe('comme partial');
  });

  it('keeps an enumeration in a charge and ends it where a clause with a verb begins', () => {
    const { found, show } = attributions('Les miliciens ont été accusés de vols, d\'incendies et d\'exécutions sommaires, a indiqué l\'organisation.');
    const charge = found.find((a) => show(a.cue) === 'accusés')!;
    expect(show(charge.content)).toBe('de vols, d\'incendies et d\'exécutions sommaires');
  });

  it('reads "y voir" as a stated reading and an estimate with "évaluer … à"', () => {
    const reading = attributions('Plusieurs analystes y voient un signe de faiblesse du régime.');
    expect(reading.show(reading.found[0]!.source)).toBe('Plusieurs analystes');
    expect(reading.show(reading.found[0]!.content)).toBe('un signe de faiblesse du régime');
    const estimate = attributions('L\'organisation évalue en 2019 les dégâts à plusieurs millions d\'euros.');
    expect(estimate.show(estimate.found[0]!.content)).toBe('les dégâts à plusieurs millions d\'euros');
  });

  it('leaves a month and year before an infinitive out of the content', () => {
    const { found, show } = attributions('Le syndicat annonce en mars 2019 avoir obtenu une hausse des salaires.');
    expect(show(found[0]!.content)).toBe('avoir obtenu une hausse des salaires');
  });

  it('reads a threat only with what is threatened, not a road under threat', () => {
    expect(attributions('Le 16 janvier, le groupe menace la route reliant la ville à l\'aéroport.').found).toHaveLength(0);
    const { found, show } = attributions('Le syndicat menace de bloquer les raffineries du pays.');
    expect(show(found[0]!.content)).toBe('de bloquer les raffineries du pays');
  });

  it('does not read a verb without a clause of its own as inverted after a comma', () => {
    expect(attributions('La chaîne qatarie, Al Jazeera, a diffusé un long reportage sur la ville.').found).toHaveLength(0);
  });

  it('does not read a past infinitive giving a reason, nor one that is a statement\'s content', () => {
    expect(attributions('Il a été condamné à dix ans de prison pour avoir voulu frapper un policier.').found).toHaveLength(0);
    const { found, show } = attributions('Les deux hommes ont affirmé avoir voulu aider les victimes.');
    expect(found.map((a) => show(a.cue))).toEqual(['ont affirmé']);
  });

  it('reads "selon" past a relative clause describing its source', () => {
    const { found, show } = attributions('Selon les premiers témoignages qui circulent, trois immeubles se sont effondrés.');
    expect(show(found[0]!.source)).toBe('les premiers témoignages');
    expect(show(found[0]!.content)).toBe('trois immeubles se sont effondrés');
  });

  it('keeps adjectives set off by commas in the subject', () => {
    const { found, show } = attributions('Plusieurs sources, policières ou judiciaires, affirment que le suspect a été arrêté.');
    expect(show(found[0]!.source)).toBe('Plusieurs sources, policières ou judiciaires');
  });

  it('reads no speaker in "pour la première fois"', () => {
    expect(attributions('Ainsi, pour la première fois de l\'histoire de la Ve République, aucun des deux partis ne sera présent.').found).toHaveLength(0);
  });

  it('ends a reported infinitive before a conjunction and a finite verb, and reads adverbs between auxiliary and participle', () => {
    const { found, show } = attributions('Les rebelles annoncent avoir repris trois villages et s\'emparent ensuite de la citadelle.');
    expect(show(found[0]!.content)).toBe('avoir repris trois villages');
    const accused = attributions('Les Afghans ont eux-mêmes souvent accusé les Pakistanais de soutenir les talibans.');
    expect(accused.show(accused.found[0]!.source)).toBe('Les Afghans');
  });

  it('keeps a title with a ministry or an employer as the description, not as a name', () => {
    const office = attributions('« La situation est sous contrôle », a assuré le ministre de l\'Intérieur devant les députés.');
    expect(office.found[0]!.speaker).toMatchObject({ name: 'le ministre de l\'Intérieur', role: 'minister' });
    const un = attributions('Le secrétaire général de l\'ONU a appelé les deux camps à un cessez-le-feu immédiat.');
    expect(un.found[0]!.speaker?.name).toBe('Le secrétaire général de l\'ONU');
    const lawyer = attributions('L\'avocat de Jean Dupont a affirmé que son client n\'était pas sur les lieux.');
    expect(lawyer.found[0]!.speaker?.name).toBe('L\'avocat de Jean Dupont');
  });

  it('names the person who holds a title with a ministry, written with or without a comma, and resolves the title later', () => {
    const { found } = attributions('Le ministre de l\'Intérieur Gérald Martin a annoncé jeudi l\'envoi de renforts à Marseille. '
      + 'Le ministre de l\'Intérieur a précisé que deux cents policiers arriveraient dès lundi.');
    expect(found[0]!.speaker).toMatchObject({ name: 'Gérald Martin', title: 'Le ministre de l\'Intérieur' });
    expect(found[1]!.speaker).toMatchObject({ name: 'Gérald Martin', title: 'Le ministre de l\'Intérieur' });
    expect(found[1]!.speaker?.resolvedFrom).toBeDefined();
  });

  it('takes a name with a long apposed description as the subject', () => {
    const { found, show } = attributions('Claire Morel, directrice générale adjointe de l\'Agence régionale de santé de la métropole de Lyon, '
      + 'a assuré que les stocks de vaccins étaient suffisants.');
    expect(show(found[0]!.source)).toBe('Claire Morel, directrice générale adjointe de l\'Agence régionale de santé de la métropole de Lyon');
    expect(found[0]!.speaker?.name).toBe('Claire Morel');
  });

  it('resolves a relative-pronoun speaker to the noun phrase it stands for', () => {
    const opinion = attributions('« Il n\'a rien vu venir », a confié l\'avocat du jeune homme, pour qui son client a été manipulé.');
    const forWhom = opinion.found.find((a) => opinion.show(a.cue) === 'pour')!;
    expect(opinion.show(forWhom.source)).toBe('qui');
    expect(forWhom.speaker?.name).toBe('l\'avocat du jeune homme');
    const relative = attributions('La télévision a repris les propos du ministre de l\'Intérieur, Gérald Martin, qui a critiqué la décision des juges.');
    expect(relative.found.find((a) => relative.show(a.cue) === 'a critiqué')!.speaker?.name).toBe('Gérald Martin');
  });

  it('leaves where something was said out of a noun-phrase content', () => {
    const ruling = attributions('La cour d\'appel a confirmé la suspension du décret dans un arrêt rendu jeudi.');
    expect(ruling.show(ruling.found[0]!.content)).toBe('la suspension du décret');
    const speech = attributions('Le maire a critiqué les promoteurs à l\'occasion d\'un discours devant le conseil municipal.');
    expect(speech.show(speech.found[0]!.content)).toBe('les promoteurs');
  });

  it('reads a persuasion with its addressee and what they were brought to do', () => {
    const { found, show } = attributions('Le syndicat a finalement convaincu la direction de renoncer au plan social.');
    expect(show(found[0]!.source)).toBe('Le syndicat');
    expect(show(found[0]!.content)).toBe('la direction de renoncer au plan social');
  });

  it('reads a noting verb followed by a complementizer', () => {
    const { found, show } = attributions('Mais surtout, le quotidien note ensuite que la reconquête de la zone rouvrirait la frontière.');
    expect(show(found[0]!.source)).toBe('le quotidien');
    expect(show(found[0]!.content)).toBe('que la reconquête de la zone rouvrirait la frontière');
  });

  it('reads proposals and the provisions of a text', () => {
    const proposal = attributions('Le Japon a surpris en proposant un cessez-le-feu de trente jours.');
    expect(proposal.show(proposal.found[0]!.content)).toBe('un cessez-le-feu de trente jours');
    const provision = attributions('Le conseil examine un projet de loi qui prévoit la fermeture des centrales à charbon.');
    expect(provision.show(provision.found[0]!.content)).toBe('la fermeture des centrales à charbon');
  });

  it('does not read a verb whose object is the noun its relative clause describes', () => {
    expect(attributions('Les villageois n\'ont jamais reçu l\'aide qu\'ils avaient demandé à la préfecture.').found).toHaveLength(0);
    const own = attributions('C\'est la première fois que les syndicats appellent les salariés à cesser le travail.');
    expect(own.show(own.found[0]!.source)).toBe('les syndicats');
    expect(own.show(own.found[0]!.content)).toBe('les salariés à cesser le travail');
  });

  it('ends a source named after its verb before an adjunct of the saying', () => {
    const { found, show } = attributions('« Nous ne céderons pas », a martelé le ministre de l\'Intérieur devant les députés.');
    expect(show(found[0]!.source)).toBe('le ministre de l\'Intérieur');
    expect(show(found[0]!.content)).toBe('« Nous ne céderons pas »');
  });

  it('reads compound reflexive statements and voiced concern', () => {
    const pleased = attributions('« C\'est une victoire pour la démocratie », s\'est félicité le chef de l\'opposition.');
    expect(pleased.show(pleased.found[0]!.source)).toBe('le chef de l\'opposition');
    const ready = attributions('Le président turc s\'est dit prêt à rencontrer son homologue russe.');
    expect(ready.show(ready.found[0]!.content)).toBe('prêt à rencontrer son homologue russe');
    const worried = attributions('L\'ONU s\'inquiète de la dégradation de la situation humanitaire au Yémen.');
    expect(worried.show(worried.found[0]!.source)).toBe('L\'ONU');
  });

  it('finds the subject before participial asides and lists of examples', () => {
    const { found, show } = attributions('Le rapport, publié jeudi par la commission, conclut que les normes n\'ont pas été respectées.');
    expect(show(found[0]!.source)).toBe('Le rapport');
  });

  it('cuts the statement where it was made even after an accented noun', () => {
    const { found, show } = attributions('Le groupe a revendiqué l\'attaque dans un communiqué diffusé sur Telegram.');
    expect(show(found[0]!.content)).toBe('l\'attaque');
  });

  it('reads "selon" past a relative clause set off by commas when the sentence opens with it', () => {
    const { found, show } = attributions('Selon les autorités locales, qui ont requis l\'anonymat, le bilan pourrait encore s\'alourdir.');
    expect(show(found[0]!.source)).toBe('les autorités locales');
    expect(show(found[0]!.content)).toBe('le bilan pourrait encore s\'alourdir');
  });

  it('ends an object content before the subject\'s next act', () => {
    const { found, show } = attributions('Les élus de l\'opposition ont dénoncé « une mascarade » et ont quitté l\'hémicycle.');
    expect(show(found[0]!.content)).toBe('« une mascarade »');
  });

  it('does not read a verb after a subject with a participial aside as inverted', () => {
    const text = attributions('Le texte, adopté par 320 voix contre 200, prévoit une hausse de la TVA.');
    expect(text.show(text.found[0]!.source)).toBe('Le texte');
    expect(text.show(text.found[0]!.content)).toBe('une hausse de la TVA');
    const official = attributions('Un responsable américain, s\'exprimant sous couvert d\'anonymat, a confirmé la frappe.');
    expect(official.show(official.found[0]!.source)).toBe('Un responsable américain');
  });

  it('reads "ce que dément X" as X denying the clause before it', () => {
    const { found, show } = attributions('Les rebelles affirment contrôler la majeure partie de la ville, ce que dément l\'armée.');
    const claim = found.find((a) => show(a.cue) === 'affirment')!;
    const denial = found.find((a) => show(a.cue) === 'dément')!;
    expect(show(claim.content)).toBe('contrôler la majeure partie de la ville');
    expect(show(denial.source)).toBe('l\'armée');
    expect(show(denial.content)).toBe('Les rebelles affirment contrôler la majeure partie de la ville');
  });

  it('finds an inverted subject past an addressee and a time', () => {
    const told = attributions('L\'incendie a été maîtrisé dans la nuit, a indiqué à l\'AFP un porte-parole des pompiers.');
    expect(told.show(told.found[0]!.source)).toBe('un porte-parole des pompiers');
    const announced = attributions('« Je ne me représenterai pas », a annoncé dimanche soir le maire de Lyon, Gérard Collomb.');
    expect(announced.show(announced.found[0]!.source)).toBe('le maire de Lyon, Gérard Collomb');
  });

  it('reads no opinion in "Pour X," followed by a list without a verb', () => {
    expect(attributions('Pour la Belgique, Philippe Martin, président du parti socialiste francophone.').found).toHaveLength(0);
  });

  it('reads a concession with its infinitive and a wish in the conditional', () => {
    const conceded = attributions('Il a concédé avoir aidé à transporter les armes.');
    expect(conceded.show(conceded.found[0]!.content)).toBe('avoir aidé à transporter les armes');
    expect(attributions('Il reste beaucoup à concéder, comme l\'autonomie des régions.').found).toHaveLength(0);
    const wish = attributions('Le président souhaiterait un représentant de l\'opposition.');
    expect(wish.show(wish.found[0]!.content)).toBe('un représentant de l\'opposition');
  });

  it('keeps the subject of quoted predicates in the content before an inverted verb', () => {
    const { found, show } = attributions('M. Martin «faisait une erreur sérieuse s\'il comptait sur une immunité», a expliqué Mme Arbour.');
    expect(show(found[0]!.content)).toBe('M. Martin «faisait une erreur sérieuse s\'il comptait sur une immunité»');
  });

  it('leaves an opening connective, a resuming noun phrase and a cause out of the content', () => {
    const connective = attributions('En outre, «les avions ont frappé fort», selon un communiqué de l\'Alliance.');
    expect(connective.show(connective.found[0]!.content)).toBe('«les avions ont frappé fort»');
    const resumed = attributions('Belgrade affirmait hier accepter les principes du G8, une annonce accueillie avec prudence à Paris.');
    expect(resumed.show(resumed.found[0]!.content)).toBe('accepter les principes du G8');
    const cause = attributions('Le chancelier s\'est dit prêt à coopérer avec l\'opposition, à la suite de la défaite de son parti.');
    expect(cause.show(cause.found[0]!.content)).toBe('prêt à coopérer avec l\'opposition');
  });

  it('reads no stated reading in an impersonal "on y voit", and reads "pointer du doigt"', () => {
    expect(attributions('Sur la vidéo, on y voit une grande explosion au niveau du sol.').found).toHaveLength(0);
    const { found, show } = attributions('Dans leur lettre, les habitants pointent du doigt l\'inaction de la mairie.');
    expect(show(found[0]!.source)).toBe('les habitants');
    expect(show(found[0]!.content)).toBe('l\'inaction de la mairie');
  });

  it('reads the complement of an inverted clitic after an opening adverb', () => {
    const { found, show } = attributions('Aussi menacent-ils de porter plainte contre le maire.');
    expect(show(found[0]!.source)).toBe('ils');
    expect(show(found[0]!.content)).toBe('de porter plainte contre le maire');
  });

  it('reads an inversion whose comma was left out', () => {
    const { found, show } = attributions('La piste criminelle aurait été écartée a fait savoir la police locale.');
    expect(show(found[0]!.source)).toBe('la police locale');
    expect(show(found[0]!.content)).toBe('La piste criminelle aurait été écartée');
  });

  it('keeps a prepositional phrase in a source after "d\'après"', () => {
    const { found, show } = attributions('D\'après les secours dépêchés sur les lieux du drame, il n\'y aurait aucun survivant.');
    expect(show(found[0]!.source)).toBe('les secours dépêchés sur les lieux du drame');
    expect(show(found[0]!.content)).toBe('il n\'y aurait aucun survivant');
  });

  it('reads "qualifié de" without an agent as a charge and ends the statement before it', () => {
    const { found, show } = attributions('Les élus ont également condamné cet attentat, qualifié de « lâche et barbare ».');
    expect(show(found.find((a) => show(a.cue) === 'ont … condamné')!.content)).toBe('cet attentat');
    expect(show(found.find((a) => show(a.cue) === 'qualifié')!.content)).toBe('de « lâche et barbare »');
  });

  it('reads a participle after "en effet" between auxiliary and participle', () => {
    const { found, show } = attributions('Les afficheurs ont en effet considéré la campagne comme trop polémique.');
    expect(show(found[0]!.source)).toBe('Les afficheurs');
    expect(show(found[0]!.content)).toBe('la campagne comme trop polémique');
  });

  it('reads no statement in a scare-quoted name after a verb that reports only quotations, nor in an adjectival participle', () => {
    expect(attributions('L\'association a décidé de lancer un « dispositif de guérilla marketing » dans les rues.').found).toHaveLength(0);
    expect(attributions('Elle gère parfaitement un circuit exigeant en augmentant les écarts.').found).toHaveLength(0);
  });

  it('reads a quotation right after an addressee and leaves reference marks out', () => {
    const told = attributions('À son arrestation, il déclare à la police « Il fallait le faire. »');
    expect(told.show(told.found[0]!.content)).toBe('« Il fallait le faire. »');
    const estimate = attributions('On estime la transaction à 532 millions de dollars [2].');
    expect(estimate.show(estimate.found[0]!.content)).toBe('la transaction à 532 millions de dollars');
  });

  it('reads forecasts and what a speaker points to, but not "cela dit" nor a bar pointing somewhere', () => {
    const forecast = attributions('L\'organisme prévoit une hausse du chômage entre 2017 et 2019.');
    expect(forecast.show(forecast.found[0]!.content)).toBe('une hausse du chômage entre 2017 et 2019');
    const pointed = attributions('Le syndicat pointe surtout les effets de la réforme sur les salaires.');
    expect(pointed.show(pointed.found[0]!.content)).toBe('les effets de la réforme sur les salaires');
    expect(attributions('La barre de recherche pointe vers son moteur de recherche.').found).toHaveLength(0);
    expect(attributions('Cela dit, les partenaires sociaux ne parviennent pas à se mettre d\'accord.').found).toHaveLength(0);
  });

  it('reads a listed participle in "-ée" after a noun as an adjective, not a present tense', () => {
    expect(attributions('L\'augmentation annoncée de 6 % des recettes ne manque pas de surprendre.').found).toHaveLength(0);
  });
});

describe('French attribution on unseen WiNER-fr text (fifth round)', () => {
  it('reads new reporting verbs, a ruling with its clause but not a decision to act, and "prévenir" only as a warning', () => {
    const decried = attributions('L\'un des avocats des deux requérants a ainsi décrié des contrôles décidés « systématiquement » dans certains quartiers.');
    expect(decried.show(decried.found[0]!.source)).toBe('L\'un des avocats des deux requérants');
    const put = attributions('Une étude publiée par la revue Nature Astronomy a avancé que les trous noirs dévoreraient plus souvent les étoiles.');
    const claim = put.found.find((a) => put.show(a.cue) === 'a avancé')!;
    expect(put.show(claim.content)).toBe('que les trous noirs dévoreraient plus souvent les étoiles');
    const ruled = attributions('Finalement la justice suisse a décidé que les restes du monarque seront enterrés à Meyrin.');
    expect(ruled.show(ruled.found[0]!.content)).toBe('que les restes du monarque seront enterrés à Meyrin');
    expect(attributions('En 2016, SeaWorld a décidé d\'arrêter son programme d\'élevage d\'orques.').found).toHaveLength(0);
    expect(attributions('Il distribuait des préservatifs afin de prévenir des contaminations.').found).toHaveLength(0);
  });

  it('joins an auxiliary to its participle across an adjunct set off by commas', () => {
    const { found, show } = attributions('Ce dernier aurait, par courriel, expliqué avoir été limogé car jugé trop « libéral ».');
    expect(show(found[0]!.cue)).toBe('aurait … expliqué');
    expect(show(found[0]!.source)).toBe('Ce dernier');
    expect(show(found[0]!.content)).toBe('avoir été limogé car jugé trop « libéral »');
  });

  it('reads "ce dernier" before its verb as the subject, not an inversion', () => {
    const { found, show } = attributions('Cette démission est le dénouement de deux mois de tensions, après que ce dernier a ordonné une enquête interne.');
    expect(show(found[0]!.source)).toBe('ce dernier');
    expect(show(found[0]!.content)).toBe('une enquête interne');
  });

  it('ends a content at a present participle set off by a comma, and a quotation at a comma with no verb after it', () => {
    const rejected = attributions('Le collectif a également rejeté l\'idée d\'envoyer une délégation, estimant que le président ne s\'est pas intéressé à eux.');
    expect(rejected.show(rejected.found[0]!.content)).toBe('l\'idée d\'envoyer une délégation');
    expect(rejected.show(rejected.found[1]!.content)).toBe('que le président ne s\'est pas intéressé à eux');
    const explained = attributions('Nicolas Naudinot explique que « les rayons ont été gravés après la tête de l’animal », le dessin ayant ensuite été rehaussé par un pigment.');
    expect(explained.show(explained.found[0]!.content)).toBe('que « les rayons ont été gravés après la tête de l’animal »');
  });

  it('keeps an apposition before a quotation in an opening "selon" source, and skips "depuis longtemps" and "à tort" in a verb group', () => {
    const according = attributions('Selon Alain de Tonquédec, vice-président de l’association française des membres de l’Ordre, « l’Ordre est une victime collatérale ».');
    expect(according.show(according.found[0]!.source)).toBe('Alain de Tonquédec, vice-président de l’association française des membres de l’Ordre');
    expect(according.show(according.found[0]!.content)).toBe('« l’Ordre est une victime collatérale »');
    const passive = attributions('Cette pratique est depuis longtemps dénoncée par des associations.');
    expect(passive.show(passive.found[0]!.content)).toBe('Cette pratique');
    const wrong = attributions('La police avait à tort annoncé au départ qu\'elle était due à une bombe.');
    expect(wrong.show(wrong.found[0]!.source)).toBe('La police');
  });

  it('skips a stressed pronoun set off after the verb, and reads an agentless passive that closes its clause', () => {
    const claim = attributions('Fillon estime, lui, être victime d\'une enquête « exclusivement à charge ».');
    expect(claim.show(claim.found[0]!.content)).toBe('être victime d\'une enquête « exclusivement à charge »');
    const reported = attributions('Au moins 5 morts et 13 blessés ont été rapportés. L\'assaillant a été arrêté.');
    expect(reported.found).toHaveLength(1);
    expect(reported.show(reported.found[0]!.content)).toBe('Au moins 5 morts et 13 blessés');
    expect(reported.found[0]!.source).toHaveLength(0);
    expect(attributions('L\'attentat n\'a pas été revendiqué.').found).toHaveLength(0);
  });

  it('leaves a fronted time adjunct out of the subject, and reads no label in "qualifiés d\'office"', () => {
    const { found, show } = attributions('Le jour même, l’EI a revendiqué ces deux attentats.');
    expect(show(found[0]!.source)).toBe('l’EI');
    expect(attributions('L\'Ukraine est qualifiée d\'office en tant que pays organisateur.').found).toHaveLength(0);
    const labelled = attributions('Le pilote, qualifié de « héros », a été décoré.');
    expect(labelled.show(labelled.found[0]!.content)).toBe('de « héros »');
  });

  it('reads the subject past a place relative, a long parenthesis or an added member, and no one in an impersonal remark', () => {
    const minister = attributions('Rana Sanaullah, ministre de la Justice de la province du Pendjab où se situe Lahore, a précisé que l’explosion est un accident.');
    expect(minister.show(minister.found[0]!.source)).toContain('Rana Sanaullah');
    const system = attributions('Le système PAGER (Prompt Assessment of Global Earthquakes for Response) prédit des conséquences très limitées.');
    expect(system.show(system.found[0]!.source)).toContain('PAGER (Prompt Assessment of Global Earthquakes for Response)');
    const denied = attributions('Les journalistes en question, ainsi que l\'Élysée, ont démenti le soir même ces allégations.');
    expect(denied.show(denied.found[0]!.source)).toBe('Les journalistes en question, ainsi que l\'Élysée');
    expect(denied.show(denied.found[0]!.content)).toBe('ces allégations');
    expect(attributions('On note aussi que Raymond Burke était présent lors de ce limogeage.').found).toHaveLength(0);
    expect(attributions('Alors que l\'on croyait que cela était un évènement rare, les chercheurs ont trouvé des traces.').found).toHaveLength(0);
    const estimate = attributions('On estime la transaction à 532 millions de dollars.');
    expect(estimate.found).toHaveLength(1);
  });

  it('leaves a date set off after a weekday out of the content', () => {
    const { found, show } = attributions('Le Conseil constitutionnel a implicitement reconnu, mardi 24 janvier, non conforme à la loi la pratique des procureurs.');
    expect(show(found[0]!.content)).toBe('non conforme à la loi la pratique des procureurs');
  });

  it('reads a participle sharing the auxiliary after "et", a wish in quotation marks, and no occasion or writer\'s aside in the content', () => {
    const added = attributions('Le ministre a précisé que « l’explosion d’hier est un accident », et ajouté que « la présence de bonbonnes de gaz a été confirmée ».');
    expect(added.found.map((a) => added.show(a.content))).toEqual(['que « l’explosion d’hier est un accident »', 'que « la présence de bonbonnes de gaz a été confirmée »']);
    const wish = attributions('Le ministre récuse toute volonté de « défendre la délinquance » mais veut « assurer la lisibilité juridique » pour les entreprises.');
    expect(wish.found.map((a) => wish.show(a.cue))).toEqual(['récuse', 'veut']);
    expect(wish.show(wish.found[0]!.content)).toBe('toute volonté de « défendre la délinquance »');
    const testament = attributions('L\'ancien souverain avait exprimé dans son testament le désir d\'être enterré en Suisse.');
    expect(testament.show(testament.found[0]!.content)).toBe('le désir d\'être enterré en Suisse');
    const condemned = attributions('Le président a condamné fermement les « allégations mensongères » de Fillon, sans même attendre la fin de l\'émission.');
    expect(condemned.show(condemned.found[0]!.content)).toBe('les « allégations mensongères » de Fillon');
  });

  it('reads a passive condemnation with its agent, an agentless one before "car", and "Voyant … comme"', () => {
    const condemned = attributions('Ce double attentat a été condamné par diverses personnalités politiques.');
    expect(condemned.show(condemned.found[0]!.source)).toBe('diverses personnalités politiques');
    expect(condemned.show(condemned.found[0]!.content)).toBe('Ce double attentat');
    const criticised = attributions('Sur la scène politique, les accords sont d\'ailleurs largement critiqués car largement défavorables.');
    expect(criticised.show(criticised.found[0]!.content)).toBe('les accords');
    const seeing = attributions('Voyant ce mouvement comme une menace vitale contre ses intérêts, la Turquie a envoyé des troupes.');
    expect(seeing.show(seeing.found[0]!.content)).toBe('ce mouvement comme une menace vitale contre ses intérêts');
  });

  it('reads no verb in a noun or adjective before "de", no clause in a short opening before "selon", and a subject after the dateline dash', () => {
    expect(attributions('Alors que le télescope se voyait équipé de son bouclier, une phase critique du projet, plusieurs anomalies sont apparues.').found).toHaveLength(0);
    const according = attributions('Au vendredi, selon le nouveau bilan fourni, cinq élèves étaient morts.');
    expect(according.show(according.found[0]!.content)).toBe('cinq élèves étaient morts');
    const { found, show } = attributions('10 mars 2018. – L\'institut fondé par John Sulston, prix Nobel de médecine britannique, a annoncé vendredi sa mort ce mardi.');
    expect(show(found[0]!.source)).toBe('L\'institut fondé par John Sulston, prix Nobel de médecine britannique');
  });

  it('leaves an editor\'s parenthesis after a "d\'après" source out of the content', () => {
    const { found, show } = attributions('D\'après le média Ikiriho (NDLR : média extrêmement proche du pouvoir burundais), les soldats n\'ont pas été payés.');
    expect(show(found[0]!.content)).toBe('les soldats n\'ont pas été payés');
  });

  it('reads "ajouter" and "assurer" only with something said, and "qu\'" spaced off its quotation', () => {
    expect(attributions('Si on ajoute les demandeurs d\'emploi à temps partiel, le nombre est stable.').found).toHaveLength(0);
    const ensured = attributions('Il demande des efforts aux Français pour assurer le « redressement national ».');
    expect(ensured.found.some((a) => ensured.show(a.cue) === 'assurer')).toBe(false);
    const { found, show } = attributions('Le président Juncker ajoute qu\' « il y a des signatures qui durent ».');
    expect(show(found[0]!.content)).toBe('qu\' « il y a des signatures qui durent »');
  });

  it('attributes after "mais, selon X," only the clause that follows, and reads no source in "selon laquelle"', () => {
    const { found, show } = attributions('Une quinzaine de disparus ne donnent plus signe de vie, mais, selon les secours, « il y a toujours de l\'espoir ».');
    expect(show(found[0]!.content)).toBe('« il y a toujours de l\'espoir »');
    expect(attributions('Cette théorie remet en question la théorie selon laquelle la Lune a été créée par une collision.').found).toHaveLength(0);
  });

  it('reads a subject before a participial aside, not an inversion, and no addressee in "appelle à la fin de la « … »"', () => {
    const asked = attributions('La ministre de la santé, Marisol Touraine, redoutant un « bilan lourd », a demandé des mesures.');
    expect(asked.show(asked.found[0]!.content)).toBe('des mesures');
    const vowed = attributions('Le groupe, considérablement affaibli depuis 2007 par la mission de l\'Union africaine, a juré la perte du gouvernement.');
    expect(vowed.show(vowed.found[0]!.content)).toBe('la perte du gouvernement');
    const called = attributions('Il appelle à la fin de la « dérive » de la gauche.');
    expect(called.show(called.found[0]!.content)).toBe('à la fin de la « dérive » de la gauche');
  });

  it('reads a quotation credited after a dash, run into the paragraph or before an inverted verb', () => {
    const credited = attributions('Le ministre est venu. « Nous ne céderons pas », — Jean Dupont, ministre de l\'Intérieur. La suite arrive.');
    expect(credited.show(credited.found[0]!.source)).toBe('Jean Dupont, ministre de l\'Intérieur');
    const inverted = attributions('Le ministre est venu. « Nous ne céderons pas » - a déclaré Jean Dupont.');
    expect(inverted.show(inverted.found[0]!.source)).toBe('Jean Dupont');
    expect(inverted.show(inverted.found[0]!.content)).toBe('« Nous ne céderons pas »');
  });

  it('reads the content of "selon X" on its left when a conjunction follows the source', () => {
    const { found, show } = attributions('Samedi, ils étaient 14 000 manifestants selon la police et 50 000 selon les organisateurs.');
    expect(found.map((a) => show(a.content))).toEqual(['Samedi, ils étaient 14 000 manifestants', '50 000']);
  });

  it('leaves the medium of the saying out of the content, after "que" too', () => {
    const radio = attributions('Le ministre a affirmé que la réforme serait adoptée au micro de France Inter.');
    expect(radio.show(radio.found[0]!.content)).toBe('que la réforme serait adoptée');
    const tweet = attributions('Le ministre a annoncé sa démission sur son compte Twitter.');
    expect(tweet.show(tweet.found[0]!.content)).toBe('sa démission');
  });

  it('reads an opening "selon" source to its comma, and a colon past a time and an addressee', () => {
    const according = attributions('22 janvier 2017. – Selon les résultats transmis par la Haute autorité en vue de l\'élection présidentielle, le candidat arrive en tête.');
    expect(according.show(according.found[0]!.content)).toBe('le candidat arrive en tête');
    const declared = attributions('Elle avait déclaré en octobre 2016, au journal Le Bien public : « je ne m\'étais jamais impliquée ».');
    expect(declared.show(declared.found[0]!.content)).toBe('« je ne m\'étais jamais impliquée »');
  });

  it('leaves a time relative to another event out of the content', () => {
    const { found, show } = attributions('Il avait d\'ailleurs annoncé vouloir se suicider quelques minutes avant de passer à l\'acte.');
    expect(show(found[0]!.content)).toBe('vouloir se suicider');
  });

  it('reads a "selon" whose source runs into an apposition that ends the sentence without failing', () => {
    expect(() => attributions('Selon le quotidien économique Les Echos, l\'ancien banquier prévoit d\'importantes économies, puis les faire baisser à terme sous 50%.')).not.toThrow();
  });

  it('ends an opening "selon" source before a noun phrase that is the content\'s subject, and reads no verb\'s content in it', () => {
    const tower = attributions('Selon Le Parisien, la Tour Eiffel, à Paris (France), devrait être sécurisée par un mur.');
    expect(tower.show(tower.found[0]!.source)).toBe('Le Parisien');
    expect(tower.show(tower.found[0]!.content)).toBe('la Tour Eiffel, à Paris (France), devrait être sécurisée par un mur');
    const arrests = attributions('Selon le Midi Libre, trois hommes âgés respectivement de 26, 30 et 48 ans ont été arrêtés.');
    expect(arrests.show(arrests.found[0]!.source)).toBe('le Midi Libre');
    const lawyer = attributions('Selon les propos de son avocat, Me Antonin Levy à l\'AFP, « la mise en examen est intervenue ce matin ».');
    expect(lawyer.show(lawyer.found[0]!.source)).toContain('Me Antonin Levy');
    const savings = attributions('Selon Les Echos, le ministre a annoncé des économies.');
    expect(savings.show(savings.found.find((a) => savings.show(a.cue) === 'a annoncé')!.content)).toBe('des économies');
  });

  it('reads an apposition with a spelled-out name into the source of a "selon" after an opening adverb', () => {
    const { found, show } = attributions('Ainsi, selon Augustin de Livois, président de l\'IPSN (Institut pour la protection de la santé naturelle), « la tentation du gouvernement va être grande ».');
    expect(show(found[0]!.source)).toBe('Augustin de Livois, président de l\'IPSN (Institut pour la protection de la santé naturelle)');
    expect(show(found[0]!.content)).toBe('« la tentation du gouvernement va être grande »');
  });

  it('reads an auxiliary and its participle parted by a two-word adverb', () => {
    const { found, show } = attributions('La ministre a par conséquent annoncé avoir saisi les services du ministère. Il a de nouveau affirmé que la loi serait votée.');
    expect(found.map((a) => show(a.cue))).toEqual(['a … annoncé', 'a … affirmé']);
  });

  it('reads a "selon" right after "que" as opening that clause, not as reporting the verb before it', () => {
    const { found, show } = attributions('Il a précédemment expliqué que, selon lui, « de très grandes sociétés se payent des hommes politiques ».');
    const according = found.find((a) => show(a.cue) === 'selon')!;
    expect(show(according.content)).toBe('« de très grandes sociétés se payent des hommes politiques »');
  });

  it('leaves "lors d\'une conférence de presse" out of a content, but not out of what a "selon" reports', () => {
    const choice = attributions('Il a annoncé son choix lors d\'une conférence de presse aujourd\'hui.');
    expect(choice.show(choice.found[0]!.content)).toBe('son choix');
    const interview = attributions('D\'après Mediapart, Macron annoncera la dissolution de l\'assemblée lors d\'un entretien avec Ruth Elkrief.');
    const according = interview.found.find((a) => interview.show(a.cue) === 'D\'après')!;
    expect(interview.show(according.content)).toBe('Macron annoncera la dissolution de l\'assemblée lors d\'un entretien avec Ruth Elkrief');
  });

  it('ends an object content at a present participle with its object pronoun after a comma', () => {
    const { found, show } = attributions('Il a également dénoncé un « assassinat politique », y voyant une manœuvre politique.');
    expect(show(found.find((a) => show(a.cue) === 'a … dénoncé')!.content)).toBe('un « assassinat politique »');
  });

  it('ends a content before the writer\'s ", contrairement à …"', () => {
    const { found, show } = attributions('Abubakar Shekau a démenti que les otages aient été libérés, contrairement à ce qu\'avait annoncé le Cameroun.');
    expect(show(found.find((a) => show(a.cue) === 'a démenti')!.content)).toBe('que les otages aient été libérés');
  });

  it('reads a quotation after a preposition right before the verb as a name in the subject, not as the content', () => {
    const { found, show } = attributions('Pour réaliser cette performance, le dirigeant de « En Marche » souhaite se concentrer sur l\'État.');
    expect(show(found[0]!.content)).toBe('se concentrer sur l\'État');
  });

  it('reads no "d\'après" cue inside a quotation', () => {
    const { found, show } = attributions('Il a ensuite parlé aux militants. « Ne me jugez pas d\'après les actes d\'accusation de ces nouveaux inquisiteurs », a-t-il déclaré.');
    expect(found.map((a) => show(a.cue))).toEqual(['a-t-il déclaré']);
  });

  it('reads no content after a verb whose object is "ce que" before it', () => {
    const { found, show } = attributions('Contrairement à ce qu\'il avait affirmé dans un premier temps, Fillon a tenu samedi une réunion à Aubervilliers.');
    expect(found.some((a) => show(a.cue) === 'avait affirmé')).toBe(false);
  });

  it('ends the content of an infinitive opening the sentence where the main clause starts', () => {
    const { found, show } = attributions('Après avoir dénoncé la réforme, le ministre a quitté la salle.');
    expect(show(found.find((a) => show(a.cue) === 'avoir dénoncé')!.content)).toBe('la réforme');
  });

  it('leaves an adverbial phrase and a time opening an object out of the content', () => {
    const plan = attributions('Le président prévoit en effet, conformément à ses promesses de campagne, une dérégulation massive du secteur financier.');
    expect(plan.show(plan.found[0]!.content)).toBe('une dérégulation massive du secteur financier');
    const claim = attributions('Le groupe a déjà affirmé fin janvier avoir accepté une procédure de rectification fiscale.');
    expect(claim.show(claim.found[0]!.content)).toBe('avoir accepté une procédure de rectification fiscale');
    const forecast = attributions('L\'Unédic prévoit dans le même temps une détérioration de son évolution financière.');
    expect(forecast.show(forecast.found[0]!.content)).toBe('une détérioration de son évolution financière');
  });

  it('reads "communiquer", "justifier" and "se défendre" only where they report', () => {
    const communicated = attributions('« Nous sommes mobilisés avec les autorités tchadiennes », a-t-il communiqué.');
    expect(communicated.show(communicated.found[0]!.content)).toBe('« Nous sommes mobilisés avec les autorités tchadiennes »');
    const defended = attributions('« Nous ne savons pas sur quoi est basée » cette décision, se défend le groupe.');
    expect(defended.show(defended.found[0]!.cue)).toBe('se défend');
    const acts = attributions('Les soldats ont défendu la ville. Le maire doit justifier une dépense. Il communique avec ses proches.');
    expect(acts.found).toHaveLength(0);
  });

  it('reads no content in a time alone after the verb', () => {
    const { found, show } = attributions('Parmi elles figure un Français, selon le ministère de l\'Intérieur qui l\'a confirmé ce jeudi.');
    expect(found.map((a) => show(a.cue))).toEqual(['selon']);
  });

  it('reads "selon les propos de" and "selon les précisions apportées par" as the cue, the speaker after them as the source', () => {
    const { found, show } = attributions('« Il s\'est précipité sur les militaires », selon les précisions apportées par François Molins.');
    expect(show(found[0]!.cue)).toBe('selon les précisions apportées par');
    expect(show(found[0]!.source)).toBe('François Molins');
  });

  it('reads an apposition into an opening "Pour X" source when a determiner opens the quoted content', () => {
    const { found, show } = attributions('Pour le député Yann Galut, soutien de Benoît Hamon à la primaire, le « candidat Valls s\'est trompé d\'agenda ».');
    expect(show(found[0]!.source)).toBe('le député Yann Galut, soutien de Benoît Hamon à la primaire');
    expect(show(found[0]!.content)).toBe('le « candidat Valls s\'est trompé d\'agenda »');
  });

  it('reads the quotation before an inverted verb that follows its final stop without a comma', () => {
    const { found, show } = attributions('Le candidat a parlé. « Ne me jugez pas, jugez-moi sur mon parcours. » a-t-il déclaré.');
    expect(show(found[0]!.content)).toBe('« Ne me jugez pas, jugez-moi sur mon parcours. »');
  });

  it('reads no statement in "ce qu\'avait annoncé X" inside a phrase', () => {
    const { found, show } = attributions('Shekau a démenti que les otages aient été libérés, contrairement à ce qu\'avait annoncé le Cameroun mercredi dernier.');
    expect(found.map((a) => show(a.cue))).toEqual(['a démenti']);
  });

  it('finds an inverted speaker past "de lui"', () => {
    const { found, show } = attributions('« Il aimait raconter ses courses », a dit de lui la municipalité de Megève après l\'annonce de son décès.');
    expect(show(found[0]!.source)).toBe('la municipalité de Megève');
  });

  it('leaves the occasion of the saying out of a passive\'s agent', () => {
    const promised = attributions('Cette suppression avait été promise par le président élu Donald Trump lors de sa campagne.');
    expect(promised.show(promised.found[0]!.source)).toBe('le président élu Donald Trump');
    const announced = attributions('Sa mort a été annoncée par la famille dans un communiqué.');
    expect(announced.show(announced.found[0]!.source)).toBe('la famille');
  });
});

describe('French attribution on unseen WiNER-fr text (eleventh round)', () => {
  it('keeps examples after ", comme" in the content and ends it at a comparison with a verb', () => {
    const listed = attributions('Le syndicat a dénoncé les nouvelles règles du ministère, comme la suppression des primes et le gel des salaires.');
    expect(listed.show(listed.found[0]!.content)).toBe('les nouvelles règles du ministère, comme la suppression des primes et le gel des salaires');
    const compared = attributions('Les enquêteurs ont dénoncé la piste criminelle, comme l\'a fait le procureur de la ville.');
    expect(compared.show(compared.found[0]!.content)).toBe('la piste criminelle');
  });

  it('leaves a weekday with its date, or "ce mois-ci", after the verb out of the content', () => {
    const dated = attributions('Le gouvernement a annoncé ce mercredi 27 septembre 2017 les grandes lignes du budget.');
    expect(dated.show(dated.found[0]!.content)).toBe('les grandes lignes du budget');
    const month = attributions('La ministre a annoncé ce mois-ci 331 millions d\'euros de coupes dans le budget de la recherche.');
    expect(month.show(month.found[0]!.content)).toBe('331 millions d\'euros de coupes dans le budget de la recherche');
  });

  it('reads no time as an inverted subject, and gives a quotation after a colon to the cue that follows it', () => {
    const { found, show } = attributions('Le député, qui est depuis des années le bras droit de la présidente, a annoncé ce matin qu\'il quitte le parti : « Je n\'ai pas le goût du ridicule », il a dit.');
    expect(found.map((a) => [show(a.cue), show(a.source), show(a.content)])).toEqual([
      ['a annoncé', 'Le député', 'qu\'il quitte le parti'],
      ['a dit', 'il', '« Je n\'ai pas le goût du ridicule »'],
    ]);
  });

  it('reads an impersonal "on soupçonne" with its object or clause, and no statement in the agentless participle "soupçonnés de"', () => {
    const object = attributions('On soupçonne un acte terroriste.');
    expect(object.found.map((a) => [object.show(a.cue), object.show(a.source), object.show(a.content)])).toEqual([['soupçonne', 'On', 'un acte terroriste']]);
    const clause = attributions('Aucune motivation n\'est avancée par la police, mais on soupçonne que c\'est un acte terroriste.');
    expect(clause.found.map((a) => clause.show(a.content))).toContain('que c\'est un acte terroriste');
    const status = attributions('Deux employés ont été arrêtés, soupçonnés d\'avoir divulgué les sujets.');
    expect(status.found).toEqual([]);
  });

  it('reads a reaction that introduces a quotation, and no statement in a reaction alone', () => {
    const quoted = attributions('Le manager d\'Arsenal, Arsène Wenger, a également réagi à propos du fair-play financier : « Tout est possible. »');
    expect(quoted.found.map((a) => [quoted.show(a.cue), quoted.show(a.source)])).toEqual([['a … réagi', 'Le manager d\'Arsenal, Arsène Wenger']]);
    expect(attributions('Le conducteur du bus aurait réagi trop tard.').found).toEqual([]);
  });

  it('reads no statement in a reporting infinitive after a modal of possibility', () => {
    expect(attributions('La Russie peut ainsi espérer regagner en influence sur l\'Ukraine.').found).toEqual([]);
    const nested = attributions('Il affirme que le virus n\'est pas éradiqué même si l\'on peut considérer que l\'épidémie est terminée.');
    expect(nested.found.map((a) => nested.show(a.cue))).toEqual(['affirme']);
  });

  it('reads no statement in publishing a document, and takes the document as the speaker of a participle after it', () => {
    expect(attributions('La compagnie aérienne a publié la liste des passagers de l\'avion.').found).toEqual([]);
    const { found, show } = attributions('Donald Trump a publié une lettre annonçant l\'annulation du sommet.');
    expect(found.map((a) => [show(a.cue), show(a.source), show(a.content)])).toEqual([['annonçant', 'une lettre', 'l\'annulation du sommet']]);
  });

  it('reads "et pour X," as an opinion when X is a speaker, not an occasion', () => {
    const { found, show } = attributions('La province affiche la croissance la plus faible, et pour certains analystes, ces chiffres pourraient être dus à une situation sécuritaire dégradée.');
    expect(found.map((a) => [show(a.cue), show(a.source)])).toEqual([['pour', 'certains analystes']]);
    expect(attributions('A 27 ans, et pour sa première participation aux Jeux olympiques, Astier Nicolas remporte la médaille d\'argent.').found).toEqual([]);
  });

  it('keeps the enumeration of a trailing subordinate clause in its content, and ends it before a participle', () => {
    const listed = attributions('Les renforts passeront de 400 à 1200 alors que le dernier bilan fait état de 1900 domiciles inondés, 1000 personnes évacuées et 400 routes affectées.');
    expect(listed.show(listed.found[0]!.content)).toBe('de 1900 domiciles inondés, 1000 personnes évacuées et 400 routes affectées');
    const aside = attributions('Kiev a repris la frontière alors que les séparatistes demandent d\'abord une loi sur le statut du Donbass, se référant ainsi au protocole.');
    expect(aside.show(aside.found.find((a) => aside.show(a.cue) === 'demandent')!.content)).toBe('une loi sur le statut du Donbass');
  });

  it('gives a quotation opened by a colon after a clause with no reporting verb to that clause\'s subject', () => {
    const posted = attributions('Mercredi, Lionel Messi a posté sur Instagram : « C\'était un grand plaisir de jouer avec toi. »');
    expect(posted.found.map((a) => [posted.show(a.cue), posted.show(a.source), posted.show(a.content)])).toEqual([['a posté', 'Lionel Messi', '« C\'était un grand plaisir de jouer avec toi. »']]);
    const claimed = attributions('Le président a réagi sur Twitter : « ON SE VOIT AU TRIBUNAL », a-t-il écrit.');
    expect(claimed.found.map((a) => claimed.show(a.cue))).toEqual(['a-t-il écrit']);
    expect(attributions('Le bilan est lourd : « une catastrophe ».').found).toEqual([]);
  });

  it('reads a passive judgement with a bare attribute and its agent, and not a participle qualifying a noun', () => {
    const judged = attributions('Le programme, adopté en 2010, est jugé trop coûteux et trop interventionniste par les républicains.');
    expect(judged.found.map((a) => [judged.show(a.cue), judged.show(a.source), judged.show(a.content)])).toEqual([
      ['est jugé', 'les républicains', 'Le programme, adopté en 2010 … trop coûteux et trop interventionniste'],
    ]);
    const noun = attributions('Le dirigeant exige que Wikipédia retire des articles jugés faux par le gouvernement.');
    expect(noun.found.map((a) => noun.show(a.cue))).toEqual(['exige']);
  });

  it('finds the clause of a context verb past an adjunct set off by commas', () => {
    const { found, show } = attributions('La municipalité justifie, dans un communiqué, que « notre volonté est d\'aboutir à un parcours paysager ».');
    expect(found.map((a) => [show(a.cue), show(a.source), show(a.content)])).toEqual([['justifie', 'La municipalité', 'que « notre volonté est d\'aboutir à un parcours paysager »']]);
  });

  it('takes a quotation after a colon for a subject whose apposition names the speaker', () => {
    const { found, show } = attributions('L\'attaquant de Barcelone, Luis Suárez, a consacré un message à Neymar : « Mon ami, je te souhaite le meilleur. »');
    expect(found.map((a) => [show(a.cue), show(a.source)])).toEqual([['a consacré', 'L\'attaquant de Barcelone, Luis Suárez']]);
  });

  it('ends a gerund\'s content before a coordinated clause with its own subject', () => {
    const { found, show } = attributions('Plusieurs chefs d\'État ont rejoint le président en condamnant l\'attentat et les responsables politiques recommencent à débattre des armes.');
    expect(found.map((a) => [show(a.cue), show(a.content)])).toEqual([['condamnant', 'l\'attentat']]);
  });

  it('ends a noun-phrase content where "ce qui" resumes it after a noun, comma or not', () => {
    const { found, show } = attributions('La Banque mondiale évaluait le PIB par habitant à 312,5 dollars ce qui faisait du pays un des plus pauvres du monde.');
    expect(show(found[0]!.content)).toBe('le PIB par habitant à 312,5 dollars');
  });

  it('leaves an occasion with its participle and place before the object out of the content', () => {
    const { found, show } = attributions('La firme Adobe a annoncé dans un communiqué publié sur son site officiel sa volonté de racheter l\'entreprise Magento.');
    expect(show(found[0]!.content)).toBe('sa volonté de racheter l\'entreprise Magento');
  });

  it('reads a comparison, a reference, a defence and details given as stated positions, past an adverb and an aside after the auxiliary', () => {
    const { found, show } = attributions('Il a fait un parallèle entre les deux affaires. Le candidat a fait référence au suicide de Pierre Bérégovoy. Nicolas Thibault a cependant, lui, pris la défense de son ami. La ministre a donné des précisions concernant l\'attaque.');
    expect(found.map((a) => [show(a.cue), show(a.source), show(a.content)])).toEqual([
      ['a fait un parallèle', 'Il', 'entre les deux affaires'],
      ['a fait référence', 'Le candidat', 'au suicide de Pierre Bérégovoy'],
      ['a … pris la défense', 'Nicolas Thibault', 'de son ami'],
      ['a donné des précisions', 'La ministre', 'concernant l\'attaque'],
    ]);
  });

  it('takes a multiword cue\'s prepositional complement as its content after a subject with appositions', () => {
    const { found, show } = attributions('Le président de l\'Association, Nicolas Thibault, assistant parlementaire de Marianne Dubois, députée du Loiret, a pris la défense des Fillon.');
    expect(show(found[0]!.content)).toBe('des Fillon');
  });

  it('reads a verb the lexicon does not list as the cue of a quotation that opens the sentence, with its subject after it', () => {
    const { found, show } = attributions('« La mission a pu être effectuée en horaires renforcés », complète pour sa part le ministre. Le « Bon parti », fondé en 2017, compte déjà cinq députés.');
    expect(found.map((a) => [show(a.cue), show(a.source), show(a.content)])).toEqual([['complète', 'le ministre', '« La mission a pu être effectuée en horaires renforcés »']]);
  });

  it('reads a clause certified, stipulated or found, and no claim in a named finding', () => {
    const { found, show } = attributions('Le préfet a ensuite certifié que les élèves étaient en sécurité. Le règlement stipule que le cumul ne doit pas dépasser 180 heures. Les chercheurs ont constaté l\'apparition d\'un disque.');
    expect(found.map((a) => [show(a.cue), show(a.source), show(a.content)])).toEqual([
      ['a … certifié', 'Le préfet', 'que les élèves étaient en sécurité'],
      ['stipule', 'Le règlement', 'que le cumul ne doit pas dépasser 180 heures'],
    ]);
  });

  it('reads no passive agent in "par ailleurs" and keeps a clause fronted right after "que" in the content', () => {
    const { found, show } = attributions('Le Canard enchaîné ajoute par ailleurs que, tandis que Penelope Fillon cumulait deux emplois, le couple a signé une fausse déclaration.');
    expect(found.map((a) => [show(a.cue), show(a.source), show(a.content)])).toEqual([
      ['ajoute', 'Le Canard enchaîné', 'que, tandis que Penelope Fillon cumulait deux emplois, le couple a signé une fausse déclaration'],
    ]);
  });

  it('reads no time set off by commas as the subject, and finds the name past it and two asides', () => {
    const { found, show } = attributions('François Fillon, en déplacement à Troyes, dans l’Aube, ce mardi, a contesté les chiffres du « Canard ».');
    expect(found.map((a) => [show(a.cue), show(a.source), show(a.content)])).toEqual([['a contesté', 'François Fillon', 'les chiffres du « Canard »']]);
  });

  it('reads a coordinated participle that always reports as sharing the auxiliary of the verb before it', () => {
    const { found, show } = attributions('La sécurité civile avait appelé à la prudence et demandé aux riverains de rester chez eux.');
    expect(found.map((a) => [show(a.cue), show(a.content)])).toEqual([['avait appelé', 'à la prudence'], ['demandé', 'aux riverains de rester chez eux']]);
  });

  it('finds a participle\'s subject past the asides of the main clause\'s subject', () => {
    const { found, show } = attributions('Bertrand Lefebvre, chargé de recherche au laboratoire de géologie du CNRS, à Lyon, est néanmoins « très sceptique », estimant que ses confrères « poussent leurs hypothèses au maximum ».');
    expect(found.map((a) => [show(a.cue), show(a.source)])).toEqual([['estimant', 'Bertrand Lefebvre']]);
  });

  it('reads the inverted subject of a verb after a sentence that opens with a quotation and goes on past it', () => {
    const { found, show } = attributions('« Nous ne savons pas sur quoi elle est basée » cette décision, se défend pour sa part le groupe.');
    expect(found.map((a) => [show(a.cue), show(a.source), show(a.content)])).toEqual([['se défend', 'le groupe', '« Nous ne savons pas sur quoi elle est basée » cette décision']]);
  });

  it('keeps a quoted name after a preposition inside the subject', () => {
    const { found, show } = attributions('Pour réaliser cette performance, le dirigeant de « En Marche » souhaite se concentrer sur l’État.');
    expect(found.map((a) => [show(a.cue), show(a.source)])).toEqual([['souhaite', 'le dirigeant de « En Marche »']]);
  });

  it('reads a quoted name as a source: opening the sentence, closing an inverted subject and after "selon"', () => {
    const opening = attributions('« Quotidien » a affirmé que les deux filles du ministre ont effectué vingt-quatre CDD.');
    expect(opening.found.map((a) => [opening.show(a.cue), opening.show(a.source)])).toEqual([['a affirmé', '« Quotidien »']]);
    const inverted = attributions('Bruno Le Roux aurait employé ses filles comme collaboratrices, a révélé lundi l\'émission de TMC « Quotidien ».');
    expect(inverted.found.map((a) => [inverted.show(a.cue), inverted.show(a.source)])).toEqual([['a révélé', 'l\'émission de TMC « Quotidien »']]);
    const according = attributions('Selon « Quotidien », le ministre aurait employé ses filles.');
    expect(according.found.map((a) => [according.show(a.cue), according.show(a.source)])).toEqual([['Selon', '« Quotidien »']]);
    // A quotation with a verb is said, not a name.
    const quoted = attributions('« Nous partirons » a répondu le ministre.');
    expect(quoted.found.map((a) => [quoted.show(a.cue), quoted.show(a.source)])).toEqual([['a répondu', 'le ministre']]);
  });

  it('reads a name past its age and descriptions set off by commas as the source, descriptions included', () => {
    const aged = attributions('Jean Dupont, 46 ans, a déclaré que le projet était mort.');
    expect(aged.found.map((a) => [aged.show(a.cue), aged.show(a.source)])).toEqual([['a déclaré', 'Jean Dupont, 46 ans']]);
    const chain = attributions('Hubert Caouissin, 46 ans, ingénieur à l’arsenal de Brest, ex-beau-frère du père de famille, a avoué ce lundi avoir tué les quatre membres de la famille.');
    expect(chain.found.map((a) => [chain.show(a.cue), chain.show(a.source)])).toEqual([['a avoué', 'Hubert Caouissin, 46 ans, ingénieur à l’arsenal de Brest, ex-beau-frère du père de famille']]);
  });

  it('reads the subject before the verb of "selon ce que" as the source, the cue in two pieces around it', () => {
    const opening = attributions('Selon ce que certains de ses anciens camarades ont confié au Canard enchaîné, « on ne voit pas comment elle a pu cumuler le tout ».');
    expect(opening.found.map((a) => [opening.show(a.cue), opening.show(a.source), opening.show(a.content)]))
      .toEqual([['Selon ce que … ont confié', 'certains de ses anciens camarades', '« on ne voit pas comment elle a pu cumuler le tout »']]);
    const closing = attributions('Le tireur était seul, selon ce que les témoins ont raconté à la police.');
    expect(closing.found.map((a) => [closing.show(a.cue), closing.show(a.source), closing.show(a.content)])).toEqual([['selon ce que … ont raconté', 'les témoins', 'Le tireur était seul']]);
  });

  it('reads a long title ending in its holder\'s name as the subject though a comma sets it off from the verb', () => {
    const { found, show } = attributions('Alors que le site est bloqué depuis avril, le dirigeant de l\'Autorité des technologies de communication et d\'information (BTK) Ömer Fatih Sayan, exige que Wikipédia retire des articles.');
    expect(found.map((a) => [show(a.cue), show(a.source)])).toEqual([['exige', 'le dirigeant de l\'Autorité des technologies de communication et d\'information (BTK) Ömer Fatih Sayan']]);
  });
});
