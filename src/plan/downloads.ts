// Where the build puts the downloads (see plan/vite-plugin.ts), relative to the page.
export const CITIES_DOWNLOAD = './data/cities.geojson';
export const ITEMS_DOWNLOAD = './data/plan-items.geojson';
export const TARGETS_DOWNLOAD = './data/targets.csv';
export const INVESTMENT_DOWNLOAD = './data/investment.csv';
/** The search documents (names, pinyin), fetched when the search is first used. */
export const SEARCH_DOCS = './data/search.json';
