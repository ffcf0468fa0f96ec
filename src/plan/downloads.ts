// Where the build puts the downloads (see plan/vite-plugin.ts), relative to the page.
const citiesDownload = './data/cities.geojson';
export default citiesDownload;
