import { describe, expect, it } from 'vitest';
import { bucketEvents } from '../../web/src/event-histogram.js';

describe('bucketEvents', () => {
  it('counts event times by the year they start in over a long span, framing out rare outliers', () => {
    const intervals = [
      { from: '1000-01-01' },
      ...Array.from({ length: 60 }, (_, i) => ({ from: `${1990 + (i % 30)}-06-01` })),
      { from: '2019-04-01' }, { from: '2019-04-08' },
    ];
    const { unit, buckets, outside } = bucketEvents(intervals);
    expect(unit).toBe('year');
    expect(buckets[0]!.key).toBe('1990');
    expect(buckets.find((b) => b.key === '2019')!.count).toBe(4);
    expect(outside).toBe(1);
    expect(buckets.reduce((sum, b) => sum + b.count, 0) + outside).toBe(intervals.length);
  });

  it('switches to months and days for short ranges, with keys the search filters accept', () => {
    const seedTimes = [{ from: '2018-12-19' }, { from: '2019-04-01' }, { from: '2019-04-01' }];
    const months = bucketEvents(seedTimes, { from: '2018-12', to: '2019-04' });
    expect(months.unit).toBe('month');
    expect(months.buckets.map((b) => `${b.key}:${b.count}`)).toEqual(['2018-12:1', '2019-01:0', '2019-02:0', '2019-03:0', '2019-04:2']);
    const days = bucketEvents(seedTimes, { from: '2019-03-30', to: '2019-04-02' });
    expect(days.unit).toBe('day');
    expect(days.buckets.map((b) => b.key)).toEqual(['2019-03-30', '2019-03-31', '2019-04-01', '2019-04-02']);
    expect(days.outside).toBe(1);
  });

  it('gives no buckets when nothing is resolved', () => {
    expect(bucketEvents([]).buckets).toEqual([]);
  });
});
