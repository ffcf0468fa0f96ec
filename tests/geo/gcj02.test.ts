import { expect, it } from 'vitest';
import { gcj02ToWgs84 } from '../../geo/gcj02.ts';

it('moves a Guangzhou point by the GCJ-02 offset (about 500 m here) towards WGS84', () => {
  const fc = gcj02ToWgs84({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [113.28, 23.125] } }] });
  const [x, y] = (fc.features[0].geometry as { coordinates: number[] }).coordinates;
  // GCJ-02 lies north-east of WGS84 in Guangdong: WGS84 = GCJ-02 − (≈0.0053°, ≈0.0025°)
  expect(x).toBeCloseTo(113.2747, 3);
  expect(y).toBeCloseTo(23.1277, 3);
});
