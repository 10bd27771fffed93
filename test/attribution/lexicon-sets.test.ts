import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/attribution/cues.js';
import { EN_ATTRIBUTION } from '../../src/lang/en/attribution.js';

describe('compiled lexicon word sets', () => {
  const lexicon = compileLexicon(EN_ATTRIBUTION);

  it('normalises a list once and hands back the same set for it', () => {
    const first = lexicon.set(EN_ATTRIBUTION.passiveAgent);
    expect(first.has('by')).toBe(true);
    expect(lexicon.set(EN_ATTRIBUTION.passiveAgent)).toBe(first);
  });

  it('reads a list the language does not have as one shared empty set (English has no opinion markers)', () => {
    expect(EN_ATTRIBUTION.opinionMarkers).toBeUndefined();
    const absent = lexicon.set(EN_ATTRIBUTION.opinionMarkers);
    expect(absent.size).toBe(0);
    expect(lexicon.set(undefined)).toBe(absent);
  });
});
