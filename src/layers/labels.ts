// City names at each city's seat, in the current language; neighbours' names in grey.
import { TextLayer } from '@deck.gl/layers';
import type { LayerContext } from './registry.ts';
import type { AppData, Place } from '../data.ts';
import type { Lang } from '../types.ts';
import { textSize, type Box } from './label-placement.ts';

export const FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

const charsets = new WeakMap<AppData, string[]>();
/** Every character any label can show, in both languages: a fixed glyph atlas, built once. */
function characterSet(data: AppData): string[] {
  let set = charsets.get(data);
  if (!set) {
    const text = data.cities.map((c) => c.short_zh + c.name_en).join('') + data.neighbours.map((n) => n.name_zh + n.name_en).join('');
    set = [...new Set(text)];
    charsets.set(data, set);
  }
  return set;
}

const places = new WeakMap<AppData, Place[]>();
function cityPlaces(data: AppData): Place[] {
  let p = places.get(data);
  if (!p) {
    p = data.cities.map((c) => ({ id: c.adcode, name_zh: c.short_zh, name_en: c.name_en, position: data.seats.get(c.adcode)! }));
    places.set(data, p);
  }
  return p;
}

const CITY_SIZE = 14;
const NEIGHBOUR_SIZE = 13;

/** The boxes of the city and neighbour names on screen, which other names never cover. */
export function cityNameBoxes(data: AppData, lang: Lang, view: NonNullable<LayerContext['view']>): Box[] {
  const box = (p: Place, size: number) => {
    const [x, y] = view.project(p.position);
    const { width, height } = textSize(name(lang)(p), size);
    return { x0: x - width / 2 - 2, y0: y - height / 2, x1: x + width / 2 + 2, y1: y + height / 2 };
  };
  return [...cityPlaces(data).map((p) => box(p, CITY_SIZE)), ...data.neighbours.map((p) => box(p, NEIGHBOUR_SIZE))];
}

const name = (lang: Lang) => (p: Place) => (lang === 'zh' ? p.name_zh : p.name_en);

export function labelsLayer({ data, lang, visible, selectedCity }: LayerContext) {
  const common = {
    visible,
    fontFamily: FONT_FAMILY,
    characterSet: characterSet(data),
    fontSettings: { sdf: true, fontSize: 40, buffer: 6 },
    outlineWidth: 4,
    outlineColor: [255, 255, 255, 230] as [number, number, number, number],
    getPosition: (p: Place) => p.position,
    getText: name(lang),
    updateTriggers: { getText: lang },
  };
  return [
    new TextLayer<Place>({
      ...common,
      id: 'labels-neighbours',
      data: data.neighbours,
      getSize: NEIGHBOUR_SIZE,
      getColor: [120, 115, 105, 255],
    }),
    new TextLayer<Place>({
      ...common,
      id: 'labels',
      data: cityPlaces(data),
      getSize: (p) => (p.id === selectedCity ? 17 : CITY_SIZE),
      getColor: [25, 25, 25, 255],
      fontWeight: 600,
      updateTriggers: { getText: lang, getSize: selectedCity },
    }),
  ];
}
