// The lazily loaded context files: counties nest in the cities, carry adcodes and names in both
// languages; rivers and reservoirs lie around Guangdong. (build.test.ts checks that `npm run geo`
// reproduces them byte for byte and is deterministic.)
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { feature, merge } from 'topojson-client';
import { area, bbox, booleanPointInPolygon, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { OUT_DIR } from '../../geo/build.ts';
import { buildCounties, buildWater } from '../../geo/context-layers.ts';
import { countyNameEn } from '../../geo/names.ts';
import { WATER_BBOX } from '../../geo/sources.ts';
import { gcj02ToWgs84 } from '../../geo/gcj02.ts';
import { ADCODES } from '../../src/plan/schema.ts';

const load = (name: string) => JSON.parse(readFileSync(OUT_DIR + name, 'utf8')) as Topology;
type CountyProps = { city: string; name_zh: string; name_en: string };
const props = (g: { properties?: unknown }) => g.properties as CountyProps;

describe('counties', () => {
  const topo = load('counties.topo.json');
  const obj = topo.objects.counties as GeometryCollection<CountyProps>;
  const shapes = feature(topo, obj) as FeatureCollection<Polygon | MultiPolygon, CountyProps>;

  it('builds the same bytes twice', async () => {
    const require = createRequire(import.meta.url);
    expect((await buildCounties(require)) === (await buildCounties(require))).toBe(true);
  }, 60_000);

  it('has the 121 counties and districts, and Dongguan and Zhongshan as their own one unit', () => {
    expect(obj.geometries).toHaveLength(123);
    const ids = obj.geometries.map((g) => String(g.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(expect.arrayContaining(['440113', '441422', '441825', '441900', '442000']));
  });

  it('gives every county an adcode that starts with its city’s 4 digits', () => {
    for (const g of obj.geometries) {
      const id = String(g.id);
      expect(id, id).toMatch(/^44\d{4}$/);
      expect(ADCODES as readonly string[], id).toContain(props(g).city);
      expect(id.slice(0, 4), id).toBe(props(g).city.slice(0, 4));
    }
    for (const city of ADCODES) expect(obj.geometries.some((g) => props(g).city === city), city).toBe(true);
  });

  it('names every county in both languages', () => {
    for (const g of obj.geometries) {
      const { name_zh, name_en } = props(g);
      expect(name_zh, String(g.id)).toMatch(/^[\u3400-\u9fff]{2,}$/);
      expect(name_en, String(g.id)).toMatch(/^[A-Z][a-z']+( (and|[A-Z][a-z]+))*$/);
    }
  });

  it('nests in the cities: the counties of each city merged match it (IoU ≥ 0.99)', () => {
    const gd = load('guangdong.topo.json');
    const cities = (feature(gd, gd.objects.cities as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>).features;
    for (const c of cities) {
      const merged: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: merge(topo, obj.geometries.filter((g) => props(g).city === c.id) as never) };
      const inter = intersect(featureCollection([merged, c]));
      const iou = (inter ? area(inter) : 0) / area(union(featureCollection([merged, c]))!);
      expect(iou, String(c.id)).toBeGreaterThanOrEqual(0.99);
    }
  });

  it('places each name inside its county', () => {
    const labels = (feature(topo, topo.objects.labels as GeometryCollection) as FeatureCollection<Point>).features;
    expect(labels.map((l) => l.id)).toEqual(shapes.features.map((f) => f.id));
    for (const l of labels) expect(booleanPointInPolygon(l, shapes.features.find((f) => f.id === l.id)!), String(l.id)).toBe(true);
  });
});

describe('English county names (pinyin, readings checked by hand)', () => {
  it.each([
    ['番禺区', 'Panyu District'],
    ['花都区', 'Huadu District'],
    ['禅城区', 'Chancheng District'],
    ['斗门区', 'Doumen District'],
    ['大埔县', 'Dabu County'],
    ['乐昌市', 'Lechang City'],
    ['梅县区', 'Meixian District'],
    ['城区', 'Chengqu District'],
    ['南澳县', "Nan'ao County"],
    ['连山壮族瑶族自治县', 'Lianshan Zhuang and Yao Autonomous County'],
    ['乳源瑶族自治县', 'Ruyuan Yao Autonomous County'],
  ])('%s → %s', (zh, en) => expect(countyNameEn(zh)).toBe(en));
});

describe('rivers and reservoirs', () => {
  const topo = load('water.topo.json');
  const of = (o: string) => feature(topo, topo.objects[o] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;

  it('builds the same bytes twice', async () => {
    const require = createRequire(import.meta.url);
    expect((await buildWater(require)) === (await buildWater(require))).toBe(true);
  }, 60_000);

  it('has river and lake polygons, without properties, inside the box around Guangdong', () => {
    const [w, s, e, n] = WATER_BBOX;
    for (const o of ['rivers', 'lakes']) {
      const fc = of(o);
      expect(fc.features.length, o).toBeGreaterThan(100);
      for (const f of fc.features) {
        expect(f.properties ?? {}).toEqual({});
        const [x0, y0, x1, y1] = bbox(f);
        expect(x0 >= w - 1e-6 && y0 >= s - 1e-6 && x1 <= e + 1e-6 && y1 <= n + 1e-6).toBe(true);
      }
    }
  });

  it('has the Pearl River at Guangzhou and the Xi Jiang at Zhaoqing', () => {
    const rivers = of('rivers').features;
    const near = ([x, y]: number[], km: number) =>
      rivers.some((f) => {
        const [x0, y0, x1, y1] = bbox(f);
        const d = km / 111;
        return x1 >= x - d && x0 <= x + d && y1 >= y - d && y0 <= y + d;
      });
    expect(near([113.3, 23.11], 3)).toBe(true); // 珠江 广州段
    expect(near([112.47, 23.05], 3)).toBe(true); // 西江 肇庆
  });
});

const REF_COUNTIES = resolve(import.meta.dirname, '../../../shared/ref/guangdong-counties_datav-v2_gcj02.geojson');
/** Known differences from the reference's newer vintage (about 2020): 光明区 (2018) was cut from 宝安区; 茂南区's
 * border with 电白区 moved. */
const CHANGED = new Set(['440306', '440902']);

describe.skipIf(!existsSync(REF_COUNTIES))('counties against an independent reference (shared/ref, DataV 2020, GCJ-02)', () => {
  it('has every county under the same adcode and name, with the same shape (IoU ≥ 0.9; changed ones ≥ 0.7)', () => {
    const ref = gcj02ToWgs84(JSON.parse(readFileSync(REF_COUNTIES, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { adcode: string; name: string }>);
    const topo = load('counties.topo.json');
    for (const f of (feature(topo, topo.objects.counties as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, CountyProps>).features) {
      const r = ref.features.find((x) => x.properties.adcode === f.id);
      expect(r?.properties.name, String(f.id)).toBe(f.properties.name_zh);
      const inter = intersect(featureCollection<Polygon | MultiPolygon>([f, r!]));
      const iou = (inter ? area(inter) : 0) / area(union(featureCollection<Polygon | MultiPolygon>([f, r!]))!);
      expect(iou, String(f.id)).toBeGreaterThanOrEqual(CHANGED.has(String(f.id)) ? 0.7 : 0.9);
    }
  });
});
