// Checks every curated file in data/ and reports each problem as "file › record › field: message".
// Used by the build (a bad record fails it), by `npm run validate` and by the tests.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import * as schema from './schema.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The plan text, beside the project as in CI; absent on a bare clone. */
export const SEED = resolve(ROOT, '../shared/seed/000_1da531ebc3724b8d.txt');

export interface Problem {
  file: string;
  record: string;
  field: string;
  message: string;
}
export const formatProblem = (p: Problem) => `${p.file} › ${p.record} › ${p.field}: ${p.message}`;

export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} data problem(s):\n${problems.slice(0, 40).map(formatProblem).join('\n')}`);
  }
}

export function readJson(file: string): unknown {
  const text = readFileSync(resolve(ROOT, file), 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataError([{ file, record: '(file)', field: '(json)', message: (e as Error).message }]);
  }
}

/** Validates an array file record by record, naming each record by its id field. */
export function checkArray<T>(file: string, data: unknown, item: z.ZodType<T>, idOf: (r: Record<string, unknown>, i: number) => string): { records: T[]; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!Array.isArray(data)) return { records: [], problems: [{ file, record: '(file)', field: '(root)', message: 'expected an array of records' }] };
  const records: T[] = [];
  data.forEach((raw, i) => {
    const record = idOf((raw ?? {}) as Record<string, unknown>, i);
    const res = item.safeParse(raw);
    if (res.success) records.push(res.data);
    else
      for (const issue of res.error.issues) {
        const keys = 'keys' in issue && Array.isArray(issue.keys) ? `.${issue.keys.join(',')}` : '';
        problems.push({ file, record, field: (issue.path.join('.') || '(record)') + keys, message: issue.message });
      }
  });
  return { records, problems };
}

export function checkUnique(file: string, ids: string[]): Problem[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    if (seen.has(id)) return [{ file, record: id, field: 'id', message: 'duplicate id' }];
    seen.add(id);
    return [];
  });
}

/** Every { source: {line, quote} } in a record must quote its line of the plan verbatim. */
export function checkQuotes(file: string, record: string, value: unknown, lines: string[], path = ''): Problem[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => checkQuotes(file, record, v, lines, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const out: Problem[] = [];
  if (typeof o.line === 'number' && typeof o.quote === 'string' && typeof o.ref === 'string') {
    const text = lines[o.line - 1];
    if (text === undefined) out.push({ file, record, field: `${path}.line`, message: `line ${o.line} is past the end of the plan` });
    else if (!text.includes(o.quote)) out.push({ file, record, field: `${path}.quote`, message: `“${o.quote}” is not on line ${o.line}` });
  }
  for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') out.push(...checkQuotes(file, record, v, lines, path ? `${path}.${k}` : k));
  return out;
}

export function planLines(): string[] | null {
  return existsSync(SEED) ? readFileSync(SEED, 'utf8').split('\n') : null;
}

export interface Dataset {
  cities: schema.City[];
}

/** Loads and checks everything; throws DataError listing every problem. */
export function loadDataset(opts: { lines?: string[] | null } = {}): Dataset {
  const lines = opts.lines === undefined ? planLines() : opts.lines;
  const file = 'data/cities.json';
  const raw = readJson(file);
  const { records: cities, problems } = checkArray(file, raw, schema.city, (r, i) => String(r.adcode ?? `#${i}`));
  problems.push(...checkUnique(file, cities.map((c) => c.adcode)));
  if (cities.length !== 21 && problems.length === 0) problems.push({ file, record: '(file)', field: '(root)', message: `expected 21 cities, found ${cities.length}` });
  if (lines) for (const c of cities) problems.push(...checkQuotes(file, c.adcode, c, lines));
  if (problems.length) throw new DataError(problems);
  return { cities };
}
