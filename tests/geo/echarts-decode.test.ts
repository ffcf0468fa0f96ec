import { describe, expect, it } from 'vitest';
import { decodeEcharts, decodeRing } from '../../geo/echarts-decode.ts';

// encode (x, y) deltas the way ECharts does: zigzag, +64, as characters
const zz = (n: number) => (n << 1) ^ (n >> 31);
const enc = (deltas: [number, number][]) => deltas.map(([x, y]) => String.fromCharCode(zz(x) + 64, zz(y) + 64)).join('');

describe('decodeRing', () => {
  it('accumulates zigzag deltas from the offset and divides by the scale', () => {
    const ring = decodeRing(enc([[0, 0], [1024, 0], [0, 1024], [-1024, -1024]]), [113 * 1024, 23 * 1024]);
    expect(ring).toEqual([[113, 23], [114, 23], [114, 24], [113, 23]]);
  });
  it('decodes negative deltas', () => {
    expect(decodeRing(enc([[-3, 5]]), [0, 0], 1)).toEqual([[-3, 5]]);
  });
  it('rejects an odd-length ring', () => {
    expect(() => decodeRing('@@@', [0, 0])).toThrow(/odd length/);
  });
});

describe('decodeEcharts', () => {
  it('decodes Polygon and MultiPolygon features and closes rings', () => {
    const fc = decodeEcharts({
      type: 'FeatureCollection',
      UTF8Encoding: true,
      features: [
        { id: 'a', type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [enc([[0, 0], [1024, 0], [0, 1024]])], encodeOffsets: [[0, 0]] } },
        { id: 'b', type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[enc([[0, 0], [2048, 0], [0, 2048]])]], encodeOffsets: [[[1024, 1024]]] } },
      ],
    });
    expect(fc.features[0].geometry).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] });
    expect(fc.features[1].geometry).toEqual({ type: 'MultiPolygon', coordinates: [[[[1, 1], [3, 1], [3, 3], [1, 1]]]] });
    expect(fc.features.map((f) => f.id)).toEqual(['a', 'b']);
  });
});
