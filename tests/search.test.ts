// The search: its tokenizer, the build-time pinyin, and the queries of issue 8 on the real documents.
import { describe, expect, it } from 'vitest';
import { indexTokens, pinyinTokens, queryTokens } from '../src/search/tokens.ts';
import { pinyinOf, searchDocs } from '../src/plan/search-docs.ts';
import { buildEngine } from '../src/search/engine.ts';
import { loadDataset } from '../src/plan/validate.ts';

describe('tokens', () => {
  it('index Han runs as characters and bigrams, Latin text as words', () => {
    expect(indexTokens('深中通道')).toEqual(['深', '中', '通', '道', '深中', '中通', '通道']);
    expect(indexTokens('LNG接收站')).toEqual(['接', '收', '站', '接收', '收站', 'lng']);
    expect(indexTokens('Shenzhen–Zhongshan Link')).toEqual(['shenzhen', 'zhongshan', 'link']);
  });
  it('query Han runs by bigrams, a lone character by itself', () => {
    expect(queryTokens('深中')).toEqual(['深中']);
    expect(queryTokens('深')).toEqual(['深']);
    expect(queryTokens('港珠澳')).toEqual(['港珠', '珠澳']);
    expect(queryTokens('Shenzhen-Zhongshan')).toEqual(['shenzhen', 'zhongshan']);
  });
  it('index pinyin from every syllable on, joined and as initials', () => {
    expect(pinyinTokens('shen zhong tong dao')).toEqual(['shenzhongtongdao', 'sztd', 'zhongtongdao', 'ztd', 'tongdao', 'td', 'dao', 'd']);
  });
});

describe('pinyin at build time', () => {
  it('reads the names, with the place-name readings fixed', () => {
    expect(pinyinOf('深中通道')).toBe('shen zhong tong dao');
    expect(pinyinOf('大埔县')).toBe('da bu xian');
    expect(pinyinOf('东莞')).toBe('dong guan');
    expect(pinyinOf('LNG接收站')).toBe('jie shou zhan');
  });
});

describe('the search on the real documents', () => {
  const docs = searchDocs(loadDataset({ lines: null }));
  const engine = buildEngine(docs);
  const rank = (q: string, key: string) => engine.search(q).findIndex((d) => d.key === key) + 1;
  it('holds works, cities, corridors, regions, targets and fields', () => {
    const types = new Set(docs.map((d) => d.type));
    expect([...types].sort()).toEqual(['city', 'corridor', 'county', 'field', 'region', 'target', 'work']);
    expect(new Set(docs.map((d) => d.key)).size).toBe(docs.length);
  });
  it.each(['深中', 'szt', 'shenzhong', 'Shenzhen-Zhongshan', 'Shenzen Zhongshan', '深中通道'])('finds 深中通道 first for %s', (q) => {
    expect(rank(q, 'work:crossing-shenzhen-zhongshan')).toBe(1);
  });
  it('finds a city by initials and by name, and nothing for nonsense', () => {
    expect(rank('dg', 'city:441900')).toBeGreaterThan(0);
    expect(rank('东莞', 'city:441900')).toBe(1);
    expect(rank('Dongguan', 'city:441900')).toBe(1);
    expect(engine.search('qqqxxzz')).toEqual([]);
  });
});

describe('ranking', () => {
  const engine = buildEngine(searchDocs(loadDataset({ lines: null })));
  it('puts a place before the works named after it', () => {
    expect(engine.search('Shantou')[0].key).toBe('city:440500');
    expect(engine.search('汕头')[0].key).toBe('city:440500');
  });
});

describe('phrases', () => {
  it('put the name that holds several typed words in a row before names that merely hold them all', () => {
    const doc = (id: string, en: string) => ({ key: `work:${id}`, type: 'work' as const, id, zh: id, en, py: '' });
    const engine = buildEngine([doc('cluster', 'Robot cluster (Shenzhen, Zhongshan)'), doc('link', 'Shenzhen–Zhongshan Link, the bridge and tunnel across the Pearl River estuary')]);
    expect(engine.search('Shenzhen-Zhongshan').map((d) => d.id)).toEqual(['link', 'cluster']);
    expect(engine.search('zhongshan shenzhen').map((d) => d.id)).toHaveLength(2); // both words still match either order
  });
});
