/** The universal part of a relation (`nsubj:pass` → `nsubj`): CoNLL 2018 LAS ignores subtypes. */
export function universalRelation(deprel: string | undefined): string | undefined {
  return deprel?.split(':')[0];
}

/**
 * UAS/LAS accumulated word by word, CoNLL 2018 style: every word counts, punctuation included.
 * Heads are CoNLL numbers (1-based, 0 for the root).
 */
export class AttachmentScore {
  words = 0;
  attached = 0;
  labelled = 0;

  add(goldHead: number, goldRelation: string, predictedHead: number, predictedRelation: string | undefined): void {
    this.words++;
    if (goldHead !== predictedHead) return;
    this.attached++;
    if (universalRelation(goldRelation) === universalRelation(predictedRelation)) this.labelled++;
  }

  /** Percentages rounded to two decimals. */
  get uas(): number {
    return percent(this.attached, this.words);
  }

  get las(): number {
    return percent(this.labelled, this.words);
  }
}

function percent(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((10000 * count) / total) / 100;
}
