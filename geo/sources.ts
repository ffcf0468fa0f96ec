// Every input of the geo build: npm package (pinned in package.json), file, licence.
// The build reads nothing else and never touches the network.
export const CONTEXT_BBOX: [number, number, number, number] = [103, 16, 124, 30];

export const ECHARTS = { package: 'echarts', version: '4.9.0', licence: 'Apache-2.0' } as const;
export const WORLD_ATLAS = { package: 'world-atlas', version: '2.0.2', licence: 'ISC (data: Natural Earth, public domain)' } as const;

/** Neighbouring divisions drawn for context, id = province-level division code. */
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
] as const;

/** Natural Earth countries (ISO 3166 numeric) drawn as land beyond China. China, Hong Kong, Macao
 * and Taiwan come from the ECharts files instead, so their coasts match Guangdong's. */
export const COUNTRIES_FROM_ECHARTS = new Set(['156', '344', '446', '158']);
