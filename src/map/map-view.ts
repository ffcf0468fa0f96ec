// MapLibre (offline basemap and regions) + deck.gl (the plan's works and names), wired once. The only
// module that imports maplibre-gl, so everything else stays testable in Node.
import { Map as MlMap, AttributionControl, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource, type MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { bbox } from '@turf/bbox';
import { CONTEXT_LAYERS, contextFeatures, offlineStyle, ROW_FILTERED, QUERYABLE, REGION_LAYERS, REGIONS, regionsData, selectedFilter, SOURCE, sourceData } from './style.ts';
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
  /** shows exactly these of the style's MapLibre layers among those it toggles */
  setMapLayers(visible: readonly string[], toggled: readonly string[]): void;
  /** outlines and shades the selected city */
  setSelectedCity(adcode: string | null): void;
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

/** What lies under a point: deck.gl's objects (nearest first) and MapLibre's region features (top first). */
export interface MapHits {
  deck: PickingInfo[];
  regions: { layer: string; properties: Record<string, unknown> }[];
}

export interface MapOptions {
  container: HTMLElement;
  attribution: string;
  getTooltip: (info: PickingInfo, regions: MapHits['regions']) => string | null;
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
      const regions = info.object ? [] : regionsAt(info.x, info.y);
      hover(regions.find((r) => r.layer === 'cities-fill')?.properties.adcode as string | undefined);
      const text = getTooltip(info, regions);
      return text ? { text, className: 'map-tooltip' } : null;
    },
  });
  map.addControl(overlay);

  const regionsAt = (x: number, y: number): MapHits['regions'] => {
    if (x < 0 || y < 0 || !map.isStyleLoaded()) return [];
    const shown = QUERYABLE.filter((id) => map.getLayoutProperty(id, 'visibility') !== 'none');
    return map.queryRenderedFeatures([x, y], { layers: shown }).map((f: MapGeoJSONFeature) => ({ layer: f.layer.id, properties: f.properties }));
  };
  const hitsAt = (x: number, y: number, radius = MOUSE_RADIUS): MapHits => ({ deck: overlay.pickMultipleObjects({ x, y, radius, depth: 12 }), regions: regionsAt(x, y) });
  // a finger is not a mouse pointer: a tap picks within a 44 px target (WCAG 2.5.5), and the picker
  // lists what is close when that is several works
  let touched = false;
  map.getCanvasContainer().addEventListener('pointerdown', (e) => (touched = e.pointerType === 'touch'), { capture: true, passive: true });
  /** the city under the pointer is lit (feature state: no re-tiling) */
  let hovered: string | undefined;
  const hover = (adcode: string | undefined) => {
    if (adcode === hovered) return;
    if (hovered) map.setFeatureState({ source: SOURCE, id: hovered }, { hover: false });
    if (adcode) map.setFeatureState({ source: SOURCE, id: adcode }, { hover: true });
    hovered = adcode;
  };
  map.getCanvas().addEventListener('pointerleave', () => hover(undefined));
  // clicks are picked here rather than through layer onClick: deck's interleaved event handling
  // misses MapLibre's click events (seen with deck.gl 9.4 + maplibre 6)
  map.on('click', (e) => onClick(hitsAt(e.point.x, e.point.y, touched ? TOUCH_RADIUS : MOUSE_RADIUS)));

  map.on('moveend', onMoveEnd);
  map.on('webglcontextlost', onContextLost);
  map.on('resize', onMoveEnd);

  // ready = the map loaded, the basemap's source tiled with its data, and deck.gl has drawn a frame
  // with layers in it
  let loaded = false;
  let hasLayers = false;
  let ready = false;
  let filled = false;
  const check = () => {
    if (!ready && loaded && hasLayers && filled && map.areTilesLoaded()) {
      ready = true;
      held = false;
      performance.mark('map-ready');
      onReady();
    }
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
    loaded = true;
    // the container has its final size now: fit again without animation
    map.resize();
    refocus();
    overlay.setProps({ layers: pending });
    hasLayers = pending.length > 0;
  });
  overlay.setProps({ onAfterRender: () => check() });
  map.on('render', () => check());

  /** Runs f once the style is loaded (its sources and layers can be changed), at once if it is. Data
   * goes to the worker from here, not from 'load' (which waits for a first full frame): the tiling
   * then overlaps MapLibre's and deck.gl's start-up. */
  let styled = false;
  const whenStyled = (f: () => void) => (styled ? f() : map.once('style.load', f));
  map.once('style.load', () => {
    styled = true;
    if (data) fill(data);
  });
  let selected: string | null = null;
  /** the filter each ROW_FILTERED layer has (the style starts with 'on') */
  const rowFilters: Record<string, 'on' | 'off'> = Object.fromEntries(Object.keys(ROW_FILTERED).map((id) => [id, 'on']));
  let regionsFilled = false;
  /** the context files asked for (rivers, counties): fetched the first time one of their layers shows */
  const contextAsked = new Set<string>();
  function fill(d: AppData) {
    (map.getSource(SOURCE) as GeoJSONSource).setData(sourceData(d, contextFeatures({ water: water.peek(), counties: counties.peek() })));
    filled = true;
  }

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
      data = d;
      if (styled) fill(d);
    },
    setMapLayers(visible, toggled) {
      whenStyled(() => {
        if (!regionsFilled && data && visible.some((id) => REGION_LAYERS.includes(id))) {
          (map.getSource(REGIONS) as GeoJSONSource).setData(regionsData(data));
          regionsFilled = true;
        }
        for (const [file, ids] of Object.entries(CONTEXT_LAYERS) as [keyof typeof CONTEXT_LAYERS, readonly string[]][])
          if (!contextAsked.has(file) && visible.some((id) => ids.includes(id))) {
            contextAsked.add(file);
            // the base source is filled again with it: one source keeps the frame's tile masks single
            void loadContext(file).then(() => data && fill(data));
          }
        for (const id of toggled) {
          // a layer the basemap shares with a row stays drawn; the row switches its filter
          const shared = ROW_FILTERED[id];
          if (shared) {
            const want = visible.includes(id) ? 'on' : 'off';
            if (rowFilters[id] !== want) map.setFilter(id, shared[want]);
            rowFilters[id] = want;
            continue;
          }
          const v = visible.includes(id) ? 'visible' : 'none';
          if (map.getLayoutProperty(id, 'visibility') !== v) map.setLayoutProperty(id, 'visibility', v);
        }
      });
    },
    setSelectedCity(adcode) {
      if (adcode === selected) return;
      const set = () => {
        if (selected) map.setFeatureState({ source: SOURCE, id: selected }, { selected: false });
        if (adcode) map.setFeatureState({ source: SOURCE, id: adcode }, { selected: true });
        selected = adcode;
        map.setFilter('selected-city', selectedFilter(adcode));
      };
      whenStyled(set);
    },
    hitsAt,
    setLayers(layers) {
      pending = layers;
      if (!loaded) {
        // Until the basemap has loaded, hand deck.gl the layers hidden: it builds their buffers then,
        // but compiles and draws them only after the worker has tiled the basemap (measured: drawing
        // them at once delays the basemap's tiles by ~1.5 s in software WebGL on two cores)
        overlay.setProps({ layers: layers.map((l) => l.clone({ visible: false })) });
        return;
      }
      overlay.setProps({ layers });
      hasLayers = layers.length > 0;
      map.triggerRepaint();
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
