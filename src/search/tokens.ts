// Tokens for the search index and its queries. Chinese has no spaces: a run of Han characters is
// indexed as its characters and its bigrams, and queried by bigrams (a lone character by itself), so
// 深中 finds 深中通道 and not every name holding 深 and 中. Latin text is split into lower-case words.
// Pinyin (computed at build time) is indexed as every suffix of its syllables, joined and as initials,
// so shenzhong, szt and tongdao all find 深中通道 by prefix. Pure: tested without a browser.
const HAN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** Latin words and digit runs, lower-cased (Han characters are not words here). */
const words = (text: string) => (text.replace(HAN, ' ').toLowerCase().match(WORD) ?? []);

/** Index tokens of a name: each Han character and each bigram, and the other words. */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(HAN) ?? []) {
    const cs = [...run];
    out.push(...cs);
    for (let i = 0; i + 1 < cs.length; i++) out.push(cs[i] + cs[i + 1]);
  }
  return [...out, ...words(text)];
}

/** Index tokens of a pinyin string ("shen zhong tong dao"): from each syllable on, joined and as initials. */
export function pinyinTokens(py: string): string[] {
  const syl = py.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < syl.length; i++) {
    out.push(syl.slice(i).join(''));
    out.push(syl.slice(i).map((s) => s[0]).join(''));
  }
  return out;
}

/** Query tokens: Han runs as bigrams (a lone character as itself), other text as words. */
export function queryTokens(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(HAN) ?? []) {
    const cs = [...run];
    if (cs.length === 1) out.push(cs[0]);
    for (let i = 0; i + 1 < cs.length; i++) out.push(cs[i] + cs[i + 1]);
  }
  return [...out, ...words(text)];
}
