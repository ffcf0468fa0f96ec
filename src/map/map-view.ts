// MapLibre (offline basemap) + deck.gl (data layers), wired once. The only module that imports
// maplibre-gl, so everything else stays testable in Node.
import { Map as MlMap, AttributionControl, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { bbox } from '@turf/bbox';
import { offlineStyle } from './style.ts';
import { GD_BOUNDS, type AppData } from '../data.ts';

setWorkerUrl(workerUrl);

export interface MapController {
  map: MlMap;
  overlay: MapLibreOverlay;
  /** hands the map its data (the cities it focuses on); the layers come through setLayers */
  setData(data: AppData): void;
  setLayers(layers: Layer[]): void;
  focusCity(adcode: string | null): void;
  /** fits a work or a corridor into view; a point is centred at a close zoom */
  focusGeometry(g: { type: string; coordinates: unknown }, wide: boolean): void;
  setAttribution(html: string): void;
  /** the camera as it stands: screen projection and size (for labels placed on screen) */
  view(): { project: (p: [number, number]) => [number, number]; width: number; height: number; zoom: number };
}

export interface MapOptions {
  container: HTMLElement;
  attribution: string;
  getTooltip: (info: PickingInfo) => string | null;
  /** a click on the map, with everything deck.gl draws under it (nearest first) */
  onClick: (hits: PickingInfo[]) => void;
  onReady: () => void;
  /** the camera has come to rest, or the map has changed size */
  onMoveEnd: () => void;
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
export function createMap({ container, attribution, getTooltip, onClick, onReady, onMoveEnd }: MapOptions): MapController {
  performance.mark('map-create');
  const map = new MlMap({
    container,
    style: offlineStyle(),
    bounds: GD_BOUNDS,
    fitBoundsOptions: { padding: 20 },
    maxBounds: [
      [104, 17],
      [123, 28.8],
    ],
    minZoom: 4.5,
    maxZoom: 12,
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
      const text = getTooltip(info);
      return text ? { text, className: 'map-tooltip' } : null;
    },
  });
  map.addControl(overlay);
  // clicks are picked here rather than through layer onClick: deck's interleaved event handling
  // misses MapLibre's click events (seen with deck.gl 9.4 + maplibre 6)
  map.on('click', (e) => onClick(overlay.pickMultipleObjects({ x: e.point.x, y: e.point.y, radius: 4, depth: 12 })));

  map.on('moveend', onMoveEnd);
  map.on('resize', onMoveEnd);

  // ready = basemap loaded and deck.gl has drawn a frame with layers in it
  let loaded = false;
  let hasLayers = false;
  let ready = false;
  const check = () => {
    if (!ready && loaded && hasLayers) {
      ready = true;
      performance.mark('map-ready');
      onReady();
    }
  };
  /** the last camera request, replayed without animation once the map has its final size */
  let refocus = () => focus(null, 0);
  let pending: Layer[] = [];
  /** the city last focused (null = the province, as the map starts; undefined = something else) */
  let focusedCity: string | null | undefined = null;
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

  function focus(adcode: string | null, duration: number) {
    const shape = adcode && data ? data.cityShapes.find((f) => f.properties.adcode === adcode) : null;
    const [w, s, e, n] = shape ? bbox(shape) : GD_BOUNDS.flat();
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: shape ? 60 : 16, duration, maxZoom: 9.5 },
    );
  }

  function focusOn(g: { type: string; coordinates: unknown }, wide: boolean, duration: number) {
    if (g.type === 'Point') {
      const [x, y] = g.coordinates as [number, number];
      map.easeTo({ center: [x, y], zoom: Math.max(map.getZoom(), 9), duration });
      return;
    }
    const [w, s, e, n] = bbox({ type: 'Feature', properties: {}, geometry: g } as never);
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: wide ? 40 : 80, duration, maxZoom: 10 },
    );
  }

  return {
    map,
    overlay,
    setData(d) {
      data = d;
    },
    setLayers(layers) {
      pending = layers;
      if (!loaded) {
        // Until the basemap has loaded, hand deck.gl the layers hidden: it builds their buffers and
        // shaders alongside MapLibre's work, without redrawing them on every tile the basemap adds.
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
      refocus = () => focus(adcode, 0);
      focus(adcode, 600);
    },
    focusGeometry(g, wide) {
      focusedCity = undefined;
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
    setAttribution(html) {
      map.removeControl(attributionControl);
      attributionControl = addAttribution(map, html);
    },
  };
}
