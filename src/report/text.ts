import type { AnalysisRecord } from '../record/schema.js';
import { formatAttribution } from '../attribution/statements.js';

/** Where extra layers register how they print; a new layer adds one entry. */
export type LayerPrinter = (record: AnalysisRecord) => string[];

function quoteExcerpt(text: string, max = 100): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

const LAYER_PRINTERS: Array<[title: string, print: LayerPrinter]> = [
  ['Quotations', ({ text, layers }) => layers.quotes.map((q) => `[${q.start}-${q.end}] ${q.open}${quoteExcerpt(text.slice(q.contentStart, q.contentEnd))}${q.closed ? q.close : ' (unclosed)'}`)],
  ['Entities', ({ layers }) => (layers.entities ?? []).map((e) => `[${e.start}-${e.end}] ${e.type.padEnd(4)} ${e.text}`)],
  ['Times', ({ layers }) => (layers.times ?? []).map((t) => `[${t.start}-${t.end}] ${t.type.padEnd(8)} ${t.text} → ${t.value}${t.from ? ` [${t.from}, ${t.to})` : ''}${t.precision ? ` (${t.precision})` : ''}`)],
  ['Places', ({ layers }) => (layers.places ?? []).map((p) => `[${p.start}-${p.end}] ${p.text} → ${p.status === 'resolved' ? `${p.name} (${p.country ?? '—'}, ${p.lat?.toFixed(2)}, ${p.lon?.toFixed(2)}) ${p.usage}` : 'unresolved'}`)],
  ['Statements', (record) => (record.layers.attributions ?? []).map((a) => formatAttribution(record, a))],
  ['Source chain', ({ layers }) => (layers.outlets ?? []).map((o) => `${o.role.padEnd(11)} ${o.name}${o.known ? '' : ' (not in registry)'}`)],
];

/** A readable report of a record, the same information as its JSON. */
export function formatRecord(record: AnalysisRecord): string {
  const { meta, lang, layers } = record;
  const lines = [
    `${meta.title ?? meta.origin.path ?? '(untitled)'}`,
    `  id ${record.id}  ·  sha256 ${record.contentHash.slice(0, 12)}  ·  ${meta.origin.format}${meta.origin.encoding && meta.origin.encoding !== 'utf-8' ? ` (${meta.origin.encoding})` : ''}`,
    `  language ${lang.code} (${lang.method}, confidence ${lang.confidence.toFixed(2)})${lang.supported ? '' : ' — not analysed'}`,
    `  date ${meta.date ? `${meta.date.value} (${meta.date.precision} precision)` : 'unknown'}`,
    `  outlet ${meta.source ?? 'unknown'}${meta.sourceRaw && meta.sourceRaw !== meta.source ? ` (from "${meta.sourceRaw}")` : ''}`,
    ...(meta.url ? [`  url ${meta.url}`] : []),
    `  ${layers.paragraphs.length} paragraphs, ${layers.sentences.length} sentences, ${layers.tokens.length} tokens, ${layers.quotes.length} quotations`,
  ];
  for (const [title, print] of LAYER_PRINTERS) {
    const items = print(record);
    if (items.length === 0) continue;
    lines.push('', `${title} (${items.length})`, ...items.map((item) => `  ${item}`));
  }
  for (const warning of record.analysis.warnings) lines.push(`  warning: ${warning}`);
  return lines.join('\n');
}
