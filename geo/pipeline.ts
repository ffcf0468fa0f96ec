// The geo build's steps, each a small pure-ish function: decode → WGS84 → clean/simplify (mapshaper) →
// topology-space merges (topojson-client). build.ts wires them to files.
import mapshaper from 'mapshaper';
import { feature, mergeArcs } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection, Transform } from 'topojson-specification';
import { decodeEcharts, type EchartsMap } from './echarts-decode.ts';
import { gcj02ToWgs84 } from './gcj02.ts';
import { CONTEXT_BBOX, COUNTRIES_FROM_ECHARTS, NEIGHBOURS } from './sources.ts';

type Require = (id: string) => unknown;

/** Simplification tolerance (metres, Douglas–Peucker on shared arcs) and quantisation per file. */
export const SETTINGS = {
  guangdong: { simplifyMetres: 40, quantization: 100_000 },
  context: { simplifyMetres: 250, quantization: 20_000 },
} as const;

/** Decoded ECharts file in WGS84, properties reduced to `keep` (a function of the feature). */
export function loadEcharts(require: Require, file: string, props: (id: string, p: Record<string, unknown>) => Record<string, unknown>) {
  const fc = gcj02ToWgs84(decodeEcharts(require(`echarts/map/json/province/${file}.json`) as EchartsMap));
  for (const f of fc.features) f.properties = props(String(f.id), f.properties ?? {});
  return fc;
}

/** Runs mapshaper commands on in-memory inputs and returns the TopoJSON it writes. */
async function mapshaperToTopo(inputs: Record<string, FeatureCollection>, commands: string, output: string): Promise<Topology> {
  const out = await mapshaper.applyCommands(`${commands} -o out.json format=topojson ${output}`, inputs);
  return JSON.parse(out['out.json']) as Topology;
}

/**
 * The 21 prefecture-level cities (object `cities`, id = adcode, no properties: names are joined by id
 * from data/cities.json) and the province outline merged from them (object `province`, id 440000).
 * `-clean` removes the source's overlaps and fills its ~190 slivers so the cities tile exactly.
 */
export async function buildGuangdong(require: Require): Promise<string> {
  const cities = loadEcharts(require, 'guangdong', () => ({}));
  const { simplifyMetres, quantization } = SETTINGS.guangdong;
  const topo = await mapshaperToTopo(
    { 'cities.json': cities },
    `-i cities.json -clean -simplify dp interval=${simplifyMetres} keep-shapes -clean`,
    `quantization=${quantization}`,
  );
  const obj = topo.objects.cities as GeometryCollection;
  obj.geometries.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  for (const g of obj.geometries) delete (g as { properties?: unknown }).properties;
  topo.objects.province = {
    type: 'GeometryCollection',
    geometries: [{ ...mergeArcs(topo, obj.geometries as never), id: '440000' }],
  } as GeometryCollection;
  topo.objects.seats = citySeats(require, topo.transform!);
  return JSON.stringify(topo);
}

/** Each city's seat (ECharts `cp`, the city government's location), converted to WGS84: the anchor
 * for city labels and for items the plan locates only to a city. */
