// The five metropolitan circles of 专栏12: whole-city members filled, partial members (都市区部分) paler.
import { GeoJsonLayer } from '@deck.gl/layers';
import type { LayerContext, LegendEntry } from './registry.ts';
import { CIRCLE_COLOURS, withAlpha } from '../palette.ts';
import type { CircleFeature, CityFeature } from '../regions.ts';
import type { AppData } from '../data.ts';
import { SOLID_LINE } from './path-style.ts';

export const circlesLegend: LegendEntry[] = [
  ...Object.entries(CIRCLE_COLOURS).map(([id, colour]) => ({
    colour: withAlpha(colour, 140),
    zh: { guangzhou: '广州都市圈', shenzhen: '深圳都市圈', 'pearl-west': '珠江口西岸都市圈', 'shantou-chaozhou-jieyang': '汕潮揭都市圈', 'zhanjiang-maoming': '湛茂都市圈' }[id]!,
    en: { guangzhou: 'Guangzhou', shenzhen: 'Shenzhen', 'pearl-west': 'West Pearl River Estuary', 'shantou-chaozhou-jieyang': 'Shantou–Chaozhou–Jieyang', 'zhanjiang-maoming': 'Zhanjiang–Maoming' }[id]!,
    shape: 'fill' as const,
  })),
  { colour: [90, 90, 90, 60], zh: '浅色：仅都市区部分纳入', en: 'Pale: only the city’s metropolitan area is included', shape: 'fill' },
];

type Member = CityFeature & { properties: CityFeature['properties'] & { circle: string; partial: boolean } };
const members = new WeakMap<AppData, Member[]>();
function memberShapes(data: AppData): Member[] {
  let m = members.get(data);
  if (!m) {
    m = data.cityShapes.flatMap((f) => {
      const c = data.cityById.get(f.properties.adcode)!.circles[0];
      return c ? [{ ...f, properties: { ...f.properties, circle: c.id, partial: c.membership === 'partial' } }] : [];
    });
    members.set(data, m);
  }
  return m;
}

export function circlesLayer({ data, visible }: LayerContext) {
  return [
    new GeoJsonLayer<Member['properties']>({
      id: 'circles-members',
      data: memberShapes(data) as never,
      visible,
      pickable: true,
      stroked: false,
      filled: true,
      getFillColor: (f) => withAlpha(CIRCLE_COLOURS[f.properties.circle], f.properties.partial ? 70 : 190),
    }),
    new GeoJsonLayer<CircleFeature['properties']>({
      ...SOLID_LINE,
      id: 'circles',
      data: data.circles as never,
      visible,
      stroked: true,
      filled: false,
      getLineColor: (f) => CIRCLE_COLOURS[f.properties.id],
      getLineWidth: 3,
      lineWidthUnits: 'pixels',
    }),
  ];
}
