// GCJ-02 → WGS84. The ECharts/AMap boundaries are in China's GCJ-02 offset datum (≈300–600 m off
// WGS84 in Guangdong); every shipped coordinate is WGS84, so convert before anything else.
import gcoord from 'gcoord';
import type { FeatureCollection } from 'geojson';

export function gcj02ToWgs84<T extends FeatureCollection>(fc: T): T {
  return gcoord.transform(structuredClone(fc) as never, gcoord.GCJ02, gcoord.WGS84) as unknown as T;
}
