// Legends of the rows MapLibre draws (map/style.ts): cities by zone, the zones, the circles.
import type { LegendEntry } from './registry.ts';
import { CIRCLE_COLOURS, ZONE_COLOURS, withAlpha } from '../palette.ts';

export const citiesLegend: LegendEntry[] = [
  { colour: withAlpha(ZONE_COLOURS.core, 90), zh: '珠三角核心区', en: 'Pearl River Delta core', shape: 'fill' },
  { colour: withAlpha(ZONE_COLOURS.belt, 90), zh: '沿海经济带东西两翼', en: 'Coastal belt, east and west wings', shape: 'fill' },
  { colour: withAlpha(ZONE_COLOURS.north, 90), zh: '北部生态发展区', en: 'Northern ecological area', shape: 'fill' },
];

export const zonesLegend: LegendEntry[] = [
  { colour: ZONE_COLOURS.core, zh: '一核：珠三角核心区（9市）', en: 'Core: Pearl River Delta (9 cities)', shape: 'line' },
  { colour: ZONE_COLOURS.belt, zh: '一带：沿海经济带（14市）', en: 'Belt: coastal economic belt (14 cities)', shape: 'line' },
  { colour: ZONE_COLOURS.north, zh: '一区：北部生态发展区（5市）', en: 'Zone: northern ecological area (5 cities)', shape: 'line' },
];

const CIRCLE_NAMES: Record<string, [string, string]> = {
  guangzhou: ['广州都市圈', 'Guangzhou'],
  shenzhen: ['深圳都市圈', 'Shenzhen'],
  'pearl-west': ['珠江口西岸都市圈', 'West Pearl River Estuary'],
  'shantou-chaozhou-jieyang': ['汕潮揭都市圈', 'Shantou–Chaozhou–Jieyang'],
  'zhanjiang-maoming': ['湛茂都市圈', 'Zhanjiang–Maoming'],
};

export const circlesLegend: LegendEntry[] = [
  ...Object.entries(CIRCLE_COLOURS).map(([id, colour]) => ({ colour: withAlpha(colour, 140), zh: CIRCLE_NAMES[id][0], en: CIRCLE_NAMES[id][1], shape: 'fill' as const })),
  { colour: [90, 90, 90, 60], zh: '浅色：仅都市区部分纳入', en: 'Pale: only the city’s metropolitan area is included', shape: 'fill' },
];
