// The basemap under every layer of the table, always on: land (other countries, neighbouring provinces,
// Guangdong), the borders among them and Guangdong's outline. MapLibre draws only the sea beneath
// (see map/style.ts for why).
import { GeoJsonLayer, PathLayer } from '@deck.gl/layers';
import type { Position } from 'geojson';
import type { AppData, LandFeature } from '../data.ts';
import { BASEMAP, fromHex } from '../palette.ts';
import { SOLID_LINE } from './path-style.ts';

const FILLS = { land: fromHex(BASEMAP.land), neighbour: fromHex(BASEMAP.neighbour), province: fromHex(BASEMAP.province) };

const border = (id: string, data: Position[][], color: [number, number, number], width: number) =>
  new PathLayer<Position[]>({ ...SOLID_LINE, id, data, getPath: (p) => p as [number, number][], getColor: color, getWidth: width, widthUnits: 'pixels' });

export function basemapLayers(data: AppData) {
  return [
    new GeoJsonLayer<LandFeature['properties']>({
      id: 'basemap-land',
      data: data.land as never,
      stroked: false,
      getFillColor: (f) => FILLS[(f as LandFeature).properties.fill],
    }),
    border('basemap-borders', data.neighbourBorders, [185, 180, 170], 0.8),
    border('basemap-province-outline', data.provinceOutline, [74, 74, 74], 1.6),
  ];
}
