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
 * object `provinces`) and other countries (Natural Earth 1:50m, object `countries`), clipped. */
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
      `-dissolve id copy-fields=name_zh,name_en target=provinces -simplify dp interval=${simplifyMetres} keep-shapes target=* ` +
      `-filter-fields id,name_zh,name_en target=provinces -filter-fields id,name_en target=countries`,
    `quantization=${quantization} id-field=id target=*`,
  );
  for (const o of Object.values(topo.objects) as GeometryCollection[])
    for (const g of o.geometries) delete (g.properties as Record<string, unknown>).id; // kept as the geometry's id
  return JSON.stringify(topo);
}
