// The embedded offline style: MapLibre draws the basemap (sea, land, borders) and the regions (cities
// by zone, the 一核一带一区 zones, the metropolitan circles); nothing is requested from any server (no
// tiles, glyphs or sprites). deck.gl draws the plan's works and every name above them.
//
// Why MapLibre and not deck.gl for these: in software WebGL (SwiftShader) deck.gl's instanced layers
// cost 7–21 µs per instance on every frame (one instance per path segment, point or glyph), and the
// borders were ~60,000 path segments: about a second per frame (npm run bench). MapLibre tiles its
// GeoJSON sources in a worker, simplifies them to the zoom (geojson-vt) and draws plain triangles.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { BASEMAP, CIRCLE_COLOURS, sectorColour, STATUS_SOLID, ZONE_COLOURS, css, fromHex, withAlpha, type RGBA } from '../palette.ts';
import { primaryZone, sitePositions, type PlanItem } from '../types.ts';
import type { AppData } from '../data.ts';
import type { Counties, Water } from '../context-data.ts';

/** Everything MapLibre draws comes from one source, told apart by `kind`: MapLibre draws the tile
 * clipping masks of a source again whenever the next layer is from another source (full-screen
 * stencil writes, measured at several ms a frame each in software WebGL). */
export const SOURCE = 'base';
type Kind = 'land' | 'neighbour-border' | 'city' | 'city-border' | 'outline' | 'zone' | 'circle' | 'water' | 'county-border' | 'corridor' | 'work';

/** The rows of the layer table (registry.ts) that MapLibre draws, as what is on among them (and the
 * works' routes and areas, of every item row: map-view shows the selection's by feature state). */
export const BASEMAP_ROWS = ['cities', 'rivers', 'counties', 'zones', 'circles', 'corridors'] as const;
export type BasemapRow = (typeof BASEMAP_ROWS)[number];
export type BasemapOn = Record<BasemapRow, boolean>;
export const basemapOn = (on: readonly string[]): BasemapOn => Object.fromEntries(BASEMAP_ROWS.map((r) => [r, on.includes(r)])) as BasemapOn;
/** What each row needs in the source beyond the start-up data, fetched or built the first time it is on:
 * the rivers' and the counties' files (context-data.ts), the zones' and circles' outlines (their ~34,000
 * vertices would otherwise lengthen start-up's tiling in the worker). */
export const LAZY: Partial<Record<BasemapRow, 'water' | 'counties' | 'regions'>> = { rivers: 'water', counties: 'counties', zones: 'regions', circles: 'regions' };

/**
 * Three layers draw the whole basemap and the works' routes and areas, whatever rows are on: every fill,
 * every solid line, every dashed line; the rows switch what they hold (filters, and the cities' colours)
 * instead of showing layers of their own. In software WebGL a frame costs about a millisecond per layer
 * and tile drawn, whatever it covers (measured: ten layers at four tiles were ~40 ms of a 145 ms frame
 * with every row on), and within one layer the features are drawn in the source's order, which
 * sourceData keeps: land, cities (tinted by zone and circle), water and the works' areas above them; then the county,
 * neighbour and city borders, Guangdong's outline, the zones' and circles' outlines, the corridors, the works.
 */
export const FILLS = 'fills';
export const LINES = 'lines';
export const DASHED = 'dashed';
/** The layers whose features a click or a hover can find. */
export const QUERYABLE = [FILLS];
/** The layers a work's route or area, or a corridor, can be found in. */
export const DRAWN = [DASHED, LINES, FILLS];

const byKey = (key: string, colours: Record<string, RGBA>, alpha?: number): ExpressionSpecification =>
  ['match', ['get', key], ...Object.entries(colours).flatMap(([k, c]) => [k, css(alpha === undefined ? c : withAlpha(c, alpha))]), '#888'] as unknown as ExpressionSpecification;
const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];
const kindIs = (...kinds: Kind[]): ExpressionSpecification => (kinds.length ? ['match', ['get', 'kind'], kinds, true, false] : false) as unknown as ExpressionSpecification;
/** rivers and reservoirs: a deep water blue, so that they read over every zone's fill (the core's is blue) */
const RIVER: RGBA = [63, 127, 191, 255];
/** Filter of the outline of the selected city, or of the cities a selected programme without a site
 * applies across (map-view sets it; none at first). */
export const selectedFilter = (adcodes: readonly string[]): FilterSpecification => ['all', kindIs('city'), ['in', ['get', 'adcode'], ['literal', adcodes]]] as FilterSpecification;

/** The works of these kinds (those of the item rows that are on): the rest are not even laid out (drawn
 * transparent, the works of rows that are off cost ~15 ms a frame in software WebGL); within them map-view
 * shows the selection's by feature state, without laying the tiles out again on every keystroke. */
