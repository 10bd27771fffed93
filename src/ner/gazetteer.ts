/**
 * Name gazetteer for NER features: multi-word names (countries, places, regions, seas,
 * demonyms) matched on lower-cased tokens, longest match first. Each token gets the categories
 * of the match it is in, with its position (first word or continuation).
 */

/** Category bits of a gazetteer name. */
export const GazetteerCategory = {
  Country: 1,
  Place: 2,
  Region: 4,
  Demonym: 8,
} as const;

export const GAZETTEER_CATEGORY_NAMES: readonly [string, number][] = Object.entries(GazetteerCategory);

/** Names as lists of tokens (lower-cased, joined by a space) → category bits. */
export type GazetteerData = Record<string, number>;

export const MAX_NAME_TOKENS = 5;

/** Splits a name the way news tokenisers split it: spaces, and after an elided article (d', l'). */
export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/\s+|(?<=\b[dl]')/u)
    .filter((token) => token.length > 0);
}

export interface GazetteerMatch {
  /** Category bits of the match covering each token (0: none). */
  readonly categories: Uint8Array;
  /** 1 for the first token of a match, 2 for a continuation, 0 outside. */
  readonly positions: Uint8Array;
}

export class Gazetteer {
  private readonly names: Readonly<GazetteerData>;
  /** Word sequences that begin a longer name, so a match stops growing as soon as none can follow. */
  private namePrefixes: ReadonlySet<string> | undefined;

  /** Takes `data` over as is: copying its 150k names into a Map took most of the NER model's load time. */
  constructor(data: GazetteerData) {
    // Without a prototype, a name such as "constructor" finds nothing but its own entry.
    this.names = Object.setPrototypeOf(data, null) as GazetteerData;
  }

  get size(): number {
    return Object.keys(this.names).length;
  }

  /** Built on the first match rather than at load, which stays a single JSON parse. */
  private prefixes(): ReadonlySet<string> {
    if (this.namePrefixes) return this.namePrefixes;
    const prefixes = new Set<string>();
    for (const name of Object.keys(this.names)) {
      for (let space = name.indexOf(' '); space !== -1; space = name.indexOf(' ', space + 1)) prefixes.add(name.slice(0, space));
    }
    this.namePrefixes = prefixes;
    return prefixes;
  }

  /** Greedy longest-match from left to right over lower-cased words. */
  match(lowerWords: readonly string[]): GazetteerMatch {
    const prefixes = this.prefixes();
    const n = lowerWords.length;
    const categories = new Uint8Array(n);
    const positions = new Uint8Array(n);
    let i = 0;
    while (i < n) {
      let matched = 0;
      let key = '';
      let bestLength = 0;
      for (let length = 1; length <= MAX_NAME_TOKENS && i + length <= n; length++) {
        key = length === 1 ? lowerWords[i]! : `${key} ${lowerWords[i + length - 1]}`;
        const found = this.names[key];
        if (found !== undefined) {
          matched = found;
          bestLength = length;
        }
        if (!prefixes.has(key)) break;
      }
      if (bestLength === 0) {
        i++;
        continue;
      }
      for (let k = 0; k < bestLength; k++) {
        categories[i + k] = matched;
        positions[i + k] = k === 0 ? 1 : 2;
      }
      i += bestLength;
    }
    return { categories, positions };
  }
}
