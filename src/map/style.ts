// The embedded offline style: MapLibre draws the basemap (sea, land, borders) and the regions (cities
// by zone, the 一核一带一区 zones, the metropolitan circles); nothing is requested from any server (no
// tiles, glyphs or sprites). deck.gl draws the plan's works and every name above them.
//
// Why MapLibre and not deck.gl for these: in software WebGL (SwiftShader) deck.gl's instanced layers
// cost 7–21 µs per instance on every frame (one instance per path segment, point or glyph), and the
// borders were ~60,000 path segments: about a second per frame (npm run bench). MapLibre tiles its
// GeoJSON sources in a worker, simplifies them to the zoom (geojson-vt) and draws plain triangles.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { BASEMAP, CIRCLE_COLOURS, ZONE_COLOURS, css, withAlpha, type RGBA } from '../palette.ts';
import { primaryZone } from '../types.ts';
import type { AppData } from '../data.ts';
import type { Counties, Water } from '../context-data.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** Everything MapLibre draws comes from one source, told apart by `kind`: MapLibre draws the tile
 * clipping masks of a source again whenever the next layer is from another source (full-screen
 * stencil writes, measured at several ms a frame each in software WebGL). */
export const SOURCE = 'base';
/** Zones and circles outlines, filled only once their rows are first turned on (their ~34,000 vertices
 * would otherwise lengthen start-up's tiling in the worker). */
export const REGIONS = 'regions';
/** The style layers drawn from REGIONS. */
export const REGION_LAYERS = ['zones-fill', 'zones-line', 'circles-line'];
type Kind = 'land' | 'neighbour-border' | 'city' | 'city-border' | 'outline' | 'zone' | 'circle' | 'water' | 'county-border';

/** The MapLibre layers each row of the layer table shows (registry.ts rows with `mapLayers`). */
export const ROW_MAP_LAYERS = {
  cities: ['cities-fill', 'city-borders', 'selected-city'],
  zones: ['zones-fill', 'zones-line'],
  circles: ['circles-fill', 'circles-line'],
  rivers: ['water-fill', 'water-line'],
  counties: ['county-borders'],
} as const;
/** The style layers drawn from the lazily loaded context files (context-data.ts), by file: the base
 * source gets their features the first time one of them is shown. */
export const CONTEXT_LAYERS = { water: ['water-fill', 'water-line'], counties: ['county-borders'] } as const;
/** The layers whose features a click or a hover can find, top first. */
export const QUERYABLE = ['circles-fill', 'zones-fill', 'cities-fill'];

const byKey = (key: string, colours: Record<string, RGBA>, alpha?: number): ExpressionSpecification =>
  ['match', ['get', key], ...Object.entries(colours).flatMap(([k, c]) => [k, css(alpha === undefined ? c : withAlpha(c, alpha))]), '#888'] as unknown as ExpressionSpecification;
const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];
const of = (kind: Kind, ...more: unknown[]) =>
  ({ source: kind === 'zone' || kind === 'circle' ? REGIONS : SOURCE, filter: (more.length ? ['all', ['==', ['get', 'kind'], kind], ...more] : ['==', ['get', 'kind'], kind]) as FilterSpecification });
const hidden = { layout: { visibility: 'none' as const } };
/** rivers and reservoirs: a deep water blue, so that they read over every zone's fill (the core's is blue) */
const RIVER = '#3f7fbf';
/** Filter of the selected city's outline (map-view sets it; no city at first). */
export const selectedFilter = (adcode: string | null) => of('city', ['==', ['get', 'adcode'], adcode ?? '']).filter;

