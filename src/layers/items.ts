// Plan items on the map: one layer-table row per family of kinds, all drawn by one factory.
// Colour = sector; solid = built or under way, hollow = preparatory, study or planned; precision shows
// as an uncertainty halo around approximate and city-level sites and as dashes on schematic routes.
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { PathStyleExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { LayerContext } from './registry.ts';
import { SECTOR_COLOURS, STATUS_SOLID, withAlpha, type RGBA } from '../palette.ts';
import type { PlanItem } from '../types.ts';
import type { AppData } from '../data.ts';

export interface ItemRow {
  id: string;
  zh: string;
  en: string;
  group: 'transport' | 'energy' | 'water' | 'places' | 'society';
  kinds: string[];
  defaultOn: boolean;
}

/** Which kinds each item layer draws. Every kind of src/plan/vocab.ts is in exactly one row (a test checks). */
export const ITEM_ROWS: ItemRow[] = [
  { id: 'rail', zh: '铁路', en: 'Railways', group: 'transport', kinds: ['hsr', 'intercity_rail', 'rail', 'urban_rail'], defaultOn: true },
  { id: 'roads', zh: '高速公路与跨江跨海通道', en: 'Expressways and crossings', group: 'transport', kinds: ['expressway', 'crossing'], defaultOn: true },
  { id: 'ports', zh: '港口与航道', en: 'Ports and waterways', group: 'transport', kinds: ['port', 'channel', 'waterway', 'inland_port'], defaultOn: true },
  { id: 'airports', zh: '机场', en: 'Airports', group: 'transport', kinds: ['airport', 'ga_airport'], defaultOn: true },
  { id: 'hubs', zh: '客运与物流枢纽', en: 'Passenger and logistics hubs', group: 'transport', kinds: ['passenger_hub', 'logistics_hub'], defaultOn: false },
  { id: 'nuclear', zh: '核电', en: 'Nuclear', group: 'energy', kinds: ['nuclear', 'energy_science'], defaultOn: true },
  { id: 'renewables', zh: '风电、光伏与抽水蓄能', en: 'Wind, solar and pumped storage', group: 'energy', kinds: ['offshore_wind', 'onshore_wind', 'solar', 'pumped_storage', 'hydro'], defaultOn: true },
  { id: 'thermal', zh: '气电与煤电', en: 'Gas and coal power', group: 'energy', kinds: ['gas_power', 'coal_power'], defaultOn: false },
  { id: 'gas-oil', zh: 'LNG、储气与储备', en: 'LNG, gas storage and reserves', group: 'energy', kinds: ['lng_terminal', 'gas_storage', 'oil_reserve', 'coal_reserve'], defaultOn: false },
  { id: 'grid', zh: '电网与管道', en: 'Grid and pipelines', group: 'energy', kinds: ['grid', 'gas_pipeline', 'oil_pipeline'], defaultOn: false },
  { id: 'water', zh: '水利工程', en: 'Water works', group: 'water', kinds: ['reservoir', 'water_transfer', 'river_works', 'flood_storage', 'irrigation', 'water_supply', 'water_other'], defaultOn: false },
  { id: 'zones-platforms', zh: '新区、开发区与合作区', en: 'New areas, development and cooperation zones', group: 'places', kinds: ['new_area', 'cooperation_zone', 'dev_zone', 'hitech_zone', 'bonded_zone', 'platform'], defaultOn: false },
  { id: 'pilots', zh: '县城城镇化与城乡融合试点', en: 'Pilot counties and towns', group: 'places', kinds: ['pilot_county', 'pilot_town'], defaultOn: false },
  { id: 'innovation', zh: '科技创新平台', en: 'Innovation platforms and facilities', group: 'society', kinds: ['science_facility', 'lab', 'innovation_platform'], defaultOn: false },
  { id: 'marine', zh: '海洋', en: 'Marine', group: 'society', kinds: ['marine_base', 'marine_ranch', 'marine_other'], defaultOn: false },
  { id: 'ecology', zh: '生态', en: 'Ecology', group: 'society', kinds: ['national_park', 'nature_reserve', 'eco_corridor', 'eco_other'], defaultOn: false },
  { id: 'social', zh: '文化、教育与卫生', en: 'Culture, education and health', group: 'society', kinds: ['culture', 'education', 'health', 'sports', 'social_other'], defaultOn: false },
];

/** Uncertainty halo radius (metres) drawn around a site, by precision. */
const HALO_M: Record<string, number> = { surveyed: 0, approximate: 5000, city: 12000, schematic: 0 };

interface RowData {
  points: PlanItem[];
  halos: PlanItem[];
  shapes: PlanItem[];
}
const rowData = new WeakMap<AppData, Map<string, RowData>>();
/** A row's items split by geometry, computed once per dataset: stable `data` references, so deck.gl
 * keeps its buffers when only the selection or the language changes. */
function dataOfRow(data: AppData, row: ItemRow): RowData {
  let m = rowData.get(data);
  if (!m) rowData.set(data, (m = new Map()));
  let d = m.get(row.id);
  if (!d) {
    const kinds = new Set(row.kinds);
    const items = data.items.filter((i) => kinds.has(i.properties.kind));
    const points = items.filter((i) => i.geometry.type === 'Point');
    d = { points, halos: points.filter((i) => HALO_M[i.properties.precision] > 0), shapes: items.filter((i) => i.geometry.type !== 'Point') };
    m.set(row.id, d);
  }
  return d;
}

const colour = (i: PlanItem): RGBA => SECTOR_COLOURS[i.properties.sector] ?? [90, 90, 90, 255];
const solid = (i: PlanItem) => STATUS_SOLID.has(i.properties.status);
const dash = new PathStyleExtension({ dash: true });

export function itemLayers(row: ItemRow) {
  return ({ data, visible, selectedItem }: LayerContext): Layer[] => {
    const { points, halos, shapes } = dataOfRow(data, row);
    return [
      new ScatterplotLayer<PlanItem>({
        id: `${row.id}-halo`,
        data: halos,
        visible,
        getPosition: (i) => i.geometry.coordinates as [number, number],
        getRadius: (i) => HALO_M[i.properties.precision],
        getFillColor: (i) => withAlpha(colour(i), 28),
        stroked: false,
      }),
      new GeoJsonLayer<PlanItem['properties']>({
        id: `${row.id}-shapes`,
        data: shapes as never,
        visible,
        pickable: true,
        autoHighlight: true,
        highlightColor: [255, 255, 255, 120],
        filled: true,
        stroked: true,
        getFillColor: (f: PlanItem) => withAlpha(colour(f), 40),
        getLineColor: (f: PlanItem) => colour(f),
        getLineWidth: (f: PlanItem) => (f.id === selectedItem ? 5 : solid(f) ? 2.5 : 1.6),
        lineWidthUnits: 'pixels',
        getDashArray: (f: PlanItem) => (f.properties.precision === 'schematic' ? [6, 3] : [0, 0]),
        dashJustified: true,
        extensions: [dash],
        updateTriggers: { getLineWidth: selectedItem },
      } as never),
      new ScatterplotLayer<PlanItem>({
        id: `${row.id}-points`,
        data: points,
        visible,
        pickable: true,
        autoHighlight: true,
        highlightColor: [255, 255, 255, 150],
        getPosition: (i) => i.geometry.coordinates as [number, number],
        radiusUnits: 'pixels',
        getRadius: (i) => (i.id === selectedItem ? 8 : 5),
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: (i) => (i.properties.precision === 'surveyed' ? 2 : 1.5),
        getFillColor: (i) => (solid(i) ? colour(i) : [255, 255, 255, 255]),
        getLineColor: (i) => (solid(i) ? [255, 255, 255, 255] : colour(i)),
        updateTriggers: { getRadius: selectedItem },
      }),
    ];
  };
}

