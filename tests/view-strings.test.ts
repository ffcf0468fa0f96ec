// The views' words in both languages: every precision, target domain and measure the data uses has its
// sentence or label in the views' strings (a vocabulary that grows without them shows raw ids in English
// and nothing in Chinese), and the two languages have the same keys.
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PRECISIONS, TARGET_DOMAINS } from '../src/plan/vocab.ts';
import { STRINGS, vtOf } from '../src/views/view-strings.ts';
import { VIEW_STRINGS } from '../src/views/strings.ts';

const targets = JSON.parse(readFileSync(resolve(import.meta.dirname, '../data/targets.json'), 'utf8')) as { measure: string; domain: string }[];

it('every precision, domain and measure has words in both languages', () => {
  const keys = [
    ...Object.keys(PRECISIONS).map((p) => `precision_${p}`),
    ...new Set([...TARGET_DOMAINS, ...targets.map((t) => t.domain)].map((d) => `domain_${d}`)),
    ...new Set(targets.map((t) => `measure_${t.measure}`)),
  ];
  for (const lang of ['zh', 'en'] as const) for (const k of keys) expect(vtOf(lang, k), `${lang} ${k}`).toBeTruthy();
});

it('both languages have the same keys and no empty string', () => {
  for (const table of [STRINGS, VIEW_STRINGS]) {
    expect(Object.keys(table.en).sort()).toEqual(Object.keys(table.zh).sort());
    for (const lang of ['zh', 'en'] as const) for (const [k, v] of Object.entries(table[lang])) expect(v.length, `${lang} ${k}`).toBeGreaterThan(0);
  }
});
