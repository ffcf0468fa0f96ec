// Shapes of the curated data in data/ as the app sees it. The zod schemas in plan/schema.ts are the
// checked definition; these types mirror them without pulling zod into the bundle.
export type Lang = 'zh' | 'en';
export type ZoneId = 'core' | 'belt' | 'north';
export type AreaId = 'prd' | 'east' | 'west' | 'north';
export type CircleId = 'guangzhou' | 'shenzhen' | 'pearl-west' | 'shantou-chaozhou-jieyang' | 'zhanjiang-maoming';

export interface PlanSource {
  ref: string;
  line: number;
  quote: string;
}

export interface City {
  adcode: string;
  name_zh: string;
  short_zh: string;
  name_en: string;
  area: AreaId;
  zones: { id: ZoneId; inferred: boolean; note?: string; source: PlanSource }[];
  circles: { id: CircleId; membership: 'full' | 'partial'; note?: string; source: PlanSource }[];
  roles: { id: string; zh: string; en: string; note?: string; source: PlanSource }[];
  mentions: { zh: string; en: string; topic: string; source: PlanSource }[];
}

/** The zone a city is coloured by: 一核 first, then 一区, else 一带 (the wings). */
export function primaryZone(city: City): ZoneId {
  const ids = city.zones.map((z) => z.id);
  return ids.includes('core') ? 'core' : ids.includes('north') ? 'north' : 'belt';
}

/** A located work of the plan, as in dist/data/plan-items.geojson (one Feature per item). */
export interface PlanItemProps {
  name_zh: string;
  name_en: string;
  sector: string;
  kind: string;
  status: string;
  status_zh: string;
  cities: string[];
  corridor: string | null;
  /** the counties or districts (adcodes) a located work lies in, joined at build time; [] when it is not located to one */
  counties?: string[];
  source: PlanSource;
  /** region: a programme with no site (geometry null), applied across its cities */
  precision: 'surveyed' | 'approximate' | 'city' | 'schematic' | 'region';
  /** where the location comes from, in each language */
  location_note_zh: string;
  location_note_en: string;
  notes_zh: string | null;
  notes_en: string | null;
}
export interface PlanItem {
  type: 'Feature';
  id: string;
  properties: PlanItemProps;
  /** null for a programme without a site (precision region): listed and searched, drawn as its cities or not at all */
  geometry:
    | { type: 'Point'; coordinates: [number, number] }
    | { type: 'MultiPoint'; coordinates: [number, number][] }
    | { type: 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon'; coordinates: unknown }
    | null;
}

/** A county or district named in plan-items.geojson's county_names (the counties the works lie in). */
export interface CountyName {
  /** the city's adcode (Dongguan and Zhongshan are their own one county) */
  city: string;
  name_zh: string;
  name_en: string;
}

/** The positions of a work's sites: its point, or each point of a work at several sites (none for routes, areas and programmes). */
export function sitePositions(g: PlanItem['geometry']): [number, number][] {
  return g?.type === 'Point' ? [g.coordinates] : g?.type === 'MultiPoint' ? g.coordinates : [];
}

export interface Corridor {
  id: string;
  name_zh: string;
  name_en: string;
  orientation: 'horizontal' | 'vertical';
  nodes: { name_zh: string; name_en: string; city: string; coordinates: [number, number] }[];
  cities: string[];
  geometry: { type: 'LineString'; coordinates: [number, number][] };
  precision: 'schematic';
  location_note_zh: string;
  location_note_en: string;
  source: PlanSource;
  notes_zh?: string;
  notes_en?: string;
}

/** A row of data/targets.json (one indicator, year and measure). */
export interface Target {
  id: string;
  indicator: string;
  name_zh: string;
  name_en: string;
  domain: string;
  kinds?: string[];
  year: number;
  value: number | null;
  value_text: string | null;
  unit: string;
  measure: string;
  basis: 'actual' | 'target';
  source: PlanSource;
}

/** A row of data/investment.json (附件2: investment by field, 亿元). */
export interface Investment {
  id: string;
  parent: string | null;
  level: 'total' | 'domain' | 'subdomain';
  name_zh: string;
  name_en: string;
  /** the item kinds this row's investment builds */
  kinds?: string[];
  items: number | null;
  total: number;
  plan_2021_2025: number;
  reconstructed: boolean;
  source: PlanSource;
}
