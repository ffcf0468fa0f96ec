// The joins city → items, corridor → items and target → items, on tiny fixtures.
import { describe, expect, it } from 'vitest';
import { groupBy, indexItems, itemsForKinds, legendCounts, NO_FILTER, passes, targetsForItem, toggled } from '../src/items.ts';
import type { PlanItem } from '../src/types.ts';
import { investmentFor, parentOf } from '../src/investment.ts';

const src = { ref: '专栏6', line: 1, quote: 'x' };
const mk = (id: string, kind: string, sector: string, cities: string[], corridor: string | null = null, status = 'construction'): PlanItem => ({
  type: 'Feature',
  id,
  properties: { name_zh: id, name_en: id, sector, kind, status, status_zh: '建设', cities, corridor, source: src, precision: 'approximate', location_note_zh: '测试', location_note_en: 'fixture', notes_zh: null, notes_en: null },
  geometry: { type: 'Point', coordinates: [113, 23] },
});
const items = [mk('hsr-a', 'hsr', 'transport', ['440100', '440300'], 'coastal'), mk('port-b', 'port', 'transport', ['440800']), mk('lng-c', 'lng_terminal', 'energy', ['440300'])];

describe('joins', () => {
  const ix = indexItems(items);
  it('city → items: a route counts in every city it passes', () => {
    expect(ix.byCity.get('440300')!.map((i) => i.id)).toEqual(['hsr-a', 'lng-c']);
    expect(ix.byCity.get('440100')!.map((i) => i.id)).toEqual(['hsr-a']);
    expect(ix.byCity.get('445300')).toBeUndefined();
  });
  it('corridor → items', () => {
    expect(ix.byCorridor.get('coastal')!.map((i) => i.id)).toEqual(['hsr-a']);
  });
  it('target → items through the target’s kinds', () => {
    expect(itemsForKinds(items, ['hsr', 'rail']).map((i) => i.id)).toEqual(['hsr-a']);
    expect(itemsForKinds(items, undefined)).toEqual([]);
  });
  it('item → targets it serves, through the same kinds', () => {
    const targets = [{ id: 'rail-km', kinds: ['hsr', 'rail'] }, { id: 'ports', kinds: ['port'] }, { id: 'gdp' }];
    expect(targetsForItem(targets, items[0]).map((t) => t.id)).toEqual(['rail-km']);
    expect(targetsForItem(targets, items[2])).toEqual([]);
  });
  it('groups by sector in the given order, dropping empty groups', () => {
    expect(groupBy(items, (i) => i.properties.sector, ['energy', 'water', 'transport']).map(([k, v]) => [k, v.length])).toEqual([
      ['energy', 1],
      ['transport', 2],
    ]);
  });
});

describe('the legend filter', () => {
  const more = [...items, mk('hsr-d', 'hsr', 'transport', ['440100'], null, 'planned'), mk('port-e', 'port', 'transport', ['440800'], null, 'study')];
  const on = new Set(['hsr', 'port']);
  const counts = (f = NO_FILTER) => {
    const { byKind, byStatus } = legendCounts(more, f, on);
    return { byKind: Object.fromEntries(byKind), byStatus: Object.fromEntries(byStatus) };
  };
  it('counts every kind, and the statuses of the kinds that are on', () => {
    expect(counts()).toEqual({ byKind: { hsr: 2, port: 2, lng_terminal: 1 }, byStatus: { construction: 2, planned: 1, study: 1 } });
  });
  it('hiding a status lowers the kind counts; hiding a kind lowers the status counts', () => {
    const noPlanned = toggled(NO_FILTER, 'statuses', 'planned', false);
    expect(counts(noPlanned).byKind).toEqual({ hsr: 1, port: 2, lng_terminal: 1 });
    const noPort = toggled(NO_FILTER, 'kinds', 'port', false);
    expect(counts(noPort).byStatus).toEqual({ construction: 1, planned: 1 });
  });
  it('passes() draws what is not hidden; toggling back restores the filter', () => {
    const f = toggled(NO_FILTER, 'kinds', 'hsr', false);
    expect(more.filter((i) => passes(i, f)).map((i) => i.id)).toEqual(['port-b', 'lng-c', 'port-e']);
    expect(toggled(f, 'kinds', 'hsr', true).kinds.size).toBe(0);
    expect(NO_FILTER.kinds.size).toBe(0); // never mutated
  });
});

describe('investment context (附件2 fields of a set of works)', () => {
  const row = (id: string, kinds?: string[], parent: string | null = 'transport') =>
    ({ id, parent, level: 'subdomain', name_zh: id, name_en: id, kinds, items: null, total: 10, plan_2021_2025: 5, reconstructed: false, source: src }) as const;
  const rows = [row('transport', undefined, null), row('rail', ['hsr', 'rail']), row('ports', ['port']), row('lng', ['lng_terminal'], 'energy')];
  it('lists the fields whose kinds the works have, each with its works, in file order', () => {
    const got = investmentFor([...rows], items);
    expect(got.map((g) => [g.row.id, g.works.map((w) => w.id)])).toEqual([
      ['rail', ['hsr-a']],
      ['ports', ['port-b']],
      ['lng', ['lng-c']],
    ]);
    expect(parentOf([...rows], rows[1])?.id).toBe('transport');
  });
  it('has nothing to say of works no field pays for', () => {
    expect(investmentFor([...rows], [mk('x', 'culture', 'social', [])])).toEqual([]);
  });
});
