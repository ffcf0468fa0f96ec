// Decodes ECharts 4 map JSON ("UTF8Encoding") into plain GeoJSON.
// source: echarts@4.9.0 src/coord/geo/parseGeoJson.js (decode / decodePolygon). Each ring is a string
// read two characters at a time (x, y): char code − 64, zigzag-decoded, accumulated from the ring's
// encodeOffsets and divided by the scale (UTF8Scale, default 1024).
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export interface EchartsGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: string[] | string[][];
  encodeOffsets: number[][] | number[][][];
}
export interface EchartsMap {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: { id: string; type: 'Feature'; properties: Record<string, unknown>; geometry: EchartsGeometry }[];
}

const zigzag = (n: number) => (n >> 1) ^ -(n & 1);

export function decodeRing(encoded: string, offset: readonly number[], scale = 1024): Position[] {
  if (encoded.length % 2 !== 0) throw new Error(`encoded ring has odd length ${encoded.length}`);
  const ring: Position[] = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    x += zigzag(encoded.charCodeAt(i) - 64);
    y += zigzag(encoded.charCodeAt(i + 1) - 64);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** Closes a ring if its last position differs from the first (GeoJSON requires closed rings). */
function closed(ring: Position[]): Position[] {
  const [a, b] = [ring[0], ring[ring.length - 1]];
  return a[0] === b[0] && a[1] === b[1] ? ring : [...ring, a];
}

export function decodeEcharts(map: EchartsMap): FeatureCollection<Polygon | MultiPolygon> {
  const scale = map.UTF8Scale ?? 1024;
  const features = map.features.map((f): Feature<Polygon | MultiPolygon> => {
    const g = f.geometry;
    if (!map.UTF8Encoding) {
      return { type: 'Feature', id: f.id, properties: f.properties, geometry: g as unknown as Polygon };
    }
    const geometry: Polygon | MultiPolygon =
      g.type === 'Polygon'
        ? {
            type: 'Polygon',
            coordinates: (g.coordinates as string[]).map((r, i) =>
              closed(decodeRing(r, (g.encodeOffsets as number[][])[i], scale)),
            ),
          }
        : {
            type: 'MultiPolygon',
            coordinates: (g.coordinates as string[][]).map((poly, i) =>
              poly.map((r, j) => closed(decodeRing(r, (g.encodeOffsets as number[][][])[i][j], scale))),
            ),
          };
    return { type: 'Feature', id: f.id, properties: f.properties, geometry };
  });
  return { type: 'FeatureCollection', features };
}
