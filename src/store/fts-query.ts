/**
 * Turns what a user types into a safe FTS5 query: words and "quoted phrases" are each quoted
 * (so FTS5 operators and punctuation in user input can never break or widen the query), a
 * trailing `*` keeps prefix search, `-word` excludes, `OR` between terms is honoured.
 * Returns undefined when nothing searchable is left (exclusions alone cannot be searched).
 */
export function toFtsQuery(input: string): string | undefined {
  const included: string[] = [];
  const excluded: string[] = [];
  for (const match of input.matchAll(/(-?)"([^"]*)"|(\S+)/g)) {
    if (match[3] === 'OR') {
      if (included.length > 0 && included[included.length - 1] !== 'OR') included.push('OR');
      continue;
    }
    const negated = match[1] === '-' || match[3]?.startsWith('-') === true;
    const raw = match[2] ?? match[3]!.replace(/^-/, '');
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    const term = `"${words.join(' ')}"${match[2] === undefined && raw.endsWith('*') ? '*' : ''}`;
    (negated ? excluded : included).push(term);
  }
  if (included[included.length - 1] === 'OR') included.pop();
  if (included.length === 0) return undefined;
  const positive = included.length > 1 && included.includes('OR') && excluded.length > 0 ? `(${included.join(' ')})` : included.join(' ');
  return [positive, ...excluded.map((term) => `NOT ${term}`)].join(' ');
}
