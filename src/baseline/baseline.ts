// The bench's bare baseline page: MapLibre with an inline style, deck.gl overlay, one polygon.
// The app's load time and JS size are measured against it (npm run bench).
import { Map as MlMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { GeoJsonLayer } from '@deck.gl/layers';

declare global {
  interface Window {
    __mapReady?: boolean;
  }
}

setWorkerUrl(workerUrl);
performance.mark('map-create');
const map = new MlMap({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#d6e4ee' } }] },
  bounds: [
    [109.65, 20.2],
    [117.35, 25.55],
  ],
});
const polygon = { type: 'Polygon' as const, coordinates: [[[110, 21], [117, 21], [117, 25], [110, 25], [110, 21]]] };
const overlay = new MapLibreOverlay({
  interleaved: true,
  layers: [new GeoJsonLayer({ id: 'one', data: [{ type: 'Feature' as const, properties: {}, geometry: polygon }], getFillColor: [0, 114, 178, 120] })],
  onAfterRender: () => {
    if (loaded && !window.__mapReady) {
      performance.mark('map-ready');
      window.__mapReady = true;
    }
  },
});
let loaded = false;
map.once('load', () => {
  performance.mark('map-load');
  loaded = true;
  map.triggerRepaint();
});
map.addControl(overlay);
// the bench drives the camera of both pages the same way (contract 3b: an object whose .map is the map)
(window as unknown as { __map: { map: MlMap } }).__map = { map };
