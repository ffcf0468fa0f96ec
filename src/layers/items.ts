// Plan items on the map: one layer-table row per family of kinds, all drawn by one factory.
// Shape = the row (a font glyph: ● ■ ▲ ◆ ★ ▼), colour = sector, filled = built or under way, hollow =
// preparatory, study or planned; precision shows as an uncertainty halo around approximate and
// city-level sites and as dashes on schematic routes. deck.gl draws the sites (glyphs) and their halos;
// MapLibre draws the routes and areas (map/style.ts), a path segment there costing a fraction of
// deck.gl's instanced paths in software WebGL.
import { GeoJsonLayer, IconLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { circle } from '@turf/circle';
import type { Feature, Polygon } from 'geojson';
import type { LayerContext } from './registry.ts';
import { css, sectorColour as colour, STATUS_SOLID, withAlpha } from '../palette.ts';
import type { PlanItem } from '../types.ts';
import { IconAtlas, siteEntry } from './icon-atlas.ts';

export interface ItemRow {
  id: string;
  zh: string;
  en: string;
  group: 'transport' | 'energy' | 'water' | 'places' | 'economy' | 'society';
  kinds: string[];
  /** the glyph its sites are drawn with */
  shape: Shape;
  defaultOn: boolean;
}

/** Filled and hollow glyph of each shape, for the legend (the map draws the same shapes, icon-atlas.ts). */
export const GLYPHS = {
  circle: ['●', '○'],
  square: ['■', '□'],
  triangle: ['▲', '△'],
  diamond: ['◆', '◇'],
  star: ['★', '☆'],
  down: ['▼', '▽'],
} as const;
export type Shape = keyof typeof GLYPHS;

/** Which kinds each item layer draws. Every kind of src/plan/vocab.ts is in exactly one row (a test checks). */
export const ITEM_ROWS: ItemRow[] = [
  { id: 'rail', shape: 'circle', zh: '铁路', en: 'Railways', group: 'transport', kinds: ['hsr', 'intercity_rail', 'rail', 'urban_rail'], defaultOn: true },
  { id: 'roads', shape: 'circle', zh: '高速公路与跨江跨海通道', en: 'Expressways and crossings', group: 'transport', kinds: ['expressway', 'crossing'], defaultOn: true },
  { id: 'ports', shape: 'square', zh: '港口与航道', en: 'Ports and waterways', group: 'transport', kinds: ['port', 'channel', 'waterway', 'inland_port'], defaultOn: true },
  { id: 'airports', shape: 'triangle', zh: '机场', en: 'Airports', group: 'transport', kinds: ['hub_airport', 'airport', 'ga_airport'], defaultOn: true },
  { id: 'hubs', shape: 'diamond', zh: '客运与物流枢纽', en: 'Passenger and logistics hubs', group: 'transport', kinds: ['passenger_hub', 'logistics_hub'], defaultOn: false },
  { id: 'nuclear', shape: 'star', zh: '核电', en: 'Nuclear', group: 'energy', kinds: ['nuclear', 'energy_science'], defaultOn: true },
  { id: 'renewables', shape: 'triangle', zh: '风电、光伏与抽水蓄能', en: 'Wind, solar and pumped storage', group: 'energy', kinds: ['offshore_wind', 'onshore_wind', 'solar', 'pumped_storage', 'hydro'], defaultOn: true },
  { id: 'thermal', shape: 'circle', zh: '气电与煤电', en: 'Gas and coal power', group: 'energy', kinds: ['gas_power', 'coal_power'], defaultOn: false },
  { id: 'gas-oil', shape: 'diamond', zh: 'LNG、储气与储备', en: 'LNG, gas storage and reserves', group: 'energy', kinds: ['lng_terminal', 'gas_storage', 'oil_reserve', 'coal_reserve'], defaultOn: false },
  { id: 'grid', shape: 'square', zh: '电网与管道', en: 'Grid and pipelines', group: 'energy', kinds: ['grid', 'gas_pipeline', 'oil_pipeline'], defaultOn: false },
  { id: 'water', shape: 'circle', zh: '水利工程', en: 'Water works', group: 'water', kinds: ['reservoir', 'water_transfer', 'river_works', 'flood_storage', 'irrigation', 'water_supply', 'water_other'], defaultOn: false },
  { id: 'zones-platforms', shape: 'square', zh: '新区、开发区与合作区', en: 'New areas, development and cooperation zones', group: 'places', kinds: ['new_area', 'cooperation_zone', 'dev_zone', 'hitech_zone', 'bonded_zone', 'platform'], defaultOn: false },
  { id: 'pilots', shape: 'circle', zh: '县城城镇化与城乡融合试点', en: 'Pilot counties and towns', group: 'places', kinds: ['pilot_county', 'pilot_town'], defaultOn: false },
  { id: 'industry', shape: 'square', zh: '产业带与产业集群', en: 'Industrial belts and clusters', group: 'economy', kinds: ['industry_belt', 'industry_cluster', 'industry_base'], defaultOn: false },
  { id: 'trade', shape: 'diamond', zh: '金融、会展、贸易与口岸', en: 'Finance, fairs, trade and ports of entry', group: 'economy', kinds: ['exhibition', 'financial_centre', 'exchange', 'trade_platform', 'port_of_entry'], defaultOn: false },
  { id: 'agriculture', shape: 'circle', zh: '农业农村', en: 'Agriculture', group: 'economy', kinds: ['agri_park', 'agri_county', 'rural_works'], defaultOn: false },
  { id: 'innovation', shape: 'star', zh: '科技创新平台', en: 'Innovation platforms and facilities', group: 'society', kinds: ['science_facility', 'lab', 'innovation_platform'], defaultOn: false },
  { id: 'marine', shape: 'down', zh: '海洋', en: 'Marine', group: 'society', kinds: ['marine_base', 'marine_ranch', 'marine_other'], defaultOn: false },
  { id: 'ecology', shape: 'triangle', zh: '生态', en: 'Ecology', group: 'society', kinds: ['national_park', 'nature_reserve', 'eco_corridor', 'eco_other'], defaultOn: false },
  { id: 'social', shape: 'diamond', zh: '文化、教育与卫生', en: 'Culture, education and health', group: 'society', kinds: ['culture', 'education', 'health', 'sports', 'social_other'], defaultOn: false },
  { id: 'tourism', shape: 'star', zh: '旅游景区与地标', en: 'Tourism sites and landmarks', group: 'society', kinds: ['tourism'], defaultOn: false },
];

/** The zoom from which the uncertainty halos are drawn. */
export const HALO_ZOOM = 7.5;
/** Uncertainty halo radius (km) drawn around a site, by precision. */
const HALO_KM: Record<string, number> = { surveyed: 0, approximate: 5, city: 12, schematic: 0 };

type Halo = Feature<Polygon, { sector: string }>;

const solid = (i: PlanItem) => STATUS_SOLID.has(i.properties.status);
const SHAPE_OF_KIND = new Map(ITEM_ROWS.flatMap((r) => r.kinds.map((k) => [k, r.shape] as const)));

/** Memoised on its inputs' identities: the same inputs give the same array, so deck.gl keeps its buffers. */
function memo<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args) => {
    if (!last || args.some((a, i) => a !== last!.args[i])) last = { args, value: f(...args) };
    return last.value;
  };
}