const layers = (): LayerSpecification[] => [
  { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP.sea } },
  { id: 'land', type: 'fill', ...of('land'), paint: { 'fill-color': ['match', ['get', 'fill'], 'province', BASEMAP.province, 'neighbour', BASEMAP.neighbour, BASEMAP.land], 'fill-antialias': false } },
  { id: 'neighbour-borders', type: 'line', ...of('neighbour-border'), paint: { 'line-color': '#b9b4aa', 'line-width': 0.8 } },
  {
    id: 'cities-fill',
    type: 'fill',
    ...of('city'),
    paint: { 'fill-color': byKey('zone', ZONE_COLOURS), 'fill-opacity': ['case', state('selected'), 0.59, state('hover'), 0.45, 0.31], 'fill-antialias': false },
  },
  // rivers and reservoirs (OpenStreetMap polygons), over the city fills
  { id: 'water-fill', type: 'fill', ...of('water'), ...hidden, paint: { 'fill-color': RIVER, 'fill-opacity': 0.7, 'fill-antialias': false } },
  // their outlines too, so that a narrow river still reads as a line at city zoom
  { id: 'water-line', type: 'line', ...of('water'), ...hidden, paint: { 'line-color': RIVER, 'line-opacity': 0.7, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.4, 9, 1, 12, 1.6] } },
  // borders between the counties of a city, thinner than the city borders drawn over them
  { id: 'county-borders', type: 'line', ...of('county-border'), ...hidden, paint: { 'line-color': 'rgba(96,88,76,0.55)', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.5, 9, 1], 'line-dasharray': [3, 2] } },
  { id: 'city-borders', type: 'line', ...of('city-border'), paint: { 'line-color': 'rgba(255,255,255,0.9)', 'line-width': 1.2 } },
  { id: 'province-outline', type: 'line', ...of('outline'), paint: { 'line-color': '#4a4a4a', 'line-width': 1.6 } },
  { id: 'selected-city', type: 'line', source: SOURCE, filter: selectedFilter(null), paint: { 'line-color': '#141414', 'line-width': 3 } },
  { id: 'zones-fill', type: 'fill', ...of('zone'), ...hidden, paint: { 'fill-color': byKey('id', ZONE_COLOURS, 28), 'fill-antialias': false } },
  // the belt overlaps the core along the coast: drawn wider so both outlines stay visible
  { id: 'zones-line', type: 'line', ...of('zone'), ...hidden, paint: { 'line-color': byKey('id', ZONE_COLOURS), 'line-width': ['match', ['get', 'id'], 'belt', 6, 3] } },
  {
    id: 'circles-fill',
    type: 'fill',
    ...of('city', ['!=', ['get', 'circle'], '']),
    ...hidden,
    paint: { 'fill-color': byKey('circle', CIRCLE_COLOURS), 'fill-opacity': ['case', ['get', 'partial'], 0.27, 0.75], 'fill-antialias': false },
  },
  { id: 'circles-line', type: 'line', ...of('circle'), ...hidden, paint: { 'line-color': byKey('id', CIRCLE_COLOURS), 'line-width': 3 } },
];

export function offlineStyle(): StyleSpecification {
  // tolerance: geojson-vt simplifies each tile to 1 px (0.375 by default): borders keep their shape at
  // every zoom with a third fewer vertices to draw
  const source = { type: 'geojson' as const, data: EMPTY, maxzoom: 12, tolerance: 1 };
  return { version: 8, sources: { [SOURCE]: { ...source, promoteId: 'adcode' }, [REGIONS]: source }, layers: layers() };
}

type Props = Record<string, unknown>;
const tag = (kind: Kind, features: { geometry: Geometry; properties?: unknown }[], props: (p: Props) => Props = (p) => p): Feature[] =>
  features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { ...props((f.properties ?? {}) as Props), kind } }));
const lines = (kind: Kind, coordinates: unknown): Feature[] => tag(kind, [{ geometry: { type: 'MultiLineString', coordinates } as Geometry }]);

/** The lazily loaded context, tagged for the base source: rivers and lakes, county borders. */
export function contextFeatures(ctx: { water?: Water | null; counties?: Counties | null }): Feature[] {
  return [...(ctx.water ? tag('water', [...ctx.water.rivers, ...ctx.water.lakes], () => ({})) : []), ...(ctx.counties ? lines('county-border', ctx.counties.borders) : [])];
}

/** What the base source draws, once the data is here (the map starts with it empty), with whatever
 * context has been loaded. */
export function sourceData(data: AppData, context: Feature[] = []): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      ...tag('land', data.land),
      ...lines('neighbour-border', data.neighbourBorders),
      ...tag('city', data.cityShapes, ({ adcode }) => {
        const c = data.cityById.get(adcode as string)!;
        const circle = c.circles[0];
        return { adcode, zone: primaryZone(c), circle: circle?.id ?? '', partial: circle?.membership === 'partial' };
      }),
      ...lines('city-border', data.borders.coordinates),
      ...lines('outline', data.provinceOutline),
      ...context,
    ],
  };
}

/** What the regions source draws: the zones and the circles' outlines. */
export function regionsData(data: AppData): FeatureCollection {
  return { type: 'FeatureCollection', features: [...tag('zone', data.zones, ({ id }) => ({ id })), ...tag('circle', data.circles, ({ id }) => ({ id }))] };
}
