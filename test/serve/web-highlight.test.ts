import { describe, expect, it } from 'vitest';
import { segmentText, type Mark } from '../../web/src/highlight.js';
import { SEED_TEXT } from '../helpers/paths.js';

const mark = (text: string, needle: string, layer: string, from = 0): Mark => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`no "${needle}"`);
  return { start, end: start + needle.length, layer, kind: layer, label: needle };
};

function covered(text: string, segments: ReturnType<typeof segmentText>, layer: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const segment of segments) {
    if (segment.marks.some((m) => m.layer === layer)) current += text.slice(segment.start, segment.end);
    else if (current) { pieces.push(current); current = ''; }
  }
  if (current) pieces.push(current);
  return pieces;
}

describe('segmentText', () => {
  const sentence = SEED_TEXT.slice(0, SEED_TEXT.indexOf('\n'));

  it('covers the text exactly once, in order, so joining the pieces gives the text back', () => {
    const marks = [mark(sentence, 'al-Mayadeen', 'entities'), mark(sentence, 'Syrie', 'places')];
    const segments = segmentText(sentence.length, marks);
    expect(segments.map((s) => sentence.slice(s.start, s.end)).join('')).toBe(sentence);
    segments.forEach((segment, i) => expect(segment.start).toBe(i === 0 ? 0 : segments[i - 1]!.end));
  });

  it('keeps nested and overlapping spans: a quotation inside reported content, an entity inside both', () => {
    const content = { start: sentence.indexOf('les armées'), end: sentence.length - 1, layer: 'attributions', kind: 'attr-content', label: 'content' };
    const quote = mark(sentence, '« ne font que soutenir les terroristes en Syrie »', 'quotes');
    const syria = mark(sentence, 'Syrie', 'entities', quote.start);
    const overlapping = { start: sentence.indexOf('troupes qui'), end: quote.start + 4, layer: 'times', kind: 't', label: 'odd overlap' };
    const segments = segmentText(sentence.length, [syria, quote, content, overlapping]);
    expect(covered(sentence, segments, 'quotes')).toEqual(['« ne font que soutenir les terroristes en Syrie »']);
    expect(covered(sentence, segments, 'entities')).toEqual(['Syrie']);
    expect(covered(sentence, segments, 'times')).toEqual([sentence.slice(overlapping.start, overlapping.end)]);
    const innermost = segments.find((s) => sentence.slice(s.start, s.end) === 'Syrie' && s.start === syria.start)!;
    expect(innermost.marks.map((m) => m.layer)).toEqual(['attributions', 'quotes', 'entities']);
  });

  it('clips marks past the text and drops empty ones', () => {
    const segments = segmentText(10, [{ start: 8, end: 40, layer: 'a', kind: 'a', label: '' }, { start: 3, end: 3, layer: 'b', kind: 'b', label: '' }]);
    expect(segments.map((s) => [s.start, s.end, s.marks.length])).toEqual([[0, 8, 0], [8, 10, 1]]);
  });

  it('uses UTF-16 offsets: characters outside the BMP are two units and stay whole', () => {
    const text = 'Le 𝔊roupe a dit « oui ».';
    const segments = segmentText(text.length, [mark(text, '𝔊roupe', 'entities')]);
    expect(segments.map((s) => text.slice(s.start, s.end))).toEqual(['Le ', '𝔊roupe', ' a dit « oui ».']);
  });
});
