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
import { BASEMAP, CIRCLE_COLOURS, ZONE_COLOURS, css, fromHex, withAlpha, type RGBA } from '../palette.ts';
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
  cities: ['cities-fill', 'borders', 'selected-city'],
  zones: ['zones-fill', 'zones-line'],
  circles: ['circles-fill', 'circles-line'],
  rivers: ['water-fill', 'water-line'],
  counties: ['county-borders'],
} as const;
/** The style layers drawn from the lazily loaded context files (context-data.ts), by file: the base
 * source gets their features the first time one of them is shown. */
export const CONTEXT_LAYERS = { water: ['water-fill', 'water-line'], counties: ['county-borders'] } as const;
/** Style layers the basemap and a row share: always drawn, the row switches what they hold (its
 * features or not) instead of their visibility. In software WebGL a frame costs about a millisecond per
 * layer and tile drawn, whatever it covers (measured: merging the basemap's fills and lines and dropping
 * the background layer took a frame from 60 to 54 ms). */
export const ROW_FILTERED: Record<string, { on: FilterSpecification; off: FilterSpecification }> = {
  // the land, with Guangdong as its cities when the row is on (the province's own fill would lie under them)
  'cities-fill': {
    on: ['any', ['all', ['==', ['get', 'kind'], 'land'], ['!=', ['get', 'fill'], 'province']], ['==', ['get', 'kind'], 'city']],
    off: ['==', ['get', 'kind'], 'land'],
  },
  borders: {
    on: ['match', ['get', 'kind'], ['neighbour-border', 'city-border', 'outline'], true, false],
    off: ['match', ['get', 'kind'], ['neighbour-border', 'outline'], true, false],
  },
};
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

/** A zone's colour at `alpha` over the province's paper: the cities are drawn opaque, in one layer with the land. */
const overProvince = (c: RGBA, alpha: number) => {
  const paper = fromHex(BASEMAP.province);
  return css([0, 1, 2].map((i) => Math.round(c[i] * alpha + paper[i] * (1 - alpha))).concat(255) as RGBA);
};
const zoneShade = (alpha: number): ExpressionSpecification =>
  ['match', ['get', 'zone'], ...Object.entries(ZONE_COLOURS).flatMap(([k, c]) => [k, overProvince(c, alpha)]), '#888'] as unknown as ExpressionSpecification;

// no background layer: the sea is the map's own CSS background (styles.css), one full-screen draw less
const layers = (): LayerSpecification[] => [
  {
    // the land (other countries, neighbouring provinces) and Guangdong's cities by zone, lit when
    // hovered or selected; the province's paper instead when the cities row is off (ROW_FILTERED)
    id: 'cities-fill',
    type: 'fill',
    source: SOURCE,
    filter: ROW_FILTERED['cities-fill'].on,
    paint: {
      'fill-color': [
        'match',
        ['get', 'kind'],
        'city',
        ['case', state('selected'), zoneShade(0.59), state('hover'), zoneShade(0.45), zoneShade(0.31)],
        ['match', ['get', 'fill'], 'province', BASEMAP.province, 'neighbour', BASEMAP.neighbour, BASEMAP.land],
      ] as unknown as ExpressionSpecification,
      'fill-antialias': false,
    },
  },
  // rivers and reservoirs (OpenStreetMap polygons), over the city fills
  { id: 'water-fill', type: 'fill', ...of('water'), ...hidden, paint: { 'fill-color': RIVER, 'fill-opacity': 0.7, 'fill-antialias': false } },
  // their outlines too, so that a narrow river still reads as a line at city zoom
  { id: 'water-line', type: 'line', ...of('water'), ...hidden, paint: { 'line-color': RIVER, 'line-opacity': 0.7, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.4, 9, 1, 12, 1.6] } },
  // borders between the counties of a city, thinner than the city borders drawn over them
  { id: 'county-borders', type: 'line', ...of('county-border'), ...hidden, paint: { 'line-color': 'rgba(96,88,76,0.55)', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.5, 9, 1], 'line-dasharray': [3, 2] } },
  // neighbours' borders, the cities' (white) and Guangdong's outline, in one layer
  {
    id: 'borders',
    type: 'line',
    source: SOURCE,
    filter: ROW_FILTERED.borders.on,
    paint: {
      'line-color': ['match', ['get', 'kind'], 'outline', '#4a4a4a', 'city-border', 'rgba(255,255,255,0.9)', '#b9b4aa'] as unknown as ExpressionSpecification,
      'line-width': ['match', ['get', 'kind'], 'outline', 1.6, 'city-border', 1.2, 0.8] as unknown as ExpressionSpecification,
    },
  },
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
  // tolerance: geojson-vt simplifies each tile to 2 px (0.375 by default): at the province's zoom the
  // borders keep their shape with half the vertices of 1 px (measured: about 4 ms a frame less in software
  // WebGL); at city zoom 2 px is ~300 m, within what the 40 m source simplified by zoom shows anyway
  const source = { type: 'geojson' as const, data: EMPTY, maxzoom: 12, tolerance: 2 };
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
