// The few strings of the plan's-numbers views that the start-up bundle needs (the view switch, the
// active target or field filter, the city panel's targets and fields), in both languages. The views'
// own strings are in view-strings.ts, loaded with the views. A key missing in a language is a type error.
import type { Lang } from '../types.ts';

const zh = {
  viewTargets: '指标',
  viewInvestment: '投资',
  viewAbout: '关于',
  viewLoading: '正在加载…',
  viewLoadFailed: '此视图加载失败：{v}',
  filterTarget: '实现指标“{v}”的项目',
  filterField: '附件2领域“{v}”的项目',
  filterFieldNote: '规划按领域列出投资，不按单个项目：地图所示为该领域所含类型的项目，投资额属于整个领域。',
  filterClear: '清除',
  filterList: '列表查看',
  cityTargets: '本市项目服务的规划指标（{n}）',
  cityTargetsWorks: '本市{n}个项目',
  cityFields: '本市项目所属的附件2投资领域（{n}）',
  cityFieldsNote: '规划按领域列出投资，不按城市或项目：以下为领域总额，并非本市的投资。',
  cityFieldAmount: '总投资{total}，“十四五”{plan}',
  glossaryLink: '术语表：{v}',
};
type Key = keyof typeof zh;

const en: Record<Key, string> = {
  viewTargets: 'Targets',
  viewInvestment: 'Investment',
  viewAbout: 'About',
  viewLoading: 'Loading…',
  viewLoadFailed: 'This view could not be loaded: {v}',
  filterTarget: 'Works delivering “{v}”',
  filterField: 'Works of the 附件2 field “{v}”',
  filterFieldNote: 'The plan gives investment by field, not by work: the map shows the works of the field\'s kinds; the amount belongs to the whole field.',
  filterClear: 'Clear',
  filterList: 'List them',
  cityTargets: 'Plan targets the city\'s works serve ({n})',
  cityTargetsWorks: '{n} works here',
  cityFields: '附件2 investment fields of the city\'s works ({n})',
  cityFieldsNote: 'The plan gives investment by field, not by city or work: these are the fields\' totals, not the city\'s investment.',
  cityFieldAmount: 'total {total}, 2021–2025 {plan}',
  glossaryLink: 'Glossary: {v}',
};

export const VIEW_STRINGS: Record<Lang, Record<Key, string>> = { zh, en };
export type ViewStringKey = Key;

/** A string of these views in a language, with {name} placeholders filled (as text, never markup). */
export function st(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return VIEW_STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** The view switch's label of a view of this module. */
export const viewLabel = (v: 'targets' | 'investment' | 'about', lang: Lang) =>
  st(lang, v === 'targets' ? 'viewTargets' : v === 'investment' ? 'viewInvestment' : 'viewAbout');
