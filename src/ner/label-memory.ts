/**
 * What the tagger said earlier in a document about each capitalised word: a repeat mention is
 * often shorter or more ambiguous than the first one ("la compagnie aérienne Flydubai" …
 * "Flydubai a annoncé"), and an article keeps naming the same things the same way. The memory
 * covers the last MEMORY_SENTENCES sentences, so that a text without document boundaries (a
 * stream of sentences) only remembers its recent context.
 */
import { BIO_LABELS } from './bio.js';

export const MEMORY_SENTENCES = 20;

const LABELS = BIO_LABELS.length;

/** "Nothing remembered" in `recall`; other values are `label * 4 + countBucket`. */
export const NOT_REMEMBERED = -1;

function remembers(word: string): boolean {
  return /\p{Lu}/u.test(word);
}

export class LabelMemory {
  /** Word → how many times it got each label within the window. */
  private readonly counts = new Map<string, Uint16Array>();
  private readonly recent: { words: readonly string[]; labels: ArrayLike<number> }[] = [];

  constructor(private readonly window = MEMORY_SENTENCES) {}

  /** Per word: its most frequent remembered label with a count bucket (1, 2, 3, 4+), or NOT_REMEMBERED. */
  recall(words: readonly string[]): Int16Array {
    const recalled = new Int16Array(words.length).fill(NOT_REMEMBERED);
    words.forEach((word, i) => {
      const counts = this.counts.get(word);
      if (!counts) return;
      let best = 0;
      for (let label = 1; label < LABELS; label++) if (counts[label]! > counts[best]!) best = label;
      recalled[i] = best * 4 + Math.min(3, counts[best]! - 1);
    });
    return recalled;
  }

  /** Adds a tagged sentence, forgetting the oldest one beyond the window. */
  remember(words: readonly string[], labels: ArrayLike<number>): void {
    this.count(words, labels, 1);
    this.recent.push({ words, labels });
    if (this.recent.length > this.window) {
      const oldest = this.recent.shift()!;
      this.count(oldest.words, oldest.labels, -1);
    }
  }

  private count(words: readonly string[], labels: ArrayLike<number>, delta: number): void {
    words.forEach((word, i) => {
      if (!remembers(word)) return;
      let counts = this.counts.get(word);
      if (!counts) {
        counts = new Uint16Array(LABELS);
        this.counts.set(word, counts);
      }
      counts[labels[i]!] += delta;
      if (delta < 0 && counts.every((count) => count === 0)) this.counts.delete(word);
    });
  }
}

