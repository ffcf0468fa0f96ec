// The 三横四纵 corridors: wide translucent dashed bands, visibly schematic (the plan names them only),
// drawn by MapLibre's lines layer (map/style.ts). Each name sits on its band where it fits, clear of
// city names and the other corridors' names.
import type { LayerContext, LegendEntry } from './registry.ts';
import type { Corridor } from '../types.ts';
import { cityNameBoxes } from './labels.ts';
import { placeLabels, type Candidate } from './label-placement.ts';
import { IconAtlas, labelEntry, labelSize, nameLayer, type LabelStyle } from './icon-atlas.ts';
import { CORRIDOR_BAND } from '../map/style.ts';

export const corridorsLegend: LegendEntry[] = [
  { colour: [CORRIDOR_BAND[0], CORRIDOR_BAND[1], CORRIDOR_BAND[2], 110], zh: '示意走向（规划仅列名称）', en: 'Schematic route (the plan names them only)', shape: 'dashed' },
];

/** Where along a route its name is tried, in order: the middle first, then towards the ends. */
const ALONG = [0.5, 0.43, 0.57, 0.36, 0.64, 0.29, 0.71, 0.22, 0.78, 0.15, 0.85];

/** The point a fraction of the way along a path (planar in degrees: close enough to place a name). */
export function pointAlong(path: [number, number][], f: number): [number, number] {
  const seg = path.slice(1).map((p, i) => Math.hypot(p[0] - path[i][0], p[1] - path[i][1]));
  let rest = f * seg.reduce((a, b) => a + b, 0);
  for (let i = 0; i < seg.length; i++) {
    if (rest <= seg[i] || i === seg.length - 1) {
      const t = seg[i] ? Math.min(1, rest / seg[i]) : 0;
      return [path[i][0] + t * (path[i + 1][0] - path[i][0]), path[i][1] + t * (path[i + 1][1] - path[i][1])];
    }
    rest -= seg[i];
  }
  return path[0];
}
const STYLE: LabelStyle = { size: 12, weight: 400, colour: '#32326e', halo: 'rgba(255,255,255,0.86)', haloWidth: 2 };
const atlas = new IconAtlas();

interface NamePlace {
  corridor: Corridor;
  position: [number, number];
}

const nameIn = (lang: 'zh' | 'en') => (c: Corridor) => (lang === 'zh' ? c.name_zh : c.name_en);

function namePlaces({ data, lang, layersOn, view }: LayerContext): NamePlace[] {
  if (!view) return [];
  const name = nameIn(lang);
  const spots = new Map<string, NamePlace>();
  const candidates: Candidate[] = data.corridors.flatMap((c) =>
    ALONG.map((f, k) => {
      const id = `${c.id}:${k}`;
      const position = pointAlong(c.geometry.coordinates, f);
      spots.set(id, { corridor: c, position });
      const [x, y] = view.project(position);
      return { id, group: c.id, x, y, priority: -k, sides: ['centre'] as const, site: false, ...labelSize(name(c), STYLE) };
    }),
  );
  const placed = placeLabels(candidates, layersOn.includes('labels') ? cityNameBoxes(data, lang, view) : [], view);
  return [...placed.keys()].map((id) => spots.get(id)!);
}

/** The corridors' names (their bands are MapLibre's). */
export function corridorsLayer(ctx: LayerContext) {
  const { visible, lang } = ctx;
  const name = nameIn(lang);
  const places = visible ? namePlaces(ctx) : [];
  atlas.add(places.map((p) => labelEntry('corridor', name(p.corridor), STYLE)));
  const key = (p: NamePlace) => `corridor|${name(p.corridor)}`;
  return [nameLayer(atlas, { id: 'corridor-labels', data: places, visible, key, getPosition: (p) => p.position })];
}
