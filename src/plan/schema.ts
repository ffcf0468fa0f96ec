// The checked definition of every curated file in data/. Strict objects: unknown keys are errors.
import { z } from 'zod';
import { ALL_KINDS, CORRIDOR_IDS, PRECISIONS, SECTORS, STATUS_WORDS, STATUSES, TARGET_DOMAINS } from './vocab.ts';

export const ADCODES = [
  '440100', '440200', '440300', '440400', '440500', '440600', '440700', '440800', '440900', '441200', '441300',
  '441400', '441500', '441600', '441700', '441800', '441900', '442000', '445100', '445200', '445300',
] as const;

export const adcode = z.enum(ADCODES);

export const source = z.strictObject({
  ref: z.string().min(1),
  line: z.number().int().positive(),
  quote: z.string().min(1).max(60), // table cells can be one character
});

const zh = z.string().min(1);
const en = z.string().min(1).regex(/^[^\u4e00-\u9fff]*$/, 'English text must not contain Chinese characters');

// ---- text a user reads: both languages, no repository paths ----

const HAN = /[\u3400-\u9fff]/;
/** Repository paths and file names mean nothing to a user: name a reference by what it is. */
export const PATH_LIKE = /(?:\b(?:shared|ref|data|src|tests|geo|dist|items)\/|\.(?:json|csv|geojson|txt|tsx?|md)\b|README|\bCSVs?\b)/i;
const noPath = (s: string) => !PATH_LIKE.test(s);
const NO_PATH = 'names a file or repository path: say what it was checked against (e.g. “checked against public airport data”)';
/** The reference datasets locations were checked against are for checking only: never named to a user. */
export const REFERENCE_NAMES = /OurAirports|OpenFlights|Global Power Plant|GPPD|\bWRI\b|World Port Index|\bWPI\b|DataV|GeoAtlas|CTAmap|cn-atlas|全球电厂数据库|世界港口索引|阿里云/i;
const noReference = (s: string) => !REFERENCE_NAMES.test(s);
const NO_REFERENCE = 'names a reference dataset that was used for checking only: say what it was checked against (e.g. “checked against public airport data”)';
/** Chinese user text: has Chinese characters. */
export const zhText = z.string().min(2).refine((s) => HAN.test(s), 'Chinese text must be in Chinese').refine(noPath, NO_PATH).refine(noReference, NO_REFERENCE);
/**
 * English user text: no Chinese characters, except a plan term in parentheses right after its
 * English rendering, e.g. "Dapeng (大鹏)".
 */
export const enText = z
  .string()
  .min(2)
  .refine((s) => !HAN.test(s.replace(/(?<=[\w.’')] )\([\u3400-\u9fff·、，—]+\)/g, '')), 'English text must not contain Chinese characters, except a plan term in parentheses after its English rendering')
  .refine(noPath, NO_PATH)
  .refine(noReference, NO_REFERENCE);
/** The plan's status words only (≤ 8 characters), one of the keys of STATUS_WORDS. */
export const statusZh = z
  .string()
  .min(1)
  .max(8, 'status_zh holds the plan’s status words only, not a heading or a clause (the clause is in source.quote)')
  .refine((s) => s in STATUS_WORDS, { error: (iss) => `“${String(iss.input)}” is not in the status vocabulary (STATUS_WORDS in src/plan/vocab.ts)` });

export const city = z.strictObject({
  adcode,
  name_zh: zh,
  short_zh: zh,
  name_en: en,
  area: z.enum(['prd', 'east', 'west', 'north']),
  zones: z.array(z.strictObject({ id: z.enum(['core', 'belt', 'north']), inferred: z.boolean(), note: z.string().optional(), source })).min(1),
  circles: z.array(
    z.strictObject({
      id: z.enum(['guangzhou', 'shenzhen', 'pearl-west', 'shantou-chaozhou-jieyang', 'zhanjiang-maoming']),
      membership: z.enum(['full', 'partial']),
      note: z.string().optional(),
      source,
    }),
  ),
  roles: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), zh, en, note: z.string().optional(), source })),
  mentions: z.array(
    z.strictObject({
      zh,
      en,
      topic: z.enum(['development', 'innovation', 'industry', 'transport', 'energy', 'water', 'opening', 'zones', 'ecology', 'culture', 'education', 'health', 'marine', 'social']),
      source,
    }),
  ),
});
export const cities = z.array(city);
export type City = z.infer<typeof city>;

// ---- plan items, corridors, targets, investment ----

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase ascii words joined by "-"');
const lon = z.number().min(103).max(124);
const lat = z.number().min(16).max(30);
const position = z.tuple([lon, lat]);
const keys = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const geometry = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Point'), coordinates: position }),
  /** a work at several sites (each point in one of its cities) */
  z.strictObject({ type: z.literal('MultiPoint'), coordinates: z.array(position).min(2) }),
  z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  z.strictObject({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position).min(2)).min(1) }),
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(z.array(position).min(4)).min(1) }),
  /** an area in several parts (a pilot county drawn as its county, with its islands) */
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position).min(4)).min(1)).min(2) }),
]);

