// Checks every curated file in data/ and reports each problem as "file › record › field: message".
// Used by the build (a bad record fails it), by `npm run validate` and by the tests.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import * as schema from './schema.ts';
import { SECTOR_OF_KIND, STATUS_WORDS, type Kind } from './vocab.ts';
import { kmToSeat, loadCityGeo, placeProblem, SEA_KM, vertices, type CityGeo } from './geo-checks.ts';

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
  items: schema.Item[];
  corridors: schema.Corridor[];
  targets: schema.Target[];
  investment: schema.Investment[];
}

const byId = (r: Record<string, unknown>, i: number) => String(r.id ?? `#${i}`);

/** Item files: every data/items/*.json, in name order. */
export function itemFiles(): string[] {
  return readdirSync(resolve(ROOT, 'data/items'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `data/items/${f}`);
}

/** Loads and checks everything; throws DataError listing every problem. */
export function loadDataset(opts: { lines?: string[] | null } = {}): Dataset {
  const lines = opts.lines === undefined ? planLines() : opts.lines;
  const problems: Problem[] = [];
  const load = <T>(file: string, item: z.ZodType<T>, idOf: (r: Record<string, unknown>, i: number) => string) => {
    const raw = readJson(file);
    const res = checkArray(file, raw, item, idOf);
    problems.push(...res.problems);
    if (lines) (raw as Record<string, unknown>[]).forEach((r, i) => problems.push(...checkQuotes(file, idOf(r ?? {}, i), r, lines)));
    return res.records;
  };

  const cities = load('data/cities.json', schema.city, (r, i) => String(r.adcode ?? `#${i}`));
  problems.push(...checkUnique('data/cities.json', cities.map((c) => c.adcode)));
  if (cities.length !== 21) problems.push({ file: 'data/cities.json', record: '(file)', field: '(root)', message: `expected 21 cities, found ${cities.length}` });

  const geo = loadCityGeo(ROOT);
  const corridors = load('data/corridors.json', schema.corridor, byId);
  problems.push(...checkUnique('data/corridors.json', corridors.map((c) => c.id)));
  problems.push(...checkCorridors(corridors, geo), ...checkCorridorNotes(corridors, cities));

  const items: schema.Item[] = [];
  const seen = new Map<string, string>();
  for (const file of itemFiles()) {
    const records = load(file, schema.item, byId);
    for (const r of records) {
      if (seen.has(r.id)) problems.push({ file, record: r.id, field: 'id', message: `duplicate id (also in ${seen.get(r.id)})` });
      seen.set(r.id, file);
      problems.push(...checkItem(file, r, geo, new Set(corridors.map((c) => c.id))));
    }
    items.push(...records);
  }

  const targets = load('data/targets.json', schema.target, byId);
  problems.push(...checkUnique('data/targets.json', targets.map((t) => t.id)));
  problems.push(...checkTargets(targets));

  const investment = load('data/investment.json', schema.investment, byId);
  problems.push(...checkUnique('data/investment.json', investment.map((t) => t.id)));
  problems.push(...checkInvestment(investment));

  if (problems.length) throw new DataError(problems);
  return { cities, items, corridors, targets, investment };
}

export function checkItem(file: string, r: schema.Item, geo: CityGeo, corridorIds: Set<string>): Problem[] {
  const out: Problem[] = [];
  const bad = (field: string, message: string) => out.push({ file, record: r.id, field, message });
  if (SECTOR_OF_KIND[r.kind as Kind] !== r.sector) bad('kind', `kind "${r.kind}" belongs to sector "${SECTOR_OF_KIND[r.kind as Kind]}", not "${r.sector}"`);
  if (r.corridor && !corridorIds.has(r.corridor)) bad('corridor', `no corridor "${r.corridor}" in data/corridors.json`);
  const worded = STATUS_WORDS[r.status_zh];
  if (worded && worded !== r.status) bad('status', `the plan's words “${r.status_zh}” mean "${worded}" (STATUS_WORDS), not "${r.status}"`);
  if (new Set(r.cities).size !== r.cities.length) bad('cities', 'a city is listed twice');
  if (r.geometry === null) {
    // a programme with no site: listed by its cities, never drawn as a point
    if (r.precision !== 'region') bad('geometry', 'a null geometry is for programmes without a site: precision "region"');
    return out;
  }
  if (r.precision === 'region') bad('precision', 'region precision is for programmes without a site: geometry null');
  const point = r.geometry.type === 'Point';
  const sites = point || r.geometry.type === 'MultiPoint';
  if (r.precision === 'schematic' && sites) bad('precision', 'a point cannot be schematic: use approximate or city');
  if (r.precision === 'city' && !sites) bad('precision', 'city precision is for points placed at a city');
  if (r.precision === 'city' && sites)
    for (const p of vertices(r.geometry)) {
      const km = Math.min(...r.cities.map((c) => kmToSeat(geo, p, c)));
      if (km > CITY_PRECISION_KM) {
        bad('geometry', `city-precision point is ${km.toFixed(0)} km from its city's seat (limit ${CITY_PRECISION_KM} km)`);
        break;
      }
    }
  for (const [i, p] of vertices(r.geometry).entries()) {
    const why = placeProblem(geo, p, r.cities, r.offshore_km ?? SEA_KM);
    if (why) {
      bad(point ? 'geometry.coordinates' : `geometry.coordinates[${i}]`, why);
      break;
    }
  }
  return out;
}

/** A city-precision point stands for the whole city: it must sit near the city's seat. */
export const CITY_PRECISION_KM = 25;

function checkCorridors(corridors: schema.Corridor[], geo: CityGeo): Problem[] {
  const out: Problem[] = [];
  for (const c of corridors) {
    c.nodes.forEach((n, i) => {
      const why = placeProblem(geo, n.coordinates, [n.city]);
      if (why) out.push({ file: 'data/corridors.json', record: c.id, field: `nodes.${i}.coordinates`, message: why });
    });
    c.nodes.forEach((n, i) => {
      if (!c.cities.includes(n.city)) out.push({ file: 'data/corridors.json', record: c.id, field: `nodes.${i}.city`, message: `${n.city} is not in the corridor's cities` });
    });
  }
  return out;
}

/** A corridor's notes name only its own cities (the other cities of Guangdong, in either language). */
export function checkCorridorNotes(corridors: schema.Corridor[], cities: schema.City[]): Problem[] {
  const out: Problem[] = [];
  for (const c of corridors)
    for (const field of ['location_note_zh', 'location_note_en', 'notes_zh', 'notes_en'] as const) {
      const text = c[field];
      if (!text) continue;
      const zh = field.endsWith('_zh');
      const named = cities.filter((city) => (zh ? text.includes(city.short_zh) : new RegExp(`\\b${city.name_en}\\b`).test(text)));
      for (const city of named)
        if (!c.cities.includes(city.adcode))
          out.push({ file: 'data/corridors.json', record: c.id, field, message: `names ${zh ? city.short_zh : city.name_en} (${city.adcode}), which is not in the corridor's cities` });
    }
  return out;
}

function checkTargets(targets: schema.Target[]): Problem[] {
  const out: Problem[] = [];
  const rows = new Set(targets.map((t) => t.table2_row).filter((n) => n !== null));
  for (let n = 1; n <= 20; n++) if (!rows.has(n)) out.push({ file: 'data/targets.json', record: '(file)', field: 'table2_row', message: `表2 row ${n} has no record` });
  const keyOf = (t: schema.Target) => `${t.indicator}|${t.year}|${t.measure}|${t.basis}`;
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(keyOf(t))) out.push({ file: 'data/targets.json', record: t.id, field: 'indicator', message: `a second row for ${keyOf(t)}` });
    seen.add(keyOf(t));
    if (t.value === null && !t.value_text) out.push({ file: 'data/targets.json', record: t.id, field: 'value', message: 'no value and no value_text' });
  }
  return out;
}

