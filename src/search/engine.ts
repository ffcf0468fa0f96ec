// The search engine, loaded on first use (a lazy chunk: MiniSearch and the index never delay the
// map). BM25 over both names and the pinyin, one typo forgiven in Latin words of five letters or more.
import MiniSearch from 'minisearch';
import type { SearchDoc } from '../plan/search-docs.ts';
import { indexTokens, pinyinTokens, queryTokens } from './tokens.ts';

export interface Engine {
  /** matching documents, best first */
  search(text: string): SearchDoc[];
}

const PLACES = new Set(['city', 'region', 'corridor']);
/** Lower case, with spaces and dashes between words made one space (other punctuation kept: a comma
 * between two names does not join them into a phrase). */
const words = (s: string) => s.toLowerCase().replace(/[\s\-‐-―_]+/g, ' ').trim();

export function buildEngine(docs: SearchDoc[]): Engine {
  const byKey = new Map(docs.map((d) => [d.key, d]));
  const index = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['zh', 'en', 'py'],
    storeFields: [],
    tokenize: (text, field) => (field === 'py' ? pinyinTokens(text) : indexTokens(text)),
    processTerm: (term) => term.toLowerCase(),
    searchOptions: {
      tokenize: queryTokens,
      // a place's own name before the works named after it (Shantou the city before the Shantou railways)
      boostDocument: (key) => (PLACES.has(byKey.get(key as string)?.type ?? '') ? 2 : 1),
      combineWith: 'AND',
      boost: { zh: 2, en: 1.5, py: 1 },
      // a prefix from two letters on (a lone letter would expand to most of the index), on the last
      // word as it is being typed, and on longer words anywhere
      prefix: (term, i, terms) => term.length > 1 && (i === terms.length - 1 || term.length > 3),
      // an absolute distance of 1: a fraction would let "shenzhong" match "shenzhen" fuzzily
      fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 1 : false),
    },
  });
  index.addAll(docs);
  index.search('warm up'); // the first searches run before the JIT has warmed up
  return {
    search(text) {
      if (!text.trim()) return [];
      const found = index.search(text).map((r) => byKey.get(r.id as string)!);
      // several Latin words typed in a row: the names that hold them as a phrase come first
      // ("Shenzhen-Zhongshan" → the Shenzhen–Zhongshan Link before works that name both cities)
      const phrase = words(text);
      if (!/[a-z]/.test(phrase) || !phrase.includes(' ')) return found;
      const has = (d: SearchDoc) => words(d.en).includes(phrase);
      return [...found.filter(has), ...found.filter((d) => !has(d))];
    },
  };
}
