import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../src/store/fts-query.js';

describe('toFtsQuery', () => {
  it('quotes every term so FTS5 syntax in input cannot change the query', () => {
    expect(toFtsQuery('Deir Ezzor')).toBe('"Deir" "Ezzor"');
    expect(toFtsQuery('NEAR(a b) AND c:d')).toBe('"NEAR a" "b" "AND" "c d"');
  });

  it('keeps phrases, prefixes, exclusions and OR', () => {
    expect(toFtsQuery('"armée syrienne" Palm* -Daech')).toBe('"armée syrienne" "Palm"* NOT "Daech"');
    expect(toFtsQuery('Homs OR Palmyre')).toBe('"Homs" OR "Palmyre"');
    expect(toFtsQuery('Homs OR Palmyre -Daech')).toBe('("Homs" OR "Palmyre") NOT "Daech"');
  });

  it('drops what cannot be searched', () => {
    expect(toFtsQuery('-Daech Syrie')).toBe('"Syrie" NOT "Daech"');
    expect(toFtsQuery('-Daech')).toBeUndefined();
    expect(toFtsQuery('«  »  !!')).toBeUndefined();
  });
});
