/**
 * 32-bit FNV-1a hashing of feature strings. Features are hashed into fixed-size weight tables
 * so that models need no feature dictionary (smaller files, no string lookups at run time).
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hash of a whole string, continuing from `seed` (pass a previous hash to chain parts). */
export function hashString(text: string, seed: number = FNV_OFFSET): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    hash ^= code & 0xff;
    hash = Math.imul(hash, FNV_PRIME);
    hash ^= code >>> 8;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** Mixes an integer (e.g. a template id or a class index) into a hash without building a string. */
export function hashInt(value: number, seed: number = FNV_OFFSET): number {
  let hash = seed >>> 0;
  for (let shift = 0; shift < 32; shift += 8) {
    hash ^= (value >>> shift) & 0xff;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** Combines two hashes (order-sensitive): a template's hash with a value's hash. */
export function combineHashes(a: number, b: number): number {
  return hashInt(b, a);
}

/** Fast avalanche mix of two 32-bit values (murmur3 finaliser); for hot loops. */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
