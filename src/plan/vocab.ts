// Controlled vocabularies of the plan data: sectors, kinds (by sector), statuses and precision levels,
// each with its Chinese and English label. Plain data: the app, the schema and the docs all read it.

export const SECTORS = {
  transport: { zh: '交通', en: 'Transport' },
  energy: { zh: '能源', en: 'Energy' },
  water: { zh: '水利', en: 'Water' },
  zones: { zh: '平台与园区', en: 'Platforms and zones' },
  innovation: { zh: '科技创新', en: 'Innovation' },
  marine: { zh: '海洋', en: 'Marine' },
  ecology: { zh: '生态', en: 'Ecology' },
  social: { zh: '社会事业', en: 'Social' },
  industry: { zh: '产业', en: 'Industry' },
  trade: { zh: '金融、商贸与口岸', en: 'Finance, trade and ports of entry' },
  agriculture: { zh: '农业农村', en: 'Agriculture' },
} as const;
export type Sector = keyof typeof SECTORS;

export type Labels = { zh: string; en: string };
const k = (zh: string, en: string): Labels => ({ zh, en });

/** Kinds of work, by sector. The plan's words map to these (港区/码头/作业区 → port; 航道 → channel …). */
export const KINDS = {
  transport: {
    hsr: k('高速铁路', 'High-speed rail'),
    intercity_rail: k('城际铁路', 'Intercity rail'),
    rail: k('普速、货运及疏港铁路', 'Conventional, freight and port rail'),
    urban_rail: k('城市轨道交通', 'Urban rail'),
    expressway: k('高速公路', 'Expressway'),
    crossing: k('跨江跨海通道', 'Estuary and sea crossing'),
    port: k('港区与码头', 'Port area and terminal'),
    channel: k('出海航道', 'Sea channel'),
    waterway: k('内河航道', 'Inland waterway'),
    inland_port: k('内河港口', 'Inland port'),
    hub_airport: k('国际航空枢纽机场', 'International hub airport'),
    airport: k('区域及支线机场', 'Regional airport'),
    ga_airport: k('通用机场', 'General aviation airport'),
    passenger_hub: k('客运枢纽', 'Passenger hub'),
    logistics_hub: k('物流枢纽', 'Logistics hub'),
  },
  energy: {
    nuclear: k('核电', 'Nuclear power'),
    offshore_wind: k('海上风电', 'Offshore wind'),
    onshore_wind: k('陆上风电', 'Onshore wind'),
    solar: k('光伏', 'Solar'),
    pumped_storage: k('抽水蓄能', 'Pumped storage'),
    gas_power: k('气电', 'Gas power'),
    coal_power: k('煤电', 'Coal power'),
    hydro: k('水电', 'Hydropower'),
    lng_terminal: k('LNG接收站', 'LNG terminal'),
    gas_storage: k('储气库', 'Gas storage'),
    oil_reserve: k('原油储备', 'Oil reserve'),
    coal_reserve: k('煤炭储备', 'Coal reserve'),
    gas_pipeline: k('天然气管道', 'Gas pipeline'),
    oil_pipeline: k('成品油管道', 'Oil products pipeline'),
    grid: k('电网', 'Power grid'),
    energy_science: k('能源科技', 'Energy science'),
  },
  water: {
    reservoir: k('水库', 'Reservoir'),
    water_transfer: k('引调水与水资源配置', 'Water transfer and allocation'),
    river_works: k('江河治理与堤防', 'River works and levees'),
    flood_storage: k('蓄滞洪区', 'Flood storage area'),
    irrigation: k('灌区', 'Irrigation district'),
    water_supply: k('供水工程', 'Water supply'),
    water_other: k('其他水利工程', 'Other water works'),
  },
  zones: {
    new_area: k('新区', 'New area'),
    cooperation_zone: k('合作区', 'Cooperation zone'),
    dev_zone: k('经济技术开发区', 'Development zone'),
    hitech_zone: k('高新技术产业开发区', 'High-tech zone'),
    bonded_zone: k('海关特殊监管区与自贸片区', 'Bonded zone and free trade area'),
    pilot_county: k('试点县（市、区）', 'Pilot county'),
    pilot_town: k('试点镇', 'Pilot town'),
    platform: k('其他发展平台', 'Other platform'),
  },
  innovation: {
    science_facility: k('重大科技基础设施', 'Large science facility'),
    lab: k('实验室', 'Laboratory'),
    innovation_platform: k('创新平台', 'Innovation platform'),
  },
  marine: {
    marine_base: k('海洋产业基地', 'Marine industry base'),
    marine_ranch: k('海洋牧场', 'Marine ranch'),
    marine_other: k('海洋发展区域', 'Marine area'),
  },
  ecology: {
    national_park: k('国家公园', 'National park'),
    nature_reserve: k('自然保护地', 'Nature reserve'),
    eco_corridor: k('生态廊道与屏障', 'Ecological corridor'),
    eco_other: k('生态保护修复', 'Ecological restoration'),
  },
  social: {
    culture: k('文化', 'Culture'),
    education: k('教育', 'Education'),
    health: k('卫生健康', 'Health'),
    sports: k('体育', 'Sports'),
    tourism: k('旅游景区与地标', 'Tourism sites and landmarks'),
    social_other: k('其他民生', 'Other social'),
  },
  industry: {
    industry_belt: k('产业带', 'Industrial belt'),
    industry_cluster: k('产业集群集聚区', 'Industrial cluster area'),
    industry_base: k('产业试验区与示范区', 'Industrial pilot and demonstration zone'),
  },
  trade: {
    exhibition: k('会展', 'Fair and exhibition'),
    financial_centre: k('金融集聚区与合作平台', 'Financial district and platform'),
    exchange: k('交易所与交易平台', 'Exchange and trading platform'),
    trade_platform: k('贸易平台', 'Trade platform'),
    port_of_entry: k('口岸', 'Port of entry'),
  },
  agriculture: {
    agri_park: k('农业园区与示范区', 'Agricultural park and demonstration zone'),
    agri_county: k('农业示范县', 'Agricultural demonstration county'),
    rural_works: k('乡村建设与农田工程', 'Rural construction and farmland works'),
  },
} as const satisfies Record<Sector, Record<string, Labels>>;
export type Kind = { [S in Sector]: keyof (typeof KINDS)[S] }[Sector];
/** A kind's labels in both languages (its id in both when the vocabulary lacks it). */
export const kindLabels = (sector: string, kind: string): Labels => (KINDS as Record<string, Record<string, Labels>>)[sector]?.[kind] ?? { zh: kind, en: kind };

