import type { AnalysisRecord, Attribution } from '../record/schema.js';
import type { Span } from '../record/layers/span.js';

/** A reported statement as the store lists it: who said what, how, with its offsets. */
export interface Statement {
  speaker: string;
  speakerType: NonNullable<Attribution['speaker']>['type'];
  cue: string;
  content: string;
  kind: Attribution['kind'];
  stance: Attribution['stance'];
  /** From the first to the last offset of the cue, source and content. */
  span: Span;
  /** When the statement was made, as the text dates it ("Lundi" → 2019-04-XX, within [2019-04-01, 2019-04-30)). */
  when?: { text: string; value: string; from?: string; to?: string };
}

function textOf(text: string, spans: readonly Span[]): string {
  return spans.map((s) => text.slice(s.start, s.end)).join(' … ');
}

export function statementOf(record: Pick<AnalysisRecord, 'text' | 'layers'>, attribution: Attribution): Statement {
  const all = [...attribution.cue, ...attribution.content, ...attribution.source];
  const time = attribution.time === undefined ? undefined : record.layers.times?.[attribution.time];
  const statement: Statement = {
    speaker: attribution.speaker?.name ?? textOf(record.text, attribution.source),
    speakerType: attribution.speaker?.type ?? 'unknown',
    cue: textOf(record.text, attribution.cue),
    content: textOf(record.text, attribution.content),
    kind: attribution.kind,
    stance: attribution.stance,
    span: { start: Math.min(...all.map((s) => s.start)), end: Math.max(...all.map((s) => s.end)) },
  };
  if (time) statement.when = { text: time.text, value: time.value, ...(time.from ? { from: time.from } : {}), ...(time.to ? { to: time.to } : {}) };
  return statement;
}

/** Every statement of an analysed record, in text order. */
export function statementsOf(record: Pick<AnalysisRecord, 'text' | 'layers'>): Statement[] {
  return (record.layers.attributions ?? []).map((a) => statementOf(record, a));
}

/**
 * One readable line for `presscope analyze --format text`: `speaker [type] — cue — "content"`, then how it relates
 * to the others (the outlet or speaker it is reported through, the statement it disputes, denies or acknowledges) and
 * when it was said.
 */
export function formatAttribution(record: Pick<AnalysisRecord, 'text' | 'layers'>, attribution: Attribution): string {
  const s = statementOf(record, attribution);
  const label = (statement: Statement) => statement.speaker || '(no source)';
  const role = attribution.speaker?.role ? `, ${attribution.speaker.role}` : '';
  const stance = s.stance !== 'reports' ? ` (${s.stance})` : '';
  const attributions = record.layers.attributions ?? [];
  const nameOf = (index: number | undefined) => {
    const other = index === undefined ? undefined : attributions[index];
    return other ? label(statementOf(record, other)) : undefined;
  };
  const reporter = nameOf(attribution.reportedBy);
  const target = nameOf(attribution.target);
  const relations = [reporter ? ` — as reported by ${reporter}` : '', target ? ` — ${s.stance} what ${target} said` : '', s.when ? ` — said ${s.when.text} (${s.when.value})` : ''].join('');
  return `${label(s)} [${s.speakerType}${role}] — ${s.cue}${stance} — "${s.content.replace(/^["“«\s]+|["”»\s]+$/g, '')}"${relations}`;
}
