import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { packageRoot } from '../package-root.js';

export const OutletEntry = z.object({
  name: z.string().min(1),
  variants: z.array(z.string()).default([]),
  country: z.string().optional(),
  type: z.string().optional(),
  language: z.string().optional(),
});
export type OutletEntry = z.infer<typeof OutletEntry>;

const RegistryFile = z.object({ outlets: z.array(OutletEntry) });

/** Name variants mapped to their outlet, folded so that "Avec Press Tv" and "PressTV" find "Press TV". */
export interface OutletRegistry {
  readonly entries: readonly OutletEntry[];
  /** Folded variant → entry. */
  readonly byKey: ReadonlyMap<string, OutletEntry>;
  /** Variants of up to three letters ("AFP", "AP"): matched only as written, upper case, to avoid common words. */
  readonly acronyms: ReadonlyMap<string, OutletEntry>;
}

const bundledRegistryPath = () => join(packageRoot(), 'data', 'outlets.json');

/** Folds case, accents, punctuation, spacing and a leading article so variants compare equal. */
export function foldOutletName(raw: string): string {
  return raw.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/^(the|le|la|les|l')\s*/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function buildRegistry(entries: OutletEntry[]): OutletRegistry {
  const byKey = new Map<string, OutletEntry>();
  const acronyms = new Map<string, OutletEntry>();
  for (const entry of entries) {
    for (const variant of [entry.name, ...entry.variants]) {
      const compact = variant.replace(/[^\p{L}\p{N}]/gu, '');
      if (compact.length <= 3 && compact === compact.toUpperCase()) {
        acronyms.set(compact, entry);
        continue;
      }
      // Later files override earlier ones so users can correct the bundled data.
      byKey.set(foldOutletName(variant), entry);
    }
  }
  return { entries, byKey, acronyms };
}

function readRegistryFile(path: string): OutletEntry[] {
  const parsed = RegistryFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: not an outlet registry (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  return parsed.data.outlets;
}

let bundled: OutletRegistry | undefined;

/** The bundled registry, extended (and overridden) by the outlets of `extraPath` when given. */
export function loadOutletRegistry(extraPath?: string): OutletRegistry {
  if (!extraPath) {
    bundled ??= buildRegistry(readRegistryFile(bundledRegistryPath()));
    return bundled;
  }
  return buildRegistry([...readRegistryFile(bundledRegistryPath()), ...readRegistryFile(extraPath)]);
}

/** Words around an outlet name in credit lines ("Source: Avec Press Tv", "(AFP)", "with Reuters"). */
const CREDIT_WORDS = /^(?:sources?|avec|with|via|from|par|by|d'apr[eè]s|selon|according to|credit|cr[ée]dits?)\b\s*:?\s*/iu;

/** A credit without its brackets, trailing punctuation and credit words: "(Avec Press Tv)." → "Press Tv". */
function creditName(raw: string): string {
  let name = raw.trim().replace(/^[([{]+|[)\]}.,;:]+$/gu, '').trim();
  for (let previous = ''; previous !== name;) {
    previous = name;
    name = name.replace(CREDIT_WORDS, '').trim();
  }
  return name;
}

/** The outlet a credit names, or undefined when the registry does not know it. */
export function lookupOutlet(raw: string, registry: OutletRegistry = loadOutletRegistry()): OutletEntry | undefined {
  const name = creditName(raw);
  const compact = name.replace(/[^\p{L}\p{N}]/gu, '');
  return registry.acronyms.get(compact) ?? registry.byKey.get(foldOutletName(name));
}

/**
 * The canonical name of the outlet a credit line names ("Avec Press Tv" → "Press TV"); for an
 * outlet the registry does not know, the credit without its credit words, so it is still recorded.
 */
export function canonicalOutletName(raw: string, registry: OutletRegistry = loadOutletRegistry()): string {
  return lookupOutlet(raw, registry)?.name ?? creditName(raw);
}
