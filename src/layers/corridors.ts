// The 三横四纵 corridors: wide translucent bands, visibly schematic (the plan names them only).
import { PathLayer, TextLayer } from '@deck.gl/layers';
import type { LayerContext, LegendEntry } from './registry.ts';
import type { Corridor } from '../types.ts';
import { FONT_FAMILY } from './labels.ts';
import { DASH_EXTENSION } from './path-style.ts';

const BAND: [number, number, number, number] = [70, 70, 140, 255];
export const corridorsLegend: LegendEntry[] = [
  { colour: [70, 70, 140, 110], zh: '示意走向（规划仅列名称）', en: 'Schematic route (the plan names them only)', shape: 'dashed' },
];

export function corridorsLayer({ data, visible, lang, selectedCorridor: selected }: LayerContext) {
  return [
    new PathLayer<Corridor>({
      id: 'corridors',
      data: data.corridors,
      visible,
      pickable: true,
      autoHighlight: true,
      highlightColor: [255, 200, 0, 160],
      getPath: (c: Corridor) => c.geometry.coordinates,
      getColor: (c: Corridor) => [BAND[0], BAND[1], BAND[2], c.id === selected ? 170 : 80],
      getWidth: (c: Corridor) => (c.id === selected ? 16 : 11),
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      getDashArray: [2, 1],
      dashJustified: true,
      extensions: [DASH_EXTENSION],
      updateTriggers: { getColor: selected, getWidth: selected },
    } as never),
    new TextLayer<Corridor>({
      id: 'corridor-labels',
      data: data.corridors,
      visible,
      fontFamily: FONT_FAMILY,
      characterSet: 'auto',
      getPosition: (c) => c.geometry.coordinates[Math.floor(c.geometry.coordinates.length / 2)] as [number, number],
      getText: (c) => (lang === 'zh' ? c.name_zh : c.name_en),
      getSize: 12,
      getColor: [50, 50, 110, 255],
      outlineWidth: 3,
      outlineColor: [255, 255, 255, 220],
      fontSettings: { sdf: true, fontSize: 40, buffer: 6 },
      updateTriggers: { getText: lang },
    }),
  ];
}
