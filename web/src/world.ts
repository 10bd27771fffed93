import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { activatable, h, svg } from './dom.js';

export interface MapPoint {
  lat: number;
  lon: number;
  label: string;
  /** Mentions: the circle's area grows with it. */
  weight: number;
  onSelect(): void;
}

const WIDTH = 960;
const HEIGHT = 500;

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const land = feature(topology, topology.objects.countries);
const projection = geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'Sphere' });
const path = geoPath(projection);
// Country outlines do not change: their SVG path strings are computed once per page load.
const countryPaths = land.features.map((country) => ({ d: path(country) ?? '', name: (country.properties as { name?: string } | null)?.name ?? '' }));

/** A world map (bundled Natural Earth shapes, no tiles) with one circle per point, largest drawn first. */
export function worldMap(points: readonly MapPoint[], caption: string): HTMLElement {
  const maxWeight = Math.max(1, ...points.map((point) => point.weight));
  const circles = [...points].sort((a, b) => b.weight - a.weight).map((point) => {
    const [x, y] = projection([point.lon, point.lat]) ?? [NaN, NaN];
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    const radius = 3 + 14 * Math.sqrt(point.weight / maxWeight);
    const circle = svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: radius.toFixed(1), class: 'map-point' },
      svg('title', {}, `${point.label}: ${point.weight} mention${point.weight === 1 ? '' : 's'}`));
    return activatable(circle, `${point.label}, ${point.weight} mention${point.weight === 1 ? '' : 's'}`, point.onSelect);
  });
  const drawing = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'world', role: 'group', 'aria-label': caption },
    svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }),
    svg('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }),
    svg('g', { class: 'countries' }, ...countryPaths.map((country) => svg('path', { d: country.d }, svg('title', {}, country.name)))),
    svg('g', { class: 'points' }, ...circles),
  );
  return h('figure', { class: 'map' }, drawing, h('figcaption', {}, caption));
}
