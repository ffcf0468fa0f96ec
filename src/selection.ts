// The one filtered selection of works: what the map draws, the list lists, the legend and the totals
// count, and the exports write. Pure functions over plain data (the app computes them once per change,
// state.ts); tested on fixtures.
import type { City, PlanItem } from './types.ts';
import { passes, type ItemFilter } from './items.ts';
import { CIRCLE_IDS, ZONE_IDS } from './regions.ts';

/** Filters beyond the legend's kinds and statuses; null = any. */
export interface Filters {
  /** a city's adcode, a zone (core, belt, north), a wing (east, west) or a metropolitan circle id */
  region: string | null;
  sector: string | null;
  /** works along a 三横四纵 corridor (its id) */
  along: string | null;
  precision: string | null;
  /** works of the kinds that deliver a target (its id in targets.json) */
  target?: string | null;
  /** works of the kinds of an 附件2 field (its id in investment.json; a domain takes its sub-fields' kinds) */
  field?: string | null;
}
export const NO_FILTERS: Filters = { region: null, sector: null, along: null, precision: null, target: null, field: null };

type KindsRow = { id: string; parent?: string | null; kinds?: string[] };
/** The kinds that deliver a target (empty when it is unknown or names none). */
export const targetKinds = (targets: readonly KindsRow[], id: string): Set<string> => new Set(targets.find((t) => t.id === id)?.kinds ?? []);
/** The kinds of an 附件2 field: its own and, for a domain, those of its sub-fields. */
export function fieldKinds(rows: readonly KindsRow[], id: string): Set<string> {
  return new Set(rows.filter((r) => r.id === id || r.parent === id).flatMap((r) => r.kinds ?? []));
}

/** Region ids besides the cities' adcodes: the zones, the coastal belt's two wings and the circles. */
export const WINGS = ['east', 'west'] as const;
export const REGION_GROUPS: readonly string[] = [...ZONE_IDS, ...WINGS, ...CIRCLE_IDS];

/** The cities of a region id, or null when the id is not a region. */
export function regionCities(region: string, cities: readonly City[]): Set<string> | null {
  const of = (f: (c: City) => boolean) => new Set(cities.filter(f).map((c) => c.adcode));
  if (cities.some((c) => c.adcode === region)) return new Set([region]);
  if ((ZONE_IDS as readonly string[]).includes(region)) return of((c) => c.zones.some((z) => z.id === region));
  if ((WINGS as readonly string[]).includes(region)) return of((c) => c.area === region);
  if ((CIRCLE_IDS as readonly string[]).includes(region)) return of((c) => c.circles.some((k) => k.id === region));
  return null;
}

export interface SelectionInput {
  items: readonly PlanItem[];
  cities: readonly City[];
  filters: Filters;
  /** the works a search matched (null: no search) */
  matches: ReadonlySet<string> | null;
  /** targets and 附件2 rows, for the target and field filters */
  targets?: readonly KindsRow[];
  investment?: readonly KindsRow[];
}

/** The works that pass the filters and the search, before the legend and the layers that are on. */
export function filterWorks({ items, cities, filters, matches, targets = [], investment = [] }: SelectionInput): PlanItem[] {
  const inRegion = filters.region ? regionCities(filters.region, cities) : null;
  const ofTarget = filters.target ? targetKinds(targets, filters.target) : null;
  const ofField = filters.field ? fieldKinds(investment, filters.field) : null;
  return items.filter((i) => {
    const p = i.properties;
    if (inRegion && !p.cities.some((c) => inRegion.has(c))) return false;
    if (filters.sector && p.sector !== filters.sector) return false;
    if (filters.along && p.corridor !== filters.along) return false;
    if (filters.precision && p.precision !== filters.precision) return false;
    if (ofTarget && !ofTarget.has(p.kind)) return false;
    if (ofField && !ofField.has(p.kind)) return false;
    return !matches || matches.has(i.id);
  });
}

/** The selection: the filtered works of the kinds that are drawn (null: every kind) that the legend shows. */
export function selectWorks(filtered: readonly PlanItem[], legend: ItemFilter, kindsOn: ReadonlySet<string> | null): PlanItem[] {
  return filtered.filter((i) => (!kindsOn || kindsOn.has(i.properties.kind)) && passes(i, legend));
}

/** Works of a selection counted by sector and by status. */
export function totals(works: readonly PlanItem[]): { bySector: Map<string, number>; byStatus: Map<string, number> } {
  const bySector = new Map<string, number>();
  const byStatus = new Map<string, number>();
  for (const { properties: p } of works) {
    bySector.set(p.sector, (bySector.get(p.sector) ?? 0) + 1);
    byStatus.set(p.status, (byStatus.get(p.status) ?? 0) + 1);
  }
  return { bySector, byStatus };
}
