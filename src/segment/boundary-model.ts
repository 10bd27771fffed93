/**
 * Sentence boundaries that no punctuation marks: a headline or a list item run into the next
 * sentence ("Amélioration de la sécurité Le maire a invité…"). Where a word is followed by a
 * capitalised word, a naive Bayes score over the two words decides: log prior odds plus the
 * log-likelihood ratios of the previous word (lower-cased) and of the next word (as written),
 * both counted in UD training data (see boundary-learner.ts). Unknown words weigh nothing, so
 * on ordinary running text the prior, strongly against a break, wins.
 */

/** Learnt weights: `prior` and per-word log-likelihood ratios (positive: a break is likelier). */
export interface BoundaryWeights {
  readonly prior: number;
  readonly previous: Readonly<Record<string, number>>;
  readonly next: Readonly<Record<string, number>>;
  /** Weight when the previous / next word is in capitals (headlines: "TEN YEARS ON"). */
  readonly previousCapitals: number;
  readonly nextCapitals: number;
}

export interface BoundaryModel {
  breaksBetween(previous: string, next: string): boolean;
}

function inCapitals(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

export function boundaryModel(weights: BoundaryWeights): BoundaryModel {
  const previous = new Map(Object.entries(weights.previous));
  const next = new Map(Object.entries(weights.next));
  return {
    breaksBetween(previousWord: string, nextWord: string): boolean {
      let score = weights.prior + (previous.get(previousWord.toLowerCase()) ?? 0) + (next.get(nextWord) ?? 0);
      if (inCapitals(previousWord)) score += weights.previousCapitals;
      if (inCapitals(nextWord)) score += weights.nextCapitals;
      return score > 0;
    },
  };
}

export { inCapitals };
