import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/time/annotate.js';
import type { PublicationDate } from '../../src/record/schema.js';

const day = (value: string): PublicationDate => ({ value, precision: 'day' });
const times = (text: string, date?: PublicationDate) => findTimes(text, 'fr', { date });
const only = (text: string, date?: PublicationDate) => {
  const found = times(text, date);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('French time expressions', () => {
  it('reads the dateline of a Wikinews article and "Aujourd\'hui" against its date', () => {
    const text = "4 janvier 2016. – Aujourd'hui avant l'aube, des attentats à la bombe ont été perpétrés dans deux mosquées sunnites du centre de l'Irak.";
    const [dateline, today] = times(text, day('2016-01-04'));
    expect(dateline).toMatchObject({ text: '4 janvier 2016', value: '2016-01-04', anchor: 'absolute', precision: 'day' });
    expect(today).toMatchObject({ text: "Aujourd'hui", value: '2016-01-04', anchor: 'dct' });
  });

  it('chooses the year of a day and month from the tense of the clause', () => {
    const date: PublicationDate = { value: '2019-04', precision: 'month' };
    expect(only('Donald Trump a annoncé le 19 décembre sa décision.', date).value).toBe('2018-12-19');
    expect(only('Le sommet se tiendra le 19 décembre à Genève.', date).value).toBe('2019-12-19');
  });

  it('reads "en novembre dernier" told in November as a year back, "en octobre dernier" as the October just gone', () => {
    const found = times('Il est venu en novembre dernier, puis en octobre dernier.', day('2004-11-03'));
    expect(found.map((t) => t.value)).toEqual(['2003-11', '2004-10']);
  });

  it('keeps a month in the year that opens its sentence when the tense agrees', () => {
    const found = times("En 1988, l'usine a fermé en mars.", day('2004-11-03'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['1988', '1988'], ['mars', '1988-03']]);
  });

  it('chooses the Monday before or after the document date from the tense', () => {
    const wednesday = day('2019-04-10');
    expect(only('Lundi, les Etats-Unis ont reconnu avoir perdu un soldat.', wednesday).value).toBe('2019-04-08');
    expect(only('Lundi, les ministres se réuniront à Bruxelles.', wednesday).value).toBe('2019-04-15');
    expect(only('Le pays est soulevé depuis l\'exécution de Nimr al-Nimr samedi dernier.', day('2016-01-04')).value).toBe('2016-01-02');
  });

  it('reads a weekday named again in the article as the same day, unless its clause says otherwise', () => {
    const tuesday = day('2021-06-01');
    const text = 'La brocante se tiendra samedi sur la place du marché. Samedi soir, un bal populaire attend les habitants.';
    const [first, again] = times(text, tuesday);
    expect(first).toMatchObject({ text: 'samedi', value: '2021-06-05' });
    expect(again).toMatchObject({ text: 'Samedi soir', value: '2021-06-05TEV' });
    const past = 'Le maire inaugurera la salle samedi. Samedi, des vandales avaient tagué la façade.';
    expect(times(past, tuesday).map((t) => t.value)).toEqual(['2021-06-05', '2021-05-29']);
  });

  it('reads words that are an amount of time, rates and half years', () => {
    const date = day('2021-06-01');
    expect(only('Le candidat promet un quinquennat de réformes.', date)).toMatchObject({ text: 'un quinquennat', type: 'DURATION', value: 'P5Y' });
    expect(only('Après deux septennats, il quitte l\'Elysée.', date)).toMatchObject({ type: 'DURATION', value: 'P14Y' });
    expect(only('La région verse 3 millions d\'euros par semestre aux communes.', date)).toMatchObject({ text: 'semestre', type: 'SET', value: 'P6M' });
    expect(only('Les ventes ont reculé au premier semestre 2020.', date)).toMatchObject({ text: 'premier semestre 2020', type: 'DATE', value: '2020-H1' });
    expect(times('Le train roule à 300 km par heure.', date)).toEqual([]);
  });

  it('leaves out a season that names an event, and keeps one dated by its year', () => {
    const date = day('2021-06-01');
    expect(times('Le Printemps de Bourges a accueilli 70 concerts.', date)).toEqual([]);
    expect(only('Au printemps de 1968, les étudiants occupaient la Sorbonne.', date)).toMatchObject({ text: 'printemps de 1968', value: '1968-SP' });
    expect(only('Les travaux ont repris à la fin du printemps.', date)).toMatchObject({ text: 'la fin du printemps', value: '2021-SP' });
  });

  it('puts a time of day on the day named right after it', () => {
    const text = 'Mardi, le conseil a voté le budget. Vers 23 h 10, jeudi, un incendie a ravagé un entrepôt.';
    const [, clock, thursday] = times(text, day('2021-06-05'));
    expect(thursday).toMatchObject({ text: 'jeudi', value: '2021-06-03' });
    expect(clock).toMatchObject({ text: 'Vers 23 h 10', value: '2021-06-03T23:10', anchor: 'previous', anchorSpan: { start: thursday!.start, end: thursday!.end } });
  });

  it('reads "Aujourd\'hui," opening a sentence or a line as the present of the situation', () => {
    const date = day('2021-06-01');
    expect(only("Aujourd'hui, le quartier a retrouvé son calme.", date)).toMatchObject({ type: 'TIME', value: 'PRESENT_REF' });
    expect(only("Il a joué avec les plus grands...\nAujourd'hui, il enseigne à Lyon.", date)).toMatchObject({ type: 'TIME', value: 'PRESENT_REF' });
    expect(only("Le ministre se rend aujourd'hui, comme prévu, à Calais.", date)).toMatchObject({ type: 'DATE', value: '2021-06-01' });
  });

  it('reads "en été" as any summer unless a verb of its clause places it', () => {
    const date = day('2021-06-01');
    expect(only('Dans les stations de ski, les prix baissent en été.', date)).toMatchObject({ text: 'été', value: 'XXXX-SU' });
    expect(only('Le chantier a démarré en automne.', date)).toMatchObject({ text: 'automne', value: '2020-FA' });
    expect(only('Le festival reviendra en été 2022.', date)).toMatchObject({ text: 'été 2022', value: '2022-SU' });
  });

  it('counts a weekday within its month: "le premier dimanche de juin", "le dernier samedi d\'octobre"', () => {
    const date = day('2021-06-01');
    expect(only('Le vide-grenier aura lieu le premier dimanche de juillet.', date)).toMatchObject({ text: 'le premier dimanche de juillet', value: '2021-07-04' });
    expect(only('La foire ouvrira le dernier samedi d\'octobre.', date)).toMatchObject({ value: '2021-10-30' });
    expect(only('Les urnes ont fermé le deuxième mardi de mars 2020.', date)).toMatchObject({ value: '2020-03-10' });
  });

  it('places a position in a unit ("la fin de l\'année") in the current unit, or the one its direction word names', () => {
    const date = day('2021-06-01');
    expect(only('Le chantier sera achevé à la fin de l\'année.', date)).toMatchObject({ value: '2021', mod: 'END' });
    expect(only('Les prix ont grimpé depuis le début de l\'année.', date)).toMatchObject({ text: 'le début de l\'année', value: '2021', mod: 'START' });
    expect(only('Les négociations reprendront en fin de semaine prochaine.', date)).toMatchObject({ value: '2021-W23', mod: 'END' });
    expect(only('Le projet avait été lancé en fin d\'année dernière.', date)).toMatchObject({ text: 'fin d\'année dernière', value: '2020', mod: 'END' });
  });

  it('leaves the preposition before a position out of the span and keeps the article ("à la fin de", "au début de")', () => {
    const date = day('2021-06-01');
    expect(only('Le chantier sera achevé à la fin de l\'année.', date)).toMatchObject({ text: 'la fin de l\'année', mod: 'END' });
    expect(only('Il a été élu à la fin de 2018.', date)).toMatchObject({ text: 'la fin de 2018', value: '2018', mod: 'END' });
    expect(only('Il a démissionné au début de mars.', date)).toMatchObject({ text: 'début de mars', value: '2021-03', mod: 'START' });
    expect(only('Il a émigré à la fin du mois de mars.', date)).toMatchObject({ text: 'la fin du mois de mars', value: '2021-03', mod: 'END' });
    expect(only('Il a émigré au milieu des années 1990.', date)).toMatchObject({ text: 'milieu des années 1990', value: '199X', mod: 'MID' });
    expect(only('Il est arrivé en début d\'après-midi.', date)).toMatchObject({ text: 'début d\'après-midi', mod: 'START' });
    expect(times('Il vit au milieu de la forêt depuis la fin de la guerre.', date)).toEqual([]);
  });

  it('reads a night named by the two days it spans as one expression on the first, and its small hours on the second', () => {
    const sunday = day('2016-06-12');
    const [night, two] = times('Dans la nuit de samedi à dimanche, une fusillade a éclaté vers 2 heures du matin.', sunday);
    expect(night).toMatchObject({ text: 'la nuit de samedi à dimanche', type: 'TIME', value: '2016-06-11TNI' });
    expect(two).toMatchObject({ text: '2 heures du matin', value: '2016-06-12T02:00' });
    expect(only('Des pillages ont eu lieu dans la nuit du 3 au 4 juin.', sunday)).toMatchObject({ text: 'la nuit du 3 au 4 juin', value: '2016-06-03TNI' });
    expect(only('Dans la soirée de vendredi, le convoi est reparti.', sunday)).toMatchObject({ text: 'la soirée de vendredi', value: '2016-06-10TEV' });
  });

  it('dates movable feasts from Easter of the year the clause points to', () => {
    const date = day('1999-05-18');
    expect(only("C'est en cette fête de Pentecôte que se déroulera la fête du village.", date)).toMatchObject({ text: 'cette fête de Pentecôte', value: '1999-05-23' });
    expect(only('Il est rentré à Pâques.', date).value).toBe('1999-04-04');
    expect(only('Il reviendra à Pâques 2000.', date).value).toBe('2000-04-23');
    expect(only('Le lundi de Pentecôte sera travaillé.', date)).toMatchObject({ text: 'Le lundi de Pentecôte', value: '1999-05-24' });
    expect(times("L'ascension du mont Blanc a été rapide.", date)).toEqual([]);
  });

  it('keeps "ce" in a dated day, reads "l\'après-midi" as a part of the day and "peu avant 10 heures," as a time', () => {
    const date = day('2017-04-10');
    const [sunday, ten] = times('Ce dimanche 9 avril, peu avant 10 heures, une explosion a retenti.', date);
    expect(sunday).toMatchObject({ text: 'Ce dimanche 9 avril', value: '2017-04-09' });
    expect(ten).toMatchObject({ text: '10 heures', type: 'TIME', value: '2017-04-09T10:00' });
    expect(only('Il a été libéré après 10 heures de garde à vue.', date)).toMatchObject({ type: 'DURATION', value: 'PT10H' });
    const [, afternoon] = times('Le 3 mars, il est arrivé. Plus tôt dans l\'après-midi, le président a parlé.', date);
    expect(afternoon).toMatchObject({ text: 'l\'après-midi', value: '2017-03-03TAF' });
  });

  it('reads an anaphoric day set beside a day by a comma as that day, else as counted from the date before', () => {
    const date = day('2017-01-27');
    const [monday, after] = times('Lundi, au lendemain du 44e anniversaire de l\'arrêt, Trump a signé un décret.', date);
    expect(monday!.value).toBe('2017-01-23');
    expect(after).toMatchObject({ text: 'lendemain', value: '2017-01-23' });
    expect(times('L\'enquête a été ouverte le 2 février. De plus, la veille, 8 février, elle a parlé.', date)[1]).toMatchObject({ text: 'la veille', value: '2017-02-08' });
    expect(times('Le 3 mai, il a démissionné. Au lendemain de sa démission, il est parti.', date)[1]).toMatchObject({ text: 'lendemain', value: '2016-05-04' });
  });

  it('does not go on from a date in parentheses: a birth date is an aside', () => {
    const text = 'Un policier a été tué jeudi 20 avril. L\'assaillant (né le 31 décembre 1977) est abattu. Vers 20 h 50, la police a bouclé le quartier.';
    expect(times(text, day('2017-04-22'))[2]).toMatchObject({ text: 'Vers 20 h 50', value: '2017-04-20T20:50' });
  });

  it('does not read the ordinal "une seconde explosion" or the verb "passé" as part of a duration', () => {
    const date = day('2017-04-10');
    expect(times('Une seconde explosion s\'est produite à Alexandrie.', date)).toEqual([]);
    expect(only('Il a réagi en une seconde.', date)).toMatchObject({ text: 'une seconde', value: 'PT1S' });
    expect(only('Le pays avait déjà passé trente ans sous ce régime.', date)).toMatchObject({ text: 'trente ans', value: 'P30Y' });
    expect(only('Il a plu ces dernières 24 heures.', date)).toMatchObject({ text: 'ces dernières 24 heures', value: 'PT24H' });
  });

  it('reads "hebdomadaire" after a determiner as the periodical, not a recurrence', () => {
    const date = day('2017-04-10');
    expect(times('Selon l\'hebdomadaire Marianne, le mensuel Capital et un hebdomadaire allemand, il a menti.', date)).toEqual([]);
    expect(only('La réunion hebdomadaire du conseil a eu lieu.', date)).toMatchObject({ type: 'SET', value: 'P1W' });
  });

  it('reads "à la même époque" after a year as the document\'s month in that year', () => {
    const date = day('2002-09-01');
    const [, same] = times('Le moral est en hausse par rapport à l\'année dernière à la même époque.', date);
    expect(same).toMatchObject({ text: 'la même époque', value: '2001-09' });
    expect(times('Le 3 mai, il a démissionné. À la même époque, son frère partait.', date)[1]!.value).toBe('2002-05-03');
  });

  it('gives the first of two months, seasons or weekdays the year or month written once', () => {
    const date = day('2018-04-17');
    expect(times('Il a vécu à Paris entre mars et mai 2015.', date).map((t) => t.value)).toEqual(['2015-03', '2015-05']);
    expect(times('Ils ont eu des symptômes entre le printemps et l\'automne 2017.', date)[0]).toMatchObject({ text: 'le printemps', value: '2017-SP' });
    expect(times('Il sera absent du lundi 3 au vendredi 7 juin.', date).map((t) => [t.text, t.value])).toEqual([['lundi 3', '2019-06-03'], ['vendredi 7 juin', '2019-06-07']]);
  });

  it('reads round amounts ("une quinzaine de jours", "une dizaine d\'années") and keeps "dernier" after "le mois de décembre"', () => {
    const date = day('1999-05-26');
    expect(only('Il y a une quinzaine de jours, il a gagné.', date)).toMatchObject({ text: 'Il y a une quinzaine de jours', value: '1999-05-11' });
    expect(only('Il a vécu une vingtaine d\'années à Paris.', date)).toMatchObject({ text: 'une vingtaine d\'années', value: 'P20Y' });
    expect(times('Une centaine de personnes ont mangé une douzaine d\'œufs.', date)).toEqual([]);
    expect(only('Il est suspecté depuis le mois de décembre dernier.', date)).toMatchObject({ text: 'le mois de décembre dernier', value: '1998-12' });
  });

  it('reads "mardi en fin de soirée" and "la matinée d\'hier" as one time, like "hier en fin d\'après-midi"', () => {
    const date = day('1999-05-26');
    expect(only('Mardi en fin de soirée, il a été arrêté.', date)).toMatchObject({ text: 'Mardi en fin de soirée', value: '1999-05-25TEV', mod: 'END' });
    expect(only('Dans la matinée d\'hier, il a été arrêté.', date)).toMatchObject({ text: 'la matinée d\'hier', value: '1999-05-25TMO' });
  });

  it('reads centuries in Roman numerals, figures or words', () => {
    const date = day('1999-05-26');
    expect(only('Au XXe siècle, la ville a grandi.', date)).toMatchObject({ text: 'XXe siècle', value: '19' });
    expect(only('Au début du XIXe siècle, la ville a grandi.', date)).toMatchObject({ text: 'début du XIXe siècle', value: '18', mod: 'START' });
    expect(only('Le vingtième siècle a été violent.', date).value).toBe('19');
  });

  it('reads "et demi" as half a unit more, or half past the hour', () => {
    const date = day('1999-05-26');
    expect(only('Il a été condamné à deux ans et demi de prison.', date)).toMatchObject({ text: 'deux ans et demi', value: 'P2Y6M' });
    expect(only('La réunion a duré une heure et demie.', date).value).toBe('PT1H30M');
    expect(only('Il y a un an et demi, il a gagné.', date)).toMatchObject({ text: 'Il y a un an et demi', value: '1997-11' });
    expect(only('Rendez-vous à 8 heures et demie.', date)).toMatchObject({ text: '8 heures et demie', value: '1999-05-26T08:30' });
  });

  it('reads "au cours des prochains jours" as the near future, not an unknown number of days', () => {
    const date = day('1999-05-26');
    expect(only('Il viendra au cours des prochains jours.', date)).toMatchObject({ text: 'prochains jours', value: 'FUTURE_REF' });
    expect(only('Il a plu au cours des trois derniers mois.', date)).toMatchObject({ text: 'trois derniers mois', value: 'P3M' });
    expect(only('Il a attendu des semaines.', date).value).toBe('PXW');
  });

  it('dates a weekday with a day number and no month to the nearby month where they match', () => {
    const wednesday = day('1999-05-26');
    const [thursday, evening] = times('Le conseil municipal se réunira jeudi 3 à 20 h 30.', wednesday);
    expect(thursday).toMatchObject({ text: 'jeudi 3', value: '1999-06-03' });
    expect(evening!.value).toBe('1999-06-03T20:30');
    expect(only('Le conseil s\'est réuni lundi 24, à la mairie.', wednesday)).toMatchObject({ text: 'lundi 24', value: '1999-05-24' });
    expect(only('Il a marqué samedi 5 buts.', wednesday)).toMatchObject({ text: 'samedi' });
  });

  it('reads "la mi-journée" as midday on the day mentioned before', () => {
    const text = 'Le vendredi 2 mars 2018, deux attaques ont eu lieu. Les assaillants ont frappé à la mi-journée.';
    expect(times(text, day('2018-03-03'))[1]).toMatchObject({ text: 'la mi-journée', type: 'TIME', value: '2018-03-02TMI' });
  });

  it('keeps the part of the day after an anaphoric day: "la veille au soir"', () => {
    const text = 'Le 12 mars, le maire a démissionné. La veille au soir, il avait réuni ses adjoints.';
    expect(times(text, day('2021-06-01'))[1]).toMatchObject({ text: 'La veille au soir', type: 'TIME', value: '2021-03-11TEV' });
  });

  it('takes the tense from the tagger features when tokens carry them', () => {
    const text = 'Jeudi, Donald Trump vint à Paris.';
    const wednesday = day('2019-04-10');
    // Without features the passé simple "vint" is not recognised and the nearest Thursday is the next one.
    expect(only(text, wednesday).value).toBe('2019-04-11');
    const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
    const tokens = [
      { ...at('Jeudi'), upos: 'NOUN' },
      { ...at('vint'), upos: 'VERB', lemma: 'venir', feats: 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin' },
    ];
    expect(findTimes(text, 'fr', { date: wednesday, tokens })[0]!.value).toBe('2019-04-04');
  });

  it('gives a range of days the month written once', () => {
    const [first, second] = times('Le festival se tiendra du 3 au 5 mai à Nancy.', day('2019-04-10'));
    expect(first).toMatchObject({ text: '3', value: '2019-05-03' });
    expect(second).toMatchObject({ text: '5 mai', value: '2019-05-05' });
  });

  it('reads modifiers of periods: mi-mars, fin 2018, au début des années 1990', () => {
    const [mid, end, decade] = times('Les combats ont repris mi-mars, comme fin 2018 et au début des années 1990.', day('2019-04-10'));
    expect(mid).toMatchObject({ text: 'mi-mars', value: '2019-03', mod: 'MID' });
    expect(end).toMatchObject({ text: 'fin 2018', value: '2018', mod: 'END' });
    expect(decade).toMatchObject({ text: 'début des années 1990', value: '199X', mod: 'START', precision: 'decade' });
  });

  it('resolves words relative to the document date', () => {
    const date = day('2016-02-08');
    expect(only('Il est arrivé hier soir à Paris.', date)).toMatchObject({ type: 'TIME', value: '2016-02-07TEV' });
    expect(only('Ils se verront la semaine prochaine.', date)).toMatchObject({ value: '2016-W07', from: '2016-02-15', to: '2016-02-22', precision: 'week' });
    expect(only("L'an dernier, la production a baissé.", date)).toMatchObject({ text: "L'an dernier", value: '2015', precision: 'year' });
    expect(only('Plus tôt ce mois-ci, un travailleur humanitaire a été tué.', date)).toMatchObject({ text: 'ce mois-ci', value: '2016-02' });
  });

  it('puts a time of day on the day mentioned before it', () => {
    const [thursday, time] = times('La réunion aura lieu le jeudi 7 octobre, à 19h30, à la salle des fêtes.', day('1999-09-30'));
    expect(thursday).toMatchObject({ text: 'le jeudi 7 octobre', value: '1999-10-07' });
    expect(time).toMatchObject({ text: '19h30', type: 'TIME', value: '1999-10-07T19:30', anchor: 'previous' });
  });

  it('reads durations written in words and points counted from another date', () => {
    expect(only('Le blocus a duré trois jours.', day('2019-04-10'))).toMatchObject({ type: 'DURATION', value: 'P3D' });
    expect(only('Il a passé dix-huit mois en prison.', day('2019-04-10'))).toMatchObject({ type: 'DURATION', value: 'P18M' });
    const [, later] = times('Le traité a été signé en mars 2015, puis ratifié deux mois plus tard.', day('2019-04-10'));
    // TimeML keeps "plus tard" out of the span and calls "deux mois" a duration; presscope adds the date it leads to.
    expect(later).toMatchObject({ text: 'deux mois', type: 'DURATION', value: 'P2M', from: '2015-05-01', to: '2015-06-01', precision: 'month', anchor: 'previous' });
  });

  it('reads dates written in figures, ISO 8601 and day/month/year', () => {
    const [iso, figures] = times('Le rapport publié le 2019-04-08 a été corrigé le 09/04/2019.', day('2019-04-10'));
    expect(iso).toMatchObject({ text: '2019-04-08', value: '2019-04-08', anchor: 'absolute' });
    expect(figures).toMatchObject({ text: 'le 09/04/2019', value: '2019-04-09' });
  });

  it('reads recurrences as sets', () => {
    expect(only('Le marché se tient chaque lundi sur la place.', day('2019-04-10'))).toMatchObject({ type: 'SET', value: 'XXXX-WXX-1', quant: 'EVERY' });
  });

  it('does not read ages, the auxiliary "été", "Jeux d\'hiver" or the number "sept" as times', () => {
    expect(times('Jean Burget, 87 ans, a été heurté par une voiture.', day('1999-05-21'))).toEqual([]);
    expect(times("Les Jeux Olympiques d'hiver s'ouvrent dans l'Utah.", day('2002-02-09'))).toEqual([]);
    expect(only('Un accord a été trouvé au terme de trois ans de tractations.', day('2003-02-24'))).toMatchObject({ text: 'trois ans', value: 'P3Y' });
    expect(times('Les voleurs ont emporté sept mallettes.', day('1999-06-12'))).toEqual([]);
  });

  it('reads a prison sentence as a duration and a deadline as future', () => {
    const [yesterday, sentence] = times('Alfons Goetzfrid a été condamné hier à 10 ans de prison.', day('1999-05-21'));
    expect(yesterday).toMatchObject({ text: 'hier', value: '1999-05-20' });
    expect(sentence).toMatchObject({ text: '10 ans', type: 'DURATION', value: 'P10Y' });
    expect(only("M. Blair a donné jusqu'au 30 juin aux responsables catholiques.", day('1999-05-21')).value).toBe('1999-06-30');
  });

  it('keeps a whole year of uncertainty when the article is dated to the year only', () => {
    const text = '🎉 Le 3 mai 2019, les négociations ont repris ; hier, elles ont échoué.';
    const [may, yesterday] = times(text, { value: '2019', precision: 'year' });
    expect(text.slice(may!.start, may!.end)).toBe('Le 3 mai 2019');
    expect(may).toMatchObject({ value: '2019-05-03', precision: 'day' });
    expect(yesterday).toMatchObject({ text: 'hier', value: 'XXXX-XX-XX', from: '2018-12-31', to: '2019-12-31', precision: 'day-uncertain' });
  });

  it('leaves the year unknown when the article has no date', () => {
    expect(only('Il a annoncé le 19 décembre sa décision.')).toMatchObject({ value: 'XXXX-12-19', anchor: 'none' });
  });

  it('keeps offsets into the original text, typographic apostrophes included', () => {
    const text = 'Depuis l’an dernier, rien n’a changé.';
    const t = only(text, day('2019-04-10'));
    expect(text.slice(t.start, t.end)).toBe('l’an dernier');
    expect(t.value).toBe('2018');
  });

  it('does not take the verb "a passé" for "passé" in "la semaine passée"', () => {
    const found = times('Il a passé vingt et un ans en prison. La semaine passée, il est sorti.', day('2019-04-10'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['vingt et un ans', 'P21Y'], ['La semaine passée', '2019-W14']]);
  });

  it('reads a date after "depuis" as past', () => {
    expect(only('Depuis le 3 mai, les négociations sont suspendues.', day('2019-04-10')).value).toBe('2018-05-03');
  });

  it('reads a weekday of a future clause ahead, even five days ahead', () => {
    expect(only('Le village fera la fête dimanche.', day('1999-05-18')).value).toBe('1999-05-23');
  });

  it('reads "Aujourd\'hui," set apart at the head of a clause as the present, "se rend aujourd\'hui" as the day', () => {
    const found = times("La ville était sous tension. Aujourd'hui, elle a changé d'ambiance. Le ministre se rend aujourd'hui à Sangatte.", day('2002-09-14'));
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([["Aujourd'hui", 'TIME', 'PRESENT_REF'], ["aujourd'hui", 'DATE', '2002-09-14']]);
  });

  it('keeps the article of "l\'avenir" in the span', () => {
    expect(only("Le maire pense à l'avenir de la commune.", day('2002-09-14'))).toMatchObject({ text: "l'avenir", value: 'FUTURE_REF' });
  });

  it('counts "le mardi suivant", "la semaine suivante", "le jour précédent" from the date mentioned before', () => {
    const text = "Le conseil municipal s'est réuni le 9 octobre 2014. Le mardi suivant, le maire a signé l'arrêté. "
      + "La semaine suivante, les travaux ont commencé. Le jour précédent, les riverains avaient été prévenus. L'année suivante, la rue a rouvert.";
    const found = times(text, day('2017-01-20'));
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['le 9 octobre 2014', '2014-10-09'], ['Le mardi suivant', '2014-10-14'], ['La semaine suivante', '2014-W43'],
      ['Le jour précédent', '2014-10-13'], ["L'année suivante", '2015'],
    ]);
  });

  it('reads "les semaines suivantes" as an unknown number of weeks, not as the weeks before the document date', () => {
    const [, following] = times('Après la crue de mars 2001, les semaines suivantes ont été consacrées au nettoyage.', day('2017-01-20'));
    expect(following).toMatchObject({ text: 'les semaines suivantes', type: 'DURATION', value: 'PXW' });
  });

  it('keeps "plus d\'un an", "moins d\'une semaine" and "près d\'un mois" with their modifier', () => {
    const found = times("Il est détenu depuis plus d'un an. Le chantier a duré moins d'une semaine, près d'un mois selon les riverains.", day('2017-01-20'));
    expect(found.map((t) => [t.text, t.value, t.mod])).toEqual([
      ["plus d'un an", 'P1Y', 'MORE_THAN'], ["moins d'une semaine", 'P1W', 'LESS_THAN'], ["près d'un mois", 'P1M', 'APPROX'],
    ]);
  });

  it('does not read a capitalised month before a name as a date ("Mai Fatty"), but keeps "Mai 68" and "1er Mai"', () => {
    expect(only('Le ministre gambien Mai Fatty a démenti hier ces informations.', day('2017-01-20')).text).toBe('hier');
    expect(only('Les barricades de Mai 68 restent dans les mémoires.', day('2017-01-20')).value).toBe('1968-05');
    expect(only('Le 1er Mai, les syndicats ont défilé à Lyon.', day('2017-01-20')).value).toBe('2016-05-01');
  });

  it('reads "l\'avant-veille" as two days before the date mentioned before', () => {
    const [, before] = times("Le navire a sombré le 14 avril 2012. L'avant-veille, l'équipage avait signalé une avarie.", day('2017-01-20'));
    expect(before).toMatchObject({ text: "L'avant-veille", value: '2012-04-12', anchor: 'previous' });
  });

  it('counts "du mois suivant", "la fin de l\'année suivante" and "les deux jours suivants" from the date before', () => {
    const text = "La crue a commencé en mars 2015. Au cours du mois suivant, l'usine a fermé ; elle a rouvert à la fin de l'année suivante. "
      + 'Les deux jours suivants ont servi au nettoyage.';
    const found = times(text, day('2017-01-20'));
    expect(found.map((t) => [t.text, t.value, t.mod])).toEqual([
      ['mars 2015', '2015-03', undefined], ['mois suivant', '2015-04', undefined], ["la fin de l'année suivante", '2016', 'END'],
      ['Les deux jours suivants', 'P2D', undefined],
    ]);
  });

  it('reads an ordinal quarter with its year as that quarter, and keeps the year of "la première semaine de 2016"', () => {
    const found = times('Le chiffre du 3e trimestre 2016 dépasse celui du troisième trimestre de 2015. La première semaine de 2016 fut calme.', day('2017-01-20'));
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['du 3e trimestre 2016', '2016-Q3'], ['du troisième trimestre de 2015', '2015-Q3'], ['La première semaine de 2016', '2016'],
    ]);
  });

  it('reads plural weekdays as recurrences: "les mardis", "les lundis soir"', () => {
    const found = times('Le marché se tient les mardis ; les lundis soir, la chorale répète.', day('2020-07-15'));
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([['les mardis', 'SET', 'XXXX-WXX-2'], ['les lundis soir', 'SET', 'XXXX-WXX-1TEV']]);
  });

  it('reads "2 heures du matin", "à 8 heures du soir" and "de 9 heures à 17 heures" as times, "pendant 9 heures" as a duration', () => {
    const found = times("Le magasin ouvre de 9 heures à 17 heures. L'incendie s'est déclaré vers 2 heures du matin et a duré pendant 9 heures ; "
      + 'les pompiers sont repartis à 8 heures du soir.', day('2020-07-15'));
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([
      ['9 heures', 'TIME', '2020-07-15T09:00'], ['17 heures', 'TIME', '2020-07-15T17:00'], ['2 heures du matin', 'TIME', '2020-07-15T02:00'],
      ['9 heures', 'DURATION', 'PT9H'], ['8 heures du soir', 'TIME', '2020-07-15T20:00'],
    ]);
  });

  it('reads "au premier semestre" as a half of the article\'s year, and "chaque été" as a recurrence', () => {
    const found = times('Au premier semestre, le chiffre d\'affaires a progressé. Le festival revient chaque été.', day('2020-09-15'));
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([['premier semestre', 'DATE', '2020-H1'], ['chaque été', 'SET', 'XXXX-SU']]);
  });

  it('reads a capitalised month alone inside a sentence as a name ("atteindra Mars"), not at the head of one', () => {
    expect(times('La sonde atteindra Mars dans sept mois.', day('2020-07-15')).map((t) => t.text)).toEqual(['sept mois']);
    expect(only('Mars a été le mois le plus froid.', day('2020-07-15')).value).toBe('2020-03');
  });

  it('reads the second decade of "les années 1980 et 1990" as a decade, not the year 1990', () => {
    const found = times('Dans les années 1980 et 1990, la ville a doublé de taille.', day('2020-07-15'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['années 1980', '198X'], ['1990', '199X']]);
  });

  it('reads "la semaine du 14 juillet 2016" as the week that holds that day', () => {
    expect(only('La semaine du 14 juillet 2016 restera dans les mémoires.', day('2020-07-15'))).toMatchObject({ type: 'DATE', value: '2016-W28' });
  });
});
