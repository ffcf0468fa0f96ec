// Zone and circle merges on a tiny topology: three unit squares in a row, ids a, b, c.
import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import { area } from '@turf/turf';
import type { Topology } from 'topojson-specification';
import { circleFeatures, cityBorders, mergeCities, zoneFeatures } from '../src/regions.ts';
import type { City } from '../src/types.ts';

const square = (x: number) => ({ type: 'Polygon' as const, coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });
const topo = topology({
  // @ts-expect-error topojson-server's types want a GeoJsonObject map; a FeatureCollection is one
  cities: { type: 'FeatureCollection', features: ['a', 'b', 'c'].map((id, i) => ({ type: 'Feature', id, properties: {}, geometry: square(i) })) },
}) as unknown as Topology;

const src = { ref: 'x', line: 1, quote: 'xx' };
const mk = (adcode: string, zones: City['zones'][number]['id'][], circle?: [City['circles'][number]['id'], 'full' | 'partial']): City => ({
  adcode, name_zh: adcode, short_zh: adcode, name_en: adcode, area: 'prd', roles: [], mentions: [],
  zones: zones.map((id) => ({ id, inferred: false, source: src })),
  circles: circle ? [{ id: circle[0], membership: circle[1], source: src }] : [],
});
const cities = [mk('a', ['core'], ['guangzhou', 'full']), mk('b', ['core', 'belt'], ['guangzhou', 'partial']), mk('c', ['north'], ['shenzhen', 'full'])];

describe('regions', () => {
  it('merges adjacent cities into one polygon with no interior edge', () => {
    const m = mergeCities(topo, ['a', 'b']);
    expect(m.coordinates).toHaveLength(1);
    expect(area({ type: 'Feature', properties: {}, geometry: m })).toBeCloseTo(2 * area({ type: 'Feature', properties: {}, geometry: square(0) }), -3);
  });
  it('builds zones from membership, a city counting in every zone it belongs to', () => {
    const z = zoneFeatures(topo, cities);
    expect(z.map((f) => [f.properties.id, f.properties.cities])).toEqual([['core', ['a', 'b']], ['belt', ['b']], ['north', ['c']]]);
  });
  it('builds circles with full and partial members', () => {
    const c = circleFeatures(topo, cities).filter((f) => f.properties.full.length + f.properties.partial.length > 0);
    expect(c.map((f) => f.properties)).toEqual([
      { id: 'guangzhou', full: ['a'], partial: ['b'] },
      { id: 'shenzhen', full: ['c'], partial: [] },
    ]);
  });
  it('draws only interior borders', () => {
    expect(cityBorders(topo).coordinates).toHaveLength(2);
  });
});
