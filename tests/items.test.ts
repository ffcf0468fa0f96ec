// The joins city → items, corridor → items and target → items, on tiny fixtures.
import { describe, expect, it } from 'vitest';
import { groupBy, indexItems, itemsForKinds, targetsForItem } from '../src/items.ts';
import type { PlanItem } from '../src/types.ts';

const src = { ref: '专栏6', line: 1, quote: 'x' };
const mk = (id: string, kind: string, sector: string, cities: string[], corridor: string | null = null): PlanItem => ({
  type: 'Feature',
  id,
  properties: { name_zh: id, name_en: id, sector, kind, status: 'construction', status_zh: '建设', cities, corridor, source: src, precision: 'approximate', location_note: 'fixture' },
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
