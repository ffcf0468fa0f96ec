// The basemap's borders, drawn by deck.gl above its fills (see map/style.ts for why not MapLibre):
// borders between neighbouring provinces and countries, and Guangdong's outline. Always on.
import { PathLayer } from '@deck.gl/layers';
import type { Position } from 'geojson';
import type { AppData } from '../data.ts';

export function basemapLayers(data: AppData) {
  return [
    new PathLayer<Position[]>({
      id: 'basemap-borders',
      data: data.neighbourBorders,
      getPath: (p) => p as [number, number][],
      getColor: [185, 180, 170, 255],
      getWidth: 0.8,
      widthUnits: 'pixels',
    }),
    new PathLayer<Position[]>({
      id: 'basemap-province-outline',
      data: data.provinceOutline,
      getPath: (p) => p as [number, number][],
      getColor: [74, 74, 74, 255],
      getWidth: 1.6,
      widthUnits: 'pixels',
    }),
  ];
}
