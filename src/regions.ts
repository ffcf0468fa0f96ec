// Zone and circle shapes merged from the city polygons in topology space (topojson merge), so their
// borders coincide exactly with the city borders. Membership comes from data/cities.json.
import { feature, merge, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CircleId, City, ZoneId } from './types.ts';

export interface CityProps {
  adcode: string;
}
export type CityFeature = Feature<Polygon | MultiPolygon, CityProps>;

function cityGeometries(topo: Topology) {
  return (topo.objects.cities as GeometryCollection).geometries;
}

export function cityFeatures(topo: Topology): CityFeature[] {
  return (feature(topo, topo.objects.cities as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>).features.map(
    (f) => ({ ...f, id: String(f.id), properties: { adcode: String(f.id) } }),
  );
}

/** Borders between two cities (interior only), as one MultiLineString. */
export function cityBorders(topo: Topology): MultiLineString {
  return mesh(topo, topo.objects.cities as GeometryCollection, (a, b) => a !== b);
}

export function mergeCities(topo: Topology, adcodes: Iterable<string>): MultiPolygon {
  const wanted = new Set(adcodes);
  return merge(topo, cityGeometries(topo).filter((g) => wanted.has(String(g.id))) as never);
}

export interface ZoneFeature extends Feature<MultiPolygon, { id: ZoneId; cities: string[] }> {}
export interface CircleFeature extends Feature<MultiPolygon, { id: CircleId; full: string[]; partial: string[] }> {}

export const ZONE_IDS: ZoneId[] = ['core', 'belt', 'north'];
export const CIRCLE_IDS: CircleId[] = ['guangzhou', 'shenzhen', 'pearl-west', 'shantou-chaozhou-jieyang', 'zhanjiang-maoming'];

export function zoneFeatures(topo: Topology, cities: City[]): ZoneFeature[] {
  return ZONE_IDS.map((id) => {
    const members = cities.filter((c) => c.zones.some((z) => z.id === id)).map((c) => c.adcode);
    return { type: 'Feature', id, properties: { id, cities: members }, geometry: mergeCities(topo, members) };
  });
}

/** One feature per circle: the merged outline of all its members, full and partial. */
export function circleFeatures(topo: Topology, cities: City[]): CircleFeature[] {
  return CIRCLE_IDS.map((id) => {
    const of = (m: 'full' | 'partial') =>
      cities.filter((c) => c.circles.some((k) => k.id === id && k.membership === m)).map((c) => c.adcode);
    const full = of('full');
    const partial = of('partial');
    return { type: 'Feature', id, properties: { id, full, partial }, geometry: mergeCities(topo, [...full, ...partial]) };
  });
}
