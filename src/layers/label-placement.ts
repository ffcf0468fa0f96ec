// Where item names fit: a greedy placement in screen space, highest priority first. Each name is tried
// to the right of its site, then to the left; it is dropped when it would cover a city name, a site's
// symbol or a name already placed. Pure, so it is tested without a map.

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
}

export type Side = 'right' | 'left';

/** Boxes closer than this (pixels) count as touching: names keep a little air between them. */
const PAD = 2;
const hits = (a: Box, b: Box) => a.x0 < b.x1 + PAD && b.x0 < a.x1 + PAD && a.y0 < b.y1 + PAD && b.y0 < a.y1 + PAD;

/** The box of a label placed on one side of its anchor, `gap` pixels away. */
export function labelBox(c: Candidate, side: Side, gap: number): Box {
  const x0 = side === 'right' ? c.x + gap : c.x - gap - c.width;
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
  const taken: Box[] = [...obstacles, ...candidates.map((c) => ({ x0: c.x - r, y0: c.y - r, x1: c.x + r, y1: c.y + r }))];
  const inView = (b: Box) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= viewport.width && b.y1 <= viewport.height;
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const c of order) {
    for (const side of ['right', 'left'] as const) {
      const box = labelBox(c, side, gap);
      if (inView(box) && !taken.some((t) => hits(t, box))) {
        placed.set(c.id, side);
        taken.push(box);
        break;
      }
    }
  }
  return placed;
}