const worksOf = (kinds: readonly string[]) => ['all', kindIs('work'), ['in', ['get', 'item_kind'], ['literal', kinds]]] as unknown as ExpressionSpecification;
/** What the fills layer draws for the rows that are on: the land beyond Guangdong, its cities (always:
 * the province's paper when their row is off; tinted by their zones when that row is on), the rivers
 * and reservoirs, the works' areas. */
export const fillsFilter = (on: BasemapOn, kinds: readonly string[]): FilterSpecification =>
  [
    'any',
    ['all', kindIs('land'), ['!=', ['get', 'fill'], 'province']],
    kindIs('city', ...(on.rivers ? (['water'] as const) : [])),
    // the works' areas (a fill layer would close their routes into areas too)
    ['all', worksOf(kinds), ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false]],
  ] as FilterSpecification;
/** What the lines layer draws (solid): the neighbours' borders and Guangdong's outline always, the
 * rest by row, the works' routes and outlines that are not schematic. */
export const linesFilter = (on: BasemapOn, kinds: readonly string[]): FilterSpecification =>
  [
    'any',
    kindIs(
      'neighbour-border',
      'outline',
      ...(on.cities ? (['city-border'] as const) : []),
      ...(on.zones ? (['zone'] as const) : []),
      ...(on.circles ? (['circle'] as const) : []),
      ...(on.rivers ? (['water'] as const) : []),
    ),
    ['all', worksOf(kinds), ['!', ['get', 'schematic']]],
  ] as FilterSpecification;
/** What the dashed layer draws: the counties' borders, the corridors, the schematic routes and outlines.
 * A layer of its own: dashes take MapLibre's signed-distance line program, which cost every line of a
 * layer drawn through it ~13 ms a frame with every row on (software WebGL). */
export const dashedFilter = (on: BasemapOn, kinds: readonly string[]): FilterSpecification =>
  [
    'any',
    kindIs(...(on.counties ? (['county-border'] as const) : []), ...(on.corridors ? (['corridor'] as const) : [])),
    ['all', worksOf(kinds), ['get', 'schematic']],
  ] as FilterSpecification;

const over = (top: RGBA, alpha: number, under: RGBA): RGBA => [0, 1, 2].map((i) => Math.round(top[i] * alpha + under[i] * (1 - alpha))).concat(255) as RGBA;
/** how strongly a city is shaded by its zone: at rest, hovered, selected */
const SHADES = [0.31, 0.45, 0.59] as const;
/** a circle's fill over its city: a city wholly in it, a city of which only a part is */
const CIRCLE_ALPHA = { full: 0.75, partial: 0.27 };
/** the zones' tint over their cities (the zones row) */
const ZONE_ALPHA = 28 / 255;
export interface CityLook {
  adcode: string;
  /** its primary zone (its shade) */
  zone: string;
  /** every zone it is in, in the zones' order, comma-separated (a feature property holds no arrays) */
  zones: string;
  circle: string;
  partial: boolean;
}
/**
 * Each city's colour for the rows that are on, opaque, blended here rather than by the GPU: its zone's
 * shade over the province's paper (stronger when hovered or selected) when the cities row is on, its
 * circle's colour over that when the circles row is, the tint of each zone it is in over that when the
 * zones row is (the zones are unions of cities: a translucent overlay of them cost ~5 ms a frame of
 * fill in software WebGL), the paper when none is.
 */
export function cityColours(cities: readonly CityLook[], on: BasemapOn): ExpressionSpecification {
  const paper = fromHex(BASEMAP.province);
  const colour = (c: CityLook, shade: number) => {
    let under = on.cities ? over(ZONE_COLOURS[c.zone as keyof typeof ZONE_COLOURS], shade, paper) : paper;
    if (on.circles && c.circle) under = over(CIRCLE_COLOURS[c.circle], c.partial ? CIRCLE_ALPHA.partial : CIRCLE_ALPHA.full, under);
    if (on.zones) for (const z of c.zones.split(',')) under = over(ZONE_COLOURS[z as keyof typeof ZONE_COLOURS], ZONE_ALPHA, under);
    return css(under);
  };
  const byCity = (shade: number) => (cities.length ? ['match', ['get', 'adcode'], ...cities.flatMap((c) => [c.adcode, colour(c, shade)]), BASEMAP.province] : BASEMAP.province);
  if (!on.cities) return byCity(SHADES[0]) as unknown as ExpressionSpecification;
  return ['case', state('selected'), byCity(SHADES[2]), state('hover'), byCity(SHADES[1]), byCity(SHADES[0])] as unknown as ExpressionSpecification;
}

