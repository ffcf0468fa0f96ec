// The checked definition of every curated file in data/. Strict objects: unknown keys are errors.
import { z } from 'zod';

export const ADCODES = [
  '440100', '440200', '440300', '440400', '440500', '440600', '440700', '440800', '440900', '441200', '441300',
  '441400', '441500', '441600', '441700', '441800', '441900', '442000', '445100', '445200', '445300',
] as const;

export const adcode = z.enum(ADCODES);

export const source = z.strictObject({
  ref: z.string().min(1),
  line: z.number().int().positive(),
  quote: z.string().min(2).max(60),
});

const zh = z.string().min(1);
const en = z.string().min(1).regex(/^[^\u4e00-\u9fff]*$/, 'English text must not contain Chinese characters');

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
