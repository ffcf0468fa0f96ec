// Loads and normalises everything the app shows, once, at the top (deck.gl examples' App({data})).
// Files are emitted as hashed assets and fetched from the page's own origin.
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import guangdongUrl from '../data/geo/guangdong.topo.json?url';
import contextUrl from '../data/geo/context.topo.json?url';
import citiesUrl from '../data/cities.json?url';
import corridorsUrl from '../data/corridors.json?url';
import targetsUrl from '../data/targets.json?url';
import investmentUrl from '../data/investment.json?url';
import { ITEMS_DOWNLOAD } from './plan/downloads.ts';
import { indexItems, type ItemIndex } from './items.ts';
import { cityBorders, cityFeatures, circleFeatures, zoneFeatures, type CircleFeature, type CityFeature, type ZoneFeature } from './regions.ts';
import type { City, CountyName, Corridor, Investment, PlanItem, Target } from './types.ts';
import type { MultiLineString } from 'geojson';

export interface Place {
  id: string;
  name_zh: string;
  name_en: string;
  position: [number, number];
}

export type LandFeature = Feature<Geometry, { fill: 'land' | 'neighbour' | 'province' }>;

/** Every feature of a collection, tagged with the basemap fill it is drawn with. */
const tagged = (fc: FeatureCollection<Geometry>, fill: LandFeature['properties']['fill']): LandFeature[] =>
  fc.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { fill } }));

export interface AppData {
  cities: City[];
  cityById: Map<string, City>;
  cityShapes: CityFeature[];
  borders: MultiLineString;
  seats: Map<string, [number, number]>;
  zones: ZoneFeature[];
  circles: CircleFeature[];
  /** the basemap's land, drawn in this order: other countries, neighbouring provinces, Guangdong */
  land: LandFeature[];
  /** Neighbouring provinces, Hong Kong and Macao, for context labels. */
  neighbours: Place[];
  /** borders among the land around Guangdong, as paths: no coasts, no edges with Guangdong (geo/ contextBorders) */
  neighbourBorders: Position[][];
  /** Guangdong's outline, as paths */
  provinceOutline: Position[][];
  items: PlanItem[];
  index: ItemIndex;
  /** the names of the counties the works lie in (plan-items.geojson's county_names), by adcode */
  countyNames: Map<string, CountyName>;
  corridors: Corridor[];
  /** plan targets linked to item kinds (targets.json rows with `kinds`, targets only) */
  targets: Target[];
  /** 附件2: investment by field (rows with `kinds` link works to their field) */
  investment: Investment[];
}

/** Guangdong's bounding box (WGS84): the map's first view, known before any data has loaded. */
export const GD_BOUNDS: [[number, number], [number, number]] = [
  [109.65, 20.2],
  [117.35, 25.55],
];

async function json<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Label anchors for the provinces around Guangdong: hand-placed inside the visible part of each (WGS84). */
const NEIGHBOUR_LABELS: Record<string, [number, number]> = {
  '450000': [110.5, 24.5], '430000': [112.9, 25.75], '360000': [115.3, 25.6], '350000': [117.45, 25.1],
  '460000': [110.3, 19.9], '810000': [114.17, 22.36], '820000': [113.55, 22.16], '710000': [120.9, 23.7],
  '520000': [106.8, 26.2], '530000': [104.6, 24.2], '330000': [120.2, 28.2],
  '510000': [104.5, 28.6], '500000': [107.0, 29.4], '420000': [114.4, 29.6], '340000': [117.9, 29.75],
};

export function prepare(gd: Topology, ctx: Topology, cities: City[], items: PlanItem[], corridors: Corridor[], targets: Target[] = [], investment: Investment[] = [], countyNames: Record<string, CountyName> = {}): AppData {
  const seats = new Map<string, [number, number]>();
  for (const f of (feature(gd, gd.objects.seats as GeometryCollection) as FeatureCollection<Point>).features)
    seats.set(String(f.id), f.geometry.coordinates as [number, number]);
  const provinces = feature(ctx, ctx.objects.provinces as GeometryCollection) as FeatureCollection<Geometry, { name_zh: string; name_en: string }>;
  return {
    cities,
    cityById: new Map(cities.map((c) => [c.adcode, c])),
    cityShapes: cityFeatures(gd),
    borders: cityBorders(gd),
    seats,
    zones: zoneFeatures(gd, cities),
    circles: circleFeatures(gd, cities),
    land: [
      ...tagged(feature(ctx, ctx.objects.countries as GeometryCollection) as FeatureCollection<Geometry>, 'land'),
      ...tagged(provinces, 'neighbour'),
      ...tagged(feature(gd, gd.objects.province as GeometryCollection) as FeatureCollection<Geometry>, 'province'),
    ],
    neighbours: provinces.features
      .filter((f) => NEIGHBOUR_LABELS[String(f.id)])
      .map((f) => ({ id: String(f.id), name_zh: f.properties.name_zh, name_en: f.properties.name_en, position: NEIGHBOUR_LABELS[String(f.id)] })),
    neighbourBorders: (feature(ctx, ctx.objects.borders as GeometryCollection) as FeatureCollection<MultiLineString>).features[0].geometry.coordinates,
    provinceOutline: mesh(gd, gd.objects.province as GeometryCollection).coordinates,
    items,
    index: indexItems(items),
    countyNames: new Map(Object.entries(countyNames)),
    corridors,
    targets: targets.filter((t) => t.kinds?.length && t.basis === 'target'),
    investment,
  };
}

export async function loadData(): Promise<AppData> {
  const [gd, ctx, cities, items, corridors, targets, investment] = await Promise.all([
    json<Topology>(guangdongUrl),
    json<Topology>(contextUrl),
    json<City[]>(citiesUrl),
    json<{ features: PlanItem[]; county_names?: Record<string, CountyName> }>(ITEMS_DOWNLOAD),
    json<Corridor[]>(corridorsUrl),
    json<Target[]>(targetsUrl),
    json<Investment[]>(investmentUrl),
  ]);
  performance.mark('data-fetched');
  return prepare(gd, ctx, cities, items.features, corridors, targets, investment, items.county_names);
}
