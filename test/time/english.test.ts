import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/time/annotate.js';
import type { PublicationDate } from '../../src/record/schema.js';

const day = (value: string): PublicationDate => ({ value, precision: 'day' });
const times = (text: string, date?: PublicationDate) => findTimes(text, 'en', { date });
const only = (text: string, date?: PublicationDate) => {
  const found = times(text, date);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('English time expressions', () => {
  it('resolves weekdays of Wikinews sentences to the last such day before the article', () => {
    expect(only('An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural region of Russia.', day('2019-01-04')))
      .toMatchObject({ value: '2018-12-31', precision: 'day', anchor: 'dct' });
    expect(only('Former United States Central Intelligence Agency agent Tony Mendez died Saturday, aged 78.', day('2019-01-22')).value).toBe('2019-01-19');
  });

  it('reads "yesterday" against the document date', () => {
    const text = 'A Boeing 707 cargo plane crashed into houses in Karaj, near Tehran, the Iranian capital, yesterday.';
    expect(only(text, day('2019-01-15'))).toMatchObject({ text: 'yesterday', value: '2019-01-14' });
  });

  it('reads abbreviated months with their period, and full dates', () => {
    const [aug, full] = times('The embassies were bombed on Aug. 7, and the trial opened March 5, 1946.', day('1998-08-18'));
    expect(aug).toMatchObject({ text: 'Aug. 7', value: '1998-08-07' });
    expect(full).toMatchObject({ text: 'March 5, 1946', value: '1946-03-05', anchor: 'absolute' });
  });

  it('reads clock times with a.m./p.m. and the day that follows them', () => {
    expect(only('The vote will close at 7:30 p.m.', day('2019-01-04'))).toMatchObject({ type: 'TIME', value: '2019-01-04T19:30' });
    expect(only('The ship sank at 10 p.m. Wednesday, officials said.', day('1998-02-13'))).toMatchObject({ text: '10 p.m. Wednesday', value: '1998-02-11T22:00' });
  });

  it('reads the part of the day after a bare hour as a.m. or p.m. ("4 in the morning", "11 at night")', () => {
    const text = 'The father will leave at 4 in the morning and arrive at 8 in the evening; the vigil ends at 11 at night.';
    expect(times(text, day('2000-04-05')).map((t) => [t.text, t.type, t.value])).toEqual([
      ['4 in the morning', 'TIME', '2000-04-05T04:00'],
      ['8 in the evening', 'TIME', '2000-04-05T20:00'],
      ['11 at night', 'TIME', '2000-04-05T23:00'],
    ]);
  });

  it('keeps a month in the year that opens its sentence when the tense agrees ("In 1988, the plant closed in March")', () => {
    const date = day('2004-11-03');
    expect(times('Four years ago, the race was decided in December.', date).map((t) => t.value)).toEqual(['2000', '2000-12']);
    expect(times('In 1988, the plant closed in March.', date).map((t) => t.value)).toEqual(['1988', '1988-03']);
    // Another sentence, or a year inside a clause, sets no time for the rest.
    expect(times('The plant opened in 1999. It closed in March.', date).map((t) => t.value)).toEqual(['1999', '2004-03']);
    expect(times('Under a program approved in 1987, it had bought shares through Sept. 29.', date).map((t) => t.value)).toEqual(['1987', '2004-09-29']);
  });

  it('reads "last March" told in March as a year back, not the month under way', () => {
    expect(only('They met last March.', day('1998-03-20')).value).toBe('1997-03');
    expect(only('They met last February.', day('1998-03-20')).value).toBe('1998-02');
  });

  it('reads "March of 2009" as one month of that year', () => {
    expect(only('The rally began in March of 2009.', day('2011-06-15'))).toMatchObject({ text: 'March of 2009', value: '2009-03' });
  });

  it('gives "from January to March" two months, the second one found after "to" as well', () => {
    expect(times('Sales rose from January to March.', day('2008-05-20')).map((t) => [t.text, t.value])).toEqual([['January', '2008-01'], ['March', '2008-03']]);
    expect(times('Sales from May to June 2007 rose.', day('2008-05-20')).map((t) => [t.text, t.value])).toEqual([['May', '2007-05'], ['June 2007', '2007-06']]);
  });

  it('gives "between May 3 and 5" two dates sharing the month, without the connectors', () => {
    const [first, second] = times('Voting will take place between May 3 and 5.', day('2019-04-10'));
    expect(first).toMatchObject({ text: 'May 3', value: '2019-05-03' });
    expect(second).toMatchObject({ text: '5', value: '2019-05-05' });
  });

  it('reads relative weeks, years, quarters and "ago"', () => {
    const date = day('1989-10-26');
    expect(only('Sales rose last week.', date)).toMatchObject({ value: '1989-W42', precision: 'week' });
    expect(only('Profit fell in the third quarter.', date)).toMatchObject({ text: 'the third quarter', value: '1989-Q3' });
    expect(only('The plant closed three years ago.', date)).toMatchObject({ value: '1986' });
    expect(only('The company will be sold next year.', date)).toMatchObject({ value: '1990' });
  });

  it('reads "May" as a month only where a month is expected', () => {
    expect(times('The president may declare a national emergency.', day('2019-01-07'))).toEqual([]);
    expect(only('The law was passed in May.', day('2019-07-01')).value).toBe('2019-05');
  });

  it('resolves "later that year" and "the following year" against the year mentioned before', () => {
    const [, later, following] = times('The dam was completed in 1950. Later that year, the valley flooded. The following year the town moved.', day('2002-09-01'));
    expect(later).toMatchObject({ text: 'Later that year', value: '1950', anchor: 'previous' });
    expect(following).toMatchObject({ text: 'The following year', value: '1951', anchor: 'previous' });
  });

  it('anchors "the next day" to the date just mentioned (Wikinews)', () => {
    const text = 'A few days later, on July 2, Trump announced he would drop the question, before reversing course the next day.';
    const [, july, next] = times(text, day('2019-07-20'));
    expect(july).toMatchObject({ text: 'July 2', value: '2019-07-02' });
    expect(next).toMatchObject({ text: 'the next day', value: '2019-07-03', anchor: 'previous', anchorSpan: { start: july!.start, end: july!.end } });
  });

  it('writes "that same day" after a month as an unknown day of that month', () => {
    const found = times('Eastern Airlines filed for bankruptcy protection in March 1989, and its unions ended their strike that same day.', day('1989-11-02'));
    expect(found.map((t) => [t.text, t.value, t.precision])).toEqual([['March 1989', '1989-03', 'month'], ['that same day', '1989-03-XX', 'day-uncertain']]);
  });

  it('does not read "a quarter million" as a duration', () => {
    expect(times('According to authorities, the site hosted a quarter million video clips.', day('2019-10-17'))).toEqual([]);
  });

  it('reads durations, sets and references', () => {
    const date = day('2000-01-07');
    expect(only('The talks lasted more than two weeks.', date)).toMatchObject({ type: 'DURATION', value: 'P2W', mod: 'MORE_THAN' });
    expect(only('Flights leave daily from the capital.', date)).toMatchObject({ type: 'SET', value: 'P1D' });
    expect(only('The rebels now control the city.', date)).toMatchObject({ value: 'PRESENT_REF' });
  });

  it('does not read ages as durations nor the verb "march" as a month', () => {
    expect(times('The 6-year-old boy was found on Tuesday.', day('1999-03-12')).map((t) => t.text)).toEqual(['Tuesday']);
    expect(times('Thousands will march on the capital.', day('1999-03-12'))).toEqual([]);
  });

  it('places holidays on their day, Thanksgiving on the fourth Thursday of November', () => {
    expect(only('Prices rose after Thanksgiving Day, retailers said.', day('2000-01-07'))).toMatchObject({ value: '1999-11-25' });
    expect(only('The troops were home for Christmas.', day('1999-12-28'))).toMatchObject({ value: '1999-12-25' });
  });

  it('takes the tense of the clause, not of a "to" that only introduces a place', () => {
    const text = 'The Iraqi ambassador to Venezuela said on Tuesday that Iraq would retaliate.';
    expect(only(text, day('1990-08-15'))).toMatchObject({ text: 'Tuesday', value: '1990-08-14' });
  });

  it('reads deadlines and payment dates as ahead, starting points as behind', () => {
    expect(only('The reduced dividend is payable Jan. 2 to holders of record.', day('1989-11-02')).value).toBe('1990-01-02');
    expect(only('Qantas will almost double its flights between Australia and India by August.', day('1998-02-13')).value).toBe('1998-08');
    expect(only('Since March, the shares have gained nearly 4%.', day('1989-02-27')).value).toBe('1988-03');
  });

  it('reads a plan of the past perfect as past: "had been scheduled to expire Friday" is the Friday just gone', () => {
    const date = day('1989-10-30');
    expect(only('The offer had been scheduled to expire Friday.', date).value).toBe('1989-10-27');
    expect(only('The offer is scheduled to expire Friday.', date).value).toBe('1989-11-03');
  });

  it('reads "a quarter century" as 25 years, and leaves the adjective "quarter-century" out', () => {
    expect(only('The dispute lasted a quarter century.', day('2012-10-17')).value).toBe('P25Y');
    expect(only('Over the past quarter-century, prices rose.', day('2012-10-17')).value).toBe('P25Y');
    expect(times('Unemployment is just above its quarter-century low.', day('1998-02-06'))).toEqual([]);
  });

  it('puts a bare hour on the day last mentioned only when the tense of its clause agrees with that day', () => {
    const date = day('2013-03-14');
    const ahead = times('Talks are scheduled for next Thursday. The ceasefire took effect at 6 a.m. local time.', date);
    expect(ahead.map((t) => t.value)).toEqual(['2013-03-21', '2013-03-14T06:00']);
    const before = times('The rebels attacked on Monday. The ceasefire took effect at 6 a.m.', date);
    expect(before.map((t) => t.value)).toEqual(['2013-03-11', '2013-03-11T06:00']);
  });

  it('joins a weekday with a direction word to the date set beside it, and leaves "quarter-to-quarter" out', () => {
    expect(only("International Women's Day is this coming Sunday, March eighth.", day('1998-03-05'))).toMatchObject({ text: 'this coming Sunday, March eighth', value: '1998-03-08' });
    expect(times('The quarter-to-quarter comparison was also enhanced. Day-to-day operations continued.', day('1989-11-01'))).toEqual([]);
  });

  it('reads a capitalised "Today" after a capitalised word inside a sentence as the end of a title ("USA Today")', () => {
    const date = day('1998-03-31');
    expect(times('This is VOA Today.', date)).toEqual([]);
    expect(only('He told USA Today on Monday.', date).text).toBe('Monday');
    expect(only('Clinton arrives Today in Nairobi.', date).value).toBe('1998-03-31');
  });

  it('reads "that night" and "the same evening" as a part of the day last mentioned', () => {
    const found = times('The firm was founded on March 3, 2005. That night, police arrived. The same evening, he left.', day('2012-10-17'));
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([
      ['March 3, 2005', 'DATE', '2005-03-03'], ['That night', 'TIME', '2005-03-03TNI'], ['The same evening', 'TIME', '2005-03-03TEV'],
    ]);
  });

  it('reads "the day before last Tuesday" and "the day after Christmas" as the day next to the one named', () => {
    const date = day('2000-02-24');
    expect(only("The day before last Tuesday's federal court hearing, Manuel went to the house.", date)).toMatchObject({ text: 'The day before last Tuesday', value: '2000-02-21' });
    expect(only('Shoppers returned their gifts the day after Christmas.', day('1999-12-28')).value).toBe('1999-12-26');
    expect(only('The day before yesterday it rained.', date).value).toBe('2000-02-22');
  });

  it('resolves "a year earlier" and "the year-ago quarter" in a quarterly report to the same quarter a year before', () => {
    const text = 'The company earned $5.3 million in the third quarter, up from $4.1 million a year earlier. '
      + 'Sales in the quarter rose 8% from the year-ago quarter, and year-earlier results were restated. '
      + 'In the 1988 period, the company also took a charge.';
    const found = times(text, day('1989-11-02'));
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['the third quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
      ['the quarter', '1989-Q3'],
      ['the year-ago quarter', '1988-Q3'],
      ['year-earlier', '1988-Q3'],
      ['the 1988 period', '1988-Q3'],
    ]);
  });

  it('reads "the corresponding period last year", "last year\'s quarter" and "the quarter a year ago" as the reported quarter a year back', () => {
    const text = 'The company lost $4.2 million in the third quarter, against a profit for the corresponding period last year. '
      + 'U.K. sales for last year\'s quarter were about $3 million. For the quarter a year ago, it earned $16.3 million.';
    expect(times(text, day('1989-11-01')).map((t) => [t.text, t.value])).toEqual([
      ['the third quarter', '1989-Q3'],
      ['the corresponding period last year', '1988-Q3'],
      ["last year's quarter", '1988-Q3'],
      ['the quarter a year ago', '1988-Q3'],
    ]);
  });

  it('keeps the latest quarter named as the reported one when an earlier quarter is mentioned in passing (TimeBank wsj_0292)', () => {
    const text = 'Despite continuing problems in its newsprint business, Kimberly-Clark Corp. posted a 20% gain in third-quarter net income. '
      + 'After a flat second quarter tied largely to lower newsprint earnings, Kimberly-Clark attributed the gain to improved results in its consumer businesses. '
      + 'The comparison was also enhanced by charges taken in the year-earlier period. In the 1989 period also, interest expense and tax rates were lower than a year ago.';
    expect(times(text, day('1989-11-01')).map((t) => [t.text, t.value])).toEqual([
      ['third-quarter', '1989-Q3'],
      ['second quarter', '1989-Q2'],
      ['the year-earlier period', '1988-Q3'],
      ['the 1989 period', '1989-Q3'],
      ['a year ago', '1988-Q3'],
    ]);
  });

  it('reads the year-ago figures after "for the nine months" as the previous year, not as a quarter (TimeBank wsj_0167)', () => {
    const text = 'RMS said it had a loss of $158,666, or 10 cents a share, in the third quarter, compared with a year-earlier loss of $26,956, or two cents a share. '
      + 'Sales rose to $3 million from $2.9 million. For the nine months, the company reported a net loss of $608,413, or 39 cents a share, '
      + 'compared with year-earlier net income of $967,809, or 62 cents a share.';
    expect(times(text, day('1989-11-02')).map((t) => [t.text, t.value])).toEqual([
      ['the third quarter', '1989-Q3'],
      ['year-earlier', '1988-Q3'],
      ['the nine months', 'P9M'],
      ['year-earlier', '1988'],
    ]);
  });

  it('keeps reading year-ago figures as the nine months of the previous year after "the 1988 period" names them again', () => {
    const text = 'In the first nine months, net was $306 million, compared with a loss of $195 million in the 1988 period. '
      + 'The year-ago results included a $415 million charge.';
    expect(times(text, day('1989-11-02')).map((t) => [t.text, t.value])).toEqual([
      ['the first nine months', 'P9M'],
      ['the 1988 period', '1988'],
      ['The year-ago', '1988'],
    ]);
  });

  it('does not read the article of "a year-end dividend" as the amount "a year"', () => {
    expect(only('The company will pay a year-end dividend.', day('1989-10-30'))).toMatchObject({ text: 'year-end', value: '1989' });
  });

  it('does not take the first quarter of a year mentioned just before as the reported quarter', () => {
    const found = times('Since the start of the year, sales have risen. In the quarter, profit doubled.', day('2011-06-15'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['the start of the year', '2011'], ['the quarter', '2011-Q2']]);
  });

  it('reads "the year-earlier nine months" as one duration', () => {
    expect(only('Net for the year-earlier nine months also included a gain.', day('1989-10-26'))).toMatchObject({ type: 'DURATION', value: 'P9M' });
  });

  it('reads "a year-earlier loss" as the quarter a year before, not as the amount "a year"', () => {
    const text = 'The company had a net loss of $5.1 million in the third quarter, compared with a year-earlier net loss of $6.2 million.';
    const found = times(text, day('1989-10-26'));
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([
      ['the third quarter', 'DATE', '1989-Q3'],
      ['year-earlier', 'DATE', '1988-Q3'],
    ]);
  });

  it('reads "the current fiscal year" and "the latest fiscal year" as whole years', () => {
    expect(only('The maker of fasteners expects to post sales in the current fiscal year that are slightly above forecasts.', day('1989-11-02')))
      .toMatchObject({ text: 'the current fiscal year', type: 'DATE', value: '1989' });
    expect(only('Provigo had 7.38 billion Canadian dollars in sales in the latest fiscal year.', day('1989-10-26')))
      .toMatchObject({ text: 'the latest fiscal year', value: '1988' });
  });

  it('takes "the quarter ended July 31" from its end date, the quarter holding most of its three months', () => {
    const text = 'Jayark Corp. reported a fourth-quarter charge. In the quarter ended July 31, Jayark had an average of 6,500 shares outstanding.';
    const found = times(text, day('1989-10-30'));
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['fourth-quarter', '1989-Q4'],
      ['the quarter', '1989-Q2'],
      ['July 31', '1989-07-31'],
    ]);
  });

  it('reads "a week or so ago" as a date before the article, not as the duration "a week"', () => {
    expect(only('Then, a week or so ago, Gen. Schwarzkopf secretly picked the date of the attack.', day('1991-02-25')))
      .toMatchObject({ text: 'a week or so ago', type: 'DATE', value: '1991-02-18' });
  });

  it('reads compound adjectives of length ("day-long", "decades-long") as durations, without the article', () => {
    const text = "Lawyers emerged from their third day-long meeting, the latest round of the government's decades-long battle, after an hour-long speech.";
    expect(times(text, day('2000-04-03')).map((t) => [t.text, t.type, t.value])).toEqual([
      ['day-long', 'DURATION', 'P1D'],
      ['decades-long', 'DURATION', 'PXY'],
      ['hour-long', 'DURATION', 'PT1H'],
    ]);
  });

  it('reads "a year ago" as a year when no quarter was named', () => {
    expect(only('The plant closed a year ago.', day('1998-03-04'))).toMatchObject({ value: '1997', precision: 'year' });
  });

  it('reads quarters with their year: "the third quarter of 1984", "the 1988 second quarter", "next year\'s first quarter"', () => {
    const found = times('Dividends stopped in the third quarter of 1984 and fell in the 1988 second quarter; they may resume in next year\'s first quarter.', day('1989-10-31'));
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['the third quarter of 1984', '1984-Q3'],
      ['the 1988 second quarter', '1988-Q2'],
      ["next year's first quarter", '1990-Q1'],
    ]);
  });

  it('reads a month qualified by "last year" as that month of the previous year', () => {
    expect(only('In July last year, Hun Sen staged a coup in Phnom Penh.', day('1998-02-19'))).toMatchObject({ text: 'July last year', value: '1997-07', anchor: 'dct' });
  });

  it('reads years in words, as broadcast transcripts spell them', () => {
    const found = times('Keating was convicted in nineteen ninety-one. The approach of the year two thousand worries them.', day('1998-01-15'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['nineteen ninety-one', '1991'], ['the year two thousand', '2000']]);
    expect(only('He served twenty five years.', day('1998-01-15'))).toMatchObject({ type: 'DURATION', value: 'P25Y' });
  });

  it('reads "in recent months" as an unspecified number of months, "hourly" as a set', () => {
    expect(only('Officials have expressed concerns in recent months.', day('1998-04-02'))).toMatchObject({ type: 'DURATION', value: 'PXM' });
    expect(only('Average hourly earnings rose 0.2%.', day('1998-02-06'))).toMatchObject({ type: 'SET', value: 'PT1H' });
  });

  it('writes fractions of a unit in the next smaller unit, decades in years', () => {
    const date = day('1998-08-17');
    expect(only('Refugees lived in U.N.-run camps for 2 1/2 years.', date).value).toBe('P2Y6M');
    expect(only('She then spends about 5 1/2 hours in Nairobi.', date)).toMatchObject({ value: 'PT5H30M', mod: 'APPROX' });
    expect(only('The unemployment rate is the lowest for almost two decades.', date).value).toBe('P20Y');
  });

  it('leaves the time zone out of the value of a clock time, as English TimeBank does', () => {
    expect(only('The father will leave at 4 a.m. EDT Thursday.', day('2000-04-05'))).toMatchObject({ text: '4 a.m. EDT Thursday', value: '2000-04-06T04:00' });
  });

  it('reads "last Oct. 23" as one date and "April 24 and 25" as two', () => {
    expect(only('He was shot to death last Oct. 23 at his home.', day('1999-04-19'))).toMatchObject({ text: 'last Oct. 23', value: '1998-10-23' });
    const found = times('The summit will be held on April 24 and 25.', day('1999-02-10'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['April 24', '1999-04-24'], ['25', '1999-04-25']]);
  });

  it('does not take the adjective "future" for a time, but keeps "the foreseeable future"', () => {
    expect(times('The reserves cover future payments.', day('1989-11-02'))).toEqual([]);
    expect(only('Forces will stay in the region for the foreseeable future.', day('1998-03-06')).value).toBe('FUTURE_REF');
  });

  it('reads "the quarter ended Sept. 30" as the reported quarter and "for the year" as the year under discussion', () => {
    const found = times('Earnings for the fourth quarter ended Sept. 30 fell 50%. For the year, pet food volume was flat.', day('1989-11-02'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['the fourth quarter', '1989-Q4'], ['Sept. 30', '1989-09-30'], ['the year', '1989']]);
    const [quarter] = times('Profit rose in the third quarter. The company had a loss of $9.2 million for the quarter ended Sept. 30.', day('1989-11-01')).slice(1);
    expect(quarter).toMatchObject({ text: 'the quarter', type: 'DATE', value: '1989-Q3' });
  });

  it('reads "year-end" as the year of the article', () => {
    expect(only('The company expects to complete the transaction by year-end.', day('1989-11-02'))).toMatchObject({ text: 'year-end', value: '1989' });
  });

  it('reads a bare weekday five days ahead of a future verb as the day just gone', () => {
    const text = 'Exiles in Miami said they would look for ways to get around Wednesday\'s ruling.';
    expect(only(text, day('2000-01-07')).value).toBe('2000-01-05');
    expect(only('The monarch will meet Bush on Thursday in Kennebunkport.', day('1990-08-15')).value).toBe('1990-08-16');
  });

  it('reads a possessive weekday by its clause like any other: "ahead of Tuesday\'s primary" is the coming one', () => {
    // 4 April 2016 was a Monday.
    expect(only('Polls there show Trump is trailing Ted Cruz just ahead of Tuesday\'s vote.', day('2016-04-04')).value).toBe('2016-04-05');
  });

  it('reads a month no verb places as the nearest one, leaning a month to the past; a present clause does not lean', () => {
    // Told on 30 October 1989: March lies seven months behind or five ahead.
    const untensed = times('The stock at its high for the year: $42.875 a share in June, from $29.75 in March.', day('1989-10-30'));
    expect(untensed.find((t) => t.text === 'March')?.value).toBe('1989-03');
    expect(only('The next meeting is in March.', day('1989-10-30')).value).toBe('1990-03');
  });

  it('reads a deadline ahead, unless a past clause tells it has passed', () => {
    // Told on 23 August 2016: May lies three months back or nine ahead.
    expect(only('The campaign had been paying the firm until May.', day('2016-08-23')).value).toBe('2016-05');
    expect(only('The company says it will pay the firm until May.', day('2016-08-23')).value).toBe('2017-05');
    expect(only('By Labor Day, he had hired staff in many states.', day('2016-01-31')).value).toBe('2015-09-07');
    // A direction word outweighs the clause, and a deadline a few weeks ahead of a past clause still lies ahead.
    expect(only('The wall had been promised by next September.', day('2016-01-31')).value).toBe('2016-09');
    expect(only('The offer was extended until Nov. 16.', day('1989-10-30')).value).toBe('1989-11-16');
  });

  it('reads the past of a condition as hypothetical ("if he won the election on Nov. 8"), not as past', () => {
    const text = 'He was asked how ties would fare if he won the presidential election on Nov. 8.';
    expect(only(text, day('2016-05-16')).value).toBe('2016-11-08');
    expect(only('Trump won the primary election on May 8.', day('2016-05-16')).value).toBe('2016-05-08');
  });

  it('reads "is to", "are set to" and "were planning to" as future, so a weekday is the next one', () => {
    // 10 March 2023 was a Friday.
    expect(only('The exchange said the shares are to resume trading Tuesday.', day('2023-03-10')).value).toBe('2023-03-14');
    expect(only('The union is set to vote on the offer Monday.', day('2023-03-10')).value).toBe('2023-03-13');
    expect(only('Tenants were planning to march to city hall on Monday.', day('2023-03-10')).value).toBe('2023-03-13');
    expect(only('The union is voting on the offer it received Monday.', day('2023-03-10')).value).toBe('2023-03-06');
  });

  it('reads a rate after an amount ("$3 million a year", "$1.20 per month") as a recurrence, not a duration', () => {
    const found = times('The new plant should save about $3 million a year, or $1.20 per month for each household.', day('2021-06-02'));
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([['a year', 'SET', 'P1Y'], ['per month', 'SET', 'P1M']]);
    expect(only('Sales fell to $4.2 billion from $4.5 billion a year earlier.', day('2021-06-02')))
      .toMatchObject({ text: 'a year earlier', type: 'DATE', value: '2020' });
    expect(only('The drought lasted a year.', day('2021-06-02'))).toMatchObject({ type: 'DURATION', value: 'P1Y' });
    expect(times('The plant opened in 1990 a year after the merger.', day('2021-06-02')).map((t) => [t.text, t.type])).toEqual([['1990', 'DATE'], ['a year', 'DURATION']]);
  });

  it('reads a half of a named year as H1/H2, and leaves a bare "second half" alone', () => {
    const found = times('Margins shrank in the second half of 2019 and should recover in next year\'s first half.', day('2020-03-04'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['the second half of 2019', '2019-H2'], ["next year's first half", '2021-H1']]);
    expect(found[0]).toMatchObject({ from: '2019-07-01', to: '2020-01-01', precision: 'half' });
    expect(only('Losses will continue through the first two quarters of 2021.', day('2020-03-04')).value).toBe('2021-H1');
    expect(times('The visitors equalised early in the second half.', day('2020-03-04'))).toEqual([]);
  });

  it('reads a day a few weeks ahead in a past clause as a deadline of this year, a day months ahead as last year\'s', () => {
    expect(only('The tender offer was extended to Nov. 30, the company said.', day('2022-11-14')).value).toBe('2022-11-30');
    expect(only('Shares have doubled since Nov. 10.', day('2022-10-20')).value).toBe('2021-11-10');
    expect(only('The bridge was closed on Dec. 2 after the storm.', day('2022-06-14')).value).toBe('2021-12-02');
  });

  it('reads "an additional year" and "a several-week delay" as durations, "in the afternoon" as part of the day last named', () => {
    expect(only('The lease may be renewed for an additional year.', day('2022-05-12'))).toMatchObject({ text: 'an additional year', type: 'DURATION', value: 'P1Y' });
    expect(only('The strike caused a several-week delay.', day('2022-05-12'))).toMatchObject({ text: 'several-week', type: 'DURATION', value: 'PXW' });
    const [, afternoon] = times('Traders sold heavily on Tuesday but bought back in the afternoon.', day('2022-05-12'));
    expect(afternoon).toMatchObject({ text: 'the afternoon', type: 'TIME', value: '2022-05-10TAF' });
  });

  it('reads U.S. Election Day as the Tuesday after the first Monday of November', () => {
    // 1 November 2022 was a Tuesday, so Election Day fell on the 8th, not the 1st.
    expect(only('Both candidates will campaign until Election Day.', day('2022-10-20')).value).toBe('2022-11-08');
    expect(only('Both candidates will campaign until Election Day.', day('2020-10-20')).value).toBe('2020-11-03');
  });

  it('counts "the previous Friday" and "the next Friday" from the day last mentioned', () => {
    const [, previous] = times('Shares closed at $41 on Friday, down 2% from the previous Friday.', day('2022-05-18'));
    expect(previous).toMatchObject({ text: 'the previous Friday', value: '2022-05-06', anchor: 'previous' });
    const [, next] = times('The strike began on May 2 and ended the next Friday.', day('2022-05-18'));
    expect(next).toMatchObject({ text: 'the next Friday', value: '2022-05-06' });
  });

  it('reads the quarter just ended as this year\'s in a future clause, an earlier one as next year\'s', () => {
    expect(only('The retailer will report its third-quarter results in a webcast.', day('2022-10-20'))).toMatchObject({ text: 'third-quarter', value: '2022-Q3' });
    expect(only('The retailer will open the store in the second quarter.', day('2022-10-20')).value).toBe('2023-Q2');
  });

  it('keeps the reported quarter when a quarter not yet over is mentioned ("a fourth-quarter charge" in November)', () => {
    const found = times('Acme\'s third-quarter profit rose 8%. It expects a fourth-quarter charge of $3 million. Profit in the latest quarter was helped by lower costs.', day('2022-11-03'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['third-quarter', '2022-Q3'], ['fourth-quarter', '2022-Q4'], ['the latest quarter', '2022-Q3']]);
  });

  it('reads "each July" and "every summer" as recurrences of a month and a season', () => {
    const found = times('The town floods each July, and tourists return every summer.', day('2021-03-01'));
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([['each July', 'SET', 'XXXX-07'], ['every summer', 'SET', 'XXXX-SU']]);
  });

  it('reads "the short term" and "a later date" as the future, not the adjective "short-term"', () => {
    const found = times('Investors fear losses in the short term, although short-term debt is low; the bonds will be sold at a later date.', day('2021-03-01'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['the short term', 'FUTURE_REF'], ['a later date', 'FUTURE_REF']]);
  });

  it('leaves quoted programme titles alone ("This Week", "48 Hours") but not quoted speech', () => {
    const found = times('The senator told CBS\'s "48 Hours" and ABC\'s "This Week" that the talks were "over this week."', day('2021-03-04'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['this week', '2021-W09']]);
  });

  it('reads decades in words ("the nineties", "the late sixties") but not an age ("in his sixties")', () => {
    const found = times('Crime fell through the nineties after peaking in the late sixties; the mayor is in his sixties.', day('2021-03-04'));
    expect(found.map((t) => [t.text, t.value, t.mod])).toEqual([['the nineties', '199', undefined], ['the late sixties', '196', 'END']]);
  });

  it('leaves the article out of compound adjectives ("the eight-year battle"), not out of nouns ("the nine months")', () => {
    const found = times('After the eight-year battle and the nine months of talks, the third-quarter loss was smaller than in the past two years and the third quarter of 2020.', day('2021-11-04'));
    expect(found.map((t) => t.text)).toEqual(['eight-year', 'the nine months', 'third-quarter', 'the past two years', 'the third quarter of 2020']);
  });

  it('reads a date of a present-tense clause as the nearest one, even after "said"', () => {
    expect(only('Seeq Inc. said it is calling for the redemption on Dec. 7 of all remaining shares.', day('1989-10-30')).value).toBe('1989-12-07');
  });

  it('reads "the end of the year" and "earlier in the year" as the year of the article, "the fiscal year ended …" as a year long', () => {
    const found = times('Unisys aims to cut $500 million by the end of the year. Use was delayed earlier in the year by rains.', day('1989-10-30'));
    expect(found.map((t) => [t.text, t.value, t.mod])).toEqual([['the end of the year', '1989', 'END'], ['earlier in the year', '1989', undefined]]);
    const [fiscal] = times('In the fiscal year ended Jan. 31, the company earned $4 million.', day('1989-10-31'));
    expect(fiscal).toMatchObject({ text: 'the fiscal year', type: 'DURATION', value: 'P1Y' });
  });

  it('reads "mid-afternoon yesterday" as a part of a day, and "about three-quarters of" as no time', () => {
    expect(only('In London at mid-afternoon yesterday, Ratners shares were up 2 pence.', day('1989-11-02')))
      .toMatchObject({ text: 'mid-afternoon yesterday', type: 'TIME', value: '1989-11-01TAF', mod: 'MID' });
    expect(times('Iraq imports about three-quarters of its foodstuffs.', day('1990-08-15'))).toEqual([]);
  });

  it('reads "the weeks ahead" and "in years" as unspecified durations', () => {
    const found = times('Shipping lines expect more delays in the weeks ahead. The port was busy for the first time in years.', day('2021-03-02'));
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([['the weeks ahead', 'DURATION', 'PXW'], ['years', 'DURATION', 'PXY']]);
  });

  it('reads "one day" after a modal as some day to come, and "for one day" as a length', () => {
    expect(only('Analysts say the startup could one day rival the largest carmakers.', day('2021-03-02')))
      .toMatchObject({ text: 'one day', type: 'DATE', value: 'FUTURE_REF' });
    expect(only('The museum closed for one day after the storm.', day('2021-03-02'))).toMatchObject({ type: 'DURATION', value: 'P1D' });
  });

  it('dates the movable feasts from Easter, and reads "high noon" as no clock time', () => {
    const found = times('Pilgrims filled the square on Good Friday. The church will reopen on Easter Monday 2022.', day('2021-04-06'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['Good Friday', '2021-04-02'], ['Easter Monday 2022', '2022-04-18']]);
    expect(times('The vote was high noon for the coalition.', day('2021-04-06'))).toEqual([]);
  });

  it('counts a weekday within its month: "the first Sunday of June", "the last Friday in October 2015"', () => {
    const found = times('The runoff is set for the first Sunday of June. The first round was held the last Friday in October 2015.', day('2017-01-20'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['the first Sunday of June', '2017-06-04'], ['the last Friday in October 2015', '2015-10-30']]);
  });

  it('does not take the verb "last" for a direction: "could last up to six weeks"', () => {
    expect(only('The repairs could last up to six weeks, the city said.', day('2020-07-15')))
      .toMatchObject({ text: 'up to six weeks', type: 'DURATION', value: 'P6W', mod: 'EQUAL_OR_LESS' });
    expect(only('Prices rose over the last six weeks.', day('2020-07-15'))).toMatchObject({ text: 'the last six weeks', value: 'P6W' });
  });

  it('puts a time of day on the day written after it with "on": "at midnight on Sunday"', () => {
    const found = times('The truce took effect at midnight on Sunday, and the first convoy left at 6 a.m. on Monday.', day('2020-07-15'));
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['midnight', '2020-07-12T00:00'], ['Sunday', '2020-07-12'], ['6 a.m.', '2020-07-13T06:00'], ['Monday', '2020-07-13'],
    ]);
  });

  it('reads plural weekdays and parts of days as recurrences: "on Mondays", "Tuesday nights"', () => {
    const found = times('The library is closed on Mondays, and the choir rehearses on Tuesday nights.', day('2020-07-15'));
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([['Mondays', 'SET', 'XXXX-WXX-1'], ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI']]);
  });

  it('reads "the second half of the year" as a half of the article\'s year', () => {
    expect(only('Exports should recover in the second half of the year.', day('2020-07-15'))).toMatchObject({ text: 'the second half of the year', value: '2020-H2' });
  });

  it('keeps "mid-" in the span of a year: "by mid-2019"', () => {
    expect(only('By mid-2019, the project had fallen behind schedule.', day('2020-07-15'))).toMatchObject({ text: 'mid-2019', value: '2019', mod: 'MID' });
  });

  it('reads "the end of the decade" as a position in the current unit, "at the end of the day" as the idiom', () => {
    expect(only('The plant will close by the end of the decade.', day('2020-07-15'))).toMatchObject({ text: 'the end of the decade', value: '202', mod: 'END' });
    expect(times('At the end of the day, voters will decide.', day('2020-07-15'))).toEqual([]);
  });

  it('reads "every night" as a recurrence and joins a time with its zone to the day after "on"', () => {
    const found = times('Crowds have gathered every night. Polls close at 8 p.m. Eastern time on Nov. 3.', day('2020-07-15'));
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([
      ['every night', 'SET', 'XXXX-XX-XXTNI'], ['8 p.m. Eastern time', 'TIME', '2020-11-03T20:00'], ['Nov. 3', 'DATE', '2020-11-03'],
    ]);
  });

  it('reads "the week of Jan. 15, 1999" as the week that holds that day', () => {
    expect(only('Jury selection is set to start the week of Jan. 15, 1999, the clerk said.', day('1998-12-20')))
      .toMatchObject({ text: 'the week of Jan. 15, 1999', type: 'DATE', value: '1999-W02' });
  });

  it('keeps "earlier" and "later" in the span of a day or of the current unit, as TimeBank does', () => {
    const found = times('Earlier Sunday, protesters prayed for divine help. The company said earlier this month it would pay the dividend later this year.', day('2000-04-17'));
    expect(found.map((t) => [t.text, t.value, t.mod])).toEqual([
      ['Earlier Sunday', '2000-04-16', 'START'], ['earlier this month', '2000-04', 'START'], ['later this year', '2000', 'END'],
    ]);
  });

  it('reads a quarter with the year it belongs to as one expression: "the first quarter of next year", "of fiscal 1997"', () => {
    const found = times('Profit fell in the fourth quarter of fiscal 1997 and should recover in the first quarter of next year.', day('1998-03-04'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['the fourth quarter of fiscal 1997', '1997-Q4'], ['the first quarter of next year', '1999-Q1']]);
  });

  it('reads "Now," opening a sentence as a turn of the story, not a date, also after a closing quotation', () => {
    const text = 'The Gorbachev plan was a good one. Iraq was ready to withdraw." Now, he says, "it looks like the West just wants to destroy Iraq." Nestle is now in the candybar business.';
    expect(times(text, day('1991-02-25')).map((t) => [t.text, t.value])).toEqual([['now', 'PRESENT_REF']]);
  });

  it('leaves "today\'s youth" and "today\'s world" out as the present age, and keeps "today\'s editions"', () => {
    const found = times('"The case of Elian is for today\'s youth what the blockade was," he said. The offer, advertised in today\'s editions of the Journal, expires Friday.', day('2000-01-15'));
    expect(found.filter((t) => t.text === 'today').map((t) => [t.start, t.value])).toEqual([[98, '2000-01-15']]);
  });

  it('leaves "the future of our peoples" out as a fate, and keeps "in the future"', () => {
    const found = times('That is very important to the future of our peoples, and it will stay so in the future.', day('1998-02-13'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['the future', 'FUTURE_REF']]);
    expect(found[0]!.start).toBeGreaterThan(60);
  });

  it('reads halves of a unit: "half an hour", "an hour and a half", "two and a half years ago"', () => {
    const text = 'The talks lasted half an hour, the vote an hour and a half; the plant closed two and a half years ago.';
    expect(times(text, day('2013-03-15')).map((t) => [t.text, t.value])).toEqual([
      ['half an hour', 'PT30M'], ['an hour and a half', 'PT1H30M'], ['two and a half years ago', '2010-09'],
    ]);
  });

  it('reads "current" after a possessive as the present, and "trading days" as days', () => {
    const text = "Kellogg's current share is low; his current wife stayed. Eight trading days after Oct. 12, the index fell.";
    expect(times(text, day('1989-10-30')).map((t) => [t.text, t.value])).toEqual([
      ['current', 'PRESENT_REF'], ['current', 'PRESENT_REF'], ['Eight trading days', 'P8D'], ['Oct. 12', '1989-10-12'],
    ]);
  });

  it('reads "2012\'s fourth quarter" as one quarter and "earlier in the week" as a position in it, but not "later in the day"', () => {
    const text = "Sales rose in 2012's fourth quarter. They met earlier in the week and left later in the day.";
    expect(times(text, day('2013-03-22')).map((t) => [t.text, t.value])).toEqual([
      ["2012's fourth quarter", '2012-Q4'], ['earlier in the week', '2013-W12'],
    ]);
  });

  it('dates more fixed and weekday-counted holidays: St. Patrick\'s Day, Presidents\' Day, Mother\'s Day', () => {
    const text = "The parade was held on St. Patrick's Day; markets closed for Presidents' Day and will reopen after Mother's Day.";
    expect(times(text, day('2013-03-22')).map((t) => [t.text, t.value])).toEqual([
      ["St. Patrick's Day", '2013-03-17'], ["Presidents' Day", '2013-02-18'], ["Mother's Day", '2013-05-12'],
    ]);
  });

  it('reads a position word joined to a capitalised month as a date after any word: "expected mid-March", "ends early May"', () => {
    const text = 'The vote is expected mid-March and counting ends early May. Prices may fall late in the day.';
    expect(times(text, day('2013-03-01')).map((t) => [t.text, t.value, t.mod])).toEqual([
      ['mid-March', '2013-03', 'MID'], ['early May', '2013-05', 'START'],
    ]);
  });

  it('reads the financial shorthand of quarters and halves: "Q3", "3Q", "Q4 2012", "2012 Q3", "H1 2012"', () => {
    const text = 'Profit will rise in Q3 and 4Q. Sales in H1 2012 were flat, Q4 2012 sales rose and 2011 Q2 was weak; the H1N1 virus spread.';
    expect(times(text, day('2013-03-15')).map((t) => [t.text, t.value])).toEqual([
      ['Q3', '2013-Q3'], ['4Q', '2013-Q4'], ['H1 2012', '2012-H1'], ['Q4 2012', '2012-Q4'], ['2011 Q2', '2011-Q2'],
    ]);
  });

  it('gives a plural part of the day to both weekdays joined by "and": "Monday and Tuesday nights"', () => {
    const text = 'Flights leave on Monday and Tuesday nights. They met Monday and Tuesday night.';
    expect(times(text, day('1998-02-13')).map((t) => [t.text, t.type, t.value])).toEqual([
      ['Monday', 'SET', 'XXXX-WXX-1TNI'], ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
      ['Monday', 'DATE', '1998-02-09'], ['Tuesday night', 'TIME', '1998-02-10TNI'],
    ]);
  });

  it('keeps "this" in "this past weekend", a weekend gone', () => {
    expect(only('Prices fell this past weekend.', day('1998-02-13'))).toMatchObject({ text: 'this past weekend', value: '1998-W06-WE' });
  });

  it('counts "a year from now" and "two weeks from today" forward from the document date', () => {
    const text = 'The deal will close a year from now and the plant two weeks from today; a theme from now on.';
    expect(times(text, day('1998-02-13')).map((t) => [t.text, t.value])).toEqual([
      ['a year from now', '1999'], ['two weeks from today', '1998-02-27'], ['now', 'PRESENT_REF'],
    ]);
  });

  it('reads "Super Tuesday" as the first Tuesday of March, not a Tuesday near the article; "another super Tuesday" is a Tuesday', () => {
    expect(only('Cruz hopes to win Texas on Super Tuesday.', day('2015-12-10'))).toMatchObject({ text: 'Super Tuesday', value: '2016-03-01' });
    expect(only('Rubio did poorly on Super Tuesday and in the four states that voted after.', day('2016-03-10')).value).toBe('2016-03-01');
    expect(only('Sanders called it another super Tuesday for the campaign.', day('2016-03-15'))).toMatchObject({ text: 'Tuesday', value: '2016-03-15' });
  });

  it('reads "Holy Week" and "Easter week" as the week leading up to Easter Sunday, begun by its Monday', () => {
    expect(only('Protesters prayed as Easter week began.', day('2000-04-17'))).toMatchObject({ text: 'Easter week', value: '2000-W16' });
    expect(only('Pilgrims will arrive for Holy Week.', day('2000-03-01')).value).toBe('2000-W16');
  });

  it('reads "over the years" and "in the weeks that followed" as unspecified durations, not "the week" or "the year before"', () => {
    const text = 'Over the years, prices rose; in the weeks that followed, they fell. The week was calm, as was the year before and the years of the war.';
    expect(times(text, day('1998-02-13')).map((t) => [t.text, t.value])).toEqual([['the years', 'PXY'], ['the weeks', 'PXW']]);
  });

  it('reads "the second day of an offensive" as the day the story is on, and leaves a day yet to come undated', () => {
    expect(only("It's the second day of an offensive by the security forces.", day('1998-03-06'))).toMatchObject({ text: 'the second day', value: '1998-03-06' });
    expect(times('He said he will act on his first day in office.', day('1998-10-26'))).toEqual([]);
  });

  it('leaves ages, ranks and four-figure clock times out (Wikinews sentences)', () => {
    expect(times('Roberts is about 20 years old and from Bakersfield, California.', day('2019-09-22'))).toEqual([]);
    expect(times('The appeal identified children under 5 years of age as having the highest mortality.', day('2020-01-01'))).toEqual([]);
    expect(times('Pete Buttigieg, the former mayor of South Bend, Indiana, came in second with 24.4% of the vote.', day('2020-02-14'))).toEqual([]);
    expect(times('Tancredo ran for Governor of Colorado in 2010, finishing the race in second place.', day('2020-11-02')).map((t) => t.text)).toEqual(['2010']);
    expect(times('The shooting began at 10:39 a.m. local time (1639 UTC), according to police.', day('2019-08-08')).map((t) => t.text)).toEqual(['10:39 a.m.']);
  });

  it('reads a capitalised unit after a figure inside a sentence as a programme\'s name ("60 Minutes")', () => {
    expect(times('Trump posted footage on Twitter from a soon-to-be released 60 Minutes interview with Leslie Stahl.', day('2020-11-02'))).toEqual([]);
    expect(only('A fly landed on his hair for 60 minutes.', day('2020-11-02'))).toMatchObject({ value: 'PT60M' });
  });

  it('keeps "or so" in the span and reads a range of amounts as one duration of unknown length (TimeBank sentences)', () => {
    expect(only('Three plants will be closed over the next year or so, a spokesman said.', day('1989-11-02'))).toMatchObject({ text: 'the next year or so', value: '1990' });
    expect(only("He wouldn't be surprised if, over the next two years or so, General Mills' share increased.", day('1989-10-30'))).toMatchObject({ text: 'the next two years or so', value: 'P2Y' });
    expect(only('The company will resume shipments of the chips within two to three weeks.', day('1989-10-30'))).toMatchObject({ text: 'two to three weeks', type: 'DURATION', value: 'PXW' });
    expect(only('Proceeds are in anticipation of acquisitions to be made during the next 12 to 18 months.', day('1989-10-30'))).toMatchObject({ text: 'the next 12 to 18 months', value: 'PXM' });
  });

  it('reads a fiscal year\'s quarter as one expression of that year ("fiscal 1990\'s first quarter")', () => {
    expect(only("The company expects a loss in fiscal 1990's first quarter.", day('1989-10-26'))).toMatchObject({ text: "fiscal 1990's first quarter", value: '1990-Q1' });
  });

  it('keeps the open end of a year in the span ("1994 or later", "1990 and beyond"), not a following clause', () => {
    expect(only("He estimated that the company wouldn't be profitable until 1994 or later.", day('1989-10-30'))).toMatchObject({ text: '1994 or later', value: '1994' });
    expect(only('Management is confident about future earnings and cash flow for 1990 and beyond.', day('1989-10-27'))).toMatchObject({ text: '1990 and beyond', value: '1990' });
    expect(only('He joined the company in 1988 and later moved to Boston.', day('1989-10-27'))).toMatchObject({ text: '1988' });
  });
});
