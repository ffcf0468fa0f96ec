// The targets view's data and the target → works join: 表2's 20 indicators from data/targets.json (levels,
// rates and changes kept apart, the starred values at 2019, rows without a figure), and the target= and
// field= filters of the selection.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countByStatus, matchesText, otherTargets, table2Indicators, worksForTarget, type TargetRow } from '../src/views/targets-data.ts';
import { fieldKinds, filterWorks, NO_FILTERS, targetKinds } from '../src/selection.ts';
import { parseView, serializeView } from '../src/url-state.ts';
import type { City, Investment, PlanItem } from '../src/types.ts';

const root = resolve(import.meta.dirname, '..');
const targets = JSON.parse(readFileSync(resolve(root, 'data/targets.json'), 'utf8')) as TargetRow[];
const investment = JSON.parse(readFileSync(resolve(root, 'data/investment.json'), 'utf8')) as Investment[];

const work = (id: string, kind: string, status = 'construction', cities = ['440100']): PlanItem => ({
  type: 'Feature',
  id,
  properties: { name_zh: id, name_en: id, sector: 'transport', kind, status, status_zh: '', cities, corridor: null, source: { ref: '', line: 1, quote: '' }, precision: 'city', location_note_zh: '', location_note_en: '', notes_zh: null, notes_en: null },
  geometry: { type: 'Point', coordinates: [113, 23] },
});
const items = [work('gz-hsr', 'hsr'), work('sz-intercity', 'intercity_rail', 'planned', ['440300']), work('freight', 'rail', 'study'), work('metro', 'urban_rail'), work('port', 'port'), work('expressway', 'expressway')];
const city = (adcode: string): City => ({ adcode, name_zh: adcode, short_zh: adcode, name_en: adcode, area: 'prd', zones: [], circles: [], roles: [], mentions: [] });
const cities = [city('440100'), city('440300')];

describe('表2 indicators', () => {
  const inds = table2Indicators(targets);

  it('are the 20 rows of the table, in order, each binding or expected', () => {
    expect(inds.map((i) => i.row)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const i of inds) expect(['binding', 'expected']).toContain(i.binding);
    // 约束性 rows in the plan's table: 9, 14–20
    expect(inds.filter((i) => i.binding === 'binding').map((i) => i.row)).toEqual([9, 14, 15, 16, 17, 18, 19, 20]);
  });

  it('never draws a growth rate as a level', () => {
    for (const i of inds) {
      for (const p of i.levels) expect(['level', 'share', 'count']).toContain(p.row.measure);
      for (const r of i.rates) expect(r.measure).toBe('growth');
      for (const c of i.changes) expect(c.measure).toBe('cumulative');
    }
    const gdp = inds[0];
    expect(gdp.levels).toEqual([]);
    expect(gdp.rates.map((r) => [r.year, r.value])).toEqual([[2020, 2.3], [2025, 5]]);
    const energy = inds[19];
    expect(energy.levels.map((p) => [p.year, p.value])).toEqual([[2020, 8900], [2025, 9500]]);
    expect(energy.rates.map((r) => r.value)).toEqual([1.3]);
  });

  it('draws the starred values (rows 3 and 6) at 2019', () => {
    for (const row of [3, 6]) {
      const base = inds[row - 1].levels[0];
      expect(base).toMatchObject({ year: 2019, starred: true, target: false });
    }
    expect(inds.flatMap((i) => i.levels).filter((p) => p.starred).length).toBe(2);
  });

  it('says which rows have no figure: 14, and 15–17 following it', () => {
    expect(inds.filter((i) => i.unquantified.length).map((i) => i.row)).toEqual([14, 15, 16, 17]);
    expect(inds.filter((i) => i.followsRow14).map((i) => i.row)).toEqual([15, 16, 17]);
    expect(inds[15].levels.map((p) => p.year)).toEqual([2020]); // 92.5 reached, no 2025 figure
  });

  it('other number-bearing targets are listed apart, each with a value', () => {
    const others = otherTargets(targets);
    expect(others.length).toBeGreaterThan(200);
    for (const t of others) expect(t.table2_row).toBeFalsy();
    expect(others.find((t) => t.id === 'rail-km-2025')?.value).toBe(6500);
  });

  it('search text matches both languages and the plan’s wording', () => {
    const rail = targets.find((t) => t.id === 'rail-km-2025')!;
    expect(matchesText(rail, 'railway')).toBe(true);
    expect(matchesText(rail, '铁路')).toBe(true);
    expect(matchesText(rail, 'km')).toBe(true);
    expect(matchesText(rail, 'airport')).toBe(false);
  });
});

