// The plan datasets: coverage of the boxes the issue names, the checks on records, and the downloads.
import { describe, expect, it } from 'vitest';
import { loadDataset, checkItem } from '../../src/plan/validate.ts';
import { loadCityGeo } from '../../src/plan/geo-checks.ts';
import { downloads, planItemsGeojson } from '../../src/plan/exports.ts';
import { csvParse } from 'd3-dsv';
import { ROOT } from '../../src/plan/validate.ts';
import type { Item } from '../../src/plan/schema.ts';

const ds = loadDataset();
const geo = loadCityGeo(ROOT);
const corridorIds = new Set(ds.corridors.map((c) => c.id));

describe('coverage', () => {
  const refs = (r: string) => ds.items.filter((i) => i.source.ref === r).length;
  it.each([
    ['专栏6', 40],
    ['专栏7', 35],
    ['专栏8', 15],
    ['专栏13', 50],
    ['专栏14', 70],
  ])('%s has at least %i records', (box, n) => expect(refs(box)).toBeGreaterThanOrEqual(n));
  it('has the seven 三横四纵 corridors', () => expect(ds.corridors.map((c) => c.id).sort()).toEqual(['coastal', 'jing-guang', 'jing-jiu', 'yue-min-gui', 'yuebei', 'yuedong', 'yuexi']));
  it('has every row of 表2 and the named headline targets', () => {
    expect(new Set(ds.targets.map((t) => t.table2_row).filter(Boolean)).size).toBe(20);
    const value = (re: RegExp) => ds.targets.filter((t) => re.test(t.name_en)).map((t) => t.value);
    expect(value(/railway/i)).toContain(6500);
    expect(value(/expressway/i)).toContain(12500);
  });
  it('has 附件2: 103 items, 93,860 / 12,750 / 50,000 亿元, with 农业农村 reconstructed', () => {
    const total = ds.investment.find((r) => r.level === 'total')!;
    expect([total.items, total.total, total.done_2020, total.plan_2021_2025]).toEqual([103, 93860, 12750, 50000]);
    const agri = ds.investment.find((r) => r.name_zh.includes('农业农村'))!;
    expect([agri.total, agri.reconstructed]).toEqual([2660, true]);
  });
  it('names well-known works: Zhanjiang airport relocation, 深中通道, 太平岭核电', () => {
    for (const re of [/湛江机场迁建/, /深中通道/, /太平岭核电/]) expect(ds.items.some((i) => re.test(i.name_zh)), String(re)).toBe(true);
  });
});

describe('record checks', () => {
  const sample = structuredClone(ds.items.find((i) => i.id.startsWith('port-') && i.geometry?.type === 'Point')!) as Item;
  it('accept a good record', () => expect(checkItem('data/items/x.json', sample, geo, corridorIds)).toEqual([]));
  it('reject a point on another city’s land, naming the field', () => {
    const bad = { ...sample, geometry: { type: 'Point' as const, coordinates: [113.59, 24.8] as [number, number] } }; // Shaoguan
    expect(checkItem('data/items/x.json', bad, geo, corridorIds)[0]).toMatchObject({ file: 'data/items/x.json', record: sample.id, field: 'geometry.coordinates' });
  });
  it('check each point of a work at several sites, and take no schematic points', () => {
    const [x, y] = sample.geometry!.coordinates as [number, number];
    const good = { ...sample, geometry: { type: 'MultiPoint' as const, coordinates: [[x, y], [x + 0.01, y]] as [number, number][] } };
    expect(checkItem('data/items/x.json', good, geo, corridorIds)).toEqual([]);
    const bad = { ...good, geometry: { ...good.geometry, coordinates: [[x, y], [113.59, 24.8]] as [number, number][] } }; // Shaoguan
    expect(checkItem('data/items/x.json', bad, geo, corridorIds)[0]).toMatchObject({ record: sample.id, field: 'geometry.coordinates[1]' });
    expect(checkItem('data/items/x.json', { ...good, precision: 'schematic' }, geo, corridorIds)[0].field).toBe('precision');
  });
  it('take a null geometry only for a programme without a site (precision region), and region only without one', () => {
    expect(checkItem('data/items/x.json', { ...sample, geometry: null, precision: 'region' }, geo, corridorIds)).toEqual([]);
    expect(checkItem('data/items/x.json', { ...sample, geometry: null }, geo, corridorIds)[0]).toMatchObject({ field: 'geometry' });
    expect(checkItem('data/items/x.json', { ...sample, precision: 'region' }, geo, corridorIds)[0]).toMatchObject({ field: 'precision' });
  });
  it('reject a point far out at sea', () => {
    const bad = { ...sample, geometry: { type: 'Point' as const, coordinates: [112, 19.9] as [number, number] } };
    expect(checkItem('data/items/x.json', bad, geo, corridorIds)[0].message).toMatch(/km outside/);
  });
  it('reject a kind from another sector and an unknown corridor', () => {
    const msgs = checkItem('data/items/x.json', { ...sample, kind: 'nuclear', corridor: 'nowhere' as never }, geo, corridorIds).map((p) => p.field);
    expect(msgs).toEqual(['kind', 'corridor']);
  });
  it('reject a schematic point', () => {
    expect(checkItem('data/items/x.json', { ...sample, precision: 'schematic' }, geo, corridorIds)[0].field).toBe('precision');
  });
});

describe('downloads', () => {
  const files = downloads(ds);
  it('plan-items.geojson has every item, id = item id, with the documented properties', () => {
    const fc = planItemsGeojson(ds);
    expect(fc.features).toHaveLength(ds.items.length);
    expect(Object.keys(fc.features[0].properties!)).toEqual(expect.arrayContaining(['name_zh', 'name_en', 'sector', 'kind', 'status', 'cities', 'source', 'precision']));
    expect(fc.features[0].id).toBe(ds.items[0].id);
    // programmes without a site: valid GeoJSON features with null geometry (RFC 7946 §3.2)
    const unlocated = fc.features.filter((f) => f.geometry === null);
    expect(unlocated.length).toBeGreaterThan(0);
    for (const f of unlocated) expect(f.properties!.precision, String(f.id)).toBe('region');
  });
  it('targets.csv and investment.csv parse back with a header row', () => {
    const t = csvParse(files['targets.csv']);
    expect(t).toHaveLength(ds.targets.length);
    expect(t.columns).toEqual(expect.arrayContaining(['indicator', 'year', 'value', 'unit', 'source_line']));
    const inv = csvParse(files['investment.csv']);
    expect(inv.find((r) => r.id === 'total')?.total).toBe('93860');
  });
});

describe('thesaurus', () => {
  it('every work named with a thesaurus word has one of that word’s kinds', async () => {
    const { THESAURUS } = await import('../../src/plan/vocab.ts');
    const wrong = ds.items.flatMap((i) => {
      const hit = THESAURUS.find(([w]) => i.name_zh.includes(w));
      return hit && !(hit[1] as string[]).includes(i.kind) ? [`${i.id}: ${i.name_zh} is ${i.kind}, “${hit[0]}” says ${hit[1].join('|')}`] : [];
    });
    expect(wrong).toEqual([]);
  });
  it('is used: most records match a thesaurus word', async () => {
    const { THESAURUS } = await import('../../src/plan/vocab.ts');
    expect(ds.items.filter((i) => THESAURUS.some(([w]) => i.name_zh.includes(w))).length).toBeGreaterThan(80);
  });
});