export const ALL_KINDS = Object.values(KINDS).flatMap((ks) => Object.keys(ks)) as Kind[];
export const SECTOR_OF_KIND = Object.fromEntries(
  Object.entries(KINDS).flatMap(([s, ks]) => Object.keys(ks).map((kind) => [kind, s])),
) as Record<Kind, Sector>;

/** One status vocabulary; the plan's own words are kept beside it in `status_zh` and mapped by STATUS_WORDS. */
export const STATUSES = {
  built: { zh: '已建成', en: 'Built', plan: '建成通车、建成投产、正式运行（规划回顾中已完成的工程）' },
  upgrade: { zh: '已有，提升', en: 'Existing, to be upgraded', plan: '提升、提质增效、创新发展、升级改造、加强' },
  construction: { zh: '在建或推进', en: 'Under way', plan: '建设、加快建设、重点建设、推进、建成（2025年目标）' },
  new_start: { zh: '新开工', en: 'To start', plan: '新开工、开工建设、新建' },
  expansion: { zh: '扩建或迁建', en: 'Expansion or relocation', plan: '改扩建、扩建、新扩建、迁建' },
  preparatory: { zh: '前期工作', en: 'Preparatory work', plan: '推进前期工作、前期论证' },
  study: { zh: '规划研究', en: 'Study', plan: '规划研究、谋划、探索建设' },
  planned: { zh: '规划推进', en: 'Planned', plan: '规划建设、布局、打造、支持、构建、实施' },
} as const;
export type Status = keyof typeof STATUSES;

/**
 * The plan's status words → status: one table, applied by the validation to every record, so the same
 * words never mean two statuses. `status_zh` must be one of these keys (the words only, never the clause;
 * "…" stands for the names the plan lists between them). 建成 in a box is a 2025 target, not a finished work.
 */
