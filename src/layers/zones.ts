// 一核一带一区: the three zones, merged from their cities, drawn as coloured outlines with a light fill.
import { GeoJsonLayer } from '@deck.gl/layers';
import type { LayerContext, LegendEntry } from './registry.ts';
import { ZONE_COLOURS, withAlpha } from '../palette.ts';
import type { ZoneFeature } from '../regions.ts';
import { SOLID_LINE } from './path-style.ts';

export const zonesLegend: LegendEntry[] = [
  { colour: ZONE_COLOURS.core, zh: '一核：珠三角核心区（9市）', en: 'Core: Pearl River Delta (9 cities)', shape: 'line' },
  { colour: ZONE_COLOURS.belt, zh: '一带：沿海经济带（14市）', en: 'Belt: coastal economic belt (14 cities)', shape: 'line' },
  { colour: ZONE_COLOURS.north, zh: '一区：北部生态发展区（5市）', en: 'Zone: northern ecological area (5 cities)', shape: 'line' },
];

export function zonesLayer({ data, visible }: LayerContext) {
  return [
    new GeoJsonLayer<ZoneFeature['properties']>({
      ...SOLID_LINE,
      id: 'zones',
      data: data.zones as never,
      visible,
      pickable: true,
      stroked: true,
      filled: true,
      getFillColor: (f) => withAlpha(ZONE_COLOURS[f.properties.id], 28),
      getLineColor: (f) => ZONE_COLOURS[f.properties.id],
      // the belt overlaps the core along the coast: draw it wider so both outlines stay visible
      getLineWidth: (f) => (f.properties.id === 'belt' ? 6 : 3),
      lineWidthUnits: 'pixels',
    }),
  ];
}
