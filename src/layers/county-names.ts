// Names of the counties and districts, from zoom 8, while the county layer is on: icons from a canvas
// atlas (icon-atlas.ts), one instance per name, placed where they fit (never over a city name or
// another county's name). The counties arrive lazily (context-data.ts): until then the layer is empty.
import type { LayerContext, LegendEntry } from './registry.ts';
import { counties, loadContext, type County } from '../context-data.ts';
import { cityNameBoxes } from './labels.ts';
import { placeLabels, type Candidate } from './label-placement.ts';
import { IconAtlas, labelEntry, labelSize, nameLayer, type LabelStyle } from './icon-atlas.ts';

/** County names show from this zoom on (below it a city's counties crowd its name). */
export const COUNTY_NAMES_ZOOM = 8;
const STYLE: LabelStyle = { size: 12, weight: 500, colour: '#6a5a44', halo: 'rgba(255,255,255,0.85)', haloWidth: 2 };
const atlas = new IconAtlas();

export const countiesLegend: LegendEntry[] = [{ colour: [96, 88, 76, 200], zh: '县（市、区）界', en: 'County and district borders', shape: 'dashed' }];
export const riversLegend: LegendEntry[] = [{ colour: [63, 127, 191, 255], zh: '河流、湖泊与水库', en: 'Rivers, lakes and reservoirs', shape: 'fill' }];

const name = (c: County, lang: 'zh' | 'en') => (lang === 'zh' ? c.name_zh : c.name_en);

export function countyNamesLayer({ data, lang, visible, layersOn, view }: LayerContext) {
  if (visible) void loadContext('counties');
  // read in the layers' effect: the names appear when the file has arrived
  const all = counties.value?.counties ?? [];
  let placed: County[] = [];
  if (visible && view && view.zoom >= COUNTY_NAMES_ZOOM) {
    const byId = new Map(all.map((c) => [c.id, c]));
    const candidates: Candidate[] = all.flatMap((c) => {
      if (c.id === c.city) return []; // Dongguan, Zhongshan: the city's own name is there
      const [x, y] = view.project(c.position);
      if (x < 0 || y < 0 || x > view.width || y > view.height) return [];
      return [{ id: c.id, x, y, priority: 0, sides: ['centre'], site: false, ...labelSize(name(c, lang), STYLE) }];
    });
    const obstacles = layersOn.includes('labels') ? cityNameBoxes(data, lang, view) : [];
    placed = [...placeLabels(candidates, obstacles, view, 0, 0).keys()].map((id) => byId.get(id)!);
  }
  atlas.add(placed.map((c) => labelEntry('county', name(c, lang), STYLE)));
  return [
    nameLayer(atlas, {
      id: 'county-names',
      data: placed,
      visible,
      key: (c) => `county|${name(c, lang)}`,
      getPosition: (c) => c.position,
    }),
  ];
}
