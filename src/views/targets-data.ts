// The targets of data/targets.json shaped for the targets view: 表2's 20 indicators (levels, rates and
// cumulative changes kept apart; the starred 2019 values at 2019) and the other number-bearing targets,
// and the target → works join. Pure, tested (tests/targets-join.test.ts).
import type { PlanItem, Target } from '../types.ts';

export interface TargetRow extends Target {
  binding: 'binding' | 'expected' | null;
  table2_row: number | null;
  note: string | null;
}

/** A value drawn on a time axis: a level (or a share) in a year. */
export interface LevelPoint {
  year: number;
  value: number;
  /** a target, not a value reached */
  target: boolean;
  /** the plan printed the 2019 value in the 2020 column, marked * */
  starred: boolean;
  row: TargetRow;
}

export interface Indicator {
  row: number;
  name_zh: string;
  name_en: string;
  domain: string;
  binding: 'binding' | 'expected';
  unit: string;
  /** levels and shares, by year */
  levels: LevelPoint[];
  /** growth rates (a year's, or the 2021–2025 average a year) */
  rates: TargetRow[];
  /** the cumulative change 2021–2025 */
  changes: TargetRow[];
  /** targets without a figure (按国家核定目标执行) */
  unquantified: TargetRow[];
  /** 15–17: the cell is blank and follows row 14's 按国家核定目标执行 */
  followsRow14: boolean;
  rows: TargetRow[];
}

/** 表2's five sections, by first and last row. */
export const TABLE2_SECTIONS = [
  { id: 'economy', from: 1, to: 3 },
  { id: 'innovation', from: 4, to: 6 },
  { id: 'livelihood', from: 7, to: 13 },
  { id: 'green', from: 14, to: 18 },
  { id: 'security', from: 19, to: 20 },
] as const;

const LEVEL_MEASURES = new Set(['level', 'share', 'count']);

/** The 20 indicators of 表2, in table order. */
export function table2Indicators(targets: readonly TargetRow[]): Indicator[] {
  const byRow = new Map<number, TargetRow[]>();
  for (const t of targets) if (t.table2_row) (byRow.get(t.table2_row) ?? byRow.set(t.table2_row, []).get(t.table2_row)!).push(t);
  return [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      const rows = byRow.get(row)!;
      const first = rows[0];
      const levels = rows
        .filter((t) => LEVEL_MEASURES.has(t.measure) && t.value !== null)
        .map((t) => {
          const starred = !!t.value_text?.trim().endsWith('*');
          return { year: starred ? 2019 : t.year, value: t.value!, target: t.basis === 'target', starred, row: t };
        })
        .sort((a, b) => a.year - b.year);
      return {
        row,
        name_zh: first.name_zh,
        name_en: first.name_en,
        domain: first.domain,
        binding: rows.some((t) => t.binding === 'binding') ? 'binding' : 'expected',
        unit: (rows.find((t) => LEVEL_MEASURES.has(t.measure)) ?? first).unit,
        levels,
        rates: rows.filter((t) => t.measure === 'growth' && t.value !== null),
        changes: rows.filter((t) => t.measure === 'cumulative' && t.value !== null),
        unquantified: rows.filter((t) => t.basis === 'target' && t.value === null),
        followsRow14: row >= 15 && row <= 17,
        rows,
      };
    });
}

/** The number-bearing targets outside 表2 (a value, the plan's own wording kept in value_text). */
export const otherTargets = (targets: readonly TargetRow[]) => targets.filter((t) => !t.table2_row && t.basis === 'target' && t.value !== null);

/** The works that deliver a target: those of its kinds (none when it names no kinds). */
export function worksForTarget(items: readonly PlanItem[], target: { kinds?: string[] } | undefined): PlanItem[] {
  const kinds = new Set(target?.kinds ?? []);
  return items.filter((i) => kinds.has(i.properties.kind));
}

/** Works counted by status, in the order given. */
export function countByStatus(works: readonly PlanItem[], order: readonly string[]): [string, number][] {
  const n = new Map<string, number>();
  for (const w of works) n.set(w.properties.status, (n.get(w.properties.status) ?? 0) + 1);
  return order.filter((s) => n.get(s)).map((s) => [s, n.get(s)!]);
}

/** Matches a target against the view's search text (names in both languages, the plan's wording, units). */
export function matchesText(t: { name_zh: string; name_en: string; value_text?: string | null; unit?: string; indicator?: string }, text: string): boolean {
  const q = text.trim().toLowerCase();
  if (!q) return true;
  const hay = `${t.name_zh} ${t.name_en} ${t.value_text ?? ''} ${t.unit ?? ''} ${t.indicator ?? ''}`.toLowerCase();
  return q.split(/\s+/).every((w) => hay.includes(w));
}
