// Where the build puts the downloads (see plan/vite-plugin.ts), relative to the page.
export const CITIES_DOWNLOAD = './data/cities.geojson';
export const ITEMS_DOWNLOAD = './data/plan-items.geojson';