/** A line's width by kind at zoom 6, 9 and 12 (the lines layer interpolates between them). */
const WIDTHS: Record<string, [number, number, number]> = {
  water: [0.4, 1, 1.6],
  'county-border': [0.5, 1, 1],
  'neighbour-border': [0.8, 0.8, 0.8],
  'city-border': [1.2, 1.2, 1.2],
  outline: [1.6, 1.6, 1.6],
  circle: [3, 3, 3],
};
/** the widest line drawn (a selected corridor's band), px: the source's tiles reach this far beyond their edges at least */
export const WIDEST_LINE = 16;
// the belt overlaps the core along the coast: drawn wider so both outlines stay visible
const widthAt = (k: 0 | 1 | 2) => [
  'match',
  ['get', 'kind'],
  ...Object.entries(WIDTHS).flatMap(([kind, w]) => [kind, w[k]]),
  'zone',
  ['match', ['get', 'id'], 'belt', 6, 3],
  // a work's route or outline: wider when selected or hovered, and when built or under way
  'work',
  ['case', state('selected'), 5, state('hover'), 4, ['get', 'solid'], 2.5, 1.6],
  'corridor',
  ['case', state('selected'), WIDEST_LINE, 11],
  1,
];
/** transparent: a work the selection leaves out is in the source but drawn so */
const NONE = 'rgba(0,0,0,0)';
/** the corridors' bands (schematic: the plan names them only) */
export const CORRIDOR_BAND: RGBA = [70, 70, 140, 255];

/** The fills layer's colours: the land's, the cities' (cityColours: map-view sets them once the data is
 * here and whenever the rows change), the rivers', the works' areas. */
export const fillColour = (cities: readonly CityLook[], on: BasemapOn): ExpressionSpecification =>
  [
    'match',
    ['get', 'kind'],
    'city',
    cityColours(cities, on),
    'water',
    css(withAlpha(RIVER, 179)),
    // a work's area, while the selection holds it
    'work',
    ['case', state('on'), ['get', 'tint'], NONE],
    ['match', ['get', 'fill'], 'neighbour', BASEMAP.neighbour, BASEMAP.land],
  ] as unknown as ExpressionSpecification;

/** The lines' colours and widths (the solid and the dashed layer's). */
const LINE_PAINT = {
  'line-color': [
    'match',
    ['get', 'kind'],
    'outline',
    '#4a4a4a',
    'city-border',
    'rgba(255,255,255,0.9)',
    'water',
    css(withAlpha(RIVER, 179)),
    'county-border',
    'rgba(96,88,76,0.55)',
    'zone',
    byKey('id', ZONE_COLOURS),
    'circle',
    byKey('id', CIRCLE_COLOURS),
    'corridor',
    ['case', state('selected'), css(withAlpha(CORRIDOR_BAND, 170)), state('hover'), css(withAlpha(CORRIDOR_BAND, 130)), css(withAlpha(CORRIDOR_BAND, 80))],
    'work',
    ['case', state('on'), ['get', 'colour'], NONE],
    '#b9b4aa',
  ] as unknown as ExpressionSpecification,
  'line-width': ['interpolate', ['linear'], ['zoom'], 6, widthAt(0), 9, widthAt(1), 12, widthAt(2)] as unknown as ExpressionSpecification,
};

/** the selected city's outline (a programme's cities are outlined in its sector's colour) */
export const SELECTED_CITY = '#141414';

/** The layers, in the order drawn (filters and the cities' colours for the cities row alone, until map-view sets them). */
export const baseLayers = (): LayerSpecification[] => [
  // no background layer: the sea is the map's own CSS background (styles.css), one full-screen draw less
  {
    id: FILLS,
    type: 'fill',
    source: SOURCE,
    filter: fillsFilter(basemapOn(['cities']), []),
    paint: {
      'fill-color': fillColour([], basemapOn(['cities'])),
      'fill-antialias': false,
    },
  },
  { id: LINES, type: 'line', source: SOURCE, filter: linesFilter(basemapOn(['cities']), []), paint: LINE_PAINT },
  {
    id: DASHED,
    type: 'line',
    source: SOURCE,
    filter: dashedFilter(basemapOn(['cities']), []),
    // one dash for all, in line widths: a dash that varies by feature costs MapLibre's cross-faded program
    paint: { ...LINE_PAINT, 'line-dasharray': [3, 2] },
  },
  { id: 'selected-city', type: 'line', source: SOURCE, filter: selectedFilter([]), paint: { 'line-color': SELECTED_CITY, 'line-width': 3 } },
];

/** The style the map starts with: none of its own (the sea is the map's CSS background). The base
 * source and its layers are added with the data (baseSource, baseLayers): a source in the style from
 * the start is sent to the worker empty, and MapLibre sends the data only once that empty load has come
 * back, which the main thread's start-up work delays (measured: ~200 ms of start-up in software WebGL). */
export const offlineStyle = (): StyleSpecification => ({ version: 8, sources: {}, layers: [] });

