/** Resident memory as the bench reports it: after a full garbage collection when node runs with --expose-gc. */
export interface MemoryFigures {
  readonly rssMegabytes: number;
  readonly heapMegabytes: number;
  /** Typed arrays (model weights, gazetteer tables) live outside the JavaScript heap. */
  readonly arrayBufferMegabytes: number;
}

const megabytes = (bytes: number) => Math.round(bytes / 1e6);

export function memoryNow(): MemoryFigures {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return { rssMegabytes: megabytes(usage.rss), heapMegabytes: megabytes(usage.heapUsed), arrayBufferMegabytes: megabytes(usage.arrayBuffers) };
}

/** The highest resident memory of the process so far. */
export function peakRssMegabytes(): number {
  return megabytes(process.resourceUsage().maxRSS * 1024);
}
