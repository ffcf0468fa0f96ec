import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkArray, checkQuotes, checkUnique, DataError, formatProblem, loadDataset, planLines } from '../../src/plan/validate.ts';
import { city } from '../../src/plan/schema.ts';

const ds = loadDataset({ lines: null });

describe('the committed data', () => {
  it('passes every check', () => {
    expect(ds.cities).toHaveLength(21);
  });
  it.skipIf(!planLines())('quotes the plan verbatim (checked against ../shared/seed)', () => {
    expect(() => loadDataset({ lines: planLines() })).not.toThrow();
  });
});

describe('a bad record fails naming the file, the record and the field', () => {
  const good = () => structuredClone(ds.cities[0]) as Record<string, unknown>;

  it('an unknown key', () => {
    const { problems } = checkArray('data/cities.json', [{ ...good(), colour: 'red' }], city, (r) => String(r.adcode));
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^data\/cities\.json › 440100 › .*colour.*: /)]);
  });
  it('a value outside the vocabulary', () => {
    const bad = good();
    (bad.zones as { id: string }[])[0].id = 'middle';
    const { problems } = checkArray('data/cities.json', [bad], city, (r) => String(r.adcode));
    expect(problems[0]).toMatchObject({ file: 'data/cities.json', record: '440100', field: 'zones.0.id' });
  });
  it('a quote that is not on its line', () => {
    const lines = ['first line', 'second line'];
    const problems = checkQuotes('data/x.json', 'rec-1', { source: { ref: '专栏6', line: 2, quote: 'first' } }, lines);
    expect(problems).toEqual([{ file: 'data/x.json', record: 'rec-1', field: 'source.quote', message: '“first” is not on line 2' }]);
  });
  it('a line past the end of the plan', () => {
    const problems = checkQuotes('data/x.json', 'rec-1', { a: [{ source: { ref: 'x', line: 9, quote: 'ab' } }] }, ['one']);
    expect(problems[0].field).toBe('a[0].source.line');
  });
  it('a duplicate id', () => {
    expect(checkUnique('data/x.json', ['a', 'b', 'a'])).toEqual([{ file: 'data/x.json', record: 'a', field: 'id', message: 'duplicate id' }]);
  });
  it('a file that is not an array', () => {
    expect(checkArray('data/x.json', {}, z.object({}), () => '').problems[0].message).toMatch(/array/);
  });
  it('DataError lists the problems in its message', () => {
    const err = new DataError([{ file: 'data/cities.json', record: '440100', field: 'name_en', message: 'bad' }]);
    expect(err.message).toContain('data/cities.json › 440100 › name_en: bad');
  });
});

describe('text a user reads: both languages, plan status words, no paths', async () => {
  const { item } = await import('../../src/plan/schema.ts');
  const { checkItem, checkCorridorNotes } = await import('../../src/plan/validate.ts');
  const { loadCityGeo } = await import('../../src/plan/geo-checks.ts');
  const { ROOT } = await import('../../src/plan/validate.ts');
  const { STATUS_WORDS } = await import('../../src/plan/vocab.ts');
  const work = () => structuredClone(ds.items.find((i) => i.id === 'port-zhanjiang-400k-berth')!) as Record<string, unknown>;
  const fields = (r: Record<string, unknown>) => checkArray('data/items/x.json', [r], item, (x) => String(x.id)).problems.map((p) => `${p.record} › ${p.field}`);

  it('accepts the committed record', () => expect(fields(work())).toEqual([]));
  it('rejects a record with only one language of its location note', () => {
    const r = work();
    delete r.location_note_zh;
    expect(fields(r)).toEqual(['port-zhanjiang-400k-berth › location_note_zh']);
  });
  it('rejects Chinese characters in English text, except a plan term in parentheses after its English rendering', () => {
    expect(fields({ ...work(), location_note_en: 'Located from general knowledge: 霞山港区' })).toEqual(['port-zhanjiang-400k-berth › location_note_en']);
    expect(fields({ ...work(), location_note_en: 'Located from general knowledge: the Xiashan port area (霞山港区)' })).toEqual([]);
    expect(fields({ ...work(), location_note_zh: 'Located from general knowledge' })).toEqual(['port-zhanjiang-400k-berth › location_note_zh']);
  });
  it('rejects file names and repository paths in user text, in either language', () => {
    for (const bad of ['checked against shared/ref ports_wpi', 'see airports.csv', 'in data/items', 'the README says so'])
      expect(fields({ ...work(), location_note_en: bad }), bad).toEqual(['port-zhanjiang-400k-berth › location_note_en']);
    expect(fields({ ...work(), location_note_zh: '与 shared/ref 中的港口数据核对' })).toEqual(['port-zhanjiang-400k-berth › location_note_zh']);
  });
  it('rejects the name of a reference dataset in user text (they are for checking only), in either language', () => {
    for (const bad of ['Checked against OurAirports (public domain)', 'not in the Global Power Plant Database', 'the World Port Index Zhanjiang point', 'inside the county on the Aliyun DataV.GeoAtlas boundaries', 'computed on the CTAmap boundary'])
      expect(fields({ ...work(), location_note_en: bad }), bad).toEqual(['port-zhanjiang-400k-berth › location_note_en']);
    for (const bad of ['与世界港口索引湛江点核对', '全球电厂数据库无此项'])
      expect(fields({ ...work(), location_note_zh: bad }), bad).toEqual(['port-zhanjiang-400k-berth › location_note_zh']);
    expect(fields({ ...work(), location_note_en: 'Checked against a public port index (21.2, 110.4)' })).toEqual([]);
  });
  it('rejects notes in one language only', () => {
    const r = { ...work(), notes_zh: '只有中文' } as Record<string, unknown>;
    delete r.notes_en;
    expect(fields(r)).toEqual(['port-zhanjiang-400k-berth › notes_en']);
  });
  it('rejects a status_zh that is a clause or outside the status words', () => {
    expect(fields({ ...work(), status_zh: '重点建设湛江港40万吨级码头及航道工程' })).toContain('port-zhanjiang-400k-berth › status_zh');
    expect(fields({ ...work(), status_zh: '大干快上' })).toEqual(['port-zhanjiang-400k-berth › status_zh']);
  });
  it('the status follows the plan words through STATUS_WORDS', () => {
    const geo = loadCityGeo(ROOT);
    const r = { ...work(), status_zh: '迁建', status: 'construction' } as never;
    expect(checkItem('data/items/x.json', r, geo, new Set(ds.corridors.map((c) => c.id)))).toEqual([
      { file: 'data/items/x.json', record: 'port-zhanjiang-400k-berth', field: 'status', message: expect.stringMatching(/“迁建” mean "expansion"/) },
    ]);
  });
  it('every committed record’s status is the table’s status for its words', () => {
    expect(ds.items.filter((i) => STATUS_WORDS[i.status_zh] !== i.status).map((i) => i.id)).toEqual([]);
  });
  it('the 2025 completion target 牛路水库 is not a finished work', () => {
    expect(ds.items.find((i) => i.id === 'water-guangzhou-niulu-reservoir')?.status).toBe('construction');
  });
  it('a corridor note may name only the corridor’s own cities', () => {
    const coastal = structuredClone(ds.corridors.find((c) => c.id === 'coastal')!);
    expect(checkCorridorNotes([coastal], ds.cities)).toEqual([]);
    coastal.cities = coastal.cities.filter((c) => c !== '441900');
    expect(checkCorridorNotes([coastal], ds.cities).map((p) => `${p.record} › ${p.field}`)).toEqual(['coastal › location_note_zh', 'coastal › location_note_en']);
  });
});
