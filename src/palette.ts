// Colours. Zone and circle colours are from the Okabe–Ito colour-blind-safe set.
export type RGBA = [number, number, number, number];

export const ZONE_COLOURS: Record<'core' | 'belt' | 'north', RGBA> = {
  core: [0, 114, 178, 255], // blue
  belt: [230, 159, 0, 255], // orange
  north: [0, 158, 115, 255], // bluish green
};

export const CIRCLE_COLOURS: Record<string, RGBA> = {
  guangzhou: [213, 94, 0, 255], // vermillion
  shenzhen: [0, 114, 178, 255], // blue
  'pearl-west': [204, 121, 167, 255], // reddish purple
  'shantou-chaozhou-jieyang': [86, 180, 233, 255], // sky blue
  'zhanjiang-maoming': [0, 158, 115, 255], // bluish green
};

export const BASEMAP = {
  sea: '#d6e4ee',
  land: '#f1efe9',
  neighbour: '#ebe8e1',
  province: '#fbfaf6',
};

/** '#rrggbb' → an opaque RGBA colour */
export const fromHex = (hex: string): RGBA => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16), 255];
export const withAlpha = (c: RGBA, a: number): RGBA => [c[0], c[1], c[2], a];
export const css = (c: RGBA) => `rgba(${c[0]},${c[1]},${c[2]},${(c[3] / 255).toFixed(2)})`;

/** Sector colours: the eight Okabe–Ito colours (yellow darkened for contrast on a light map). */
export const SECTOR_COLOURS: Record<string, RGBA> = {
  transport: [0, 114, 178, 255],
  energy: [213, 94, 0, 255],
  water: [86, 180, 233, 255],
  zones: [204, 121, 167, 255],
  innovation: [230, 159, 0, 255],
  marine: [60, 60, 60, 255],
  ecology: [0, 158, 115, 255],
  social: [180, 160, 20, 255],
  // beyond Okabe–Ito's eight: darker hues from Paul Tol's muted scheme, apart from the eight above
  industry: [136, 34, 85, 255], // wine
  trade: [51, 34, 136, 255], // indigo
  agriculture: [140, 100, 20, 255], // ochre brown
};
/** A sector's colour, grey for a sector the palette lacks. */
export const sectorColour = (sector: string): RGBA => SECTOR_COLOURS[sector] ?? [90, 90, 90, 255];

/** Status groups as the map draws them: solid when existing, building or built, hollow when not yet begun. */
export const STATUS_SOLID = new Set(['built', 'upgrade', 'construction', 'new_start', 'expansion']);
