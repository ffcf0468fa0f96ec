// Where a record's geometry lies, checked against the project's own city polygons (data/geo):
// every point in one of its declared cities, or at sea within reach of them; never on another city's land.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import { booleanPointInPolygon, distance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CityGeo {
  shapes: Map<string, Feature<Polygon | MultiPolygon>>;
  seats: Map<string, Position>;
}

export function loadCityGeo(root: string): CityGeo {
  const topo = JSON.parse(readFileSync(resolve(root, 'data/geo/guangdong.topo.json'), 'utf8')) as Topology;
  const shapes = (feature(topo, topo.objects.cities as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>).features;
  const seats = (feature(topo, topo.objects.seats as GeometryCollection) as FeatureCollection).features;
  return {
    shapes: new Map(shapes.map((f) => [String(f.id), f])),
    seats: new Map(seats.map((f) => [String(f.id), (f.geometry as { coordinates: Position }).coordinates])),
  };
}

/** Default reach of a work at sea from its cities' coast (km): crossings, channels, wind farms. */
export const SEA_KM = 40;

/** Why a position does not fit its declared cities, or null when it does. */
export function placeProblem(geo: CityGeo, p: Position, cities: readonly string[], seaKm = SEA_KM): string | null {
  const pt = { type: 'Point' as const, coordinates: p };
  for (const c of cities) if (geo.shapes.has(c) && booleanPointInPolygon(pt, geo.shapes.get(c)!)) return null;
  for (const [c, shape] of geo.shapes) if (booleanPointInPolygon(pt, shape)) return `[${p.join(', ')}] lies in ${c}, not in its cities ${cities.join(', ')}`;
  const km = Math.min(...cities.filter((c) => geo.shapes.has(c)).map((c) => Math.abs(pointToPolygonDistance(pt, geo.shapes.get(c)!, { units: 'kilometers' }))));
  return km <= seaKm ? null : `[${p.join(', ')}] is ${km.toFixed(0)} km outside its cities ${cities.join(', ')} (limit ${seaKm} km)`;
}

/** Distance (km) from a position to a city's seat. */
export const kmToSeat = (geo: CityGeo, p: Position, city: string) => distance(p, geo.seats.get(city)!, { units: 'kilometers' });

export function vertices(g: { type: string; coordinates: unknown } | null): Position[] {
  if (!g) return [];
  switch (g.type) {
    case 'Point':
      return [g.coordinates as Position];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates as Position[];
    case 'MultiLineString':
    case 'Polygon':
      return (g.coordinates as Position[][]).flat();
    case 'MultiPolygon':
      return (g.coordinates as Position[][][]).flat(2);
    default:
      return [];
  }
}
