/** Text as a literal inside a RegExp: lexicon entries such as "St." or "(AFP)" match only themselves. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
