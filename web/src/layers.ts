import type { AnalysisRecord } from './api.js';
import type { Mark } from './highlight.js';

/**
 * How each record layer shows in the article view. A new layer is one entry here (plus a colour
 * in styles.css): its marks in the text and, optionally, its section of the side panel.
 */
export interface LayerRenderer {
  /** Key in `record.layers`. */
  name: keyof AnalysisRecord['layers'];
  /** Toggle label. */
  label: string;
  marks(record: AnalysisRecord): Mark[];
}

type Layers = AnalysisRecord['layers'];
type Attribution = NonNullable<Layers['attributions']>[number];

const ENTITY_NAMES: Record<string, string> = { PER: 'person', ORG: 'organisation', LOC: 'location', MISC: 'other name' };

/** Who is speaking, in the words the side panel uses: a named source, an unnamed one or an outlet. */
export function speakerKind(attribution: Attribution): string {
  const type = attribution.speaker?.type;
  if (!type || type === 'unknown') return 'unknown source';
  if (type === 'unnamed') return 'unnamed source';
  if (type === 'media') return 'outlet';
  return `named source (${type})`;
}

export function speakerName(record: AnalysisRecord, attribution: Attribution): string {
  return attribution.speaker?.name
    ?? (attribution.source.map((span) => record.text.slice(span.start, span.end)).join(' … ') || '(no speaker)');
}

export const LAYER_RENDERERS: readonly LayerRenderer[] = [
  {
    name: 'quotes',
    label: 'Quotations',
    marks: ({ layers }) => layers.quotes.map((quote) => ({
      start: quote.start, end: quote.end, layer: 'quotes', kind: 'quote',
      label: `quotation${quote.closed ? '' : ' (not closed)'}`,
    })),
  },
  {
    name: 'entities',
    label: 'Entities',
    marks: ({ layers }) => (layers.entities ?? []).map((entity) => ({
      start: entity.start, end: entity.end, layer: 'entities', kind: `ent ent-${entity.type}`,
      label: `${ENTITY_NAMES[entity.type] ?? entity.type}: ${entity.norm}`,
    })),
  },
  {
    name: 'attributions',
    label: 'Attributions',
    marks: (record) => (record.layers.attributions ?? []).flatMap((attribution, index) => {
      const who = `${speakerName(record, attribution)} — ${speakerKind(attribution)}, ${attribution.kind}`;
      const group = `attribution-${index}`;
      const part = (role: 'source' | 'cue' | 'content', label: string) => attribution[role].map((span) => ({
        start: span.start, end: span.end, layer: 'attributions', kind: `attr attr-${role}`, label, group,
      }));
      return [...part('source', `speaker: ${who}`), ...part('cue', `cue (${attribution.stance})`), ...part('content', `said by ${who}`)];
    }),
  },
  {
    name: 'times',
    label: 'Times',
    marks: ({ layers }) => (layers.times ?? []).map((time) => ({
      start: time.start, end: time.end, layer: 'times', kind: 'time',
      label: `${time.type} ${time.value}${time.from ? ` = [${time.from}, ${time.to})` : ''}${time.precision ? ` (${time.precision})` : ''}`,
    })),
  },
  {
    name: 'places',
    label: 'Places',
    marks: ({ layers }) => (layers.places ?? []).map((place) => ({
      start: place.start, end: place.end, layer: 'places', kind: `place place-${place.usage}`,
      label: place.status === 'resolved' ? `${place.usage}: ${place.name} (${place.country ?? '—'})` : `${place.usage}: unresolved`,
      group: place.geonameid ? `place-${place.geonameid}` : undefined,
    })),
  },
];

/** The renderers whose layer the record has (absent layers were not computed, so they get no toggle). */
export function presentLayers(record: AnalysisRecord): LayerRenderer[] {
  return LAYER_RENDERERS.filter((renderer) => record.layers[renderer.name] !== undefined);
}
