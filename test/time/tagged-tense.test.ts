import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { paragraphStage } from '../../src/segment/paragraphs.js';
import { tokenStage } from '../../src/segment/tokens.js';
import { tagStage } from '../../src/tag/stage.js';
import { timeStage } from '../../src/time/stage.js';
import type { TimeExpression } from '../../src/record/schema.js';

/** Times read with the tagger's verb features, as the pipeline runs them (TimeBank / AQUAINT sentences). */
function taggedTimes(text: string, date: string, lang: 'en' | 'fr' = 'en'): TimeExpression[] {
  const input = { text, meta: { date: { value: date, precision: 'day' as const }, origin: { format: 'jsonl' as const } }, declaredLang: lang };
  return analyze(input, [paragraphStage, tokenStage, tagStage, timeStage]).layers.times ?? [];
}
const find = (times: TimeExpression[], text: string) => times.find((t) => t.text === text);

describe('English tense from the tagger', () => {
  it('lets a finite present govern the date after it, not the reporting verb further left', () => {
    const times = taggedTimes('The company said it expects to release third-quarter results in mid-November.', '1989-10-27');
    expect(find(times, 'mid-November')).toMatchObject({ value: '1989-11', mod: 'MID' });
  });

  it('gives a passive participle the tense of its present auxiliary', () => {
    const times = taggedTimes('The relatives may lose a fight to keep him when the case is heard in May in the 11th Circuit.', '2000-03-29');
    expect(find(times, 'May')?.value).toBe('2000-05');
  });

  it('does not let a past verb place the date of the infinitive it governs', () => {
    const times = taggedTimes('NATO decided to admit Poland, Hungary and the Czech Republic in early March, an official said.', '1999-02-10');
    expect(find(times, 'early March')?.value).toBe('1999-03');
    // The nearest day is still the one just gone.
    expect(find(taggedTimes('The spokesman declined to comment Monday on the report.', '1999-02-10'), 'Monday')?.value).toBe('1999-02-08');
  });

  it('dates a plan told after its fronted weekday in the past, and a weekday named after "planned" ahead', () => {
    expect(find(taggedTimes('On Friday, the Kenyan government planned to pay the first death claims.', '1998-09-30'), 'Friday')?.value).toBe('1998-09-25');
    expect(find(taggedTimes('Protesters planned a large demonstration on Saturday.', '1998-09-30'), 'Saturday')?.value).toBe('1998-10-03');
  });

  it('reads the verb before a title or an initial ("met Gen. Colin Powell"), which ends no sentence', () => {
    expect(find(taggedTimes('The chairman met Gen. Colin Powell in December.', '1989-10-26'), 'December')?.value).toBe('1988-12');
    expect(find(taggedTimes('The chairman met Daniel P. Davison in December.', '1989-10-26'), 'December')?.value).toBe('1988-12');
  });

  it('lets a future word more than ten words back place a date no verb nearer places, unless the date qualifies a noun', () => {
    const mission = 'Lieutenant Colonel Eileen Collins will be named commander of the Space Shuttle Columbia for a mission in December.';
    expect(find(taggedTimes(mission, '1998-03-04'), 'December')?.value).toBe('1998-12');
    const report = 'Her colleagues will get one more big data point on Friday with the release of the November jobs report.';
    expect(find(taggedTimes(report, '2015-12-01'), 'November')?.value).toBe('2015-11');
  });

  it('still reads a past participle after "has" as past', () => {
    const times = taggedTimes('The government has closed the border in November, officials said.', '2000-03-29');
    expect(find(times, 'November')?.value).toBe('1999-11');
  });
});

describe('English quarterly reports read with the tagger', () => {
  it('takes a current fiscal quarter whose results are reported in the past as the reported quarter', () => {
    const text = 'Ralston Purina Co. reported a 47% decline in fourth-quarter earnings. The company earned $45.2 million, '
      + 'compared with $84.9 million a year earlier. Sales in the latest period were $1.76 billion.';
    const times = taggedTimes(text, '1989-11-02');
    expect(['fourth-quarter', 'a year earlier', 'the latest period'].map((t) => find(times, t)?.value)).toEqual(['1989-Q4', '1988-Q4', '1989-Q4']);
  });
});

describe('English months read with the tagger', () => {
  it('reads a capitalised "May" or "March" alone after a preposition or a verb as a month, not a name or a march', () => {
    const texts = (text: string) => taggedTimes(text, '2013-02-15').map((t) => [t.text, t.value]);
    expect(texts('The vote is scheduled for March.')).toEqual([['March', '2013-03']]);
    expect(texts('Police said Mrs. May was at home.')).toEqual([]);
    expect(texts('He joined the annual March for Life.')).toEqual([]);
    expect(texts('Theresa May spoke. Merkel sides with May on a vote set for March.')).toEqual([['March', '2013-03']]);
  });
});

describe('French tense of a participle from its auxiliaries', () => {
  const thursday = '2017-04-20';
  const friday = (text: string) => taggedTimes(text, thursday, 'fr').find((t) => /^vendredi$/i.test(t.text))?.value;

  it('reads a present passive as the present, so the next Friday is the nearest', () => {
    expect(friday('Le match est fixé vendredi au stade de la Meinau.')).toBe('2017-04-21');
  });

  it('reads a compound past with "être" as past: a verb of motion or state, a reflexive, a passive in the perfect', () => {
    expect(friday('Le président est arrivé vendredi à Berlin.')).toBe('2017-04-14');
    expect(friday("Le ministre s'est engagé vendredi à revoir le projet.")).toBe('2017-04-14');
    expect(friday('La réunion a été annulée vendredi par la préfecture.')).toBe('2017-04-14');
  });

  it('reads the verb group after a date at the head of the sentence from its auxiliary and participle', () => {
    expect(friday('Vendredi, une fusillade a éclaté dans une boîte de nuit.')).toBe('2017-04-14');
    expect(friday('Vendredi, le club sera reçu par la mairie.')).toBe('2017-04-21');
  });
});

describe('English unit words the tagger reads as ordinals', () => {
  it('leaves "a second motion" out: a second before a noun is an ordinal', () => {
    expect(taggedTimes('The move, called prorogation, came after a second motion for snap elections failed to pass.', '2019-09-11')).toEqual([]);
  });
});

describe('English dates that open their sentence', () => {
  it('take the tense of the main verb after the comma, however far it comes', () => {
    const text = 'In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a clinic bombing in Birmingham, Ala., killed a security guard and severely wounded a nurse.';
    expect(find(taggedTimes(text, '1998-10-25'), 'January')?.value).toBe('1998-01');
  });
});
