// The search documents, written by the build to dist/data/search.json: every work, city, county
// (the pilot counties), corridor, region, target indicator and 附件2 field, with both names and the
// pinyin of the Chinese name. Pinyin is computed here, at build time (pinyin-pro, a dev dependency):
// the page ships no pinyin dictionary. Node side only.
import { pinyin, customPinyin } from 'pinyin-pro';
import type { Dataset } from './validate.ts';
import { kindLabels } from './vocab.ts';

/** Readings pinyin-pro gets wrong for Guangdong's place names. */
customPinyin({ 大埔: 'dà bù', 番禺: 'pān yú', 乐昌: 'lè chāng', 乐从: 'lè cóng', 东莞: 'dōng guǎn', 厦深: 'xià shēn' });

export type DocType = 'work' | 'county' | 'city' | 'corridor' | 'region' | 'target' | 'field';

export interface SearchDoc {
  /** `${type}:${id}`: a work's id, a city's adcode, a corridor, region, indicator or field id */
  key: string;
  type: DocType;
  id: string;
  zh: string;
  en: string;
  /** pinyin of zh, one syllable per Han character, space-separated, no tones */
  py: string;
  /** a second line shown under the name, in both languages */
  meta_zh?: string;
  meta_en?: string;
  /** the works of these kinds deliver it (targets and fields) */
  kinds?: string[];
  /** where the plan says it (targets and fields) */
  ref?: string;
  line?: number;
}

/** The pinyin of a text: its Han characters as toneless syllables, other characters dropped. */
export const pinyinOf = (zh: string) =>
  pinyin(zh.replace(/[^\u3400-\u9fff]/g, ''), { toneType: 'none', type: 'array', nonZh: 'removed' })
    .map((s) => s.replace(/ü/g, 'v'))
    .join(' ');


const ZONES: [string, string, string][] = [
  ['core', '一核 珠三角核心区', 'Core: Pearl River Delta'],
  ['belt', '一带 沿海经济带', 'Belt: coastal economic belt'],
  ['north', '一区 北部生态发展区', 'Zone: northern ecological area'],
  ['east', '沿海经济带东翼', 'East wing of the coastal belt'],
  ['west', '沿海经济带西翼', 'West wing of the coastal belt'],
];
const CIRCLES: [string, string, string][] = [
  ['guangzhou', '广州都市圈', 'Guangzhou metropolitan circle'],
  ['shenzhen', '深圳都市圈', 'Shenzhen metropolitan circle'],
  ['pearl-west', '珠江口西岸都市圈', 'West Pearl River Estuary metropolitan circle'],
  ['shantou-chaozhou-jieyang', '汕潮揭都市圈', 'Shantou–Chaozhou–Jieyang metropolitan circle'],
  ['zhanjiang-maoming', '湛茂都市圈', 'Zhanjiang–Maoming metropolitan circle'],
];

export function searchDocs(ds: Dataset): SearchDoc[] {
  const cityName = new Map(ds.cities.map((c) => [c.adcode, c]));
  const doc = (type: DocType, id: string, zh: string, en: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({ key: `${type}:${id}`, type, id, zh, en, py: pinyinOf(zh), ...extra });
  const docs: SearchDoc[] = [];
  for (const i of ds.items) {
    const k = kindLabels(i.sector, i.kind);
    const cities = i.cities.map((c) => cityName.get(c)!);
    docs.push(
      doc(i.kind === 'pilot_county' ? 'county' : 'work', i.id, i.name_zh, i.name_en, {
        // a programme across the whole province says so rather than listing the 21 cities
        meta_zh: `${k.zh} · ${cities.length === ds.cities.length ? '全省' : cities.map((c) => c.short_zh).join('、')}`,
        meta_en: `${k.en} · ${cities.length === ds.cities.length ? 'whole province' : cities.map((c) => c.name_en).join(', ')}`,
      }),
    );
  }
  for (const c of ds.cities) docs.push(doc('city', c.adcode, c.name_zh, c.name_en, { meta_zh: '地级以上市', meta_en: 'Prefecture-level city' }));
  for (const c of ds.corridors) docs.push(doc('corridor', c.id, c.name_zh, c.name_en, { meta_zh: '“三横四纵”综合运输通道', meta_en: 'Transport corridor (3 horizontal, 4 vertical)' }));
  for (const [id, zh, en] of [...ZONES, ...CIRCLES]) docs.push(doc('region', id, zh, en, { meta_zh: '区域', meta_en: 'Region' }));
  // one document per target indicator: its 2025 figure (or 2020 where no 2025 figure is given)
  const byIndicator = new Map<string, Dataset['targets']>();
  for (const t of ds.targets) byIndicator.set(t.indicator, [...(byIndicator.get(t.indicator) ?? []), t]);
  for (const [indicator, rows] of byIndicator) {
    const t = rows.find((r) => r.basis === 'target') ?? rows[0];
    const figure = t.value !== null ? `${t.value} ${t.unit}` : (t.value_text ?? '');
    docs.push(
      doc('target', indicator, t.name_zh, t.name_en, {
        meta_zh: `${t.year}年：${figure}`,
        meta_en: `${t.year}: ${figure}`,
        kinds: t.kinds,
        ref: t.source.ref,
        line: t.source.line,
      }),
    );
  }
  for (const r of ds.investment)
    docs.push(
      doc('field', r.id, r.name_zh, r.name_en, {
        meta_zh: `总投资 ${r.total} 亿元，“十四五”期间 ${r.plan_2021_2025} 亿元`,
        meta_en: `¥${r.total} 100m in all, ¥${r.plan_2021_2025} 100m in 2021–2025`,
        kinds: r.kinds,
        ref: r.source.ref,
        line: r.source.line,
      }),
    );
  return docs;
}
