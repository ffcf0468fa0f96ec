// The order of the list view, which the exports write too: a column and a direction, ties broken by the
// plan's line and the id so that the order is total (and the same in the list, the CSV and the GeoJSON).
import type { AppData } from './data.ts';
import type { Lang, PlanItem } from './types.ts';
import { cityName, type StringKey } from './i18n.ts';
import { kindLabels, PRECISIONS, STATUSES } from './plan/vocab.ts';

export type Column = 'name' | 'kind' | 'status' | 'cities' | 'precision' | 'line';
export const COLUMNS: [Column, StringKey][] = [
  ['name', 'colName'],
  ['kind', 'colKind'],
  ['status', 'colStatus'],
  ['cities', 'colCities'],
  ['precision', 'colPrecision'],
  ['line', 'colLine'],
];
export interface ListSort {
  by: Column;
  dir: 1 | -1;
}
export const DEFAULT_SORT: ListSort = { by: 'line', dir: 1 };

const STATUS_ORDER = Object.keys(STATUSES);
const PRECISION_ORDER = Object.keys(PRECISIONS);

function sortKey(data: AppData, l: Lang, by: Column): (i: PlanItem) => string | number {
  const p = (i: PlanItem) => i.properties;
  switch (by) {
    case 'name':
      return (i) => (l === 'zh' ? p(i).name_zh : p(i).name_en.toLowerCase());
    case 'kind':
      return (i) => kindLabels(p(i).sector, p(i).kind)[l];
    case 'status':
      return (i) => STATUS_ORDER.indexOf(p(i).status);
    case 'cities':
      return (i) => p(i).cities.map((c) => cityName(data.cityById.get(c)!, l)).join(' ');
    case 'precision':
      return (i) => PRECISION_ORDER.indexOf(p(i).precision);
    case 'line':
      return (i) => p(i).source.line;
  }
}

/** The works in the list's order. */
export function sortedWorks(data: AppData, l: Lang, works: readonly PlanItem[], { by, dir }: ListSort): PlanItem[] {
  const key = sortKey(data, l, by);
  const collator = new Intl.Collator(l === 'zh' ? 'zh-CN' : 'en');
  return [...works].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return dir * (c || a.properties.source.line - b.properties.source.line || a.id.localeCompare(b.id));
  });
}
