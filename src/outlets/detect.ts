import type { Attribution, OutletRef } from '../record/layers/attributions.js';
import type { Span } from '../record/layers/span.js';
import type { StageInput } from '../pipeline/stage.js';
import { FR_ATTRIBUTION } from '../lang/fr/attribution.js';
import { EN_ATTRIBUTION } from '../lang/en/attribution.js';
import { canonicalOutletName, lookupOutlet, type OutletRegistry } from './registry.js';

const FOOTER = /^[ \t]*(sources?|cr[ée]dits?)[ \t]*:[ \t]*(.+?)[ \t]*$/imu;
const PARENTHESISED_CREDIT = /\(([\p{Lu}][\p{L}\p{N} .&'’-]{1,40})\)/gu;
const TRAILING_CREDIT = /(?:^|[\s—–-])(?:avec|with|via)\s+((?:l'|l’|the\s+)?\p{Lu}[\p{L}\p{N} .&'’-]{1,40}?)[\s.]*$/gmu;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’&-]*(?:\.\p{Lu}[\p{L}\p{N}]*)*`;
/** A capitalised name on one line: "al-Mayadeen", "Le Monde", "Tribune du Nord". */
const NAME = String.raw`((?:(?:al|el|ad|as)-)?${NAME_WORD}(?:[ \u00a0]+(?:(?:de|du|des|of|the|al|el)[ \u00a0]+)?${NAME_WORD}){0,4})`;

function ref(name: string, role: OutletRef['role'], span: Span | undefined, registry: OutletRegistry, attribution?: number): OutletRef {
  const known = lookupOutlet(name, registry);
  const outlet: OutletRef = { name: known ? known.name : canonicalOutletName(name, registry), role, known: known !== undefined };
  if (span) outlet.span = span;
  if (known?.country) outlet.country = known.country;
  if (known?.type) outlet.kind = known.type;
  if (attribution !== undefined) outlet.attribution = attribution;
  return outlet;
}

/** Introducer nouns followed by a name: "la chaîne d'information al-Mayadeen", "the newspaper Le Monde". */
function introducerPattern(): RegExp {
  const nouns = [...new Set([...FR_ATTRIBUTION.outletIntroducers, ...EN_ATTRIBUTION.outletIntroducers])].join('|');
  return new RegExp(String.raw`(?:\b(?:[Ll]a|[Ll]e|[Dd]u|[Tt]he)\s+|\b[Ll]['’]|\b[Dd]['’])(?:${nouns})(?:\s+(?:d['’]information|de\s+télévision|de\s+presse|d['’]État|officielle?|publique?|américaine?|russe|iranienne?|syrienne?|britannique|française?|qatarie?|libanaise?|turque|chinoise?|news|state|public|television|satellite|pan-arab))*\s+${NAME}`, 'gu');
}
let introducers: RegExp | undefined;

/**
 * The chain of outlets the text came through: the outlet of record (metadata or "Source:" footer),
 * agency credits, and outlets the text cites — each cited outlet linked to its attribution.
 * Unknown outlets are kept with `known: false`.
 */
export function findOutlets(input: StageInput, attributions: readonly Attribution[], registry: OutletRegistry): OutletRef[] {
  const { text, meta } = input;
  const outlets: OutletRef[] = [];
  const seen = new Set<string>();
  const add = (outlet: OutletRef) => {
    const key = `${outlet.role}:${outlet.name.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    outlets.push(outlet);
  };
  const footerText = meta.footer ? text.slice(meta.footer.start, meta.footer.end) : undefined;
  const footerMatch = FOOTER.exec(footerText ?? lastParagraph(text, input));
  if (meta.source || meta.sourceRaw) {
    add(ref(meta.source ?? meta.sourceRaw!, 'of-record', meta.footer, registry));
  } else if (footerMatch) {
    const paragraph = footerText !== undefined ? meta.footer! : lastParagraphSpan(text, input);
    const at = paragraph.start + (footerText ?? text.slice(paragraph.start, paragraph.end)).indexOf(footerMatch[2]!);
    add(ref(footerMatch[2]!, 'of-record', { start: at, end: at + footerMatch[2]!.length }, registry));
  }
  for (const pattern of [PARENTHESISED_CREDIT, TRAILING_CREDIT]) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!.trim();
      if (!lookupOutlet(name, registry)) continue;
      const at = match.index + match[0].indexOf(name);
      if (meta.footer && at >= meta.footer.start && at < meta.footer.end) continue;
      add(ref(name, 'syndication', { start: at, end: at + name.length }, registry));
    }
  }
  attributions.forEach((attribution, index) => {
    const speaker = attribution.speaker;
    const source = attribution.source[0];
    if (speaker?.type !== 'media' || !source) return;
    // A media speaker the registry does not know ("Plusieurs médias sud-coréens") is a description, not a
    // named outlet; unknown outlets are still recorded when the text introduces them ("la chaîne X").
    if (!lookupOutlet(speaker.name, registry)) return;
    const mention = text.slice(source.start, source.end);
    const known = lookupOutlet(speaker.name, registry);
    const variants = known ? [known.name, ...known.variants] : [speaker.name];
    const offset = variants.map((v) => mention.toLowerCase().indexOf(v.toLowerCase())).find((k) => k >= 0);
    const span = offset !== undefined ? { start: source.start + offset, end: source.start + offset + variants[variants.findIndex((v) => mention.toLowerCase().indexOf(v.toLowerCase()) === offset)]!.length } : source;
    add(ref(speaker.name, 'cited', span, registry, index));
  });
  introducers ??= introducerPattern();
  for (const match of text.matchAll(introducers)) {
    const name = match[1]!.replace(/[.,]+$/, '');
    const at = match.index + match[0].lastIndexOf(name);
    add(ref(name, 'cited', { start: at, end: at + name.length }, registry));
  }
  return outlets;
}

function lastParagraphSpan(text: string, input: StageInput): Span {
  const paragraphs = input.layers.paragraphs;
  if (paragraphs && paragraphs.length > 0) return paragraphs[paragraphs.length - 1]!;
  const cut = text.trimEnd().lastIndexOf('\n');
  return { start: cut + 1, end: text.trimEnd().length };
}

function lastParagraph(text: string, input: StageInput): string {
  const span = lastParagraphSpan(text, input);
  return text.slice(span.start, span.end);
}
