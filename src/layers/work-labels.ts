// Names of the works on the map, where they fit: placed after every camera move by label-placement.ts,
// never over a city name, a site or another name. Sites first (surveyed before approximate), routes
// after and only when zoomed in; the selected work always first.
import type { LayerContext } from './registry.ts';
import type { PlanItem } from '../types.ts';
import { cityNameBoxes } from './labels.ts';
import { placeLabels, type Candidate, type Side } from './label-placement.ts';
import { IconAtlas, labelEntry, labelSize, nameLayer, type LabelStyle } from './icon-atlas.ts';

const STYLE: LabelStyle = { size: 11, weight: 400, colour: '#373737', halo: 'rgba(255,255,255,0.9)', haloWidth: 2 };
/** the gap between a site and its name, pixels */
const GAP = 9;
const atlas = new IconAtlas();
const PRIORITY: Record<string, number> = { surveyed: 3, approximate: 2, city: 1, schematic: 1 };
/** Routes and areas are named from this zoom on (at the province's scale their names crowd the sites'). */
const ROUTE_NAMES_ZOOM = 8;

interface Placed {
  item: PlanItem;
  position: [number, number];
  side: Side;
}

/** Where a work's name is anchored: its site, or the middle vertex of its route or outline. */
function anchorOf(i: PlanItem): [number, number] {
  const g = i.geometry as { type: string; coordinates: unknown };
  if (g.type === 'Point') return g.coordinates as [number, number];
  const c = g.coordinates as never[];
  const lines = (g.type === 'LineString' ? [c] : g.type === 'MultiPolygon' ? c.flat() : c) as [number, number][][];
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a), [] as [number, number][]);
  return longest[Math.floor(longest.length / 2)] ?? [0, 0];
}

const name = (i: PlanItem, lang: 'zh' | 'en') => (lang === 'zh' ? i.properties.name_zh : i.properties.name_en);

export function workLabelsLayer({ data, lang, visible, selectedItem, works, layersOn, view }: LayerContext) {
  let placed: Placed[] = [];
  if (visible && view) {
    const routes = view.zoom >= ROUTE_NAMES_ZOOM;
    const items = works.filter((i) => routes || i.geometry.type === 'Point' || i.id === selectedItem);
    const anchors = new Map(items.map((i) => [i.id, anchorOf(i)]));
    const candidates: Candidate[] = items.flatMap((i) => {
      const [x, y] = view.project(anchors.get(i.id)!);
      if (x < 0 || y < 0 || x > view.width || y > view.height) return [];
      const priority = i.id === selectedItem ? 100 : i.geometry.type === 'Point' ? PRIORITY[i.properties.precision] : 0;
      return [{ id: i.id, x, y, priority, ...labelSize(name(i, lang), STYLE) }];
    });
    const placements = placeLabels(candidates, layersOn.includes('labels') ? cityNameBoxes(data, lang, view) : [], view, GAP);
    placed = [...placements].map(([id, side]) => ({ item: data.index.byId.get(id)!, position: anchors.get(id)!, side }));
  }
  atlas.add(placed.map((p) => labelEntry('work', name(p.item, lang), STYLE)));
  const key = (p: Placed) => `work|${name(p.item, lang)}`;
  return [
    nameLayer(atlas, {
      id: 'item-labels',
      data: placed,
      visible,
      key,
      getPosition: (p) => p.position,
      // the name beside its site: shifted by half its width and the gap, right or left
      getPixelOffset: (p) => {
        const dx = (atlas.sizes[key(p)]?.width ?? 0) / 2 + GAP;
        return [p.side === 'right' ? dx : -dx, 0];
      },
    }),
  ];
}
