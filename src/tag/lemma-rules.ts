/**
 * Lemma edit rules: "strip n characters from the end, append s", applied to the form or to its
 * lower-cased version. Encoded as `L|n|s` (lower-cased) or `=|n|s` (as written).
 */

export function lemmaRule(form: string, lemma: string): string {
  const lower = form.toLowerCase();
  const useLower = lemma !== form && lemma.toLowerCase() === lemma && lower !== form && commonPrefix(lower, lemma) > commonPrefix(form, lemma);
  const source = useLower ? lower : form;
  const shared = commonPrefix(source, lemma);
  return `${useLower ? 'L' : '='}|${source.length - shared}|${lemma.slice(shared)}`;
}

/** The lemma the rule gives for `form`, or null when the rule does not fit (strips too much). */
export function applyLemmaRule(form: string, rule: string): string | null {
  const second = rule.indexOf('|', 2);
  const strip = ruleStrip(rule);
  const source = rule.charCodeAt(0) === 76 /* L */ ? form.toLowerCase() : form;
  if (strip > source.length || (strip === source.length && second === rule.length - 1)) return null;
  return source.slice(0, source.length - strip) + rule.slice(second + 1);
}

/** How many characters a rule strips from the end of the form. */
export function ruleStrip(rule: string): number {
  return Number(rule.slice(2, rule.indexOf('|', 2)));
}

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
