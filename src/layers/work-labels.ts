// Names of the works on the map, where they fit: placed after every camera move by label-placement.ts,
// never over a city name, a site or another name. Sites first (surveyed before approximate), routes
// after and only when zoomed in; the selected work always first.
import type { LayerContext } from './registry.ts';
import { sitePositions, type PlanItem } from '../types.ts';
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

/**
 * Where a work's name may be anchored: its site, each site of a work at several sites (one of them is
 * named), or the middle vertex of its route or outline; none for a programme without a site.
 */
function anchorsOf(i: PlanItem): [number, number][] {
  const g = i.geometry;
  if (!g) return [];
  const sites = sitePositions(g);
  return sites.length ? sites : [middleOf(g)];
}
function middleOf(g: { type: string; coordinates: unknown }): [number, number] {
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
    const isSite = (i: PlanItem) => sitePositions(i.geometry).length > 0;
    const items = works.filter((i) => routes || isSite(i) || i.id === selectedItem);
    // one candidate per anchor; the anchors of a work at several sites are alternatives (one name)
    const anchors = new Map<string, { item: PlanItem; position: [number, number] }>();
    const candidates: Candidate[] = items.flatMap((i) => {
      const all = anchorsOf(i);
      return all.flatMap((position, k) => {
        const [x, y] = view.project(position);
        if (x < 0 || y < 0 || x > view.width || y > view.height) return [];
        const id = all.length > 1 ? `${i.id}#${k}` : i.id;
        anchors.set(id, { item: i, position });
        const priority = i.id === selectedItem ? 100 : isSite(i) ? PRIORITY[i.properties.precision] : 0;
        return [{ id, x, y, priority, ...(all.length > 1 ? { group: i.id } : {}), ...labelSize(name(i, lang), STYLE) }];
      });
    });
    const placements = placeLabels(candidates, layersOn.includes('labels') ? cityNameBoxes(data, lang, view) : [], view, GAP);
    placed = [...placements].map(([id, side]) => ({ ...anchors.get(id)!, side }));
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
