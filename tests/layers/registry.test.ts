// Invariants of the layer table, and every factory builds real deck.gl layers from the real data.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LAYERS, LAYER_IDS, buildLayers, DEFAULT_LAYERS } from '../../src/layers/registry.ts';
import { basemapOn, BASEMAP_ROWS, cityColours, cityLooks, contextFeatures, dashedFilter, fillsFilter, linesFilter, baseLayers, baseSource, offlineStyle, SOURCE_BUFFER, WIDEST_LINE, selectedFilter, shapesOf, sourceData } from '../../src/map/style.ts';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { prepareCounties, prepareWater } from '../../src/context-data.ts';
import { prepare } from '../../src/data.ts';
import { loadDataset } from '../../src/plan/validate.ts';
import { planItemsGeojson } from '../../src/plan/exports.ts';
import { ALL_KINDS } from '../../src/plan/vocab.ts';
import type { PlanItem } from '../../src/types.ts';
import { NO_FILTER, toggled } from '../../src/items.ts';
import { selectWorks } from '../../src/selection.ts';
import { kindsOfRows } from '../../src/layers/items.ts';
import { GeoJsonLayer, IconLayer } from '@deck.gl/layers';
import { booleanPointInPolygon } from '@turf/turf';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

const root = resolve(import.meta.dirname, '../..');
const read = (f: string) => JSON.parse(readFileSync(resolve(root, f), 'utf8'));
const items = planItemsGeojson(loadDataset({ lines: null })).features as unknown as PlanItem[];
const data = prepare(read('data/geo/guangdong.topo.json'), read('data/geo/context.topo.json'), read('data/cities.json'), items, read('data/corridors.json'));

/** the selection the app would compute for a legend filter (every kind: the rows that are on pick theirs) */
const worksFor = (filter = NO_FILTER, on?: string[]) => selectWorks(data.items, filter, on ? new Set(kindsOfRows(on)) : null);
const base = { data, lang: 'zh' as const, selectedCity: null, selectedItem: null, works: worksFor(), view: null };

