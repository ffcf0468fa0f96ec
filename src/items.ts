// Joins between plan items, cities and corridors: pure functions over plain data, computed once.
import type { CountyName, PlanItem } from './types.ts';

export interface ItemIndex {
  byId: Map<string, PlanItem>;
  byCity: Map<string, PlanItem[]>;
  byCorridor: Map<string, PlanItem[]>;
}

export function indexItems(items: PlanItem[]): ItemIndex {
  const byId = new Map<string, PlanItem>();
  const byCity = new Map<string, PlanItem[]>();
  const byCorridor = new Map<string, PlanItem[]>();
  const push = (m: Map<string, PlanItem[]>, k: string, v: PlanItem) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  for (const it of items) {
    byId.set(it.id, it);
    for (const c of it.properties.cities) push(byCity, c, it);
    if (it.properties.corridor) push(byCorridor, it.properties.corridor, it);
  }
  return { byId, byCity, byCorridor };
}

/**
 * What the camera fits to show a work: its geometry; for a programme without a site (geometry null),
 * the cities it applies across, as one MultiPolygon (all 21: the province).
 */
export function focusShape(
  it: PlanItem,
  cityShapes: readonly { properties: { adcode: string }; geometry: { type: string; coordinates: unknown } }[],
): { type: string; coordinates: unknown } {
  if (it.geometry) return it.geometry;
  const cities = new Set(it.properties.cities);
  const polygons = cityShapes
    .filter((f) => cities.has(f.properties.adcode))
    .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : (f.geometry.coordinates as unknown[])));
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** Items grouped by a key, groups in the order given, empty groups dropped. */
export function groupBy<K extends string>(items: PlanItem[], key: (i: PlanItem) => K, order: readonly K[]): [K, PlanItem[]][] {
  return order.map((k) => [k, items.filter((i) => key(i) === k)] as [K, PlanItem[]]).filter(([, v]) => v.length > 0);
}

/** Items whose kind delivers a target (the target's `kinds`). */
export function itemsForKinds(items: PlanItem[], kinds: readonly string[] | undefined): PlanItem[] {
  if (!kinds?.length) return [];
  const set = new Set(kinds);
  return items.filter((i) => set.has(i.properties.kind));
}

/** The targets some works serve: those whose `kinds` include any of the works' kinds. */
export function targetsForWorks<T extends { kinds?: string[] }>(targets: T[], works: readonly PlanItem[]): T[] {
  const kinds = new Set(works.map((w) => w.properties.kind));
  return targets.filter((t) => t.kinds?.some((k) => kinds.has(k)));
}

/** The targets an item serves: those whose `kinds` include the item's kind. */
export const targetsForItem = <T extends { kinds?: string[] }>(targets: T[], item: PlanItem): T[] => targetsForWorks(targets, [item]);

/** What the legend filter hides: kinds and statuses switched off (everything else is drawn). */
export interface ItemFilter {
  kinds: ReadonlySet<string>;
  statuses: ReadonlySet<string>;
}
export const NO_FILTER: ItemFilter = { kinds: new Set(), statuses: new Set() };

export const passes = (i: PlanItem, f: ItemFilter) => !f.kinds.has(i.properties.kind) && !f.statuses.has(i.properties.status);

/** The filter with one kind or status switched on or off (a new object: layers rebuild on change). */
export function toggled(f: ItemFilter, what: 'kinds' | 'statuses', value: string, show: boolean): ItemFilter {
  const next = new Set(f[what]);
  if (show) next.delete(value);
  else next.add(value);
  return { ...f, [what]: next };
}

/**
 * Live counts for the legend. Per kind: its items whose status is shown. Per status: its items among
 * the kinds shown (kinds of the layers that are on, not hidden). Each count says how many items
 * switching that entry on would draw, given the rest of the filter.
 */
export function legendCounts(items: PlanItem[], f: ItemFilter, kindsOn: ReadonlySet<string>) {
  const byKind = new Map<string, number>();
  const byStatus = new Map<string, number>();
  for (const i of items) {
    const { kind, status } = i.properties;
    if (!f.statuses.has(status)) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    if (kindsOn.has(kind) && !f.kinds.has(kind)) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }
  return { byKind, byStatus };
}

/** A group of a city's works by county: a county (adcode and names), or null for the works located to none of its counties. */
export interface CountyGroup {
  county: ({ id: string } & CountyName) | null;
  items: PlanItem[];
}

/**
 * A city's works grouped by the county or district they lie in (the build's join, `counties`), in the
 * city's county order (adcode), then the works citywide or across counties: those located to none of
 * the city's counties (city-precision points, routes, schematic areas, programmes, sites at sea) or
 * to several of them.
 */
export function groupByCounty(items: readonly PlanItem[], city: string, names: ReadonlyMap<string, CountyName>): CountyGroup[] {
  const groups = new Map<string, PlanItem[]>();
  const rest: PlanItem[] = [];
  for (const i of items) {
    const here = (i.properties.counties ?? []).filter((c) => names.get(c)?.city === city);
    if (here.length === 1) (groups.get(here[0]) ?? groups.set(here[0], []).get(here[0])!).push(i);
    else rest.push(i);
  }
  const out: CountyGroup[] = [...groups.keys()].sort().map((id) => ({ county: { id, ...names.get(id)! }, items: groups.get(id)! }));
  return rest.length ? [...out, { county: null, items: rest }] : out;
}
