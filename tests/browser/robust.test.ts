// Links and long use never break the page: the links users copy after clicking through, ≥ 200
// generated links (seeded; valid, invalid and hostile), ≥ 400 interactions with a heap check, and a
// lost WebGL context. Runs the built app in Chromium, like app.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LAYER_IDS } from '../../src/layers/registry.ts';
import { ALL_KINDS, STATUSES } from '../../src/plan/vocab.ts';
import { BASE_PATH, DIST, useBrowser, waitReady, browserTestsAvailable } from './harness.ts';

const available = browserTestsAvailable();

const read = (f: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../..', f), 'utf8'));
const CITIES: string[] = read('data/cities.json').map((c: { adcode: string }) => c.adcode);
const CORRIDORS: string[] = read('data/corridors.json').map((c: { id: string }) => c.id);
const ITEMS: { id: string; cities: string[]; corridor: string | null }[] = existsSync(`${DIST}/data/plan-items.geojson`)
  ? JSON.parse(readFileSync(`${DIST}/data/plan-items.geojson`, 'utf8')).features.map((f: { id: string; properties: { cities: string[]; corridor: string | null } }) => ({ id: f.id, ...f.properties }))
  : [];
const HIDEABLE = [...ALL_KINDS, ...Object.keys(STATUSES)];

/** A small seeded generator (mulberry32): the same links and interactions on every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PAYLOADS = [
  '<img src=x onerror=window.__xss=1>',
  '"><svg onload=window.__xss=1>',
  "'><script>window.__xss=1</script>",
  'javascript:window.__xss=1',
  '{{constructor.constructor("window.__xss=1")()}}',
  '\u202e\u0000%00%ZZ',
];

interface Link {
  query: string;
  /** whether some part of it must be dropped with a notice */
  bad: boolean;
}

function links(n: number, seed: number): Link[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const some = <T,>(xs: readonly T[]) => xs.filter(() => r() < 0.15).slice(0, 6);
  const good: (() => [string, string])[] = [
    () => ['city', pick(CITIES)],
    () => ['item', pick(ITEMS).id],
    () => ['corridor', pick(CORRIDORS)],
    () => ['lang', pick(['en', 'zh'])],
    () => ['layers', some(LAYER_IDS).join(',')],
    () => ['hide', some(HIDEABLE).join(',') || 'planned'],
  ];
  const bad: (() => [string, string])[] = [
    () => [pick(['foo', 'x', 'utm_source', '<b>', 'q2', 'view2']), pick(['1', '', ...PAYLOADS])],
    () => [pick(['city', 'item', 'corridor']), ''],
    () => [pick(['city', 'item', 'corridor', 'lang']), pick(PAYLOADS)],
    () => [pick(['layers', 'hide']), `${pick(PAYLOADS)},${pick(['cities', 'planned', 'nope'])}`],
    // long, within what servers take in a URL (~8 KB)
    () => [pick(['city', 'item', 'corridor', 'lang']), pick(['9', 'A', '<i>']).repeat(300 + Math.floor(r() * 500))],
    () => ['city', '123456'],
  ];
  const out: Link[] = [];
  for (let i = 0; i < n; i++) {
    const parts: [string, string][] = [];
    let isBad = false;
    const count = 1 + Math.floor(r() * 4);
    for (let k = 0; k < count; k++) {
      if (r() < 0.45) {
        parts.push(pick(bad)());
        isBad = true;
      } else {
        const p = pick(good)();
        // a parameter given twice: the second value is dropped, with a notice
        if (parts.some(([key]) => key === p[0])) isBad = true;
        parts.push(p);
      }
    }
    // the hash holds the camera (#map=zoom/lat/lng): anything else there is dropped with a notice
    const hashValue = r() < 0.3 ? pick([...PAYLOADS, 'map=7/113/23', 'map=8/23.1/113.3', '', 'x']) : null;
    const hash = hashValue === null ? '' : `#${encodeURIComponent(hashValue)}`;
    if (hashValue && hashValue !== 'map=8/23.1/113.3') isBad = true;
    out.push({ query: `?${parts.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}${hash}`, bad: isBad });
  }
  return out;
}

let browser: Browser;
let origin: string;

/** One page reused for many navigations, with what went wrong on it since the last reset. */
async function watchedPage(viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage({ viewport });
  const w = { page, errors: [] as string[], dialogs: [] as string[] };
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && w.errors.push(`console: ${m.text()}`));
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  return w;
}

/** No element the app renders carries an event handler attribute, a script or an injected image. */
const injected = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown };
    const bad = [...document.querySelectorAll('#app *')].filter((e) => e.tagName === 'SCRIPT' || [...e.attributes].some((a) => a.name.startsWith('on')) || (e.tagName === 'IMG' && e.getAttribute('src') === 'x'));
    return { xss: w.__xss !== undefined, elements: bad.map((e) => e.outerHTML.slice(0, 80)) };
  });