/** notes_zh and notes_en come together or not at all. */
function bothOrNeither(r: { notes_zh?: string; notes_en?: string }, ctx: z.RefinementCtx) {
  if ((r.notes_zh === undefined) !== (r.notes_en === undefined))
    ctx.addIssue({ code: 'custom', path: [r.notes_zh === undefined ? 'notes_zh' : 'notes_en'], message: 'notes come in both languages (notes_zh and notes_en) or not at all' });
}

export const item = z.strictObject({
  id,
  name_zh: zh,
  name_en: en,
  sector: z.enum(keys(SECTORS)),
  kind: z.enum(ALL_KINDS as [string, ...string[]]),
  status: z.enum(keys(STATUSES)),
  status_zh: statusZh,
  cities: z.array(adcode).min(1),
  /** null for a programme the plan applies across its cities with no site (precision "region") */
  geometry: geometry.nullable(),
  precision: z.enum(keys(PRECISIONS)),
  /** where the location comes from, in both languages */
  location_note_zh: zhText,
  location_note_en: enText,
  source,
  corridor: z.enum(CORRIDOR_IDS).optional(),
  /** for works far out at sea: how far (km) from its cities' coast the point may lie */
  offshore_km: z.number().positive().max(400).optional(),
  notes_zh: zhText.optional(),
  notes_en: enText.optional(),
}).superRefine(bothOrNeither);
export type Item = z.infer<typeof item>;

export const corridor = z.strictObject({
  id: z.enum(CORRIDOR_IDS),
  name_zh: zh,
  name_en: en,
  orientation: z.enum(['horizontal', 'vertical']),
  nodes: z.array(z.strictObject({ name_zh: zh, name_en: en, city: adcode, coordinates: position })).min(2),
  cities: z.array(adcode).min(1),
  geometry: z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  precision: z.literal('schematic'),
  location_note_zh: zhText,
  location_note_en: enText,
  source,
  notes_zh: zhText.optional(),
  notes_en: enText.optional(),
}).superRefine(bothOrNeither);
export type Corridor = z.infer<typeof corridor>;

export const target = z.strictObject({
  id,
  indicator: id,
  name_zh: zh,
  name_en: en,
  domain: z.enum(TARGET_DOMAINS),
  kinds: z.array(z.enum(ALL_KINDS as [string, ...string[]])).min(1).optional(),
  year: z.number().int().min(2015).max(2035),
  value: z.number().nullable(),
  value_text: z.string().nullable(),
  unit: z.string(),
  measure: z.enum(['level', 'growth', 'cumulative', 'share', 'count']),
  basis: z.enum(['actual', 'target']),
  binding: z.enum(['binding', 'expected']).nullable(),
  table2_row: z.number().int().min(1).max(20).nullable(),
  note: z.string().nullable(),
  source,
});
export type Target = z.infer<typeof target>;

export const investment = z.strictObject({
  id,
  parent: id.nullable(),
  level: z.enum(['total', 'domain', 'subdomain']),
  name_zh: zh,
  name_en: en,
  /** the item kinds this row's investment builds (the map's link from a work to its 附件2 row) */
  kinds: z.array(z.enum(ALL_KINDS as [string, ...string[]])).min(1).optional(),
  items: z.number().int().positive().nullable(),
  total: z.number().nonnegative(),
  done_2020: z.number().nonnegative().nullable(),
  plan_2021_2025: z.number().nonnegative(),
  unit: z.literal('亿元'),
  reconstructed: z.boolean(),
  note: z.string().nullable(),
  source,
});
export type Investment = z.infer<typeof investment>;
