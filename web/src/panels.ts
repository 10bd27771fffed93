import type { AnalysisRecord } from './api.js';
import type { ArticleText } from './article-text.js';
import { h } from './dom.js';
import { href } from './router.js';
import { speakerKind, speakerName } from './layers.js';
import { timelineChart } from './timeline-chart.js';
import { worldMap } from './world.js';

/**
 * Sections of the article side panel, in order. Each reads one layer (all optional) and returns
 * nothing when the record does not have it; a new layer's summary is one entry here.
 */
export interface Panel {
  title: string;
  render(record: AnalysisRecord, text: ArticleText): Node | null;
}

function excerpt(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

type Attribution = NonNullable<AnalysisRecord['layers']['attributions']>[number];

/** How a statement relates to others: reported within another (an outlet relaying a speaker) or answering one. */
function relations(record: AnalysisRecord, attribution: Attribution): Node[] {
  const attributions = record.layers.attributions ?? [];
  const name = (index: number | undefined) => (index === undefined || !attributions[index] ? undefined : speakerName(record, attributions[index]!));
  const reporter = name(attribution.reportedBy);
  const target = name(attribution.target);
  return [
    reporter ? h('span', { class: 'relation' }, ` — as reported by ${reporter}`) : null,
    target ? h('span', { class: 'relation' }, ` — ${attribution.stance} what ${target} said`) : null,
  ].filter((node): node is HTMLSpanElement => node !== null);
}

const statementsBySpeaker: Panel = {
  title: 'Statements by speaker',
  render(record, text) {
    const attributions = record.layers.attributions;
    if (!attributions?.length) return null;
    const bySpeaker = new Map<string, number[]>();
    attributions.forEach((attribution, index) => {
      const name = speakerName(record, attribution);
      bySpeaker.set(name, [...(bySpeaker.get(name) ?? []), index]);
    });
    return h('ul', { class: 'speakers' }, ...[...bySpeaker].map(([name, indices]) => h('li', {},
      h('div', { class: 'speaker' }, h('a', { href: href('quotes', undefined, { speaker: name }), class: 'speaker-name' }, name), ' ', h('span', { class: `badge badge-${attributions[indices[0]!]!.speaker?.type ?? 'unknown'}` }, speakerKind(attributions[indices[0]!]!))),
      h('ul', { class: 'statements' }, ...indices.map((index) => {
        const attribution = attributions[index]!;
        const content = attribution.content.map((span) => record.text.slice(span.start, span.end)).join(' … ');
        const first = attribution.content[0]!;
        const group = `attribution-${index}`;
        return h('li', {}, h('button', {
          type: 'button', class: 'statement',
          onclick: () => text.reveal(first.start, first.end),
          onmouseenter: () => text.light(group, true), onmouseleave: () => text.light(group, false),
          onfocus: () => text.light(group, true), onblur: () => text.light(group, false),
        }, h('span', { class: 'kind' }, `${attribution.kind}${attribution.stance !== 'reports' ? `, ${attribution.stance}` : ''}`), ' ', excerpt(content),
        ...relations(record, attribution)));
      })))));
  },
};

const sourceChain: Panel = {
  title: 'Source chain',
  render(record, text) {
    const outlets = record.layers.outlets;
    const ofRecord = record.meta.source;
    if (!outlets?.length && !ofRecord) return null;
    const chain = outlets?.length ? outlets : [{ name: ofRecord!, role: 'of-record' as const, known: true, span: record.meta.footer }];
    const order = { 'of-record': 0, syndication: 1, cited: 2 };
    return h('ol', { class: 'source-chain' }, ...[...chain].sort((a, b) => order[a.role] - order[b.role]).map((outlet) => h('li', { class: `outlet outlet-${outlet.role}` },
      outlet.span
        ? h('button', { type: 'button', class: 'link', onclick: () => text.reveal(outlet.span!.start, outlet.span!.end) }, outlet.name)
        : h('strong', {}, outlet.name),
      ' ', h('span', { class: 'badge' }, outlet.role === 'of-record' ? 'outlet of record' : outlet.role),
      outlet.known ? null : h('span', { class: 'note' }, ' not in the outlet registry'))));
  },
};

const resolvedDates: Panel = {
  title: 'Resolved dates',
  render(record, text) {
    const times = record.layers.times;
    if (!times?.length) return null;
    const resolved = times.filter((time) => time.from && time.to);
    return h('div', {},
      resolved.length ? timelineChart(resolved.map((time) => ({
        from: time.from!, to: time.to!, label: time.text, precision: time.precision ?? null, onSelect: () => text.reveal(time.start, time.end),
      })), 'Event times in this article', 420) : null,
      h('ul', { class: 'dates' }, ...times.map((time) => h('li', {},
        h('button', { type: 'button', class: 'link', onclick: () => text.reveal(time.start, time.end) }, time.text),
        ' → ', h('code', {}, time.from ? `[${time.from}, ${time.to})` : time.value),
        time.precision ? h('span', { class: 'note' }, ` ${time.precision}`) : null))));
  },
};

const placesMap: Panel = {
  title: 'Places',
  render(record, text) {
    const places = record.layers.places?.filter((place) => place.lat !== undefined && place.lon !== undefined && place.geonameid);
    if (!places?.length) return null;
    const byId = new Map<string, typeof places>();
    for (const place of places) byId.set(place.geonameid!, [...(byId.get(place.geonameid!) ?? []), place]);
    return worldMap([...byId.values()].map((mentions) => ({
      lat: mentions[0]!.lat!, lon: mentions[0]!.lon!, label: mentions[0]!.name ?? mentions[0]!.text, weight: mentions.length,
      onSelect: () => text.reveal(mentions[0]!.start, mentions[0]!.end),
    })), 'Places mentioned in this article (circle size: mentions)', { region: true });
  },
};

const entityList: Panel = {
  title: 'Entities',
  render(record, text) {
    const entities = record.layers.entities;
    if (!entities?.length) return null;
    const byNorm = new Map<string, typeof entities>();
    for (const entity of entities) byNorm.set(`${entity.type}\u0000${entity.norm}`, [...(byNorm.get(`${entity.type}\u0000${entity.norm}`) ?? []), entity]);
    return h('ul', { class: 'entities' }, ...[...byNorm.values()].sort((a, b) => b.length - a.length).map((mentions) => h('li', {},
      h('span', { class: `badge ent-${mentions[0]!.type}` }, mentions[0]!.type), ' ',
      h('button', { type: 'button', class: 'link', onclick: () => text.reveal(mentions[0]!.start, mentions[0]!.end) }, mentions[0]!.text),
      mentions.length > 1 ? h('span', { class: 'note' }, ` ×${mentions.length}`) : null,
      ' ', h('a', { href: href('entity', mentions[0]!.norm), class: 'note', 'aria-label': `articles mentioning ${mentions[0]!.text}` }, 'in the corpus →'))));
  },
};

export const PANELS: readonly Panel[] = [statementsBySpeaker, sourceChain, resolvedDates, placesMap, entityList];
