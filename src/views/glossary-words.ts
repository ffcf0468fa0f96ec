// The plan words that name the glossary's entries, and the link to an entry. Pure (tests/glossary.test.ts).
import type { TermId } from './glossary-ids.ts';

/** Plan words and the entry each names, longest first (so 一核一带一区 wins over 一核). */
export const TERM_WORDS: readonly [word: string, id: TermId][] = (
  [
    ['一核一带一区', 'yihe-yidai-yiqu'],
    ['双核+双副中心', 'shuanghe-shuangfu'],
    ['省域副中心', 'shuanghe-shuangfu'],
    ['三横四纵', 'sanheng-sizong'],
    ['12312', 'jiaotongquan-12312'],
    ['六湾区一半岛', 'liuwanqu-yibandao'],
    ['一群五圈', 'yiqun-wuquan'],
    ['五大都市圈', 'yiqun-wuquan'],
    ['两点两廊', 'liangdian-lianglang'],
    ['两点', 'liangdian-lianglang'],
    ['双城联动', 'shuangcheng'],
    ['东西两翼', 'dongxi-liangyi'],
    ['约束性', 'yueshu-yuqi'],
    ['预期性', 'yueshu-yuqi'],
    ['附件2', 'fujian-2'],
    ['双区', 'shuangqu'],
    ['双核', 'shuanghe-shuangfu'],
  ] as [string, TermId][]
).sort((a, b) => b[0].length - a[0].length);

/** The glossary entry a piece of plan text names first (longest word wins), or null. */
export function termOf(text: string): TermId | null {
  let best: { at: number; id: TermId; len: number } | null = null;
  for (const [word, id] of TERM_WORDS) {
    const at = text.indexOf(word);
    if (at >= 0 && (!best || at < best.at || (at === best.at && word.length > best.len))) best = { at, id, len: word.length };
  }
  return best?.id ?? null;
}

/** The link to an entry: the About view opened at it (the element's id is `glossary-<id>`). */
export const glossaryHref = (id: TermId, lang: 'zh' | 'en' = 'zh') => `?view=about&term=${id}${lang === 'en' ? '&lang=en' : ''}`;