/** The kinds the item rows that are on draw. */
export const kindsOfRows = (layersOn: readonly string[]) => ITEM_ROWS.filter((r) => layersOn.includes(r.id)).flatMap((r) => r.kinds);

/**
 * One site per point: a Point work as it is, a work at several sites (MultiPoint) as one Point copy per
 * site (same id and properties, so picking and selection treat them as the work).
 */
const sitesOf = memo((works: readonly PlanItem[]): PointItem[] =>
  works.flatMap((i) =>
    i.geometry?.type === 'Point' ? [i as PointItem] : i.geometry?.type === 'MultiPoint' ? i.geometry.coordinates.map((c): PointItem => ({ ...i, geometry: { type: 'Point', coordinates: c } })) : [],
  ),
);
type PointItem = PlanItem & { geometry: { type: 'Point'; coordinates: [number, number] } };
const halosOf = memo((sites: PointItem[]): Halo[] =>
  sites
    .filter((i) => HALO_KM[i.properties.precision] > 0)
    .map((i) => circle(i.geometry.coordinates, HALO_KM[i.properties.precision], { steps: 24, units: 'kilometers', properties: { sector: i.properties.sector } })),
);

/** Site symbols, drawn at the selected size and shown smaller otherwise. */
const SITE = 24;
const siteAtlas = new IconAtlas();
const siteEntryOf = (i: PlanItem) => siteEntry(SHAPE_OF_KIND.get(i.properties.kind) ?? 'circle', solid(i), css(colour(i.properties.sector)), SITE);

/**
 * The sites (points) of all item rows that are on, in two layers drawn above every row's routes:
 * their uncertainty halos and their symbols (the row's shape in the sector's colour, filled when
 * built or under way). One layer for all rows, not one per row.
 */
export function siteLayers(ctx: Omit<LayerContext, 'visible'>, built: Set<string> = new Set()): Layer[] {
  const { works, selectedItem, view } = ctx;
  const sites = sitesOf(works);
  const keys = keysOf(sites);
  // from the zoom where a 5 km halo is wider than its symbol (at the province's zoom it hides under it,
  // and the layer would cost a frame's millisecond for nothing); built the first time it shows (its
  // polygon programs cost ~50 ms of start-up in software WebGL, hidden or not), then kept
  const near = (view?.zoom ?? HALO_ZOOM) >= HALO_ZOOM;
  const halos = near || built.has('item-halos') ? halosOf(sites) : [];
  const showHalos = near && halos.length > 0;
  if (showHalos) built.add('item-halos');
  return [
    ...(built.has('item-halos')
      ? [
          new GeoJsonLayer<Halo['properties']>({
            id: 'item-halos',
            data: halos as never,
            visible: showHalos,
            stroked: false,
            getFillColor: (f) => withAlpha(colour(f.properties.sector), 28),
          }),
        ]
      : []),
    new IconLayer<PointItem>({
      id: 'item-sites',
      data: sites,
      pickable: true,
      autoHighlight: true,
      highlightColor: [255, 255, 255, 150],
      iconAtlas: siteAtlas.canvas as never,
      iconMapping: siteAtlas.mapping,
      getIcon: (i) => keys.get(i)!,
      getPosition: (i) => i.geometry.coordinates,
      getSize: (i) => (i.id === selectedItem ? SITE : 17),
      sizeUnits: 'pixels',
      updateTriggers: { getSize: selectedItem },
    }),
  ];
}
/** Each site's icon, drawn into the atlas (in one go) before the layer is built. */
const keysOf = memo((sites: PointItem[]) => {
  const entries = sites.map(siteEntryOf);
  siteAtlas.add(entries);
  return new Map(sites.map((i, k) => [i, entries[k].key]));
});
