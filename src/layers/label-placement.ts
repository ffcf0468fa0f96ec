// Where names fit: a greedy placement in screen space, highest priority first. A work's name is tried
// to the right of its site, then to the left; a corridor's name is centred on one of several points
// along its route. A name is dropped when it would cover a city name, a site's symbol or a name
// already placed. Pure, so it is tested without a map.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Candidate {
  id: string;
  /** the anchor on screen, in pixels */
  x: number;
  y: number;
  /** the label's size in pixels */
  width: number;
  height: number;
  /** higher is placed first */
  priority: number;
  /** the sides to try, in order (default: right, then left) */
  sides?: readonly Side[];
  /** alternatives for one name: once one of a group is placed, the others are not */
  group?: string;
  /** false when the anchor is not a site (a point on a route): no symbol to keep clear */
  site?: boolean;
}

export type Side = 'right' | 'left' | 'centre';
const SIDES: readonly Side[] = ['right', 'left'];

/** Boxes closer than this (pixels) count as touching: names keep a little air between them. */
const PAD = 2;
const hits = (a: Box, b: Box) => a.x0 < b.x1 + PAD && b.x0 < a.x1 + PAD && a.y0 < b.y1 + PAD && b.y0 < a.y1 + PAD;

/** The box of a label placed on one side of its anchor, `gap` pixels away. */
export function labelBox(c: Candidate, side: Side, gap: number): Box {
  const x0 = side === 'right' ? c.x + gap : side === 'left' ? c.x - gap - c.width : c.x - c.width / 2;
  return { x0, y0: c.y - c.height / 2, x1: x0 + c.width, y1: c.y + c.height / 2 };
}

/** A rough label size: CJK characters are square, Latin ones about half as wide. */
export function textSize(text: string, size: number): { width: number; height: number } {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? size : size * 0.56;
  return { width: w, height: size * 1.25 };
}

/**
 * Which candidates get a label, and on which side. `obstacles` are boxes no label may cover (city
 * names); every candidate's own site (a square of `symbol` pixels around its anchor) is one too.
 */
export function placeLabels(candidates: Candidate[], obstacles: Box[], viewport: { width: number; height: number }, gap = 9, symbol = 14): Map<string, Side> {
  const placed = new Map<string, Side>();
  const r = symbol / 2;
  const taken: Box[] = [...obstacles, ...candidates.filter((c) => c.site !== false).map((c) => ({ x0: c.x - r, y0: c.y - r, x1: c.x + r, y1: c.y + r }))];
  const done = new Set<string>();
  const inView = (b: Box) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= viewport.width && b.y1 <= viewport.height;
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const c of order) {
    if (c.group && done.has(c.group)) continue;
    for (const side of c.sides ?? SIDES) {
      const box = labelBox(c, side, gap);
      if (inView(box) && !taken.some((t) => hits(t, box))) {
        placed.set(c.id, side);
        taken.push(box);
        if (c.group) done.add(c.group);
        break;
      }
    }
  }
  return placed;
}
