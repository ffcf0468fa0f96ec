// The exports of the selection: CSV (UTF-8 with a BOM, so Excel reads the Chinese) and GeoJSON, one
// row or feature per listed work in the list's order, and file names that say what they hold.
// Pure: the page hands in the listed works (state.ts `listed`), tests hand in fixtures.
import { csvFormat } from 'd3-dsv';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Feature, FeatureCollection } from 'geojson';
import type { City, Lang, PlanItem } from '../types.ts';
import { kindLabels, PRECISIONS, SECTORS, STATUSES, type Labels } from '../plan/vocab.ts';
import type { Filters } from '../selection.ts';

const BOM = '\uFEFF';
const round = (x: number) => Math.round(x * 1e5) / 1e5;

/**
 * A point that stands for the work: the point itself, the first of its sites, or a point on its line or
 * inside its area; null for a programme without a site (its CSV row has empty lon and lat).
 */
export function representativePoint(w: PlanItem): [number, number] | null {
  const g = w.geometry;
  if (!g) return null;
  if (g.type === 'Point') return g.coordinates;
  if (g.type === 'MultiPoint') return g.coordinates[0];
  const p = pointOnFeature({ type: 'Feature', properties: {}, geometry: g } as never).geometry.coordinates;
  return [p[0], p[1]];
}

/** One row per work, in the order given; both languages side by side. */
export function worksRows(works: readonly PlanItem[], cityById: ReadonlyMap<string, City>) {
  return works.map((w) => {
    const p = w.properties;
    const at = representativePoint(w);
    const cities = p.cities.map((c) => cityById.get(c)!);
    const status = (STATUSES as Record<string, Labels>)[p.status];
    return {
      id: w.id,
      name_zh: p.name_zh,
      name_en: p.name_en,
      sector: p.sector,
      sector_zh: SECTORS[p.sector as keyof typeof SECTORS]?.zh ?? p.sector,
      sector_en: SECTORS[p.sector as keyof typeof SECTORS]?.en ?? p.sector,
      kind: p.kind,
      kind_zh: kindLabels(p.sector, p.kind).zh,
      kind_en: kindLabels(p.sector, p.kind).en,
      status: p.status,
      status_zh: status?.zh ?? p.status,
      status_en: status?.en ?? p.status,
      plan_status_words: p.status_zh,
      cities_zh: cities.map((c) => c.name_zh).join('、'),
      cities_en: cities.map((c) => c.name_en).join('; '),
      adcodes: p.cities.join(' '),
      geometry: w.geometry?.type ?? '',
      lon: at ? round(at[0]) : '',
      lat: at ? round(at[1]) : '',
      precision: p.precision,
      precision_zh: PRECISIONS[p.precision as keyof typeof PRECISIONS]?.zh ?? p.precision,
      precision_en: PRECISIONS[p.precision as keyof typeof PRECISIONS]?.en ?? p.precision,
      corridor: p.corridor ?? '',
      location_note_zh: p.location_note_zh,
      location_note_en: p.location_note_en,
      plan_ref: p.source.ref,
      plan_line: p.source.line,
      plan_quote: p.source.quote,
    };
  });
}

/** CSV of the works, with a BOM and CRLF line ends (what spreadsheet programs expect). */
export const worksCsv = (works: readonly PlanItem[], cityById: ReadonlyMap<string, City>): string =>
  BOM + csvFormat(worksRows(works, cityById)).replace(/\n/g, '\r\n') + '\r\n';

/** GeoJSON of the works (WGS84), in the order given: the features of plan-items.geojson as the app
 * loaded them (Feature id = work id, the contract's properties). */
export const worksGeojson = (works: readonly PlanItem[]): FeatureCollection => ({ type: 'FeatureCollection', features: works as unknown as Feature[] });

/** What a file name may not hold on Windows, macOS or Linux. */
const unsafe = /[\\/:*?"<>|#%&{}$!'@+`=\s\u0000-\u001f]+/g;

/** e.g. gd14-works-江门-transport.csv: the region, sector, corridor, precision and search, else "all". */
export function exportName(f: Filters, q: string, regionName: string | null, ext: string, l: Lang): string {
  const parts = [regionName ?? f.region, f.sector, f.along, f.precision, q.trim().slice(0, 24)]
    .filter((x): x is string => !!x)
    .map((x) => x.replace(unsafe, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  return `gd14-works-${parts.length ? parts.join('-') : l === 'zh' ? '全部' : 'all'}.${ext}`;
}
