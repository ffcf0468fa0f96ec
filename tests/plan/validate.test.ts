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