describe('target → works', () => {
  const rail = targets.find((t) => t.id === 'rail-km-2025')!;

  it('the railway-length target is delivered by the rail works', () => {
    expect([...targetKinds(targets, 'rail-km-2025')].sort()).toEqual(['hsr', 'intercity_rail', 'rail']);
    expect(worksForTarget(items, rail).map((w) => w.id)).toEqual(['gz-hsr', 'sz-intercity', 'freight']);
    expect(countByStatus(worksForTarget(items, rail), ['built', 'construction', 'planned', 'study'])).toEqual([
      ['construction', 1],
      ['planned', 1],
      ['study', 1],
    ]);
    expect(worksForTarget(items, undefined)).toEqual([]);
  });

  it('target= narrows the selection to those works, with the other filters', () => {
    const f = { ...NO_FILTERS, target: 'rail-km-2025' };
    expect(filterWorks({ items, cities, filters: f, matches: null, targets, investment }).map((w) => w.id)).toEqual(['gz-hsr', 'sz-intercity', 'freight']);
    expect(filterWorks({ items, cities, filters: { ...f, region: '440300' }, matches: null, targets, investment }).map((w) => w.id)).toEqual(['sz-intercity']);
    // an unknown target selects nothing (the link's checks drop it before it gets here)
    expect(filterWorks({ items, cities, filters: { ...NO_FILTERS, target: 'nope' }, matches: null, targets, investment })).toEqual([]);
  });

  it('field= takes a field’s kinds, and a domain its sub-fields’ kinds', () => {
    expect([...fieldKinds(investment, 'transport-rail')].sort()).toEqual(['hsr', 'intercity_rail', 'rail', 'urban_rail']);
    const transport = fieldKinds(investment, 'transport');
    for (const k of ['hsr', 'expressway', 'port', 'hub_airport']) expect(transport.has(k)).toBe(true);
    expect(fieldKinds([{ id: 'a', kinds: [] }, { id: 'b', parent: 'c', kinds: ['port'] }], 'a').size).toBe(0);
    expect(filterWorks({ items, cities, filters: { ...NO_FILTERS, field: 'transport-rail' }, matches: null, targets, investment }).map((w) => w.id)).toEqual(['gz-hsr', 'sz-intercity', 'freight', 'metro']);
  });
});

describe('the link: target=, field=, term= and the views', () => {
  const known = { cities: new Set(['440100']), layers: ['cities'], targets: new Set(['rail-km-2025']), fields: new Set(['transport-rail']), terms: new Set(['sanheng-sizong']) };

  it('keeps known values and writes them back', () => {
    const { view, notices } = parseView('?view=targets&target=rail-km-2025&field=transport-rail', known);
    expect(notices).toEqual([]);
    expect(view).toMatchObject({ view: 'targets', target: 'rail-km-2025', field: 'transport-rail' });
    expect(serializeView(view, ['cities'], ['cities'])).toBe('?view=targets&target=rail-km-2025&field=transport-rail');
    const about = parseView('?view=about&term=sanheng-sizong', known).view;
    expect(about.term).toBe('sanheng-sizong');
    expect(serializeView(about, ['cities'], ['cities'])).toBe('?view=about&term=sanheng-sizong');
    for (const v of ['investment', 'about', 'list']) expect(parseView(`?view=${v}`, known).view.view).toBe(v);
  });

  it('drops unknown values with a notice', () => {
    const { view, notices } = parseView('?target=nope&field=%3Cb%3E&term=x', known);
    expect([view.target, view.field, view.term]).toEqual([undefined, undefined, undefined]);
    expect(notices).toEqual([
      { key: 'badFilter', value: 'target=nope' },
      { key: 'badFilter', value: 'field=<b>' },
      { key: 'badFilter', value: 'term=x' },
    ]);
  });
});
