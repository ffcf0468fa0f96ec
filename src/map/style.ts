// The embedded offline basemap: a MapLibre style of inline GeoJSON sources built from data/geo.
// No tiles, no glyphs, no sprites: nothing is requested from any server. Labels are drawn by deck.gl.
// Fills only: the borders are drawn by deck.gl (layers/basemap.ts) with the line shader it compiles
// anyway, because each extra MapLibre shader program costs ~250 ms to compile in software WebGL
// (measured with npm run bench), and the load-time budget is 1.3× a bare MapLibre + deck.gl page.
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import { BASEMAP } from '../palette.ts';

export interface BasemapData {
  countries: FeatureCollection<Geometry>;
  provinces: FeatureCollection<Geometry>;
  province: FeatureCollection<Geometry>;
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** The style, with its GeoJSON sources empty: the map fills them with `setData` once the style has
 * loaded (map-view.ts), which spares MapLibre cloning and validating megabytes of coordinates in the
 * constructor (measured: about 1 s of main-thread time in software WebGL). */
export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: EMPTY },
      provinces: { type: 'geojson', data: EMPTY },
      province: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP.sea } },
      // fill-antialias off: its outline pass is one more shader program to compile at start-up
      { id: 'countries', type: 'fill', source: 'countries', paint: { 'fill-color': BASEMAP.land, 'fill-antialias': false } },
      { id: 'neighbours', type: 'fill', source: 'provinces', paint: { 'fill-color': BASEMAP.neighbour, 'fill-antialias': false } },
      { id: 'province-land', type: 'fill', source: 'province', paint: { 'fill-color': BASEMAP.province, 'fill-antialias': false } },
    ],
  };
}
