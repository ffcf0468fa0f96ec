// City names at each city's seat, in the current language; neighbours' names in grey. Drawn as icons
// from a canvas atlas (icon-atlas.ts): one instance per name.
import type { LayerContext } from './registry.ts';
import type { AppData, Place } from '../data.ts';
import type { Lang } from '../types.ts';
import type { Box } from './label-placement.ts';
import { IconAtlas, labelEntry, labelSize, nameLayer, type LabelStyle } from './icon-atlas.ts';

const HALO = 'rgba(255,255,255,0.9)';
const STYLES: Record<'city' | 'selected' | 'neighbour', LabelStyle> = {
  city: { size: 14, weight: 600, colour: '#191919', halo: HALO, haloWidth: 2 },
  selected: { size: 17, weight: 600, colour: '#191919', halo: HALO, haloWidth: 2 },
  neighbour: { size: 13, weight: 400, colour: '#787369', halo: HALO, haloWidth: 2 },
};

type Named = Place & { style: keyof typeof STYLES };

const places = new WeakMap<AppData, Named[]>();
function namedPlaces(data: AppData): Named[] {
  let p = places.get(data);
  if (!p) {
    p = [
      ...data.neighbours.map((n) => ({ ...n, style: 'neighbour' as const })),
      ...data.cities.map((c) => ({ id: c.adcode, name_zh: c.short_zh, name_en: c.name_en, position: data.seats.get(c.adcode)!, style: 'city' as const })),
    ];
    places.set(data, p);
  }
  return p;
}

const name = (lang: Lang) => (p: Place) => (lang === 'zh' ? p.name_zh : p.name_en);

/** The boxes of the city and neighbour names on screen, which other names never cover. */
export function cityNameBoxes(data: AppData, lang: Lang, view: NonNullable<LayerContext['view']>): Box[] {
  return namedPlaces(data).map((p) => {
    const [x, y] = view.project(p.position);
    const { width, height } = labelSize(name(lang)(p), STYLES[p.style]);
    return { x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 };
  });
}

const atlas = new IconAtlas();

export function labelsLayer({ data, lang, visible, selectedCity }: LayerContext) {
  const styleOf = (p: Named) => (p.id === selectedCity ? 'selected' : p.style);
  const key = (p: Named) => `${styleOf(p)}|${name(lang)(p)}`;
  const all = namedPlaces(data);
  if (visible) atlas.add(all.map((p) => labelEntry(styleOf(p), name(lang)(p), STYLES[styleOf(p)])));
  return [
    nameLayer(atlas, {
      id: 'labels',
      data: all,
      visible,
      key,
      getPosition: (p) => p.position,
      updateTriggers: { getIcon: [lang, selectedCity], getSize: [lang, selectedCity] },
    }),
  ];
}
