// The one selection (filters, search, legend, layers on) and its totals, on tiny fixtures.
import { describe, expect, it } from 'vitest';
import { filterWorks, NO_FILTERS, regionCities, selectWorks, totals } from '../src/selection.ts';
import { NO_FILTER, toggled } from '../src/items.ts';
import type { City, PlanItem } from '../src/types.ts';

const src = { ref: '专栏6', line: 1, quote: 'x' };
const city = (adcode: string, area: City['area'], zones: string[], circle: string, membership: 'full' | 'partial' = 'full'): City => ({
  adcode, name_zh: adcode, short_zh: adcode, name_en: adcode, area,
  zones: zones.map((id) => ({ id: id as 'core', inferred: false, source: src })),
  circles: [{ id: circle as 'guangzhou', membership, source: src }],
  roles: [], mentions: [],
});
const cities = [city('440100', 'prd', ['core', 'belt'], 'guangzhou'), city('440500', 'east', ['belt'], 'shantou-chaozhou-jieyang'), city('440800', 'west', ['belt'], 'zhanjiang-maoming'), city('440200', 'north', ['north'], 'guangzhou', 'partial')];
const mk = (id: string, kind: string, sector: string, cities: string[], status = 'construction', precision: PlanItem['properties']['precision'] = 'approximate', corridor: string | null = null): PlanItem => ({
  type: 'Feature', id,
  properties: { name_zh: id, name_en: id, sector, kind, status, status_zh: '建设', cities, corridor, source: src, precision, location_note_zh: '测试', location_note_en: 'fixture', notes_zh: null, notes_en: null },
  geometry: { type: 'Point', coordinates: [113, 23] },
});
const items = [
  mk('hsr-east', 'hsr', 'transport', ['440500'], 'preparatory', 'schematic', 'coastal'),
  mk('hsr-gz-sg', 'hsr', 'transport', ['440100', '440200'], 'construction', 'schematic', 'jing-guang'),
  mk('port-zj', 'port', 'transport', ['440800'], 'construction', 'surveyed'),
  mk('lng-st', 'lng_terminal', 'energy', ['440500'], 'planned', 'approximate'),
];
const ids = (ws: PlanItem[]) => ws.map((w) => w.id);
const run = (f: Partial<typeof NO_FILTERS>, matches: Set<string> | null = null) => ids(filterWorks({ items, cities, filters: { ...NO_FILTERS, ...f }, matches }));

describe('regions', () => {
  it('resolve a city, a zone, a wing and a circle to their cities', () => {
    expect([...regionCities('440800', cities)!]).toEqual(['440800']);
    expect([...regionCities('belt', cities)!].sort()).toEqual(['440100', '440500', '440800']);
    expect([...regionCities('east', cities)!]).toEqual(['440500']);
    expect([...regionCities('guangzhou', cities)!].sort()).toEqual(['440100', '440200']);
    expect(regionCities('mars', cities)).toBeNull();
  });
});

describe('the selection', () => {
  it('keeps a work in a region when any of its cities is', () => {
    expect(run({ region: 'north' })).toEqual(['hsr-gz-sg']);
    expect(run({ region: 'east' })).toEqual(['hsr-east', 'lng-st']);
  });
  it('combines region, sector, corridor, precision and the search', () => {
    expect(run({ region: 'east', sector: 'transport' })).toEqual(['hsr-east']);
    expect(run({ along: 'coastal' })).toEqual(['hsr-east']);
    expect(run({ precision: 'surveyed' })).toEqual(['port-zj']);
    expect(run({}, new Set(['port-zj', 'lng-st']))).toEqual(['port-zj', 'lng-st']);
    expect(run({ sector: 'energy' }, new Set(['port-zj']))).toEqual([]);
  });
  it('then the legend and the layers that are on: the rail works of the east wing not yet begun', () => {
    const east = filterWorks({ items, cities, filters: { ...NO_FILTERS, region: 'east' }, matches: null });
    const notBegun = ['construction', 'new_start', 'expansion', 'built'].reduce((f, s) => toggled(f, 'statuses', s, false), NO_FILTER);
    expect(ids(selectWorks(east, notBegun, new Set(['hsr', 'rail'])))).toEqual(['hsr-east']);
    expect(ids(selectWorks(east, NO_FILTER, new Set(['port'])))).toEqual([]);
    expect(ids(selectWorks(east, NO_FILTER, null))).toEqual(['hsr-east', 'lng-st']);
  });
  it('counts its works by sector and by status', () => {
    const t = totals(items);
    expect(Object.fromEntries(t.bySector)).toEqual({ transport: 3, energy: 1 });
    expect(Object.fromEntries(t.byStatus)).toEqual({ preparatory: 1, construction: 2, planned: 1 });
  });
});
