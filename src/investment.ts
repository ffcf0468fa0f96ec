// Investment context: which rows of 附件2 (investment by field) pay for a set of works. The plan gives
// investment by field, never by corridor or work; this join says which fields a corridor's or a
// work's kinds belong to. Pure, tested on fixtures.
import type { Investment, PlanItem } from './types.ts';

/** The 附件2 rows whose kinds include any of the works' kinds, each with the works it covers, in file order. */
export function investmentFor(rows: Investment[], works: PlanItem[]): { row: Investment; works: PlanItem[] }[] {
  return rows
    .filter((r) => r.kinds?.length)
    .map((row) => ({ row, works: works.filter((w) => row.kinds!.includes(w.properties.kind)) }))
    .filter((x) => x.works.length > 0);
}

/** The row a row belongs to (a sub-field's field), if any. */
export const parentOf = (rows: Investment[], r: Investment) => rows.find((p) => p.id === r.parent);
