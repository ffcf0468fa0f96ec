// The bench's second reference page: the bare page's one polygon over the app's own map (its data,
// basemap source and layers, with the rows on at start), without the page around it or the app's
// deck.gl layers. It shows what drawing this basemap costs by itself, so that the app's start-up can
// be read against both pages (npm run bench).
import { GeoJsonLayer } from '@deck.gl/layers';
import { createMap } from '../map/map-view.ts';
import { loadData } from '../data.ts';
import { DEFAULT_LAYERS } from '../layers/registry.ts';
import { kindsOfRows } from '../layers/items.ts';

declare global {
  interface Window {
    __mapReady?: boolean;
  }
}

// the app's downloads are fetched relative to the page (plan/downloads.ts): this page is two folders below it
document.head.prepend(Object.assign(document.createElement('base'), { href: '../../' }));
const ctl = createMap({
  container: document.getElementById('map')!,
  attribution: '',
  getTooltip: () => null,
  onClick: () => {},
  onReady: () => (window.__mapReady = true),
  onMoveEnd: () => {},
  onContextLost: () => {},
});
const polygon = { type: 'Polygon' as const, coordinates: [[[110, 21], [117, 21], [117, 25], [110, 25], [110, 21]]] };
ctl.setLayers([new GeoJsonLayer({ id: 'one', data: [{ type: 'Feature' as const, properties: {}, geometry: polygon }], getFillColor: [0, 114, 178, 120] })]);
void loadData().then((data) => {
  ctl.setBasemap(DEFAULT_LAYERS, kindsOfRows(DEFAULT_LAYERS));
  ctl.setData(data);
});
// the bench drives the camera of every page the same way (contract 3b: an object whose .map is the map)
(window as unknown as { __map: { map: unknown } }).__map = { map: ctl.map };
