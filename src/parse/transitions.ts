/**
 * Arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the buffer
 * (Ballesteros & Nivre 2013), so that the root is attached last and only once.
 *
 * SHIFT pushes the buffer front; LEFT pops s0 and makes it a dependent of the buffer front;
 * RIGHT pops s0 and makes it a dependent of s1. Every popped word is complete, which is what lets
 * the labeller look at its whole subtree.
 */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const TRANSITION_COUNT = 3;

export const NO_WORD = -1;

/** Parser state for a sentence of `n` words; word `n` is the root. Arrays are reused across sentences. */
export class ParseState {
  n = 0;
  stack: Int32Array;
  depth = 0;
  /** Front of the buffer; the buffer is `[front, n]`. */
  front = 0;
  heads: Int32Array;
  labels: Int32Array;
  /** Two outermost children on each side (leftmost, second leftmost; rightmost, second rightmost). */
  left1: Int32Array;
  left2: Int32Array;
  right1: Int32Array;
  right2: Int32Array;
  leftCount: Int32Array;
  rightCount: Int32Array;
  /** Bit sets of the labels of the children on each side (labels folded into 31 bits). */
  leftLabels: Int32Array;
  rightLabels: Int32Array;

  constructor(capacity = 128) {
    this.stack = new Int32Array(capacity);
    this.heads = new Int32Array(capacity);
    this.labels = new Int32Array(capacity);
    this.left1 = new Int32Array(capacity);
    this.left2 = new Int32Array(capacity);
    this.right1 = new Int32Array(capacity);
    this.right2 = new Int32Array(capacity);
    this.leftCount = new Int32Array(capacity);
    this.rightCount = new Int32Array(capacity);
    this.leftLabels = new Int32Array(capacity);
    this.rightLabels = new Int32Array(capacity);
  }

  reset(n: number): void {
    if (n + 1 > this.stack.length) Object.assign(this, new ParseState(Math.max(n + 1, this.stack.length * 2)));
    this.n = n;
    this.depth = 0;
    this.front = 0;
    const size = n + 1;
    this.heads.fill(NO_WORD, 0, size);
    this.labels.fill(NO_WORD, 0, size);
    this.left1.fill(NO_WORD, 0, size);
    this.left2.fill(NO_WORD, 0, size);
    this.right1.fill(NO_WORD, 0, size);
    this.right2.fill(NO_WORD, 0, size);
    this.leftCount.fill(0, 0, size);
    this.rightCount.fill(0, 0, size);
    this.leftLabels.fill(0, 0, size);
    this.rightLabels.fill(0, 0, size);
  }

  /** Stack item `i` from the top (0 = top), or NO_WORD. */
  s(i: number): number {
    return i < this.depth ? this.stack[this.depth - 1 - i]! : NO_WORD;
  }

  /** Buffer item `i` from the front, or NO_WORD past the root. */
  b(i: number): number {
    const index = this.front + i;
    return index <= this.n ? index : NO_WORD;
  }

  isFinal(): boolean {
    return this.front === this.n && this.depth === 0;
  }

  isLegal(transition: number): boolean {
    switch (transition) {
      case SHIFT: return this.front < this.n;
      // The root takes exactly one dependent: the last word left on the stack.
      case LEFT: return this.depth > 0 && (this.front < this.n || this.depth === 1);
      case RIGHT: return this.depth > 1;
      default: return false;
    }
  }

  /**
   * The transition when it is the only legal one, else NO_WORD: SHIFT on an empty stack; once
   * only the root is left in the buffer, RIGHT until one word is left, then LEFT.
   */
  onlyLegal(): number {
    if (this.depth === 0) return SHIFT;
    if (this.front === this.n) return this.depth === 1 ? LEFT : RIGHT;
    return NO_WORD;
  }

  /** The head and dependent `transition` would link, or NO_WORD for SHIFT. */
  arcOf(transition: number): { head: number; dependent: number } | undefined {
    if (transition === LEFT) return { head: this.front, dependent: this.s(0) };
    if (transition === RIGHT) return { head: this.s(1), dependent: this.s(0) };
    return undefined;
  }

  apply(transition: number, label: number): void {
    if (transition === SHIFT) {
      this.stack[this.depth++] = this.front++;
      return;
    }
    const dependent = this.stack[--this.depth]!;
    const head = transition === LEFT ? this.front : this.stack[this.depth - 1]!;
    this.attach(head, dependent, label);
  }

  private attach(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    const bit = 1 << (label % 31);
    // LEFT always attaches a word left of every earlier left child, RIGHT one right of every earlier right child.
    if (dependent < head) {
      this.left2[head] = this.left1[head]!;
      this.left1[head] = dependent;
      this.leftCount[head]!++;
      this.leftLabels[head]! |= bit;
    } else {
      this.right2[head] = this.right1[head]!;
      this.right1[head] = dependent;
      this.rightCount[head]!++;
      this.rightLabels[head]! |= bit;
    }
  }
}
