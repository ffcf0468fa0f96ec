// The basemap's lazily loaded context: counties and districts (borders and names) and the main rivers
// and reservoirs. Each is a separate asset, fetched the first time its layer is turned on, never at
// start-up. The signals hold what has arrived; the map and the name layer read them.
import { signal } from '@preact/signals';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countiesUrl from '../data/geo/counties.topo.json?url';
import waterUrl from '../data/geo/water.topo.json?url';

export interface County {
  /** adcode */
  id: string;
  /** the city's adcode */
  city: string;
  name_zh: string;
  name_en: string;
  /** where its name goes (its seat, inside it) */
  position: [number, number];
}

export interface Counties {
  counties: County[];
  /** borders between two counties of the same city (the city borders are the cities layer's) */
  borders: Position[][];
}

export interface Water {
  rivers: Feature<Polygon | MultiPolygon>[];
  lakes: Feature<Polygon | MultiPolygon>[];
}

type CountyProps = { city: string; name_zh: string; name_en: string };

export function prepareCounties(topo: Topology): Counties {
  const obj = topo.objects.counties as GeometryCollection<CountyProps>;
  const at = new Map(
    (feature(topo, topo.objects.labels as GeometryCollection) as FeatureCollection<Point>).features.map((f) => [String(f.id), f.geometry.coordinates as [number, number]]),
  );
  const cityOf = (g: { properties?: unknown }) => (g.properties as CountyProps).city;
  return {
    counties: obj.geometries.map((g) => ({ id: String(g.id), ...(g.properties as CountyProps), position: at.get(String(g.id))! })),
    borders: mesh(topo, obj, (a, b) => a !== b && cityOf(a) === cityOf(b)).coordinates,
  };
}

export function prepareWater(topo: Topology): Water {
  const of = (o: string) => (feature(topo, topo.objects[o] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>).features;
  return { rivers: of('rivers'), lakes: of('lakes') };
}

export const counties = signal<Counties | null>(null);
export const water = signal<Water | null>(null);

const loading = new Map<string, Promise<void>>();
async function fetchJson(url: string): Promise<Topology> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url}: HTTP ${res.status}`);
  return (await res.json()) as Topology;
}

/** Fetches a context file once (later calls share the first); its signal is set when it has arrived. */
export function loadContext(which: 'counties' | 'water'): Promise<void> {
  let p = loading.get(which);
  if (!p) {
    p =
      which === 'counties'
        ? fetchJson(countiesUrl).then((t) => void (counties.value = prepareCounties(t)))
        : fetchJson(waterUrl).then((t) => void (water.value = prepareWater(t)));
    p.catch((e) => {
      console.warn(`${which} unavailable:`, (e as Error).message);
      loading.delete(which);
    });
    loading.set(which, p);
  }
  return p;
}
