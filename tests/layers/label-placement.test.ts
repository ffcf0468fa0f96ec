// Item names are placed where they fit: never over a city name, a site or another name.
import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, textSize, type Candidate } from '../../src/layers/label-placement.ts';
import { pointAlong } from '../../src/layers/corridors.ts';

const view = { width: 400, height: 300 };
const c = (id: string, x: number, y: number, priority = 0, width = 60): Candidate => ({ id, x, y, width, height: 14, priority });

describe('placeLabels', () => {
  it('places a lone name to the right of its site', () => {
    expect([...placeLabels([c('a', 100, 100)], [], view)]).toEqual([['a', 'right']]);
  });
  it('of two close sites, the higher priority name takes the free side and the other fits beside it', () => {
    const placed = placeLabels([c('low', 110, 102, 0), c('high', 100, 100, 5)], [], view);
    expect(placed.get('high')).toBe('left'); // its right would cover low's site
    expect(placed.get('low')).toBe('right');
  });
  it('never overlaps names, sites or obstacles, on a crowded random map', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const cands = Array.from({ length: 120 }, (_, i) => c(`c${i}`, rnd() * 400, rnd() * 300, Math.floor(rnd() * 4), 30 + rnd() * 60));
    const city = { x0: 150, y0: 140, x1: 220, y1: 160 };
    const placed = placeLabels(cands, [city], view);
    const boxes = cands.filter((x) => placed.has(x.id)).map((x) => labelBox(x, placed.get(x.id)!, 9));
    const sites = cands.map((x) => ({ x0: x.x - 7, y0: x.y - 7, x1: x.x + 7, y1: x.y + 7 }));
    const hit = (a: typeof city, b: typeof city) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    expect(placed.size).toBeGreaterThan(10);
    boxes.forEach((b, i) => {
      expect(hit(b, city)).toBe(false);
      for (const s of sites) expect(hit(b, s)).toBe(false);
      boxes.forEach((o, j) => i !== j && expect(hit(b, o)).toBe(false));
    });
  });
  it('tries the left side when the right is taken, and drops a name when both sides are', () => {
    const placed = placeLabels([c('a', 200, 100, 2), c('b', 200, 120, 1, 40)], [{ x0: 205, y0: 110, x1: 300, y1: 130 }], view);
    expect(placed.get('a')).toBe('right');
    expect(placed.get('b')).toBe('left');
    const blocked = placeLabels([c('x', 200, 100)], [{ x0: 100, y0: 90, x1: 300, y1: 110 }], view);
    expect(blocked.size).toBe(0);
  });
  it('never places a name over an obstacle (a city name) or outside the view', () => {
    const city = { x0: 100, y0: 90, x1: 180, y1: 110 };
    const placed = placeLabels([c('a', 95, 100), c('edge', 395, 100), c('top', 50, 2)], [city], view);
    expect(placed.get('a')).toBe('left');
    expect(placed.get('edge')).toBe('left');
    expect(placed.has('top')).toBe(false);
  });
  it('is deterministic: equal priorities are placed in id order', () => {
    const a = placeLabels([c('b', 100, 100), c('a', 100, 100)], [], view, 9, 0);
    expect([...a]).toEqual([
      ['a', 'right'],
      ['b', 'left'],
    ]);
  });
});

describe('names along a route (corridors)', () => {
  const along = (group: string, points: [number, number][], priority = 0): Candidate[] =>
    points.map(([x, y], k) => ({ id: `${group}:${k}`, group, x, y, width: 80, height: 14, priority: priority - k / 10, sides: ['centre'], site: false }));
  it('centres a route name on its first point that is free, and places it once', () => {
    const city = { x0: 160, y0: 90, x1: 240, y1: 110 };
    const placed = placeLabels(along('coastal', [[200, 100], [200, 160], [200, 220]]), [city], view);
    expect([...placed]).toEqual([['coastal:1', 'centre']]);
  });
  it('keeps two routes’ names apart', () => {
    const placed = placeLabels([...along('a', [[200, 100], [300, 200]], 1), ...along('b', [[210, 104], [100, 250]])], [], view);
    expect([...placed.keys()].sort()).toEqual(['a:0', 'b:1']);
  });
});

describe('label boxes and sizes', () => {
  it('puts the box beside the anchor with a gap', () => {
    expect(labelBox(c('a', 100, 100), 'right', 10)).toEqual({ x0: 110, y0: 93, x1: 170, y1: 107 });
    expect(labelBox(c('a', 100, 100), 'left', 10)).toEqual({ x0: 30, y0: 93, x1: 90, y1: 107 });
  });
  it('measures CJK wider than Latin', () => {
    expect(textSize('湛江机场', 12).width).toBe(48);
    expect(textSize('Zhanjiang', 12).width).toBeCloseTo(9 * 12 * 0.56);
  });
});

describe('pointAlong', () => {
  it('walks a fraction of the way along a path', () => {
    const path: [number, number][] = [[0, 0], [2, 0], [2, 2]];
    expect(pointAlong(path, 0)).toEqual([0, 0]);
    expect(pointAlong(path, 0.25)).toEqual([1, 0]);
    expect(pointAlong(path, 0.75)).toEqual([2, 1]);
    expect(pointAlong(path, 1)).toEqual([2, 2]);
  });
});
