// Cities filled by their 一核一带一区 zone, with hover highlight; the selected city is outlined.
import { GeoJsonLayer } from '@deck.gl/layers';
import type { LayerContext, LegendEntry } from './registry.ts';
import { ZONE_COLOURS, withAlpha } from '../palette.ts';
import { primaryZone } from '../types.ts';
import type { CityFeature } from '../regions.ts';
import { SOLID_LINE } from './path-style.ts';

export const citiesLegend: LegendEntry[] = [
  { colour: withAlpha(ZONE_COLOURS.core, 90), zh: '珠三角核心区', en: 'Pearl River Delta core', shape: 'fill' },
  { colour: withAlpha(ZONE_COLOURS.belt, 90), zh: '沿海经济带东西两翼', en: 'Coastal belt, east and west wings', shape: 'fill' },
  { colour: withAlpha(ZONE_COLOURS.north, 90), zh: '北部生态发展区', en: 'Northern ecological area', shape: 'fill' },
];

export function citiesLayer({ data, selectedCity, visible }: LayerContext) {
  const fill = (f: CityFeature) => {
    const zone = primaryZone(data.cityById.get(f.properties.adcode)!);
    return withAlpha(ZONE_COLOURS[zone], f.properties.adcode === selectedCity ? 150 : 80);
  };
  return [
    new GeoJsonLayer<CityFeature['properties']>({
      ...SOLID_LINE,
      id: 'cities',
      data: data.cityShapes as never,
      visible,
      pickable: true,
      autoHighlight: true,
      highlightColor: [255, 255, 255, 90],
      stroked: true,
      filled: true,
      getFillColor: fill as never,
      getLineColor: (f) => (f.properties.adcode === selectedCity ? [20, 20, 20, 255] : [255, 255, 255, 230]),
      getLineWidth: (f) => (f.properties.adcode === selectedCity ? 3 : 1.2),
      lineWidthUnits: 'pixels',
      updateTriggers: { getFillColor: selectedCity, getLineColor: selectedCity, getLineWidth: selectedCity },
    }),
  ];
}
