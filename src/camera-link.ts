// The camera in the link's hash, as MapLibre's own `hash: 'map'` option writes it:
// #map=<zoom>/<lat>/<lng>. Pure: parse and format, with the map's limits (map-view.ts) as the range.

export interface Camera {
  zoom: number;
  center: [number, number]; // [lng, lat]
}

/** What the map allows (map-view.ts): a camera outside it is dropped with a notice. */
// the context data's extent (geo/sources.ts CONTEXT_BBOX): a portrait phone fits the whole province only
// when the limits are as tall as this (MapLibre keeps the whole viewport inside them)
export const CAMERA_LIMITS = { minZoom: 4.5, maxZoom: 12, west: 103, south: 16, east: 124, north: 30 } as const;

const NUMBER = /^-?\d{1,3}(\.\d{1,8})?$/;

/** The camera of a hash ('' or '#' = none); `bad` is the hash shown in the notice when it is not one. */
export function parseCamera(hash: string): { camera: Camera | null; bad: string | null } {
  const h = hash.replace(/^#/, '');
  if (!h) return { camera: null, bad: null };
  let text = h;
  try {
    text = decodeURIComponent(h);
  } catch {
    /* shown as it came */
  }
  const m = /^map=([^/]+)\/([^/]+)\/([^/]+)$/.exec(text);
  const parts = m ? [m[1], m[2], m[3]] : [];
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return { camera: null, bad: text };
  const [zoom, lat, lng] = parts.map(Number);
  const L = CAMERA_LIMITS;
  const inside = zoom >= L.minZoom && zoom <= L.maxZoom && lat >= L.south && lat <= L.north && lng >= L.west && lng <= L.east;
  return inside ? { camera: { zoom, center: [lng, lat] }, bad: null } : { camera: null, bad: text };
}

/** #map=z/lat/lng with as many decimals as the zoom needs (MapLibre's rule: about a pixel). */
export function formatCamera({ zoom, center: [lng, lat] }: Camera): string {
  const digits = Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
  const round = (x: number, d: number) => String(Number(x.toFixed(d)));
  return `#map=${round(zoom, 2)}/${round(lat, digits)}/${round(lng, digits)}`;
}
