// The glossary's entry ids: in the start-up bundle, so that the link (term=) can be checked. The plan
// words that name them and the link helpers are in glossary-link.tsx; the entries in glossary.ts,
// loaded with the About view.
export const GLOSSARY_IDS = [
  'yihe-yidai-yiqu',
  'shuangqu',
  'shuanghe-shuangfu',
  'shuangcheng',
  'yiqun-wuquan',
  'sanheng-sizong',
  'jiaotongquan-12312',
  'liuwanqu-yibandao',
  'liangdian-lianglang',
  'dongxi-liangyi',
  'yueshu-yuqi',
  'fujian-2',
] as const;
export type TermId = (typeof GLOSSARY_IDS)[number];
