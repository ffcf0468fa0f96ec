// The downloads written to dist/data/ by the build: generated from data/, never hand-edited.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ROOT, type Dataset } from './validate.ts';

/** Coordinates to 5 decimals (about 1 m): the source is only good to about 100 m. */
function rounded<G extends Geometry>(g: G): G {
  const r = (x: unknown): unknown => (typeof x === 'number' ? Math.round(x * 1e5) / 1e5 : Array.isArray(x) ? x.map(r) : x);
  return { ...g, coordinates: r((g as { coordinates: unknown }).coordinates) } as G;
}

export function citiesGeojson(ds: Dataset): FeatureCollection {
  const topo = JSON.parse(readFileSync(resolve(ROOT, 'data/geo/guangdong.topo.json'), 'utf8')) as Topology;
  const shapes = feature(topo, topo.objects.cities as GeometryCollection) as FeatureCollection<Geometry>;
  const byId = new Map(shapes.features.map((f) => [String(f.id), f.geometry]));
  const features: Feature[] = ds.cities.map((c) => ({
    type: 'Feature',
    id: c.adcode,
    properties: {
      adcode: c.adcode,
      name_zh: c.name_zh,
      name_en: c.name_en,
      area: c.area,
      zones: c.zones.map((z) => z.id),
      zones_inferred: c.zones.filter((z) => z.inferred).map((z) => z.id),
      circle: c.circles[0]?.id ?? null,
      circle_membership: c.circles[0]?.membership ?? null,
      roles: c.roles.map((r) => r.id),
    },
    geometry: rounded(byId.get(c.adcode)!),
  }));
  return { type: 'FeatureCollection', features };
}

/** File name (under dist/data/) → contents. */
export function downloads(ds: Dataset): Record<string, string> {
  return { 'cities.geojson': JSON.stringify(citiesGeojson(ds)) };
}
