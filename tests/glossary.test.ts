// The glossary: every entry's quote is on its line of the plan text (where the text is present), every
// id is known to the link, and plan words find their entry.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GLOSSARY } from '../src/views/glossary.ts';
import { GLOSSARY_IDS } from '../src/views/glossary-ids.ts';
import { glossaryHref, termOf } from '../src/views/glossary-words.ts';

const PLAN = resolve(import.meta.dirname, '../../shared/seed/000_1da531ebc3724b8d.txt');

describe('glossary', () => {
  it('has one entry per id, in both languages', () => {
    expect(GLOSSARY.map((g) => g.id)).toEqual([...GLOSSARY_IDS]);
    for (const g of GLOSSARY) for (const k of ['zh', 'en', 'def_zh', 'def_en'] as const) expect(g[k].length, `${g.id}.${k}`).toBeGreaterThan(1);
  });

  it.skipIf(!existsSync(PLAN))('quotes the plan verbatim on the line it cites', () => {
    const lines = readFileSync(PLAN, 'utf8').split('\n');
    for (const g of GLOSSARY)
      for (const s of [g.source, ...(g.also ?? [])]) expect(lines[s.line - 1], `${g.id} line ${s.line}`).toContain(s.quote);
  });

  it('plan words find their entry, the longest first', () => {
    expect(termOf('构建“一核一带一区”区域发展格局')).toBe('yihe-yidai-yiqu');
    expect(termOf('三横四纵 corridors')).toBe('sanheng-sizong');
    expect(termOf('形成“双核+双副中心”动力机制')).toBe('shuanghe-shuangfu');
    expect(termOf('nothing here')).toBeNull();
    expect(glossaryHref('sanheng-sizong', 'en')).toBe('?view=about&term=sanheng-sizong&lang=en');
  });
});
