// Names of the works on the map, where they fit: placed after every camera move by label-placement.ts,
// never over a city name, a site or another name. Sites first (surveyed before approximate), routes
// after and only when zoomed in; the selected work always first.
import { TextLayer } from '@deck.gl/layers';
import type { LayerContext } from './registry.ts';
import type { PlanItem } from '../types.ts';
import { shownItems } from './items.ts';
import { cityNameBoxes, FONT_FAMILY } from './labels.ts';
import { placeLabels, textSize, type Candidate, type Side } from './label-placement.ts';

const SIZE = 11;
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

export function workLabelsLayer({ data, lang, visible, selectedItem, filter, layersOn, view }: LayerContext) {
  let placed: Placed[] = [];
  if (visible && view) {
    const routes = view.zoom >= ROUTE_NAMES_ZOOM;
    const items = shownItems(data, filter, layersOn).filter((i) => routes || i.geometry.type === 'Point' || i.id === selectedItem);
    const anchors = new Map(items.map((i) => [i.id, anchorOf(i)]));
    const candidates: Candidate[] = items.flatMap((i) => {
      const [x, y] = view.project(anchors.get(i.id)!);
      if (x < 0 || y < 0 || x > view.width || y > view.height) return [];
      const priority = i.id === selectedItem ? 100 : i.geometry.type === 'Point' ? PRIORITY[i.properties.precision] : 0;
      return [{ id: i.id, x, y, priority, ...textSize(name(i, lang), SIZE) }];
    });
    const placements = placeLabels(candidates, layersOn.includes('labels') ? cityNameBoxes(data, lang, view) : [], view);
    placed = [...placements].map(([id, side]) => ({ item: data.index.byId.get(id)!, position: anchors.get(id)!, side }));
  }
  return [
    new TextLayer<Placed>({
      id: 'item-labels',
      data: placed,
      visible,
      fontFamily: FONT_FAMILY,
      characterSet: 'auto',
      fontSettings: { sdf: true, fontSize: 32, buffer: 5 },
      getPosition: (p) => p.position,
      getText: (p) => name(p.item, lang),
      getTextAnchor: (p) => (p.side === 'right' ? 'start' : 'end'),
      getPixelOffset: (p) => (p.side === 'right' ? [9, 0] : [-9, 0]),
      getSize: SIZE,
      getColor: [55, 55, 55, 255],
      outlineWidth: 4,
      outlineColor: [255, 255, 255, 230],
    }),
  ];
}
