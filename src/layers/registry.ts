// The one layer table. Each row is a toggleable layer: its id (also its URL code and the checkbox's
// data-layer), labels, group, default visibility, legend and deck.gl factory. The layer list, the
// legend, URL state and the tests all read this table.
import type { Layer } from '@deck.gl/core';
import type { AppData } from '../data.ts';
import type { Lang } from '../types.ts';
import type { PlanItem } from '../types.ts';
import type { RGBA } from '../palette.ts';
import { citiesLegend, circlesLegend, zonesLegend } from './regions-legend.ts';
import { labelsLayer } from './labels.ts';
import { corridorsLayer, corridorsLegend } from './corridors.ts';
import { ITEM_ROWS, siteLayers, type ItemRow, type Shape } from './items.ts';
import { workLabelsLayer } from './work-labels.ts';
import { countiesLegend, countyNamesLayer, riversLegend } from './county-names.ts';

export interface LayerContext {
  data: AppData;
  lang: Lang;
  selectedCity: string | null;
  selectedItem: string | null;
  /** the selection (state.ts): the works the map draws, of the rows that are on */
  works: readonly PlanItem[];
  /** the rows that are on */
  layersOn: readonly string[];
  /** the camera as it stands, for what is placed on screen (names of works); null before the map exists */
  view: { project: (p: [number, number]) => [number, number]; width: number; height: number; zoom: number } | null;
  visible: boolean;
}

export interface LegendEntry {
  colour: RGBA;
  zh: string;
  en: string;
  /** how the swatch is drawn */
  shape: 'fill' | 'line' | 'dashed' | 'text';
}

export interface LayerDef {
  id: string;
  zh: string;
  en: string;
  group: 'base' | 'regions' | ItemRow['group'];
  /** item kinds the layer draws (item layers only) */
  kinds?: string[];
  /** the glyph its sites are drawn with (item layers only) */
  shape?: Shape;
  defaultOn: boolean;
  /** drawn above every other layer (names), wherever the row sits in the list */
  onTop?: boolean;
  legend: LegendEntry[];
  /** the deck.gl layers of the row */
  build?: (ctx: LayerContext) => Layer[];
  /** and/or drawn by MapLibre's style (map/style.ts BASEMAP_ROWS): the cities, rivers, county borders, zones and circles */
  basemap?: true;
}

export const LAYERS: LayerDef[] = [
  { id: 'cities', zh: '地级以上市', en: 'Cities', group: 'base', defaultOn: true, legend: citiesLegend, basemap: true },
  { id: 'labels', zh: '城市名称', en: 'City names', group: 'base', defaultOn: true, onTop: true, legend: [], build: labelsLayer },
  { id: 'item-labels', zh: '项目名称（不重叠处）', en: 'Names of works (where they fit)', group: 'base', defaultOn: true, onTop: true, legend: [], build: workLabelsLayer },
  // loaded the first time they are turned on (context-data.ts); off by default
  { id: 'rivers', zh: '主要河流与水库', en: 'Main rivers and reservoirs', group: 'base', defaultOn: false, legend: riversLegend, basemap: true },
  { id: 'counties', zh: '县（市、区）界与名称', en: 'Counties and districts', group: 'base', defaultOn: false, legend: countiesLegend, basemap: true, build: countyNamesLayer },
  { id: 'zones', zh: '一核一带一区', en: 'Core, belt and zone', group: 'regions', defaultOn: false, legend: zonesLegend, basemap: true },
  { id: 'circles', zh: '五大都市圈', en: 'Five metropolitan circles', group: 'regions', defaultOn: false, legend: circlesLegend, basemap: true },
  { id: 'corridors', zh: '“三横四纵”综合运输通道', en: 'Transport corridors (3 horizontal, 4 vertical)', group: 'transport', defaultOn: false, legend: corridorsLegend, basemap: true, build: corridorsLayer },
  ...ITEM_ROWS.map((r) => ({ id: r.id, zh: r.zh, en: r.en, group: r.group, defaultOn: r.defaultOn, kinds: r.kinds, shape: r.shape, legend: [] })),
];

export const LAYER_IDS = LAYERS.map((l) => l.id);
export const DEFAULT_LAYERS = LAYERS.filter((l) => l.defaultOn).map((l) => l.id);

/**
 * What deck.gl draws (above MapLibre's basemap and regions), bottom to top: the rows of the table with
 * layers of their own (corridors) that are on or have been on, toggled by `visible`; the works of the
 * item rows that are on (the selection), in a few layers shared by every row (routes and areas, halos,
 * symbols: each deck.gl layer drawn costs about a millisecond a frame in software WebGL, whatever it
 * holds); the names. A row joins the list the first time it is turned on and then stays (its GPU
 * buffers kept): rows never shown cost nothing at start-up (measured: initialising every hidden row took
 * about 1.8 s of main-thread time in software WebGL).
 */
export function buildLayers(on: readonly string[], base: Omit<LayerContext, 'visible' | 'layersOn'>, built: Set<string> = new Set()): Layer[] {
  for (const id of on) built.add(id);
  const ctx = { ...base, layersOn: on };
  const rows = (top: boolean) => LAYERS.filter((d) => d.build && built.has(d.id) && !!d.onTop === top).flatMap((def) => def.build!({ ...ctx, visible: on.includes(def.id) }));
  return [...rows(false), ...siteLayers(ctx, built), ...rows(true)];
}
