/** A mistake in how presscope was called or in what it was given: one line on stderr, no stack trace. */
export class UsageError extends Error {}

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** Some inputs failed; the others were processed. */
  partial: 1,
  /** Bad usage, unreadable input or gold file: nothing was done. */
  usage: 2,
  /** A bug in presscope. */
  internal: 70,
} as const;
