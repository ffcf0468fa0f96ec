// The few strings of the plan's-numbers views that the start-up bundle needs (the view switch, a view
// loading, a term's link), in both languages. The views' own strings (and those of the city panel's
// targets and the active target filter) are in view-strings.ts, loaded with them. A key missing in a language is a type error.
import type { Lang } from '../types.ts';
import { fill } from '../i18n.ts';

const zh = {
  viewTargets: '指标',
  viewInvestment: '投资',
  viewAbout: '关于',
  viewLoading: '正在加载…',
  viewLoadFailed: '此视图加载失败：{v}',
  glossaryLink: '术语表：{v}',
};
type Key = keyof typeof zh;

const en: Record<Key, string> = {
  viewTargets: 'Targets',
  viewInvestment: 'Investment',
  viewAbout: 'About',
  viewLoading: 'Loading…',
  viewLoadFailed: 'This view could not be loaded: {v}',
  glossaryLink: 'Glossary: {v}',
};

export const VIEW_STRINGS: Record<Lang, Record<Key, string>> = { zh, en };
export type ViewStringKey = Key;

/** A string of these views in a language, with {name} placeholders filled (as text, never markup). */
export function st(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return fill(VIEW_STRINGS[lang][key], vars);
}

/** The view switch's label of a view of this module. */
export const viewLabel = (v: 'targets' | 'investment' | 'about', lang: Lang) =>
  st(lang, v === 'targets' ? 'viewTargets' : v === 'investment' ? 'viewInvestment' : 'viewAbout');