describe('layer table', () => {
  it('has unique, URL-safe ids and labels in both languages', () => {
    const ids = LAYERS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of LAYERS) {
      expect(l.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(l.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(l.en).toMatch(/^[^\u4e00-\u9fff]+$/);
    }
  });
  it('has valid legend colours', () => {
    for (const l of LAYERS) for (const e of l.legend) for (const v of e.colour) expect(v >= 0 && v <= 255 && Number.isInteger(v)).toBe(true);
  });
  it('shows cities, labels and the main infrastructure by default, the rest on demand', () => {
    expect(DEFAULT_LAYERS.slice(0, 2)).toEqual(['cities', 'labels']);
    expect(DEFAULT_LAYERS).not.toContain('zones');
  });
  it('draws every kind of the vocabulary on exactly one item layer', () => {
    const kinds = LAYERS.flatMap((l) => l.kinds ?? []);
    expect([...kinds].sort()).toEqual([...ALL_KINDS].sort());
  });
  it('puts every located record on some layer', () => {
    const drawn = new Set(LAYERS.flatMap((l) => l.kinds ?? []));
    expect(items.filter((i) => !drawn.has(i.properties.kind)).map((i) => i.id)).toEqual([]);
  });
  it('draws each row with deck.gl layers, with MapLibre’s basemap (counties: both) or as the kinds of works it shows', () => {
    for (const l of LAYERS) expect(!!l.build || !!l.basemap || !!l.kinds?.length, l.id).toBe(true);
    expect(LAYERS.filter((l) => l.basemap).map((l) => l.id)).toEqual([...BASEMAP_ROWS]);
    // three layers draw the whole basemap and the works' routes and areas, whatever is on (and the selected city's outline)
    expect(baseLayers().map((l) => l.id)).toEqual(['fills', 'lines', 'dashed', 'selected-city']);
    expect(baseLayers().every((l) => 'source' in l && l.source === 'base')).toBe(true);
    // the style starts without them: the source is added with its data, so the worker is never sent an empty one first
    expect(offlineStyle().sources).toEqual({});
    expect(baseSource({ type: 'FeatureCollection', features: [] })).toMatchObject({ type: 'geojson', promoteId: 'fid', buffer: SOURCE_BUFFER });
    // a tile holds enough beyond its edges for the widest line's joins (mitred, they reach up to its width) and their antialiasing
    expect(SOURCE_BUFFER).toBeGreaterThan(WIDEST_LINE + 1);
    expect(SOURCE_BUFFER).toBeLessThan(128); // MapLibre's default: tiles drawn over 2.25 times their area
  });
  it('fills MapLibre’s one source from the data, and each row switches what the three layers draw', () => {
    const context = contextFeatures({ water: prepareWater(read('data/geo/water.topo.json')), counties: prepareCounties(read('data/geo/counties.topo.json')), regions: data });
    const { features } = sourceData(data, context);
    const isLine = (t: string) => t === 'LineString' || t === 'MultiLineString';
    const drawn = (filter: ReturnType<typeof fillsFilter>, zoom = 6) => {
      const f = featureFilter(filter, 'filter');
      const geometryType = (t: string) => (isLine(t) ? 'LineString' : 'Polygon');
      return features.filter((x) => f.filter({ zoom }, { type: isLine(x.geometry.type) ? 2 : 3, properties: x.properties!, geometry: [], id: undefined, ...{ get geometryType() { return geometryType(x.geometry.type); } } } as never));
    };
    const kindsIn = (fs: typeof features) => [...new Set(fs.map((x) => x.properties!.kind))].sort();
    const rail = ['hsr', 'intercity_rail', 'rail', 'urban_rail'];
    const kinds = (on: string[], works: string[] = [], zoom = 6) => ({
      fills: kindsIn(drawn(fillsFilter(basemapOn(on), works), zoom)),
      lines: kindsIn(drawn(linesFilter(basemapOn(on), works), zoom)),
      dashed: kindsIn(drawn(dashedFilter(basemapOn(on), works), zoom)),
    });
    expect(kinds([])).toEqual({ fills: ['city', 'land'], lines: ['neighbour-border', 'outline'], dashed: [] });
    expect(kinds(['cities'])).toEqual({ fills: ['city', 'land'], lines: ['city-border', 'neighbour-border', 'outline'], dashed: [] });
    expect(kinds([...BASEMAP_ROWS], [...rail, 'pilot_county'])).toEqual({
      fills: ['city', 'land', 'water', 'work'],
      lines: ['circle', 'city-border', 'neighbour-border', 'outline', 'water', 'work', 'zone'],
      dashed: ['corridor', 'county-border', 'work'],
    });
    // the works of the rows that are on only, routes in the line layers, areas in the fills too; dashed when schematic
    const works = (layer: 'fills' | 'lines' | 'dashed', kindsOn: string[]) =>
      drawn((layer === 'fills' ? fillsFilter : layer === 'lines' ? linesFilter : dashedFilter)(basemapOn([]), kindsOn)).filter((x) => x.properties!.kind === 'work');
    expect(works('lines', []).length + works('dashed', []).length).toBe(0);
    const railWorks = [...works('lines', rail), ...works('dashed', rail)];
    expect(works('lines', ['pilot_county']).length).toBeGreaterThan(10); // surveyed: solid
    expect(railWorks.length).toBeGreaterThan(10);
    expect(railWorks.every((x) => rail.includes(x.properties!.item_kind))).toBe(true);
    expect(works('dashed', rail).every((x) => x.properties!.schematic === true)).toBe(true);
    expect(works('lines', rail).every((x) => x.properties!.schematic === false)).toBe(true);
    expect(works('fills', ['pilot_county']).length).toBeGreaterThan(10);
    expect(works('fills', rail)).toEqual([]);
    // Guangdong's own paper is its cities' (the province's fill would lie under them)
    expect(features.some((f) => f.properties!.kind === 'land' && f.properties!.fill === 'province')).toBe(false);
    // drawn in order: the fills (land, cities, water), then the lines with the outline above the
    // borders, the zones' and circles' outlines above it, the corridors and works above all
    const order = [...new Set(features.map((f) => f.properties!.kind))];
    expect(order).toEqual(['land', 'city', 'water', 'county-border', 'neighbour-border', 'city-border', 'outline', 'zone', 'circle', 'corridor', 'work']);
    // every work with a route or an area is in the source once, by its id; no site and no programme
    const inSource = features.filter((f) => f.properties!.kind === 'work').map((f) => f.properties!.fid);
    expect(inSource).toEqual(shapesOf(items).map((i) => i.id));
    expect(items.filter((i) => i.geometry?.type === 'Point' || i.geometry === null).some((i) => inSource.includes(i.id))).toBe(false);
    const cities = features.filter((f) => f.properties!.kind === 'city');
    expect(cities).toHaveLength(21);
    expect(cities.find((f) => f.properties!.adcode === '440100')!.properties).toMatchObject({ zone: 'core', circle: 'guangzhou', partial: false });
    expect(JSON.stringify(selectedFilter(['440100']))).toContain('440100');
  });
  it('colours each city by its zone, its circle over that when the circles row is on, the paper when neither', () => {
    const looks = cityLooks(data);
    /** a city's colour at rest: ['case', selected, match, hovered, match, resting match], or the match alone */
    const resting = (on: string[], adcode: string) => {
      const e = cityColours(looks, basemapOn(on)) as unknown[];
      const m = (e[0] === 'case' ? e[e.length - 1] : e) as unknown[];
      return m[m.indexOf(adcode) + 1];
    };
    const paper = 'rgba(251,250,246,1.00)';
    expect(resting([], '440100')).toBe(paper);
    expect(resting(['cities'], '440100')).not.toBe(paper);
    expect(resting(['cities', 'circles'], '440100')).not.toBe(resting(['cities'], '440100'));
    expect(resting(['circles'], '440100')).not.toBe(paper);
    // a city in no circle keeps its zone's shade with the circles on
    const outside = looks.find((c) => !c.circle);
    if (outside) expect(resting(['cities', 'circles'], outside.adcode)).toBe(resting(['cities'], outside.adcode));
    // the zones row tints each city by every zone it is in (Guangzhou: the core and the belt)
    expect(looks.find((c) => c.adcode === '440100')!.zones).toBe('core,belt');
    expect(resting(['cities', 'zones'], '440100')).not.toBe(resting(['cities'], '440100'));
    expect(resting(['zones'], '440200')).not.toBe(paper);
    // hovered and selected are stronger shades, only while the cities row is on
    expect((cityColours(looks, basemapOn(['cities'])) as unknown[])[0]).toBe('case');
    expect((cityColours(looks, basemapOn([])) as unknown[])[0]).toBe('match');
  });
  it('keeps deck.gl’s instanced work per frame small: the basemap, regions and the works’ routes and areas are MapLibre’s', () => {
    // each path segment, site and glyph is one instance, ~7–21 µs a frame in software WebGL
    const instances = (layers: ReturnType<typeof buildLayers>) =>
      layers
        .filter((l) => l.props.visible !== false)
        .reduce((n, l) => {
          const d = l.props.data as { geometry?: { type: string; coordinates: unknown } }[];
          if (l instanceof IconLayer) return n + d.length; // a name or a site each
          // a GeoJsonLayer's fills are plain triangles (cheap); its lines and outlines are paths
          if (l instanceof GeoJsonLayer && l.props.stroked !== false) return n + d.reduce((k, f) => k + (f.geometry?.type === 'Point' ? 0 : JSON.stringify(f.geometry?.coordinates).split('],[').length), 0);
          return n;
        }, 0);
    expect(instances(buildLayers(DEFAULT_LAYERS, { ...base, works: worksFor(NO_FILTER, DEFAULT_LAYERS) }))).toBeLessThan(1500);
    expect(instances(buildLayers(LAYERS.map((l) => l.id), base))).toBeLessThan(2500);
    // deck.gl draws no routes or outlines at all (a path segment there cost ~25 µs a frame)
    expect(buildLayers(LAYER_IDS, base).filter((l) => l instanceof GeoJsonLayer && l.props.stroked !== false && l.props.visible !== false)).toEqual([]);
  });
  it('builds every layer with stable ids; once shown, a layer is toggled by visible rather than removed', () => {
    const built = new Set<string>();
    // the basemap and the sites of the rows that are on are always in the list
    const table = (ls: ReturnType<typeof buildLayers>) => ls.filter((l) => !['item-sites', 'item-halos'].includes(l.id));
    expect(table(buildLayers([], base, built))).toEqual([]); // nothing shown yet: nothing built
    const on = buildLayers(LAYERS.map((l) => l.id), base, built);
    const off = buildLayers([], base, built);
    expect(off.map((l) => l.id)).toEqual(on.map((l) => l.id));
    expect(table(off).every((l) => l.props.visible === false)).toBe(true);
    expect(table(on).every((l) => l.props.visible === true)).toBe(true);
  });
});

describe('what the layers draw', () => {
  /** the routes and areas drawn with the rail row on, for a legend filter (map-view shows the selection's) */
  const railShapes = (filter = NO_FILTER) => shapesOf(worksFor(filter, ['rail']));
  it('the legend filter removes hidden kinds and statuses from the item layers', () => {
    const all = railShapes();
    expect(all.length).toBeGreaterThan(10);
    expect(all.every((i) => ['hsr', 'intercity_rail', 'rail', 'urban_rail'].includes(i.properties.kind))).toBe(true);
    const noHsr = railShapes(toggled(NO_FILTER, 'kinds', 'hsr', false));
    expect(noHsr.some((i) => i.properties.kind === 'hsr')).toBe(false);
    expect(noHsr.length).toBeLessThan(all.length);
    expect(railShapes(toggled(NO_FILTER, 'statuses', 'planned', false)).some((i) => i.properties.status === 'planned')).toBe(false);
  });
  it('draws the sites of the rows that are on, in one layer, above every row and below the names', () => {
    const sites = (on: string[], filter = NO_FILTER) => {
      const layers = buildLayers(on, { ...base, works: worksFor(filter, on) });
      return { ids: layers.map((l) => l.id), sites: layers.find((l) => l.id === 'item-sites')!.props.data as PlanItem[] };
    };
    const airports = sites(['labels', 'airports']);
    expect(airports.sites.length).toBeGreaterThan(5);
    expect(airports.sites.every((i) => ['hub_airport', 'airport', 'ga_airport'].includes(i.properties.kind) && i.geometry?.type === 'Point')).toBe(true);
    expect(sites(['labels', 'airports'], toggled(NO_FILTER, 'kinds', 'ga_airport', false)).sites.some((i) => i.properties.kind === 'ga_airport')).toBe(false);
    expect(sites(['labels']).sites).toEqual([]);
    const { ids } = sites(['cities', 'labels', 'airports', 'rail']);
    expect(ids.indexOf('item-sites')).toBeGreaterThan(ids.indexOf('item-halos'));
    expect(ids.indexOf('item-sites')).toBeLessThan(ids.indexOf('labels'));
  });
  it('draws a work at several sites (MultiPoint) as a site at each point, and a programme without a site never as a point', () => {
    const all = buildLayers(LAYERS.map((l) => l.id), base);
    const sites = all.find((l) => l.id === 'item-sites')!.props.data as PlanItem[];
    const multi = items.find((i) => i.geometry?.type === 'MultiPoint')!;
    expect(multi, 'a MultiPoint record').toBeDefined();
    const drawn = sites.filter((i) => i.id === multi.id);
    expect(drawn.map((i) => i.geometry)).toEqual((multi.geometry!.coordinates as [number, number][]).map((c) => ({ type: 'Point', coordinates: c })));
    const programme = items.find((i) => i.geometry === null)!;
    expect(programme.properties.precision).toBe('region');
    const everything = all.flatMap((l) => (Array.isArray(l.props.data) ? (l.props.data as { id?: string }[]) : []));
    expect(everything.some((d) => d.id === programme.id)).toBe(false);
    // (selected, its cities are outlined by MapLibre: the browser tests check it)
    // and the names: none for it, one for the several-site work
    const view = { width: 1280, height: 800, zoom: 9, project: ([x, y]: [number, number]) => [(x - 109.6) * 166, (25.6 - y) * 150] as [number, number] };
    const labels = LAYERS.find((l) => l.id === 'item-labels')!.build!({ ...base, layersOn: LAYER_IDS, selectedItem: programme.id, visible: true, view });
    const named = (labels[0].props.data as { item: PlanItem }[]).map((p) => p.item.id);
    expect(named).not.toContain(programme.id);
    expect(named.filter((id) => id === multi.id).length).toBeLessThanOrEqual(1);
  });
  it('names the works of the layers that are on where they fit, and none of a hidden kind', () => {
    const labels = { build: LAYERS.find((l) => l.id === 'item-labels')!.build! };
    // Guangdong across a 1280×800 screen
    const view = { width: 1280, height: 800, zoom: 6.3, project: ([x, y]: [number, number]) => [(x - 109.6) * 166, (25.6 - y) * 150] as [number, number] };
    const named = (ctx: Partial<Parameters<typeof labels.build>[0]>) =>
      (labels.build({ ...base, works: worksFor(NO_FILTER, ['airports']), layersOn: ['labels', 'airports'], visible: true, view, ...ctx })[0].props.data as { item: PlanItem }[]).map((p) => p.item);
    const airports = named({});
    expect(airports.length).toBeGreaterThan(3);
    expect(airports.every((i) => ['hub_airport', 'airport', 'ga_airport'].includes(i.properties.kind))).toBe(true);
    expect(named({ works: worksFor(toggled(NO_FILTER, 'kinds', 'airport', false), ['airports']) }).some((i) => i.properties.kind === 'airport')).toBe(false);
    expect(named({ visible: false })).toEqual([]);
  });
  it('the default view uses two kinds of deck.gl layer: icons (names and sites, one instance each) and the halos’ polygons', () => {
    const layers = buildLayers(DEFAULT_LAYERS, { ...base, works: worksFor(NO_FILTER, DEFAULT_LAYERS) });
    for (const l of layers) expect([GeoJsonLayer, IconLayer].some((C) => l instanceof C), l.id).toBe(true);
  });
});

describe('prepared data', () => {
  it('joins 21 city shapes and seats to the cities', () => {
    expect(data.cityShapes).toHaveLength(21);
    for (const c of data.cities) expect(data.seats.get(c.adcode)).toHaveLength(2);
  });
  it('has 3 zones and 5 circles covering the right cities', () => {
    expect(data.zones.map((z) => [z.properties.id, z.properties.cities.length])).toEqual([['core', 9], ['belt', 14], ['north', 5]]);
    const members = data.circles.map((c) => c.properties.full.length + c.properties.partial.length);
    expect(members.reduce((a, b) => a + b, 0)).toBe(21);
  });
  it('labels the neighbours, Hong Kong and Macao', () => {
    expect(data.neighbours.map((n) => n.name_zh)).toEqual(expect.arrayContaining(['香港', '澳门', '广西', '福建']));
  });
  it('labels every province of the context land at a point inside it, in both languages', () => {
    const ctx = read('data/geo/context.topo.json');
    const provinces = (feature(ctx, ctx.objects.provinces) as unknown as FeatureCollection<Polygon | MultiPolygon>).features;
    expect(provinces.length).toBe(15);
    expect(data.neighbours.map((n) => n.id).sort()).toEqual(provinces.map((f) => String(f.id)).sort());
    for (const n of data.neighbours) {
      expect(n.name_zh && n.name_en, n.id).toBeTruthy();
      expect(booleanPointInPolygon(n.position, provinces.find((f) => String(f.id) === n.id) as never), n.id).toBe(true);
    }
  });
});