export const STATUS_WORDS: Record<string, Status> = {
  建成通车: 'built', 建成投产: 'built', 正式运行: 'built',
  提升: 'upgrade', 巩固提升: 'upgrade', 提质增效: 'upgrade', 创新发展: 'upgrade', 深化: 'upgrade', 升级改造: 'upgrade', 改造升级: 'upgrade',
  扩能升级: 'upgrade', 升级提质: 'upgrade', 现代化改造: 'upgrade', 加强: 'upgrade', '加强…建设': 'upgrade', 智能化改造: 'upgrade',
  '加大…力度': 'upgrade', 建设成为: 'upgrade', 重点支持: 'upgrade',
  建设: 'construction', 加快建设: 'construction', 重点建设: 'construction', 续建: 'construction', 推进: 'construction', 推进建设: 'construction',
  '推进…建设': 'construction', '加快…建设': 'construction', '重点推进…建设': 'construction', 加快推进: 'construction', 全面推进: 'construction',
  继续推进: 'construction', 积极推进: 'construction', 大力推进: 'construction', 深入推进: 'construction', 推动: 'construction', 高标准建设: 'construction', 高水平建设: 'construction',
  继续打造: 'construction', 省市共建: 'construction', 开发建设: 'construction', '加快…规划建设': 'construction', 尽快建成: 'construction', 建成: 'construction',
  新开工: 'new_start', 开工建设: 'new_start', 新开工建设: 'new_start', 新建: 'new_start',
  扩建: 'expansion', 改扩建: 'expansion', 新扩建: 'expansion', 迁建: 'expansion', 异地新建: 'expansion',
  前期工作: 'preparatory', 推进前期工作: 'preparatory', 前期论证: 'preparatory',
  规划研究: 'study', 谋划: 'study', 谋划推进: 'study', 谋划建设: 'study', 探索建设: 'study', 探索建立: 'study', 研究布局: 'study', 研究并适时建设: 'study',
  规划建设: 'planned', 布局建设: 'planned', 布局: 'planned', 打造: 'planned', 全力打造: 'planned', 支持建设: 'planned', 支持: 'planned',
  构建: 'planned', 共建: 'planned', 实施: 'planned', 开展: 'planned', 新增: 'planned', 创建: 'planned', 支持创建: 'planned', 积极创建: 'planned',
  设置: 'planned', 试点: 'planned', 示范: 'planned', 优化: 'planned', '严格…控制': 'planned', '支持…建设': 'planned', 重点工程: 'planned', 重大平台: 'planned',
  // works beyond the infrastructure boxes: an existing base or recurring fair to build on, a pattern to form
  立足: 'upgrade', 办好: 'upgrade', 建设完成: 'construction', 形成: 'planned', 加快形成: 'planned', 重点发展: 'planned',
  // programmes without a site: 完成 in a box is a 2025 target, like 建成
  完成: 'construction', 拓展: 'planned', 适度开发: 'planned', 治理: 'planned', 深入实施: 'planned',
};

/** How well a geometry is known. The map draws each level differently. */
export const PRECISIONS = {
  surveyed: { zh: '实测位置', en: 'Surveyed site', note: 'the real site, within about 1 km' },
  approximate: { zh: '大致位置', en: 'Approximate site', note: 'the right town, bay or area, within about 10 km' },
  city: { zh: '仅知所在城市', en: 'City only', note: 'only the city is known: drawn at the city seat' },
  schematic: { zh: '示意线路或范围', en: 'Schematic', note: 'a route or area drawn through named nodes, not traced' },
  region: { zh: '无具体地点（适用于所列城市）', en: 'No site (applies across its cities)', note: 'a programme the plan applies across the province or named cities with no site: no geometry, listed by its cities' },
} as const;
export type Precision = keyof typeof PRECISIONS;

export const CORRIDOR_IDS = ['coastal', 'yue-min-gui', 'yuebei', 'jing-guang', 'jing-jiu', 'yuedong', 'yuexi'] as const;
export type CorridorId = (typeof CORRIDOR_IDS)[number];

export const TARGET_DOMAINS = ['economy', 'innovation', 'digital', 'transport', 'energy', 'water', 'environment', 'marine', 'agriculture', 'livelihood', 'social', 'opening', 'security'] as const;

/**
 * The thesaurus: words of the plan and the kinds a work named with them may have. A test checks every
 * record whose Chinese name contains one of these words (first match wins, so longer words come first).
 */
export const THESAURUS: [word: string, kinds: Kind[]][] = [
  ['金融', ['financial_centre']],
  ['交易所', ['exchange']],
  ['交易中心', ['exchange', 'innovation_platform']],
  ['交易会', ['exhibition']],
  ['博览会', ['exhibition']],
  ['产业带', ['industry_belt']],
  ['发展带', ['industry_belt']],
  ['产业集群', ['industry_cluster']],
  ['制造基地', ['marine_base', 'dev_zone', 'platform']],
  ['组装基地', ['marine_base']],
  ['经济带', ['cooperation_zone', 'platform']],
  ['口岸', ['port_of_entry']],
  ['码头', ['port']],
  ['引水', ['water_transfer', 'water_supply']],
  ['抽水蓄能', ['pumped_storage']],
  ['海上风电', ['offshore_wind']],
  ['核电', ['nuclear']],
  ['LNG接收站', ['lng_terminal']],
  ['储气库', ['gas_storage']],
  ['原油', ['oil_reserve']],
  ['成品油管道', ['oil_pipeline']],
  ['天然气主干管网', ['gas_pipeline']],
  ['综合保税区', ['bonded_zone']],
  ['保税', ['bonded_zone']],
  ['高新技术产业开发区', ['hitech_zone']],
  ['高新区', ['hitech_zone']],
  ['经济技术开发区', ['dev_zone']],
  ['通用机场', ['ga_airport']],
  ['机场', ['hub_airport', 'airport', 'ga_airport']],
  ['高铁', ['hsr']],
  ['城际', ['intercity_rail']],
  ['疏港铁路', ['rail']],
  ['高速公路', ['expressway']],
  ['蓄滞洪区', ['flood_storage']],
  ['水库', ['reservoir', 'irrigation', 'water_supply', 'water_other']],
  ['灌区', ['irrigation']],
  ['国家公园', ['national_park']],
  ['实验室', ['lab']],
];
