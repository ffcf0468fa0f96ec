// The camera in the link's hash, and the exports of the selection (CSV with a BOM, GeoJSON, file names).
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { formatCamera, parseCamera } from '../src/camera-link.ts';
import { exportName, representativePoint, worksCsv, worksGeojson } from '../src/export/works-export.ts';
import { niceDistance } from '../src/export/map-image.ts';
import { NO_FILTERS } from '../src/selection.ts';
import type { City, PlanItem } from '../src/types.ts';

describe('the camera in the hash', () => {
  it('round-trips', () => {
    const hash = formatCamera({ zoom: 9.25, center: [113.2644, 23.1291] });
    expect(hash).toMatch(/^#map=9\.25\/23\.129\d*\/113\.264\d*$/);
    const { camera, bad } = parseCamera(hash);
    expect(bad).toBeNull();
    expect(camera!.zoom).toBe(9.25);
    expect(camera!.center[0]).toBeCloseTo(113.2644, 3);
    expect(camera!.center[1]).toBeCloseTo(23.1291, 3);
  });
  it('is nothing when the hash is empty', () => {
    expect(parseCamera('')).toEqual({ camera: null, bad: null });
    expect(parseCamera('#')).toEqual({ camera: null, bad: null });
  });
  it('drops what is not a camera, or one outside the map, and says what it dropped', () => {
    for (const h of ['#x', '#map=7/113/23', '#map=20/23/113', '#map=7/23', '#map=a/b/c', '#map=7/23/113/0', '#%E0%A4%A', '#<img src=x onerror=alert(1)>', '#map=7/1e2/113'])
      expect(parseCamera(h).camera, h).toBeNull();
    expect(parseCamera('#map=7/113/23').bad).toBe('map=7/113/23');
    expect(parseCamera('#%3Cb%3E').bad).toBe('<b>');
  });
});

const src = { ref: '专栏6', line: 7, quote: '湛江港' };
const city = (adcode: string, zh: string, en: string): City => ({ adcode, name_zh: zh, short_zh: zh.replace(/市$/, ''), name_en: en, area: 'west', zones: [], circles: [], roles: [], mentions: [] });
const cityById = new Map([city('440800', '湛江市', 'Zhanjiang'), city('440700', '江门市', 'Jiangmen')].map((c) => [c.adcode, c]));
const work = (id: string, geometry: PlanItem['geometry'], cities = ['440800']): PlanItem => ({
  type: 'Feature',
  id,
  properties: { name_zh: `${id}，“港”`, name_en: `${id}, "port"`, sector: 'transport', kind: 'port', status: 'construction', status_zh: '加快建设', cities, corridor: null, source: src, precision: 'approximate', location_note_zh: '据常识定位', location_note_en: 'general knowledge', notes_zh: null, notes_en: null },
  geometry,
});
const works = [
  work('b-port', { type: 'Point', coordinates: [110.41, 21.19] }),
  work('a-line', { type: 'LineString', coordinates: [[112, 22], [113, 22.5], [114, 23]] }, ['440800', '440700']),
];

describe('the exports', () => {
  it('write CSV with a BOM, one row per work in the order given, both languages, quotes escaped', () => {
    const text = worksCsv(works, cityById);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const rows = csvParse(text.slice(1).replace(/\r\n/g, '\n'));
    expect(rows.map((r) => r.id)).toEqual(['b-port', 'a-line']);
    expect(rows[0].name_zh).toBe('b-port，“港”');
    expect(rows[0].name_en).toBe('b-port, "port"');
    expect(rows[0].kind_zh).toBe('港区与码头');
    expect(rows[0].plan_status_words).toBe('加快建设');
    expect(rows[1].cities_zh).toBe('湛江市、江门市');
    expect(rows[1].adcodes).toBe('440800 440700');
    expect(Number(rows[0].lon)).toBeCloseTo(110.41, 5);
    expect(rows[0].plan_line).toBe('7');
  });
  it('take a point on a line for a line', () => {
    const [lon, lat] = representativePoint(works[1])!;
    expect([112, 113, 114]).toContain(lon);
    expect([22, 22.5, 23]).toContain(lat);
  });
  it('write GeoJSON features in the order given, with the work id', () => {
    const fc = worksGeojson(works);
    expect(fc.features.map((f) => f.id)).toEqual(['b-port', 'a-line']);
    expect(fc.features[1].geometry!.type).toBe('LineString');
  });
  it('take the first site of a work at several sites', () => {
    expect(representativePoint(work('m', { type: 'MultiPoint', coordinates: [[110.4, 21.2], [112.9, 21.9]] }, ['440800', '440700']))).toEqual([110.4, 21.2]);
  });
  it('write a programme without a site with empty lon and lat, and null geometry in valid GeoJSON', () => {
    const base = work('p-region', null, ['440800', '440700']);
    const programme = { ...base, properties: { ...base.properties, precision: 'region' as const } };
    const rows = csvParse(worksCsv([programme], cityById).slice(1).replace(/\r\n/g, '\n'));
    expect(rows[0]).toMatchObject({ id: 'p-region', geometry: '', lon: '', lat: '', precision: 'region', cities_en: 'Zhanjiang; Jiangmen' });
    expect(rows[0].precision_zh).toMatch(/[\u4e00-\u9fff]/);
    const f = worksGeojson([programme]).features[0];
    expect(f).toMatchObject({ type: 'Feature', id: 'p-region', geometry: null });
    expect(JSON.parse(JSON.stringify(f)).geometry).toBeNull(); // RFC 7946 §3.2: an unlocated feature
  });
  it('name files by what they hold, safely', () => {
    expect(exportName({ ...NO_FILTERS, region: '440700', sector: 'transport' }, '', '江门', 'csv', 'zh')).toBe('gd14-works-江门-transport.csv');
    expect(exportName(NO_FILTERS, '', null, 'geojson', 'en')).toBe('gd14-works-all.geojson');
    expect(exportName(NO_FILTERS, 'a/b:c*"<x>', null, 'csv', 'en')).toBe('gd14-works-a-b-c-x.csv');
  });
});

describe('the scale bar', () => {
  it('is a round distance no longer than allowed', () => {
    expect(niceDistance(123_000)).toBe(100_000);
    expect(niceDistance(61_000)).toBe(50_000);
    expect(niceDistance(2_500)).toBe(2_000);
    expect(niceDistance(999)).toBe(500);
  });
});
