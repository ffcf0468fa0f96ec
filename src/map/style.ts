// The embedded offline basemap: a MapLibre style of inline GeoJSON sources built from data/geo.
// No tiles, no glyphs, no sprites: nothing is requested from any server. Labels are drawn by deck.gl.
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import { BASEMAP } from '../palette.ts';

export interface BasemapData {
  countries: FeatureCollection<Geometry>;
  provinces: FeatureCollection<Geometry>;
  province: FeatureCollection<Geometry>;
}

export function offlineStyle(d: BasemapData): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: d.countries },
      provinces: { type: 'geojson', data: d.provinces },
      province: { type: 'geojson', data: d.province },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP.sea } },
      { id: 'countries', type: 'fill', source: 'countries', paint: { 'fill-color': BASEMAP.land } },
      { id: 'neighbours', type: 'fill', source: 'provinces', paint: { 'fill-color': BASEMAP.neighbour } },
      { id: 'neighbour-borders', type: 'line', source: 'provinces', paint: { 'line-color': BASEMAP.neighbourBorder, 'line-width': 0.8 } },
      { id: 'province-land', type: 'fill', source: 'province', paint: { 'fill-color': BASEMAP.province } },
      {
        id: 'province-outline',
        type: 'line',
        source: 'province',
        paint: { 'line-color': BASEMAP.provinceOutline, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.2, 10, 2.4] },
      },
    ],
  };
}
