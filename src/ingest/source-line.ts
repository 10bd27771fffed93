import { canonicalOutletName } from '../outlets/registry.js';

/** Words that introduce the outlet in a syndication line: "Avec Press Tv", "With AFP", "D'après Reuters". */
const SYNDICATION_PREFIX = /^(?:avec|with|via|d['’]apr[èe]s|selon|from|par)\s+/i;

/** The canonical outlet named by a syndication/source line ("Avec Press Tv" → "Press TV"). */
export function outletFromSourceLine(raw: string): string {
  const name = raw.replace(SYNDICATION_PREFIX, '').replace(/[.\s]+$/, '').trim();
  return canonicalOutletName(name);
}
