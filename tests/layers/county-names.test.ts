// County names: shown from zoom 8 while the county layer is on, once the counties have arrived; never
// over a city name or each other; Dongguan and Zhongshan (no counties) keep only their city name.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { prepare } from '../../src/data.ts';
import { counties, prepareCounties, type County } from '../../src/context-data.ts';
import { COUNTY_NAMES_ZOOM, countyNamesLayer } from '../../src/layers/county-names.ts';
import type { LayerContext } from '../../src/layers/registry.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (f: string) => JSON.parse(readFileSync(resolve(root, f), 'utf8'));
const data = prepare(read('data/geo/guangdong.topo.json'), read('data/geo/context.topo.json'), read('data/cities.json'), [], []);

/** a Web Mercator view centred on (lon, lat) at a zoom, 1280 × 800 px (512 px tiles, as MapLibre) */
function view(lon: number, lat: number, zoom: number): NonNullable<LayerContext['view']> {
  const size = 512 * 2 ** zoom;
  const merc = ([x, y]: [number, number]) => [((x + 180) / 360) * size, ((1 - Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360)) / Math.PI) / 2) * size];
  const [cx, cy] = merc([lon, lat]);
  return { width: 1280, height: 800, zoom, project: (p) => { const [x, y] = merc(p); return [x - cx + 640, y - cy + 400]; } };
}

const ctx = (zoom: number, lang: 'zh' | 'en' = 'zh'): LayerContext => ({
  data, lang, selectedCity: null, selectedItem: null, works: [], layersOn: ['cities', 'labels', 'counties'], view: view(113.4, 23.1, zoom), visible: true,
});
const names = (c: LayerContext) => (countyNamesLayer(c)[0].props.data as County[]).map((x) => (c.lang === 'zh' ? x.name_zh : x.name_en));

describe('county names', () => {
  it('are empty until the counties have arrived', () => {
    counties.value = null;
    expect(names(ctx(9))).toEqual([]);
  });

  it('show from zoom 8, placed without overlaps, in the user’s language', () => {
    counties.value = prepareCounties(read('data/geo/counties.topo.json'));
    expect(names(ctx(COUNTY_NAMES_ZOOM - 0.5))).toEqual([]);
    const zh = names(ctx(9));
    expect(zh).toEqual(expect.arrayContaining(['番禺区', '海珠区']));
    expect(zh).not.toContain('东莞市');
    expect(names(ctx(9, 'en'))).toEqual(expect.arrayContaining(['Panyu District']));
  });

  it('keep the same layer when hidden (toggled by visible)', () => {
    const [on] = countyNamesLayer(ctx(9));
    const [off] = countyNamesLayer({ ...ctx(9), visible: false });
    expect(off.id).toBe(on.id);
    expect(off.props.visible).toBe(false);
  });

  it('draws county borders only inside a city (the city borders are the cities layer’s)', () => {
    const c = counties.value!;
    expect(c.counties).toHaveLength(123);
    expect(c.borders.length).toBeGreaterThan(50);
  });
});