function checkInvestment(rows: schema.Investment[]): Problem[] {
  const out: Problem[] = [];
  const cols = ['total', 'done_2020', 'plan_2021_2025'] as const;
  const sum = (rs: schema.Investment[], c: (typeof cols)[number]) => rs.reduce((s, r) => s + (r[c] ?? 0), 0);
  const ids = new Set(rows.map((r) => r.id));
  const rowOfKind = new Map<string, string>();
  for (const r of rows)
    for (const k of r.kinds ?? []) {
      if (rowOfKind.has(k)) out.push({ file: 'data/investment.json', record: r.id, field: 'kinds', message: `kind "${k}" is already in row "${rowOfKind.get(k)}"` });
      rowOfKind.set(k, r.id);
    }
  for (const r of rows) if (r.parent && !ids.has(r.parent)) out.push({ file: 'data/investment.json', record: r.id, field: 'parent', message: `no row "${r.parent}"` });
  const total = rows.filter((r) => r.level === 'total');
  if (total.length !== 1) out.push({ file: 'data/investment.json', record: '(file)', field: 'level', message: `expected one total row, found ${total.length}` });
  const domains = rows.filter((r) => r.level === 'domain');
  for (const c of cols) if (total[0] && sum(domains, c) !== (total[0][c] ?? 0)) out.push({ file: 'data/investment.json', record: 'total', field: c, message: `domains sum to ${sum(domains, c)}, not ${total[0][c]}` });
  for (const d of domains) {
    const subs = rows.filter((r) => r.parent === d.id);
    if (subs.length) for (const c of cols) if (sum(subs, c) !== (d[c] ?? 0)) out.push({ file: 'data/investment.json', record: d.id, field: c, message: `sub-domains sum to ${sum(subs, c)}, not ${d[c]}` });
  }
  if (total[0] && total[0].items !== domains.reduce((s, d) => s + (d.items ?? 0), 0)) out.push({ file: 'data/investment.json', record: 'total', field: 'items', message: 'domain item counts do not add up to the total' });
  return out;
}