export function citySeats(require: Require, transform: Transform): GeometryCollection {
  const { scale, translate } = transform; // quantised like the arcs, as topojson-client expects
  const raw = require('echarts/map/json/province/guangdong.json') as EchartsMap;
  const points: FeatureCollection = {
    type: 'FeatureCollection',
    features: raw.features.map((f) => ({
      type: 'Feature',
      id: f.id,
      properties: {},
      geometry: { type: 'Point', coordinates: f.properties.cp as number[] },
    })),
  };
  const wgs = gcj02ToWgs84(points);
  return {
    type: 'GeometryCollection',
    geometries: wgs.features
      .map((f) => ({
        type: 'Point' as const,
        id: String(f.id),
        coordinates: (f.geometry as { coordinates: number[] }).coordinates.map((v, i) => Math.round((v - translate[i]) / scale[i])),
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Land around Guangdong: neighbouring provinces, Hong Kong, Macao and Taiwan (ECharts, WGS84,
 * object `provinces`) and other countries (Natural Earth 1:50m, object `countries`), clipped. Each
 * province is dissolved from its file's cities, filling the slivers between them (`gap-width`): left
 * as holes, they showed as specks of sea and short strokes inside Hong Kong, and broke the borders. */
export async function buildContext(require: Require): Promise<string> {
  const provinces: FeatureCollection = { type: 'FeatureCollection', features: [] };
  for (const n of NEIGHBOURS) {
    const fc = loadEcharts(require, n.file, () => ({ id: n.id, name_zh: n.name_zh, name_en: n.name_en }));
    provinces.features.push(...fc.features);
  }
  const atlas = require('world-atlas/countries-50m.json') as Topology;
  const countries = feature(atlas, atlas.objects.countries as GeometryCollection) as FeatureCollection<Geometry>;
  countries.features = countries.features
    .filter((f) => !COUNTRIES_FROM_ECHARTS.has(String(f.id)))
    .map((f) => ({ ...f, properties: { id: String(f.id), name_en: (f.properties as { name: string }).name } }));
  const { simplifyMetres, quantization } = SETTINGS.context;
  const bbox = CONTEXT_BBOX.join(',');
  const topo = await mapshaperToTopo(
    { 'provinces.json': provinces, 'countries.json': countries },
    `-i provinces.json countries.json combine-files -clip bbox=${bbox} target=* -filter 'this.area > 0' target=* ` +
      `-dissolve id copy-fields=name_zh,name_en gap-width=500m target=provinces -simplify dp interval=${simplifyMetres} keep-shapes target=* ` +
      `-filter-fields id,name_zh,name_en target=provinces -filter-fields id,name_en target=countries`,
    `quantization=${quantization} id-field=id target=*`,
  );
  for (const o of Object.values(topo.objects) as GeometryCollection[])
    for (const g of o.geometries) delete (g.properties as Record<string, unknown>).id; // kept as the geometry's id
  topo.objects.borders = contextBorders(topo);
  return JSON.stringify(topo);
}

/** How close (km) two edges run to be taken as one border: the neighbours come from separate files,
 * and the countries from another source, so a border is two edges that do not coincide. */
export const BORDER_MATCH_KM = 4;
/** the neighbours whose whole outline is drawn (contextBorders) */
export const OUTLINED = new Set(['810000', '820000']);

/**
 * The borders drawn among the land around Guangdong (object `borders`, one MultiLineString): between
 * two neighbours, between two countries, and between a neighbour and a country. Not the coasts, not
 * the edges with Guangdong (its own outline is drawn there) and not the edges the clip made: an edge
 * counts where another's runs within BORDER_MATCH_KM of it, and of two neighbours' edges along one
 * border only the first's (by id) is kept. Hong Kong and Macao keep their whole outline: they are
 * seen at the Pearl River Delta's zooms, where a coast drawn only as a change of fill reads poorly.
 * Shared arcs are referenced; the pieces kept of an arc become arcs of their own.
 */
export function contextBorders(topo: Topology): GeometryCollection {
  const { scale, translate } = topo.transform!;
  type Q = [number, number];
  /** an arc's points, quantised (absolute) */
  const points = (i: number): Q[] => {
    let x = 0;
    let y = 0;
    return topo.arcs[i].map(([dx, dy]) => [(x += dx), (y += dy)]);
  };
  // km on a local plane (near enough over a few km at these latitudes)
  const km = ([x, y]: Q): Q => {
    const [lon, lat] = [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    return [lon * 111.32 * Math.cos((lat * Math.PI) / 180), lat * 110.57];
  };
  /** the arcs each polygon of an object uses, with the polygon's rank (provinces: by id; countries after) */
  const owners = new Map<number, number[]>();
  const objects = [topo.objects.provinces, topo.objects.countries] as GeometryCollection[];
  const geoms = objects.flatMap((o) => [...o.geometries].sort((a, b) => String(a.id).localeCompare(String(b.id))));
  geoms.forEach((g, rank) => {
    const walk = (a: unknown): void => {
      if (typeof a !== 'number') return void (Array.isArray(a) && a.forEach(walk));
      const i = a < 0 ? ~a : a;
      if (!owners.has(i)) owners.set(i, []);
      owners.get(i)!.push(rank);
    };
    walk((g as { arcs?: unknown }).arcs);
  });
  const provinceCount = objects[0].geometries.length;
  /** each arc's owners and points, quantised (q) and in km (p) */
  const byArc = [...owners].sort((a, b) => a[0] - b[0]).map(([i, ranks]) => {
    const q = points(i);
    return { i, ranks, q, p: q.map(km) };
  });
  // every edge of every polygon, by its midpoint, in a grid of cells BORDER_MATCH_KM wide
  const mid = (a: Q, b: Q): Q => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const cellOf = ([x, y]: Q): Q => [Math.floor(x / BORDER_MATCH_KM), Math.floor(y / BORDER_MATCH_KM)];
  const grid = new Map<string, { a: Q; b: Q; rank: number }[]>();
  for (const { ranks, p } of byArc)
    for (let k = 1; k < p.length; k++) {
      const key = cellOf(mid(p[k - 1], p[k])).join();
      if (!grid.has(key)) grid.set(key, []);
      for (const rank of ranks) grid.get(key)!.push({ a: p[k - 1], b: p[k], rank });
    }
  const distance = (p: Q, a: Q, b: Q) => {
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
    return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
  };
  /** whether an edge of `rank` from a to b lies along an edge of a polygon that keeps the border there */
  const along = (a: Q, b: Q, rank: number) => {
    const m = mid(a, b);
    const [cx, cy] = cellOf(m);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const e of grid.get([cx + dx, cy + dy].join()) ?? [])
          // a country's edge, or a later neighbour's (the first of two neighbours keeps their border)
          if (e.rank !== rank && (e.rank >= provinceCount || e.rank > rank) && distance(m, e.a, e.b) < BORDER_MATCH_KM) return true;
    return false;
  };
  const arcs: number[][] = [];
  for (const { i, ranks, q, p } of byArc) {
    // shared by two polygons of the same source (the border itself: the countries' coasts are not
    // drawn), or Hong Kong's and Macao's outline: the whole arc
    if (ranks.length > 1 || (ranks[0] < provinceCount && OUTLINED.has(String(geoms[ranks[0]].id)))) {
      arcs.push([i]);
      continue;
    }
    if (ranks[0] >= provinceCount) continue;
    let run: Q[] = [];
    const close = () => {
      if (run.length > 2) {
        arcs.push([topo.arcs.length]);
        topo.arcs.push(run.map(([x, y], k) => (k ? [x - run[k - 1][0], y - run[k - 1][1]] : [x, y])));
      }
      run = [];
    };
    for (let k = 1; k < p.length; k++) {
      if (along(p[k - 1], p[k], ranks[0])) run.push(...(run.length ? [q[k]] : [q[k - 1], q[k]]));
      else close();
    }
    close();
  }
  return { type: 'GeometryCollection', geometries: [{ type: 'MultiLineString', arcs }] } as GeometryCollection;
}
