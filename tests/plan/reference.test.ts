// Surveyed sites against the public reference data in ../shared/ref (airports, power plants), where
// it is present (as in CI). A site the references do not have is named, not silently passed.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { distance } from '@turf/turf';
import { loadDataset } from '../../src/plan/validate.ts';

const REF = resolve(import.meta.dirname, '../../../shared/ref');
const PRESENT = existsSync(resolve(REF, 'airports_ourairports_gd-partial.csv'));
// a skipped describe is still collected: read nothing when the files are absent
const read = (f: string) => (PRESENT ? csvParse(readFileSync(resolve(REF, f), 'utf8')) : []);
const points = (rows: Record<string, string | undefined>[], lat: string, lon: string) => rows.map((r) => [Number(r[lon]), Number(r[lat])]);

/** Surveyed sites with no counterpart in the reference files (new since, or missing from them). */
const NOT_IN_REFERENCE: Record<string, string> = {
  'nuclear-taishan': 'GPPD’s China source lacks Taishan (shared/ref/README.md)',
  'nuclear-taipingling-phase1': 'under construction since 2019, after the GPPD snapshot',
  'nuclear-taipingling-phase2': 'under construction since 2019, after the GPPD snapshot',
};

describe.skipIf(!PRESENT)('surveyed sites agree with shared/ref', () => {
  const items = loadDataset({ lines: null }).items.filter((i) => i.precision === 'surveyed' && i.geometry?.type === 'Point');
  const airports = [...points(read('airports_ourairports_gd-partial.csv'), 'latitude_deg', 'longitude_deg'), ...points(read('airports_openflights_gd-bbox.csv'), 'latitude', 'longitude')];
  const plants = [...points(read('powerplants_gppd-wri-china-source_gd-bbox.csv'), 'Latitude', 'Longitude'), ...points(read('powerplants_gppd-geodb-source_gd-bbox.csv'), 'latitude', 'longitude')];
  const nearestKm = (p: number[], refs: number[][]) => Math.min(...refs.map((r) => distance(p, r, { units: 'kilometers' })));
  const isAirport = (i: { kind: string }) => i.kind === 'hub_airport' || i.kind === 'airport';
  const cases = items.filter((i) => isAirport(i) || ['nuclear', 'coal_power', 'gas_power'].includes(i.kind)).map((i) => [i.id, i] as const);

  it('has surveyed airports and power plants to check', () => expect(cases.length).toBeGreaterThan(8));
  it.each(cases)('%s', (id, i) => {
    if (NOT_IN_REFERENCE[id]) return;
    const refs = isAirport(i) ? airports : plants;
    const km = nearestKm(i.geometry!.coordinates as number[], refs);
    expect(km, `${id} is ${km.toFixed(1)} km from the nearest reference site`).toBeLessThanOrEqual(isAirport(i) ? 2 : 3);
  });
});

