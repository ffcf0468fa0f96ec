// The glossary of the plan's terms: each with its names, what it means, and where the plan says it
// (line of the plan text and a short verbatim quote; a test checks each quote is on its line).
import type { TermId } from './glossary-ids.ts';

export interface GlossaryEntry {
  id: TermId;
  zh: string;
  en: string;
  def_zh: string;
  def_en: string;
  /** where the plan defines or first uses it */
  source: { line: number; quote: string };
  /** other lines that say more */
  also?: { line: number; quote: string }[];
}

export const GLOSSARY: GlossaryEntry[] = [
  {
    id: 'yihe-yidai-yiqu',
    zh: '一核一带一区',
    en: 'One Core, One Belt, One Zone',
    def_zh: '全省区域发展格局：“一核”为珠三角9市；“一带”为沿海经济带，即珠三角沿海7市和东西两翼7市；“一区”为北部生态发展区5市。地图按此为城市着色。',
    def_en: 'The province\'s regional layout: the Core is the nine Pearl River Delta cities; the Belt is the coastal economic belt (the seven coastal PRD cities and the seven cities of the east and west wings); the Zone is the five cities of the northern ecological development zone. The map colours cities by it.',
    source: { line: 2314, quote: '一核：珠三角地区，包括广州、深圳、珠海、佛山、惠州、东莞、中山、江门、肇庆9市' },
    also: [{ line: 1299, quote: '构建“一核一带一区”区域发展格局' }],
  },
  {
    id: 'shuangqu',
    zh: '双区',
    en: 'The two zones',
    def_zh: '粤港澳大湾区和深圳中国特色社会主义先行示范区，规划称“双区驱动”“双区引领”。',
    def_en: 'The Guangdong–Hong Kong–Macao Greater Bay Area and the Shenzhen Pilot Demonstration Zone of Socialism with Chinese Characteristics; the plan speaks of the two zones driving and leading the province.',
    source: { line: 405, quote: '粤港澳大湾区和深圳中国特色社会主义先行示范区“双区驱动效应”不断增强' },
    also: [{ line: 430, quote: '“双区”引领' }],
  },
  {
    id: 'shuanghe-shuangfu',
    zh: '双核+双副中心',
    en: 'Two cores and two sub-centres',
    def_zh: '广州、深圳两个核心城市，与汕头、湛江两个省域副中心城市深度协作，带动东西两翼发展的动力机制。',
    def_en: 'Guangzhou and Shenzhen, the two core cities, paired with Shantou and Zhanjiang, the two provincial sub-centres, to drive the east and west wings.',
    source: { line: 1309, quote: '推进广州与湛江、深圳与汕头深度协作，形成“双核+双副中心”动力机制' },
    also: [
      { line: 1302, quote: '强化广州、深圳“双核”驱动作用' },
      { line: 1303, quote: '加快汕头、湛江省域副中心城市建设' },
    ],
  },
  {
    id: 'shuangcheng',
    zh: '双城联动',
    en: 'Twin-city linkage',
    def_zh: '广州、深圳两市在改革、规划、平台和公共服务等方面联动发展。',
    def_en: 'Guangzhou and Shenzhen developing in step: reforms, plans, platforms and public services.',
    source: { line: 1365, quote: '推动广州、深圳“双城”联动发展' },
  },
  {
    id: 'yiqun-wuquan',
    zh: '一群五圈',
    en: 'One city cluster, five metropolitan circles',
    def_zh: '珠三角世界级城市群，以及广州、深圳、珠江口西岸、汕潮揭、湛茂五大都市圈。地图的“都市圈”图层即此。',
    def_en: 'The Pearl River Delta world-class city cluster and five metropolitan circles: Guangzhou, Shenzhen, the west bank of the Pearl River Estuary, Shantou–Chaozhou–Jieyang and Zhanjiang–Maoming. The map\'s circles layer shows them.',
    source: { line: 1313, quote: '优化“一群五圈”城镇空间格局' },
    also: [
      { line: 1315, quote: '加快建设珠三角世界级城市群' },
      { line: 1317, quote: '培育壮大广州、深圳、珠江口西岸、汕潮揭、湛茂五大都市圈' },
    ],
  },
  {
    id: 'sanheng-sizong',
    zh: '三横四纵',
    en: 'Three east–west and four north–south corridors',
    def_zh: '综合运输大通道：沿海、粤闽桂、粤北3条横向通道和京广、京九、粤东、粤西4条纵向通道。地图以示意带绘出。',
    def_en: 'The main transport corridors: three east–west (coastal, Guangdong–Fujian–Guangxi, north Guangdong) and four north–south (Beijing–Guangzhou, Beijing–Kowloon, east Guangdong, west Guangdong). The map draws them as schematic bands.',
    source: { line: 2350, quote: '三横四纵：沿海主通道、粤闽桂主通道、粤北区域性通道等3条横向通道和京广主通道、京九主通道、粤东区域性通道、粤西区域性通道等4条纵向通道' },
    also: [{ line: 940, quote: '三横四纵' }],
  },
  {
    id: 'jiaotongquan-12312',
    zh: '“12312”交通圈',
    en: 'The 1-2-3-12 hour travel circles',
    def_zh: '珠三角主要城市间1小时、珠三角与粤东粤西粤北2小时、与国内及东南亚主要城市3小时、与全球主要城市12小时左右通达。',
    def_en: '1 hour between the main Pearl River Delta cities, 2 hours from the delta to east, west and north Guangdong, 3 hours to the main cities of China and Southeast Asia, about 12 hours to the main cities of the world.',
    source: { line: 2347, quote: '“12312”交通圈：珠三角地区内部主要城市间1小时通达' },
    also: [{ line: 938, quote: '加快形成“12312”交通圈' }],
  },
  {
    id: 'liuwanqu-yibandao',
    zh: '六湾区一半岛',
    en: 'Six bay areas and one peninsula',
    def_zh: '海洋空间布局：环珠江口、环大亚湾、大广海、大汕头、大红海、大海陵六个湾区和雷州半岛。',
    def_en: 'The marine spatial layout: six bay areas (Pearl River Estuary, Daya Bay, Guanghai Bay, Shantou, Honghai Bay, Hailing Bay) and the Leizhou Peninsula.',
    source: { line: 2365, quote: '六湾区一半岛：环珠江口湾区、环大亚湾湾区、大广海湾区、大汕头湾区、大红海湾区、大海陵湾区和雷州半岛' },
    also: [{ line: 1422, quote: '优化“六湾区一半岛”' }],
  },
  {
    id: 'liangdian-lianglang',
    zh: '两点两廊',
    en: 'Two points and two corridors',
    def_zh: '“两点”：深港科技创新合作区深圳园区、横琴粤澳深度合作区；“两廊”：广深港、广珠澳科技创新走廊。',
    def_en: 'The two points are the Shenzhen park of the Shenzhen–Hong Kong science and technology innovation cooperation zone and the Hengqin Guangdong–Macao in-depth cooperation zone; the two corridors are the Guangzhou–Shenzhen–Hong Kong and Guangzhou–Zhuhai–Macao science and technology innovation corridors.',
    source: { line: 2326, quote: '两点：深港科技创新合作区深圳园区、横琴粤澳深度合作区。两廊：广深港、广珠澳科技创新走廊。' },
    also: [{ line: 689, quote: '构建“两点”“两廊”' }],
  },
  {
    id: 'dongxi-liangyi',
    zh: '东西两翼',
    en: 'The east and west wings',
    def_zh: '沿海经济带中珠三角以外的粤东、粤西沿海城市，与珠三角沿海地区“串珠成链”。筛选中的“东翼”“西翼”即此。',
    def_en: 'The coastal cities of east and west Guangdong outside the Pearl River Delta, strung together with the delta\'s coast into one coastal belt. The east and west wing filters are these.',
    source: { line: 1303, quote: '推动沿海经济带东西两翼地区加快发展' },
  },
  {
    id: 'yueshu-yuqi',
    zh: '约束性 / 预期性',
    en: 'Binding / expected',
    def_zh: '表2每项指标的属性：约束性指标是政府必须实现的目标，预期性指标是引导性的预期目标。',
    def_en: 'The attribute of each indicator in 表2 (Table 2): a binding indicator is one the government must meet; an expected indicator is a guiding expectation.',
    source: { line: 474, quote: '属性' },
    also: [
      { line: 483, quote: '预期性' },
      { line: 543, quote: '约束性' },
    ],
  },
  {
    id: 'fujian-2',
    zh: '附件2 重大建设项目',
    en: 'Annex 2: major construction projects',
    def_zh: '规划附件2按领域汇总的重大建设项目：103个大项，总投资、到2020年底累计完成投资和“十四五”投资（亿元）。规划只按领域给出投资，不按单个项目。',
    def_en: 'Annex 2 of the plan: the major construction projects summed by field (103 major items), with total investment, investment completed by the end of 2020 and investment in 2021–2025, in 亿元 (100 million yuan). The plan gives investment by field only, never by work.',
    source: { line: 2091, quote: '广东省“十四五”规划重大建设项目汇总表' },
    also: [{ line: 2105, quote: '合计103个大项' }],
  },
];
