import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { paragraphStage } from '../../src/segment/paragraphs.js';
import { tokenStage } from '../../src/segment/tokens.js';
import { tagStage } from '../../src/tag/stage.js';
import { timeStage } from '../../src/time/stage.js';
import type { TimeExpression } from '../../src/record/schema.js';

/** Times read with the tagger's verb features, as the pipeline runs them (TimeBank / AQUAINT sentences). */
function taggedTimes(text: string, date: string): TimeExpression[] {
  const input = { text, meta: { date: { value: date, precision: 'day' as const }, origin: { format: 'jsonl' as const } }, declaredLang: 'en' as const };
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

  it('still reads a past participle after "has" as past', () => {
    const times = taggedTimes('The government has closed the border in November, officials said.', '2000-03-29');
    expect(find(times, 'November')?.value).toBe('1999-11');
  });
});
