// Joins between plan items, cities and corridors: pure functions over plain data, computed once.
import type { PlanItem } from './types.ts';

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

/** The targets an item serves: those whose `kinds` include the item's kind. */
export function targetsForItem<T extends { kinds?: string[] }>(targets: T[], item: PlanItem): T[] {
  return targets.filter((t) => t.kinds?.includes(item.properties.kind));
}
