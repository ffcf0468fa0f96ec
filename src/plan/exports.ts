// The downloads written to dist/data/ by the build: generated from data/, never hand-edited.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { csvFormat } from 'd3-dsv';
import { ROOT, type Dataset } from './validate.ts';
import { countyJoin, loadCountyGeo } from './counties.ts';

/** Coordinates to 5 decimals (about 1 m): the source is only good to about 100 m. */
function rounded<G extends Geometry>(g: G): G {
  const r = (x: unknown): unknown => (typeof x === 'number' ? Math.round(x * 1e5) / 1e5 : Array.isArray(x) ? x.map(r) : x);
  return { ...g, coordinates: r((g as { coordinates: unknown }).coordinates) } as G;
}

export function citiesGeojson(ds: Dataset): FeatureCollection {
  const topo = JSON.parse(readFileSync(resolve(ROOT, 'data/geo/guangdong.topo.json'), 'utf8')) as Topology;
  const shapes = feature(topo, topo.objects.cities as GeometryCollection) as FeatureCollection<Geometry>;
  const byId = new Map(shapes.features.map((f) => [String(f.id), f.geometry]));
  const features: Feature[] = ds.cities.map((c) => ({
    type: 'Feature',
    id: c.adcode,
    properties: {
      adcode: c.adcode,
      name_zh: c.name_zh,
      name_en: c.name_en,
      area: c.area,
      zones: c.zones.map((z) => z.id),
      zones_inferred: c.zones.filter((z) => z.inferred).map((z) => z.id),
      circle: c.circles[0]?.id ?? null,
      circle_membership: c.circles[0]?.membership ?? null,
      roles: c.roles.map((r) => r.id),
    },
    geometry: rounded(byId.get(c.adcode)!),
  }));
  return { type: 'FeatureCollection', features };
}

/**
 * Every plan item; Feature id = item id; geometry null for a programme without a site. `counties`: the
 * counties or districts a located work lies in (src/plan/counties.ts), with their names in the
 * collection's `county_names` (a foreign member, RFC 7946 §6.1), so the app needs no county shapes.
 */
export function planItemsGeojson(ds: Dataset): FeatureCollection<Geometry | null> & { county_names: Record<string, { city: string; name_zh: string; name_en: string }> } {
  const join = countyJoin(ds.items, loadCountyGeo(ROOT));
  return {
    type: 'FeatureCollection',
    county_names: join.names,
    features: ds.items.map((r) => ({
      type: 'Feature',
      id: r.id,
      properties: {
        name_zh: r.name_zh,
        name_en: r.name_en,
        sector: r.sector,
        kind: r.kind,
        status: r.status,
        status_zh: r.status_zh,
        cities: r.cities,
        corridor: r.corridor ?? null,
        counties: join.byItem.get(r.id) ?? [],
        source: r.source,
        precision: r.precision,
        location_note_zh: r.location_note_zh,
        location_note_en: r.location_note_en,
        notes_zh: r.notes_zh ?? null,
        notes_en: r.notes_en ?? null,
      },
      // null for a programme without a site (precision region): valid GeoJSON (RFC 7946 §3.2)
      geometry: r.geometry as Geometry | null,
    })),
  };
}

/** Long rows, one per indicator, year and measure; UTF-8 with a header row. */
export function targetsCsv(ds: Dataset): string {
  return csvFormat(
    ds.targets.map((t) => ({
      id: t.id,
      indicator: t.indicator,
      name_zh: t.name_zh,
      name_en: t.name_en,
      domain: t.domain,
      year: t.year,
      value: t.value ?? '',
      value_text: t.value_text ?? '',
      unit: t.unit,
      measure: t.measure,
      basis: t.basis,
      binding: t.binding ?? '',
      table2_row: t.table2_row ?? '',
      kinds: (t.kinds ?? []).join(' '),
      source_ref: t.source.ref,
      source_line: t.source.line,
      source_quote: t.source.quote,
      note: t.note ?? '',
    })),
  );
}

/** 附件2: total, domains and sub-domains, 亿元. */
export function investmentCsv(ds: Dataset): string {
  return csvFormat(
    ds.investment.map((r) => ({
      id: r.id,
      parent: r.parent ?? '',
      level: r.level,
      name_zh: r.name_zh,
      name_en: r.name_en,
      items: r.items ?? '',
      total: r.total,
      done_2020: r.done_2020 ?? '',
      plan_2021_2025: r.plan_2021_2025,
      unit: r.unit,
      reconstructed: r.reconstructed,
      source_line: r.source.line,
      note: r.note ?? '',
    })),
  );
}

/** File name (under dist/data/) → contents. */
export function downloads(ds: Dataset): Record<string, string> {
  return {
    'cities.geojson': JSON.stringify(citiesGeojson(ds)),
    'plan-items.geojson': JSON.stringify(planItemsGeojson(ds)),
    'targets.csv': targetsCsv(ds),
    'investment.csv': investmentCsv(ds),
  };
}
