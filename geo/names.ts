// English names of Guangdong's counties and districts: the pinyin of the proper name (the Chinese name
// without its suffix), capitalised as one word, and the suffix translated (区 District, 县 County, 市 City;
// 自治县 Autonomous County with its peoples). Computed at build time with pinyin-pro (a dev dependency).
import { pinyin, customPinyin } from 'pinyin-pro';

/** Readings pinyin-pro gets wrong for Guangdong's place names (checked by hand; tests/geo/names.test.ts). */
customPinyin({ 大埔: 'dà bù', 番禺: 'pān yú', 乐昌: 'lè chāng', 东莞: 'dōng guǎn', 禅城: 'chán chéng', 斗门: 'dǒu mén', 曲江: 'qǔ jiāng', 蕉岭: 'jiāo lǐng', 四会: 'sì huì', 新会: 'xīn huì', 澄海: 'chéng hǎi', 佛冈: 'fó gāng', 濠江: 'háo jiāng', 浈江: 'zhēn jiāng', 陆河: 'lù hé', 陆丰: 'lù fēng', 台山: 'tái shān', 花都: 'huā dū' });

/** The peoples of the autonomous counties, in their English names. */
const PEOPLES: Record<string, string> = { 壮族: 'Zhuang', 瑶族: 'Yao' };

const SUFFIXES: [string, string][] = [
  ['自治县', 'Autonomous County'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', 'City'],
];

/** Toneless pinyin of Han text, as one capitalised word ("Panyu"; "Xi'an" keeps its apostrophe). */
export function pinyinWord(zh: string): string {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array' }).map((s) => s.replace(/ü/g, 'u'));
  const word = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A county's English name from its Chinese one: 番禺区 → Panyu District, 台山市 → Taishan City,
 * 连南瑶族自治县 → Liannan Yao Autonomous County. 城区 (Shanwei's one district) → Chengqu District. */
export function countyNameEn(zh: string): string {
  const [suffix, en] = SUFFIXES.find(([s]) => zh.endsWith(s) && zh.length > s.length) ?? ['', ''];
  let stem = zh.slice(0, zh.length - suffix.length);
  const peoples: string[] = [];
  if (suffix === '自治县')
    for (;;) {
      const p = Object.keys(PEOPLES).find((k) => stem.endsWith(k));
      if (!p) break;
      peoples.unshift(PEOPLES[p]);
      stem = stem.slice(0, -p.length);
    }
  // a one-character stem keeps its suffix in the name (城区 → Chengqu)
  const name = pinyinWord(stem.length >= 2 ? stem : zh);
  const who = peoples.length ? `${peoples.join(' and ')} ` : '';
  return `${name} ${who}${en}`.trim();
}
