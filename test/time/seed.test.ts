import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { paragraphStage } from '../../src/segment/paragraphs.js';
import { tokenStage } from '../../src/segment/tokens.js';
import { readPlainText } from '../../src/ingest/formats/text.js';
import { timeStage } from '../../src/time/stage.js';
import { eventDates } from '../../src/time/event-dates.js';
import type { TimeExpression } from '../../src/record/schema.js';

const SEED = readFileSync(new URL('../../../shared/seed/press-tv-syria-2019-04.txt', import.meta.url), 'utf8');
const record = analyze(readPlainText(SEED, { format: 'text' }), [paragraphStage, tokenStage, timeStage]);
const times = record.layers.times ?? [];
const find = (text: string): TimeExpression => {
  const found = times.find((t) => t.text === text);
  if (!found) throw new Error(`no time expression "${text}" in ${JSON.stringify(times.map((t) => t.text))}`);
  return found;
};

describe('times of the seed article (dated 2019-04, month precision)', () => {
  it('reads the date header as the document date, not as a time expression of the text', () => {
    expect(record.meta.date).toEqual({ value: '2019-04', precision: 'month' });
    expect(times.every((t) => t.start > SEED.indexOf('Selon'))).toBe(true);
  });

  it('resolves "a annoncé le 19 décembre" to the last past 19 December, to the day', () => {
    const t = find('le 19 décembre');
    expect(SEED.slice(t.start, t.end)).toBe('le 19 décembre');
    expect(t).toMatchObject({ type: 'DATE', value: '2018-12-19', from: '2018-12-19', to: '2018-12-20', precision: 'day' });
  });

  it('gives "Lundi" (passé composé) an interval of Mondays around the month instead of inventing a day', () => {
    const t = find('Lundi');
    expect(t.type).toBe('DATE');
    expect(t.precision).toBe('day-uncertain');
    expect(t.value).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(t.from! >= '2019-03-25').toBe(true);
    expect(t.to! <= '2019-05-01').toBe(true);
    expect(t.to! > t.from!).toBe(true);
  });

  it('reads "depuis plusieurs jours" as a vague duration in days', () => {
    expect(find('plusieurs jours')).toMatchObject({ type: 'DURATION', value: 'PXD' });
  });

  it('anchors "depuis cette date" to the date mentioned before it', () => {
    const t = find('cette date');
    const announced = find('le 19 décembre');
    expect(t).toMatchObject({ value: '2018-12-19', anchor: 'previous', anchorSpan: { start: announced.start, end: announced.end } });
  });

  it('reads "ces dernières semaines" as a past reference ending with the document month', () => {
    expect(find('ces dernières semaines')).toMatchObject({ value: 'PAST_REF', precision: 'vague', to: '2019-05-01' });
  });

  it('lists the calendar-placed times as event dates, leaving durations and vague references out', () => {
    const dates = eventDates(record);
    expect(dates.map((d) => SEED.slice(d.span.start, d.span.end))).toEqual(['Lundi', 'le 19 décembre', 'cette date']);
    expect(dates[1]).toEqual({ from: '2018-12-19', to: '2018-12-20', precision: 'day', value: '2018-12-19', span: { start: find('le 19 décembre').start, end: find('le 19 décembre').end } });
  });
});
