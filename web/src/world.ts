import { geoGraticule10, geoNaturalEarth1, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
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
const EXTENT: [[number, number], [number, number]] = [[4, 4], [WIDTH - 4, HEIGHT - 4]];
const worldProjection = geoNaturalEarth1().fitExtent(EXTENT, { type: 'Sphere' });
// The whole-world outlines do not change: their SVG path strings are computed once per page load.
const worldPaths = countryPaths(geoPath(worldProjection));

function countryPaths(path: GeoPath): Array<{ d: string; name: string }> {
  return land.features.map((country) => ({ d: path(country) ?? '', name: (country.properties as { name?: string } | null)?.name ?? '' }));
}

/** A projection framing the points with a margin of at least `pad` degrees, so one city still shows its region. */
function regionProjection(points: readonly MapPoint[], pad = 12): GeoProjection {
  const corners = points.flatMap((point) => [[point.lon - pad, point.lat - pad * 0.6], [point.lon + pad, point.lat + pad * 0.6]])
    .map(([lon, lat]) => [Math.max(-180, Math.min(180, lon!)), Math.max(-85, Math.min(85, lat!))]);
  return geoNaturalEarth1().fitExtent(EXTENT, { type: 'MultiPoint', coordinates: corners });
}

/**
 * A map (bundled Natural Earth shapes, no tiles) with one circle per point, largest drawn first;
 * `region` frames the points instead of the whole world.
 */
export function worldMap(points: readonly MapPoint[], caption: string, options: { region?: boolean } = {}): HTMLElement {
  const region = options.region && points.length > 0;
  const projection = region ? regionProjection(points) : worldProjection;
  const path = region ? geoPath(projection) : geoPath(worldProjection);
  const outlines = region ? countryPaths(path) : worldPaths;
  const maxWeight = Math.max(1, ...points.map((point) => point.weight));
  const circles = [...points].sort((a, b) => b.weight - a.weight).map((point) => {
    const [x, y] = projection([point.lon, point.lat]) ?? [NaN, NaN];
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    const radius = 3 + 14 * Math.sqrt(point.weight / maxWeight);
    const circle = svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: radius.toFixed(1), class: 'map-point' },
      svg('title', {}, `${point.label}: ${point.weight} mention${point.weight === 1 ? '' : 's'}`));
    return activatable(circle, `${point.label}, ${point.weight} mention${point.weight === 1 ? '' : 's'}`, point.onSelect);
  });
  const drawing = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: `world${region ? ' region' : ''}`, role: 'group', 'aria-label': caption },
    svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }),
    svg('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }),
    svg('g', { class: 'countries' }, ...outlines.map((country) => svg('path', { d: country.d }, svg('title', {}, country.name)))),
    svg('g', { class: 'points' }, ...circles),
  );
  return h('figure', { class: 'map' }, drawing, h('figcaption', {}, caption));
}