/** How far beyond its edges each tile of the base source holds what lies there, px (128 by default,
 * which MapLibre's own labels need; deck.gl draws every name here): enough for the widest line's mitred
 * joins (a selected corridor's 16 px, whose joins reach up to its width). With 128 every tile was drawn
 * over 2.25 times its area and clipped by the stencil (measured with every row on: 14–19 ms a frame less
 * in software WebGL at 32 and 16 px). */
export const SOURCE_BUFFER = 24;
/** The base source, with its data.
 * - buffer: SOURCE_BUFFER.
 * - tolerance: geojson-vt simplifies each tile to 2 px (0.375 by default): at the province's zoom the
 *   borders keep their shape with half the vertices of 1 px (about 4 ms a frame less); at city zoom 2 px
 *   is ~300 m, within what the 40 m source simplified by zoom shows anyway.
 * - fid: what feature state is kept by (a city's adcode, a work's id, a corridor's id). */
export const baseSource = (data: FeatureCollection): SourceSpecification => ({ type: 'geojson', data, maxzoom: 12, buffer: SOURCE_BUFFER, tolerance: 2, promoteId: 'fid' });

type Props = Record<string, unknown>;
const tag = (kind: Kind, features: { geometry: Geometry; properties?: unknown }[], props: (p: Props) => Props = (p) => p): Feature[] =>
  features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { ...props((f.properties ?? {}) as Props), kind } }));
const lines = (kind: Kind, coordinates: unknown): Feature[] => tag(kind, [{ geometry: { type: 'MultiLineString', coordinates } as Geometry }]);

/** The lazily loaded context, tagged for the base source: rivers and lakes, county borders, the zones'
 * and circles' outlines. */
export function contextFeatures(ctx: { water?: Water | null; counties?: Counties | null; regions?: AppData | null }): Feature[] {
  return [
    ...(ctx.water ? tag('water', [...ctx.water.rivers, ...ctx.water.lakes], () => ({})) : []),
    ...(ctx.regions ? [...tag('zone', ctx.regions.zones, ({ id }) => ({ id })), ...tag('circle', ctx.regions.circles, ({ id }) => ({ id }))] : []),
    ...(ctx.counties ? lines('county-border', ctx.counties.borders) : []),
  ];
}

/** How each city is drawn: its zones, its first circle and whether wholly in it. */
export const cityLooks = (data: AppData): CityLook[] =>
  data.cities.map((c) => ({
    adcode: c.adcode,
    zone: primaryZone(c),
    zones: data.zones.map((z) => z.properties.id).filter((id) => c.zones.some((z) => z.id === id)).join(','),
    circle: c.circles[0]?.id ?? '',
    partial: c.circles[0]?.membership === 'partial',
  }));

/** What the base source draws, once the data is here (the map starts with it empty), with whatever
 * context has been loaded: the fills first, then the lines, each in the order they are drawn. */
export function sourceData(data: AppData, context: Feature[] = []): FeatureCollection {
  const looks = new Map(cityLooks(data).map((c) => [c.adcode, c]));
  const byKind = (k: Kind) => context.filter((f) => f.properties!.kind === k);
  return {
    type: 'FeatureCollection',
    features: [
      ...tag('land', data.land.filter((f) => f.properties.fill !== 'province')),
      ...tag('city', data.cityShapes, ({ adcode }) => ({ fid: adcode, ...looks.get(adcode as string)! })),
      ...byKind('water'),
      ...byKind('county-border'),
      ...lines('neighbour-border', data.neighbourBorders),
      ...lines('city-border', data.borders.coordinates),
      ...lines('outline', data.provinceOutline),
      // the zones' and circles' outlines over the borders and Guangdong's outline
      ...byKind('zone'),
      ...byKind('circle'),
      ...data.corridors.map((c): Feature => ({ type: 'Feature', geometry: c.geometry, properties: { kind: 'corridor', fid: corridorFid(c.id), id: c.id } })),
      ...shapesOf(data.items).map((i): Feature => ({ type: 'Feature', geometry: i.geometry as Geometry, properties: { kind: 'work', ...workLook(i) } })),
    ],
  };
}

/** A corridor's feature id in the source (apart from the works'). */
export const corridorFid = (id: string) => `corridor:${id}`;
/** The works drawn as routes and areas (MapLibre); sites are symbols (deck.gl), programmes without a site
 * are not drawn. */
export const shapesOf = (items: readonly PlanItem[]): PlanItem[] => items.filter((i) => !!i.geometry && !sitePositions(i.geometry).length);
/** How a work's route or area is drawn: its sector's colour, wider when built or under way, dashed when schematic. */
const workLook = ({ id, properties: p }: PlanItem) => {
  const c = sectorColour(p.sector);
  return { fid: id, item_kind: p.kind, colour: css(c), tint: css(withAlpha(c, 40)), solid: STATUS_SOLID.has(p.status), schematic: p.precision === 'schematic' };
};
