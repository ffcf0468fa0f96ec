// The county or district each located work lies in, joined at build time against the county data
// (data/geo/counties.topo.json, the same shapes the county layer draws), so the app knows a work's
// county without loading the county shapes. Shipped in plan-items.geojson: each feature's `counties`
// and the collection's `county_names` (the names of the counties used).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import { bbox as bboxOf, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { vertices } from './geo-checks.ts';

export interface CountyName {
  /** the city's adcode (Dongguan and Zhongshan are their own one county) */
  city: string;
  name_zh: string;
  name_en: string;
}

export interface CountyShape extends CountyName {
  id: string;
  shape: Feature<Polygon | MultiPolygon>;
  bbox: number[];
}

export function loadCountyGeo(root: string): CountyShape[] {
  const topo = JSON.parse(readFileSync(resolve(root, 'data/geo/counties.topo.json'), 'utf8')) as Topology;
  const fc = feature(topo, topo.objects.counties as GeometryCollection<CountyName>) as FeatureCollection<Polygon | MultiPolygon, CountyName>;
  return fc.features.map((f) => ({ id: String(f.id), city: f.properties.city, name_zh: f.properties.name_zh, name_en: f.properties.name_en, shape: f, bbox: bboxOf(f) }));
}

/** A site on the shore may fall just outside the simplified coastline: the nearest county of its cities within this (km) is its county; farther out at sea, none. */
export const SHORE_KM = 2;
/** An area lies in one county when every vertex is within this (km) of that county (its outline's simplification). */
export const AREA_KM = 1.5;

/** Only works placed at their site or area are located to a county: not city-precision points, schematic shapes or programmes. */
const LOCATED = new Set(['surveyed', 'approximate']);

const inBox = (b: number[], p: Position, km: number) => {
  const d = km / 100; // degrees, generous at this latitude
  return p[0] >= b[0] - d && p[0] <= b[2] + d && p[1] >= b[1] - d && p[1] <= b[3] + d;
};
/** Distance (km) from a point to a county: 0 inside. */
const kmTo = (c: CountyShape, p: Position) => (booleanPointInPolygon(p, c.shape) ? 0 : kmToRings(c.shape.geometry, p));

/** Distance (km) from a point outside a polygon to its rings: planar, in a local equirectangular frame (good to a few metres at these distances). */
function kmToRings(g: Polygon | MultiPolygon, p: Position): number {
  const kx = 111.32 * Math.cos((p[1] * Math.PI) / 180);
  const ky = 110.57;
  let best = Infinity;
  for (const poly of g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    for (const ring of poly)
      for (let i = 1; i < ring.length; i++) {
        const ax = (ring[i - 1][0] - p[0]) * kx, ay = (ring[i - 1][1] - p[1]) * ky;
        const bx = (ring[i][0] - p[0]) * kx, by = (ring[i][1] - p[1]) * ky;
        const dx = bx - ax, dy = by - ay;
        const t = dx || dy ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) : 0;
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
  return best;
}

/** The county a site lies in, among its cities' counties: inside one, or on the shore within SHORE_KM of one; else null. */
export function countyOfPoint(counties: readonly CountyShape[], p: Position, cities: readonly string[]): string | null {
  const own = counties.filter((c) => cities.includes(c.city));
  const inside = own.find((c) => inBox(c.bbox, p, 0) && booleanPointInPolygon(p, c.shape));
  if (inside) return inside.id;
  let best: { id: string; km: number } | null = null;
  for (const c of own) {
    if (!inBox(c.bbox, p, SHORE_KM)) continue;
    const km = kmTo(c, p);
    if (km <= SHORE_KM && (!best || km < best.km)) best = { id: c.id, km };
  }
  return best?.id ?? null;
}

/**
 * The counties a work is located to (adcodes, in order, each once): for a site (Point) its county;
 * for a work at several sites (MultiPoint) the county of each site; for an area (Polygon,
 * MultiPolygon) the one county it lies in, if it lies in one (a pilot county drawn as its county).
 * None for city-precision points, schematic shapes, routes (lines), programmes without a site
 * (geometry null) and sites out at sea.
 */
export function countiesOfItem(counties: readonly CountyShape[], r: { geometry: { type: string; coordinates: unknown } | null; precision: string; cities: readonly string[] }): string[] {
  const g = r.geometry;
  if (!g || !LOCATED.has(r.precision)) return [];
  if (g.type === 'Point' || g.type === 'MultiPoint') {
    const ids = vertices(g).map((p) => countyOfPoint(counties, p, r.cities)).filter((id): id is string => id !== null);
    return [...new Set(ids)].sort();
  }
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const pts = vertices(g);
    // boxes first (cheap), then each vertex in or near the county
    const fits = counties.filter((c) => r.cities.includes(c.city) && pts.every((p) => inBox(c.bbox, p, AREA_KM)) && pts.every((p) => kmTo(c, p) <= AREA_KM));
    return fits.length === 1 ? [fits[0].id] : [];
  }
  return [];
}

/** Every work's counties (works with none left out) and the names of the counties used, by adcode. */
export function countyJoin(items: readonly { id: string; geometry: { type: string; coordinates: unknown } | null; precision: string; cities: readonly string[] }[], counties: readonly CountyShape[]) {
  const byItem = new Map<string, string[]>();
  for (const r of items) {
    const ids = countiesOfItem(counties, r);
    if (ids.length) byItem.set(r.id, ids);
  }
  const used = new Set([...byItem.values()].flat());
  const names: Record<string, CountyName> = {};
  for (const c of counties) if (used.has(c.id)) names[c.id] = { city: c.city, name_zh: c.name_zh, name_en: c.name_en };
  return { byItem, names };
}