describe.skipIf(!available)('links and long use', () => {
  const env = useBrowser();
  beforeAll(() => {
    ({ browser, origin } = env);
  });

  it('opens the links copied after clicking through: a work beside its city, or beside its corridor', async () => {
    const jiangmen = ITEMS.find((i) => i.cities.includes('440700'))!;
    const onCorridor = ITEMS.find((i) => i.corridor === 'coastal')!;
    const w = await watchedPage();
    for (const query of [`?city=440700&item=${jiangmen.id}`, '?item=airport-zhanjiang-relocation&city=440700', `?corridor=coastal&item=${onCorridor.id}`, '?corridor=coastal&item=hsr-coastal-guangdong&city=440100&lang=en']) {
      await w.page.goto(`${origin}${BASE_PATH}${query}`);
      await waitReady(w.page);
      await expect.poll(() => w.page.locator('.item-card').count(), { message: query }).toBe(1);
      await w.page.waitForTimeout(700); // the camera's flight ends
      expect(w.errors, query).toEqual([]);
    }
    await w.page.close();
  });

  it('survives 200 generated links: ready, no error, nothing injected, a notice for what was dropped', async () => {
    const w = await watchedPage();
    const all = links(200, 14);
    expect(all.filter((l) => l.bad).length).toBeGreaterThan(100);
    for (const link of all) {
      w.errors.length = 0;
      await w.page.goto(`${origin}${BASE_PATH}${link.query}`);
      await waitReady(w.page);
      expect(w.errors, link.query.slice(0, 200)).toEqual([]);
      expect(new URL(w.page.url()).search.length, 'the page keeps only what it understood').toBeLessThan(2000);
      expect(await injected(w.page), link.query.slice(0, 200)).toEqual({ xss: false, elements: [] });
      const notices = await w.page.locator('.notices .notice').count();
      if (link.bad) expect(notices, link.query.slice(0, 200)).toBeGreaterThan(0);
      else expect(notices, link.query.slice(0, 200)).toBe(0);
    }
    expect(w.dialogs).toEqual([]);
    await w.page.close();
  }, 900_000);

  it('takes 400 interactions without an error, and its heap does not grow', async () => {
    const w = await watchedPage();
    const { page } = w;
    await page.goto(`${origin}${BASE_PATH}?layers=cities,labels,item-labels,corridors,rail,roads,airports`);
    await waitReady(page);
    const r = rng(7);
    const box = (await page.locator('.map').boundingBox())!;
    const heap = async () => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      return usedSize;
    };
    const clickFirst = async (selector: string) => {
      const all = page.locator(`${selector} >> visible=true`);
      const n = await all.count();
      if (n) await all.nth(Math.floor(r() * n)).click();
    };
    const actions: (() => Promise<unknown>)[] = [
      () => page.mouse.click(box.x + r() * box.width, box.y + r() * box.height),
      () => page.mouse.click(box.x + r() * box.width, box.y + r() * box.height),
      () => clickFirst('input[data-layer]'),
      () => clickFirst('input[data-kind], input[data-status]'),
      () => page.keyboard.press('Escape'),
      () => page.locator('[data-lang-toggle]').click(),
      async () => {
        const seat = CITIES[Math.floor(r() * CITIES.length)];
        const p = await page.evaluate((a) => window.__map!.map.project(window.__seats![a]), seat);
        await page.mouse.click(box.x + p.x, box.y + p.y);
      },
      () => clickFirst('.side button.work'),
      () => clickFirst('.item-card button.link'),
      () => page.evaluate((c) => window.__select!({ corridor: c }), CORRIDORS[Math.floor(r() * CORRIDORS.length)]),
    ];
    let at100 = 0;
    for (let i = 1; i <= 400; i++) {
      await actions[Math.floor(r() * actions.length)]();
      await page.waitForTimeout(i % 25 === 0 ? 600 : 40);
      if (i === 100) at100 = await heap();
    }
    await page.waitForTimeout(1000);
    const end = await heap();
    expect(w.errors).toEqual([]);
    expect(w.dialogs).toEqual([]);
    expect(end, `heap after 100: ${(at100 / 2 ** 20).toFixed(1)} MB, after 400: ${(end / 2 ** 20).toFixed(1)} MB`).toBeLessThanOrEqual(at100 * 1.1);
    await page.close();
  }, 600_000);

  it('says so when the WebGL context is lost, and reloads into the same view', async () => {
    const w = await watchedPage();
    await w.page.goto(`${origin}${BASE_PATH}?city=440300&lang=en`);
    await waitReady(w.page);
    await w.page.evaluate(() => {
      const gl = window.__map!.map.getCanvas().getContext('webgl2')!;
      gl.getExtension('WEBGL_lose_context')!.loseContext();
    });
    const alert = w.page.locator('.context-lost[role=alert]');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.innerText()).toContain('drawing context was lost');
    await alert.locator('button[data-reload]').click();
    await waitReady(w.page);
    expect(await w.page.locator('.context-lost').count()).toBe(0);
    await expect.poll(() => w.page.locator('#city-title').innerText()).toContain('Shenzhen');
    expect(w.errors.filter((e) => !/context lost|CONTEXT_LOST/i.test(e))).toEqual([]);
    await w.page.close();
  });
});