// Approximate sites promise about 10 km. Where the reference files hold the work itself (the same port,
// airport or plant site), the point must lie within 10 km of it. Every approximate port, airport or
// power work is either matched here or named with the reason the references cannot check it.
type Ref = { file: string; key: string; value: string; lat: string; lon: string };
const wpi = (name: string): Ref => ({ file: 'ports_wpi_gd-bbox.csv', key: 'Main Port Name', value: name, lat: 'Latitude', lon: 'Longitude' });
const oa = (ident: string): Ref => ({ file: 'airports_ourairports_gd-partial.csv', key: 'ident', value: ident, lat: 'latitude_deg', lon: 'longitude_deg' });
const wri = (id: string): Ref => ({ file: 'powerplants_gppd-wri-china-source_gd-bbox.csv', key: 'gppd_idnr', value: id, lat: 'Latitude', lon: 'Longitude' });
const geodb = (id: string): Ref => ({ file: 'powerplants_gppd-geodb-source_gd-bbox.csv', key: 'gppd_idnr', value: id, lat: 'latitude', lon: 'longitude' });
export const APPROXIMATE_MATCHES: Record<string, Ref> = {
  'gas-power-dongguan-ningzhou': wri('WRI1070089'), // on the Shajiao power-station site
  'gas-power-guangzhou-zhujiang-phase2': geodb('GEODB0042387'), // beside Phase I
  'port-shenzhen-yantian-east-container': wpi('Yantian'),
  'bonded-zone-yantian': wpi('Yantian'),
  'port-zhanjiang-400k-berth': wpi('Zhanjiang'),
  'logistics-hub-zhanjiang-port': wpi('Zhanjiang'),
  'logistics-hub-shenzhen-airport': oa('ZGSZ'),
  'platform-guangzhou-airport-economy': oa('ZGGG'),
  'bonded-zone-guangzhou-baiyun-airport': oa('ZGGG'),
  'coop-zone-shan-chao-jie-airport-rail': oa('ZGOW'),
};
const REASON_NEW = 'new or planned since the reference snapshots';
const REASON_PORT_AREA = 'the World Port Index has only a nominal point for the city or an older port area';
/** Approximate ports, airports and power works the references cannot check, and why. */
export const APPROXIMATE_UNCHECKED: Record<string, string> = {
  'nuclear-lufeng': REASON_NEW, 'nuclear-lianjiang': REASON_NEW,
  'pumped-storage-yangjiang': REASON_NEW, 'pumped-storage-meizhou': REASON_NEW, 'pumped-storage-huizhou': REASON_NEW, 'pumped-storage-zhaoqing': REASON_NEW,
  'gas-power-shenzhen-guangming': REASON_NEW,
  'lng-dapeng-expansion': 'LNG terminals are not power plants', 'lng-zhuhai-jinwan-expansion': 'LNG terminals are not power plants', 'lng-chaozhou-huaying': 'LNG terminals are not power plants',
  'lng-huizhou': 'LNG terminals are not power plants', 'lng-jiangmen': 'LNG terminals are not power plants', 'lng-maoming': 'LNG terminals are not power plants', 'lng-yuedong-cnooc': 'LNG terminals are not power plants',
  'port-guangzhou-nansha-phase4': REASON_PORT_AREA, 'port-guangzhou-nansha-phase5': REASON_PORT_AREA, 'port-guangzhou-nansha-general-terminal': REASON_PORT_AREA,
  'port-zhuhai-gaolan-container-phase3': REASON_PORT_AREA, 'port-zhuhai-gaolan-ganghong-expansion': REASON_PORT_AREA, 'port-shantou-guangao-phase3': REASON_PORT_AREA,
  'port-maoming-bohe-300k-crude': REASON_PORT_AREA, 'port-guangzhou-container-smart': REASON_PORT_AREA,
  'inland-port-shaoguan-wushi-hub-phase1': 'inland river ports are not in the World Port Index',
  'airport-prd-hub-guangzhou-new': REASON_NEW, 'airport-meizhou-relocation': 'a new site; the reference has the old airport', 'airport-yangjiang': 'a new site; the reference has the general aviation field',
};
const CHECKED_KINDS = new Set(['port', 'inland_port', 'hub_airport', 'airport', 'ga_airport', 'nuclear', 'coal_power', 'gas_power', 'pumped_storage', 'lng_terminal', 'hydro']);

describe.skipIf(!PRESENT)('approximate sites are within 10 km of the reference where it has the work', () => {
  const items = loadDataset({ lines: null }).items;
  const byId = new Map(items.map((i) => [i.id, i]));
  const rows = new Map<string, Record<string, string | undefined>[]>();
  const rowsOf = (f: string) => rows.get(f) ?? (rows.set(f, read(f)), rows.get(f)!);

  it.each(Object.entries(APPROXIMATE_MATCHES))('%s', (id, ref) => {
    const item = byId.get(id);
    expect(item, `${id} is not a record`).toBeDefined();
    expect(item!.precision).toBe('approximate');
    const row = rowsOf(ref.file).find((r) => r[ref.key] === ref.value);
    expect(row, `${ref.value} is not in ${ref.file}`).toBeDefined();
    const km = distance(item!.geometry!.coordinates as number[], [Number(row![ref.lon]), Number(row![ref.lat])], { units: 'kilometers' });
    expect(km, `${id} is ${km.toFixed(1)} km from ${ref.value}`).toBeLessThanOrEqual(10);
  });
  it('every approximate port, airport and power site is matched or says why it cannot be', () => {
    const loose = items.filter((i) => i.precision === 'approximate' && i.geometry?.type === 'Point' && CHECKED_KINDS.has(i.kind) && !APPROXIMATE_MATCHES[i.id] && !APPROXIMATE_UNCHECKED[i.id]);
    expect(loose.map((i) => i.id)).toEqual([]);
  });
});
