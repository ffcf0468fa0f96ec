// The embedded offline style: MapLibre draws only the sea; nothing is requested from any server (no
// tiles, glyphs or sprites). Land, borders and labels are drawn by deck.gl (layers/basemap.ts,
// layers/labels.ts) from data/geo, with the programs it compiles for the data layers anyway. Measured
// with npm run bench in software WebGL: MapLibre's fill layers cost about 1 s of start-up (their fill
// program and the tile clipping-mask program), against a load-time budget of 1.3× a bare MapLibre +
// deck.gl page.
import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP } from '../palette.ts';

export function offlineStyle(): StyleSpecification {
  return { version: 8, sources: {}, layers: [{ id: 'sea', type: 'background', paint: { 'background-color': BASEMAP.sea } }] };
}
