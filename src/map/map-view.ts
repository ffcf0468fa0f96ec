// MapLibre (offline basemap and regions) + deck.gl (the plan's works and names), wired once. The only
// module that imports maplibre-gl, so everything else stays testable in Node.
import { Map as MlMap, AttributionControl, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource, type MapGeoJSONFeature, type MapSourceDataEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { bbox } from '@turf/bbox';
import { basemapOn, BASEMAP_ROWS, cityLooks, corridorFid, DASHED, dashedFilter, DRAWN, fillColour, contextFeatures, FILLS, fillsFilter, LAZY, LINES, linesFilter, offlineStyle, baseLayers, baseSource, QUERYABLE, SELECTED_CITY, selectedFilter, shapesOf, SOURCE, sourceData, type BasemapOn } from './style.ts';
import { css, sectorColour } from '../palette.ts';
import type { PlanItem } from '../types.ts';
import { counties, loadContext, water } from '../context-data.ts';
import { GD_BOUNDS, type AppData } from '../data.ts';
import { CAMERA_LIMITS, type Camera } from '../camera-link.ts';

setWorkerUrl(workerUrl);

/** How far (CSS px) from a click a work is picked: a few pixels for a mouse, a 44 px target for a finger. */
export const MOUSE_RADIUS = 4;
export const TOUCH_RADIUS = 22;

export interface MapController {
  map: MlMap;
  overlay: MapLibreOverlay;
  /** hands the map its data: MapLibre's sources are filled; deck.gl's layers come through setLayers */
  setData(data: AppData): void;
  setLayers(layers: Layer[]): void;
  /** draws the basemap for the rows of the layer table that are on (those MapLibre draws: style.ts), and
   * the routes and areas of the works of these kinds (the item rows that are on) */
  setBasemap(on: readonly string[], kinds: readonly string[]): void;
  /** outlines and shades the selected city */
  setSelectedCity(adcode: string | null): void;
  /** draws the routes and areas of these works (the selection), the selected work and corridor wider;
   * a selected programme without a site outlines its cities */
  setWorks(works: readonly PlanItem[], selectedItem: string | null, selectedCorridor: string | null): void;
  /** what a click at (x, y) on the map would select (tests and benchmarks use it) */
  hitsAt(x: number, y: number, radius?: number): MapHits;
  focusCity(adcode: string | null): void;
  /** fits a work or a corridor into view; a point is centred at a close zoom */
  focusGeometry(g: { type: string; coordinates: unknown }, wide: boolean): void;
  setAttribution(html: string): void;
  /** the camera as it stands, for the link */
  camera(): Camera;
  /** the camera as it stands: screen projection and size (for labels placed on screen) */
  view(): { project: (p: [number, number]) => [number, number]; width: number; height: number; zoom: number };
}

/** What lies under a point: deck.gl's objects (sites and names, nearest first), the works' routes and
 * areas and the corridors MapLibre draws (ids), and its regions (top first): a city's circle, a zone, a
 * city (named after the rows' fills they are seen in). */
export interface MapHits {
  deck: PickingInfo[];
  works: string[];
  corridors: string[];
  regions: { layer: 'circles-fill' | 'zones-fill' | 'cities-fill'; properties: Record<string, unknown> }[];
}

export interface MapOptions {
  container: HTMLElement;
  attribution: string;
  getTooltip: (info: PickingInfo, under: Omit<MapHits, 'deck'>) => string | null;
  /** a click on the map, with everything under it */
  onClick: (hits: MapHits) => void;
  onReady: () => void;
  /** the camera has come to rest, or the map has changed size */
  onMoveEnd: () => void;
  /** the WebGL context was lost (the driver or the browser reset it) */
  onContextLost: () => void;
  /** the camera of the link: the map opens there, and the link's city or work does not move it */
  camera?: Camera | null;
  /** how much of the map's bottom a panel covers (the phone's sheet), so that what is focused is seen */
  coveredBelow?: () => number;
}

/** A compact attribution, collapsed to its (i) button; the full text is also in the side panel. */
function addAttribution(map: MlMap, html: string): AttributionControl {
  const control = new AttributionControl({ compact: true, customAttribution: html });
  map.addControl(control, 'bottom-right');
  map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  return control;
}

/** Starts the map at once, before the data has arrived: MapLibre's start-up (worker, style, shaders)
 * runs while the data downloads and parses. */
export function createMap({ container, attribution, getTooltip, onClick, onReady, onMoveEnd, onContextLost, camera, coveredBelow = () => 0 }: MapOptions): MapController {
  performance.mark('map-create');
  const map = new MlMap({
    container,
    style: offlineStyle(),
    ...(camera ? { center: camera.center, zoom: camera.zoom } : { bounds: GD_BOUNDS, fitBoundsOptions: { padding: 20 } }),
    maxBounds: [
      [CAMERA_LIMITS.west, CAMERA_LIMITS.south],
      [CAMERA_LIMITS.east, CAMERA_LIMITS.north],
    ],
    minZoom: CAMERA_LIMITS.minZoom,
    maxZoom: CAMERA_LIMITS.maxZoom,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  map.touchZoomRotate.disableRotation();
  let data: AppData | null = null;
  let attributionControl = addAttribution(map, attribution);
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');

  const overlay = new MapLibreOverlay({
    interleaved: true,
    // 2D layers over a flat basemap: draw in order, never depth-test against MapLibre's buffer
    parameters: { depthWriteEnabled: false, depthCompare: 'always' },
    layers: [],
    getTooltip: (info) => {
      const under = info.object ? { works: [], corridors: [], regions: [] } : drawnAt(info.x, info.y, MOUSE_RADIUS);
      hover(under.works[0] ?? (under.corridors[0] && corridorFid(under.corridors[0])) ?? (under.regions.find((r) => r.layer === 'cities-fill')?.properties.adcode as string | undefined));
      const text = getTooltip(info, under);
      return text ? { text, className: 'map-tooltip' } : null;
    },
  });
  map.addControl(overlay);

  /** What is under a point, top first, as the rows that are on show it: the circle a city is in, the
   * zone, the city (one fills layer draws them all: style.ts). */
  const regionsAt = (x: number, y: number): MapHits['regions'] => {
    if (x < 0 || y < 0 || !layered || !map.isStyleLoaded()) return [];
    const found = map.queryRenderedFeatures([x, y], { layers: QUERYABLE }).map((f: MapGeoJSONFeature) => f.properties);
    const cities = found.filter((p) => p.kind === 'city');
    // a city's zones, the last drawn on top (their tints are blended into the city's colour)
    const zones = cities.flatMap((p) => String(p.zones ?? '').split(',').filter(Boolean).reverse());
    return [
      ...(rows.circles ? cities.filter((p) => p.circle).map((properties) => ({ layer: 'circles-fill' as const, properties })) : []),
      ...(rows.zones ? zones.map((id) => ({ layer: 'zones-fill' as const, properties: { id } })) : []),
      ...(rows.cities ? cities.map((properties) => ({ layer: 'cities-fill' as const, properties })) : []),
    ];
  };
  /** The works and corridors MapLibre draws within `radius` of a point (the selection's only), nearest
   * the top first, and the regions under it. */
  const drawnAt = (x: number, y: number, radius: number): Omit<MapHits, 'deck'> => {
    if (x < 0 || y < 0 || !layered || !map.isStyleLoaded()) return { works: [], corridors: [], regions: [] };
    const found = map.queryRenderedFeatures(
      [
        [x - radius, y - radius],
        [x + radius, y + radius],
      ],
      { layers: DRAWN },
    );
    const ids = (kind: string) => [...new Set(found.filter((f) => f.properties.kind === kind).map((f) => String(f.properties.fid)))];
    return { works: ids('work').filter((id) => shown.has(id)), corridors: ids('corridor').map((fid) => fid.slice(corridorFid('').length)), regions: regionsAt(x, y) };
  };
  const hitsAt = (x: number, y: number, radius = MOUSE_RADIUS): MapHits => ({ deck: overlay.pickMultipleObjects({ x, y, radius, depth: 12 }), ...drawnAt(x, y, radius) });
  // a finger is not a mouse pointer: a tap picks within a 44 px target (WCAG 2.5.5), and the picker
  // lists what is close when that is several works
  let touched = false;
  map.getCanvasContainer().addEventListener('pointerdown', (e) => (touched = e.pointerType === 'touch'), { capture: true, passive: true });
  /** the work, corridor or city under the pointer is lit (feature state: no re-tiling) */
  let hovered: string | undefined;
  const hover = (fid: string | undefined) => {
    if (fid === hovered) return;
    if (hovered) map.setFeatureState({ source: SOURCE, id: hovered }, { hover: false });
    if (fid) map.setFeatureState({ source: SOURCE, id: fid }, { hover: true });
    hovered = fid;
  };
  /** the works whose routes and areas are drawn (feature state `on`) */
  let shown = new Set<string>();
  map.getCanvas().addEventListener('pointerleave', () => hover(undefined));
  // clicks are picked here rather than through layer onClick: deck's interleaved event handling
  // misses MapLibre's click events (seen with deck.gl 9.4 + maplibre 6)
  map.on('click', (e) => onClick(hitsAt(e.point.x, e.point.y, touched ? TOUCH_RADIUS : MOUSE_RADIUS)));

  map.on('moveend', onMoveEnd);
  map.on('webglcontextlost', onContextLost);
  map.on('resize', onMoveEnd);

  // ready = the basemap's source has its data and its tiles, and deck.gl has drawn a frame with layers
  let basemapDrawn = false;
  let hasLayers = false;
  let ready = false;
  /** deck.gl draws these from the next frame */
  const handOver = (layers: Layer[]) => {
    overlay.setProps({ layers });
    hasLayers = layers.length > 0;
    map.triggerRepaint();
  };
  /** the basemap's tiles are in: deck.gl gets its layers to draw (until then hidden: setLayers) */
  const checkBasemap = () => {
    if (basemapDrawn || !layered || !map.isSourceLoaded(SOURCE) || !map.areTilesLoaded()) return;
    basemapDrawn = true;
    performance.mark('basemap-loaded');
    handOver(pending);
  };
  /** Until the basemap has loaded, deck.gl has the layers hidden: it builds their buffers and programs
   * then, but draws them only after the worker has tiled the basemap (measured: drawing them at once
   * delayed the basemap's tiles by ~1.5 s in software WebGL on two cores). And it gets them only once
   * MapLibre has asked the worker for the tiles: building them (~150 ms of main thread) before held the
   * request back while the worker waited. */
  let tilesAsked = false;
  const handHidden = () => overlay.setProps({ layers: pending.map((l) => l.clone({ visible: false })) });
  map.on('sourcedataloading', (e: MapSourceDataEvent) => {
    if (tilesAsked || e.sourceId !== SOURCE || !e.tile) return;
    tilesAsked = true;
    if (!basemapDrawn) handHidden();
  });
  /** after deck.gl has drawn a frame with its layers (one handed over in an earlier frame) */
  const checkReady = () => {
    if (ready || !hasLayers) return;
    ready = true;
    held = false;
    performance.mark('map-ready');
    onReady();
  };
  /** the last camera request, replayed without animation once the map has its final size */
  let refocus = camera ? () => void map.jumpTo(camera) : () => focus(null, 0);
  /** until ready, a camera from the link holds: the link's city or work is selected, not flown to */
  let held = !!camera;
  let pending: Layer[] = [];
  /** the city last focused (null = the province, as the map starts; undefined = something else) */
  let focusedCity: string | null | undefined = camera ? undefined : null;
  map.once('load', () => {
    performance.mark('map-load');
    // the container has its final size now: fit again without animation
    map.resize();
    refocus();
  });
  overlay.setProps({
    onAfterRender: () => {
      checkReady();
      checkBasemap();
    },
  });
  map.on('render', checkBasemap);

  /** Whether the style has loaded (a source can be added), and whether the base source and its layers
   * are in it: they are added with the data, which goes to the worker as soon as both are here (the
   * tiling then overlaps MapLibre's and deck.gl's start-up). */
  let styled = false;
  let layered = false;
  const queued: (() => void)[] = [];
  /** Runs f once the base layers are in the style (their filters and paint can be set), at once if they are. */
  const whenLayered = (f: () => void) => (layered ? f() : queued.push(f));
  map.once('style.load', () => {
    styled = true;
    if (data) fill(data);
  });
  let selected: string | null = null;
  /** the selected work and corridor (feature state `selected`) */
  let chosenNow: string[] = [];
  /** a selected programme without a site: its cities are outlined instead of the selected city */
  let programme: { cities: string[]; colour: string } | null = null;
  let outlined = '';
  const outline = () => {
    const cities = programme ? programme.cities : selected ? [selected] : [];
    const colour = programme?.colour ?? SELECTED_CITY;
    const key = `${cities.join()}|${colour}`;
    if (key === outlined) return;
    outlined = key;
    map.setFilter('selected-city', selectedFilter(cities));
    map.setPaintProperty('selected-city', 'line-color', colour);
  };
  /** the rows MapLibre draws that are on (the style starts with the cities) */
  let rows: BasemapOn = basemapOn(['cities']);
  /** the kinds of works whose routes and areas the layers hold (the style starts with none) */
  let kindsNow = '';
  /** what the lazy rows need (LAZY) that has arrived or been asked for */
  const lazyAsked = new Set<string>();
  const regionsReady = () => lazyAsked.has('regions');
  function fill(d: AppData) {
    const features = sourceData(d, contextFeatures({ water: water.peek(), counties: counties.peek(), regions: regionsReady() ? d : null }));
    if (layered) return void (map.getSource(SOURCE) as GeoJSONSource).setData(features);
    map.addSource(SOURCE, baseSource(features));
    for (const layer of baseLayers()) map.addLayer(layer);
    layered = true;
    colour(d);
    for (const f of queued.splice(0)) f();
  }
  /** the cities' colours for the rows that are on */
  const colour = (d: AppData) => map.setPaintProperty(FILLS, 'fill-color', fillColour(cityLooks(d), rows));

  /** padding around what is fitted, more below when a panel covers the bottom */
  const pad = (p: number) => {
    const below = Math.min(coveredBelow(), map.getContainer().clientHeight * 0.6);
    return { top: p, left: p, right: p, bottom: p + below };
  };

  function focus(adcode: string | null, duration: number) {
    const shape = adcode && data ? data.cityShapes.find((f) => f.properties.adcode === adcode) : null;
    const [w, s, e, n] = shape ? bbox(shape) : GD_BOUNDS.flat();
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: pad(shape ? 60 : 16), duration, maxZoom: 9.5 },
    );
  }

  function focusOn(g: { type: string; coordinates: unknown }, wide: boolean, duration: number) {
    if (g.type === 'Point') {
      const [x, y] = g.coordinates as [number, number];
      map.easeTo({ center: [x, y], zoom: Math.max(map.getZoom(), 9), duration, offset: [0, -coveredBelow() / 2] });
      return;
    }
    const [w, s, e, n] = bbox({ type: 'Feature', properties: {}, geometry: g } as never);
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: pad(wide ? 40 : 80), duration, maxZoom: 10 },
    );
  }

  return {
    map,
    overlay,
    setData(d) {
      if (d === data) return;
      data = d;
      if (styled) fill(d);
    },
    setBasemap(on, kinds) {
      const next = basemapOn(on);
      // what the rows need beyond the start-up data, asked for at once: the base source is filled again
      // with it (one source keeps the frame's tile masks single), or is first filled with it
      let refill = false;
      for (const row of BASEMAP_ROWS) {
        const need = LAZY[row];
        if (!next[row] || !need || lazyAsked.has(need)) continue;
        lazyAsked.add(need);
        if (need === 'regions') refill = true;
        else void loadContext(need).then(() => data && layered && fill(data));
      }
      if (refill && data && layered) fill(data);
      whenLayered(() => {
        const kindsKey = [...kinds].sort().join();
        const was = rows;
        rows = next;
        const changed = (r: readonly (typeof BASEMAP_ROWS)[number][]) => r.some((k) => was[k] !== next[k]);
        const newKinds = kindsKey !== kindsNow;
        kindsNow = kindsKey;
        if (newKinds || changed(['cities', 'rivers'])) map.setFilter(FILLS, fillsFilter(next, kinds));
        if (newKinds || changed(['cities', 'rivers', 'zones', 'circles'])) map.setFilter(LINES, linesFilter(next, kinds));
        if (newKinds || changed(['counties', 'corridors'])) map.setFilter(DASHED, dashedFilter(next, kinds));
        if (data && layered && changed(['cities', 'circles', 'zones'])) colour(data);
      });
    },
    setSelectedCity(adcode) {
      if (adcode === selected) return;
      const set = () => {
        if (selected) map.setFeatureState({ source: SOURCE, id: selected }, { selected: false });
        if (adcode) map.setFeatureState({ source: SOURCE, id: adcode }, { selected: true });
        selected = adcode;
        outline();
      };
      whenLayered(set);
    },
    setWorks(works, selectedItem, selectedCorridor) {
      whenLayered(() => {
        const next = new Set(shapesOf(works).map((i) => i.id));
        for (const id of shown) if (!next.has(id)) map.setFeatureState({ source: SOURCE, id }, { on: false });
        for (const id of next) if (!shown.has(id)) map.setFeatureState({ source: SOURCE, id }, { on: true });
        shown = next;
        const chosen = [selectedItem, selectedCorridor && corridorFid(selectedCorridor)].filter((x): x is string => !!x);
        for (const id of chosenNow) if (!chosen.includes(id)) map.setFeatureState({ source: SOURCE, id }, { selected: false });
        for (const id of chosen) map.setFeatureState({ source: SOURCE, id }, { selected: true });
        chosenNow = chosen;
        const it = selectedItem && data ? data.index.byId.get(selectedItem) : undefined;
        programme = it && !it.geometry ? { cities: it.properties.cities, colour: css(sectorColour(it.properties.sector)) } : null;
        outline();
      });
    },
    hitsAt,
    setLayers(layers) {
      pending = layers;
      if (!basemapDrawn) {
        if (tilesAsked) handHidden();
        return;
      }
      handOver(layers);
    },
    focusCity(adcode) {
      if (adcode === focusedCity) return; // the province at start, or the city already in view
      focusedCity = adcode;
      if (held) return;
      refocus = () => focus(adcode, 0);
      focus(adcode, 600);
    },
    focusGeometry(g, wide) {
      focusedCity = undefined;
      if (held) return;
      refocus = () => focusOn(g, wide, 0);
      focusOn(g, wide, 600);
    },
    view() {
      const { width, height } = map.getContainer().getBoundingClientRect();
      return {
        width,
        height,
        zoom: map.getZoom(),
        project: (p) => {
          const q = map.project(p);
          return [q.x, q.y];
        },
      };
    },
    camera() {
      const c = map.getCenter();
      return { zoom: map.getZoom(), center: [c.lng, c.lat] };
    },
    setAttribution(html) {
      map.removeControl(attributionControl);
      attributionControl = addAttribution(map, html);
    },
  };
}
