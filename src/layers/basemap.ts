// The basemap's borders, drawn by deck.gl above its fills (see map/style.ts for why not MapLibre):
// borders between neighbouring provinces and countries, and Guangdong's outline. Always on.
import { PathLayer } from '@deck.gl/layers';
import type { Position } from 'geojson';
import type { AppData } from '../data.ts';

const border = (id: string, data: Position[][], color: [number, number, number], width: number) =>
  new PathLayer<Position[]>({ id, data, getPath: (p) => p as [number, number][], getColor: color, getWidth: width, widthUnits: 'pixels' });

export function basemapLayers(data: AppData) {
  return [border('basemap-borders', data.neighbourBorders, [185, 180, 170], 0.8), border('basemap-province-outline', data.provinceOutline, [74, 74, 74], 1.6)];
}
