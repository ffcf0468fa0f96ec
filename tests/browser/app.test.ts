// The built app in real Chromium, checked as a person would see it. Needs `vite build` first
// (npm test does it). Without Chromium these tests are skipped, except under CI where that fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { BASE_PATH, CHROMIUM, DIST, hasChromium, launch, openPage, serveDist, waitReady, type Watched } from './harness.ts';

const available = hasChromium() && existsSync(`${DIST}/index.html`);
if (!available && process.env.CI) throw new Error(`browser tests cannot run under CI: ${hasChromium() ? 'dist/ is not built' : `no Chromium at ${CHROMIUM}`}`);
if (!available) console.warn(`browser tests skipped: ${hasChromium() ? 'dist/ is not built (run npm run build)' : `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`}`);

let browser: Browser;
let server: Server;
let origin: string;
const open = (query = '', viewport?: { width: number; height: number }) => openPage(browser, `${origin}${BASE_PATH}${query}`, viewport);

/** A coarse, downsampled copy of the map canvas, as grey levels. */
async function mapPixels(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const src = window.__map!.map.getCanvas();
    const c = document.createElement('canvas');
    c.width = 160;
    c.height = 120;
    const g = c.getContext('2d')!;
    g.drawImage(src, 0, 0, c.width, c.height);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const out: number[] = [];
    for (let i = 0; i < d.length; i += 4) out.push(Math.round((d[i] + d[i + 1] + d[i + 2]) / 3));
    return out;
  });
}
const changed = (a: number[], b: number[]) => a.filter((v, i) => Math.abs(v - b[i]) > 8).length;

/** What deck.gl draws at a city's seat, in a given layer. */
async function pickAt(page: Page, adcode: string, layerId: string) {
  return page.evaluate(
    ({ adcode, layerId }) => {
      const ctl = window.__map!;
      const seat = window.__seats![adcode];
      const p = ctl.map.project(seat);
      const info = ctl.overlay.pickObject({ x: p.x, y: p.y, layerIds: [layerId] });
      return (info?.object as { properties?: Record<string, unknown> } | undefined)?.properties ?? null;
    },
    { adcode, layerId },
  );
}

/** Waits until MapLibre has drawn a frame with nothing left to load or animate. */
async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map!.map;
        const timer = setTimeout(resolve, 8000);
        map.once('idle', () => (clearTimeout(timer), resolve()));
        map.triggerRepaint();
      }),
  );
  await page.waitForTimeout(200);
}

const clean = (w: Watched, origin: string) => {
  expect(w.errors).toEqual([]);
  expect(w.failed).toEqual([]);
  expect(w.requests.filter((u) => !u.startsWith(origin))).toEqual([]);
};

describe.skipIf(!available)('the app in Chromium', () => {
  beforeAll(async () => {
    ({ server, origin } = await serveDist());
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('loads from a sub-path with no errors and requests nothing outside its origin', async () => {
    const w = await open();
    await waitReady(w.page);
    await settle(w.page);
    clean(w, origin);
    expect(await w.page.title()).toContain('广东');
    expect(await w.page.locator('h1').innerText()).toBe('广东省“十四五”规划地图');
    await w.page.screenshot({ path: 'test-results/province-zh.png' });
    await w.page.close();
  });

  it('draws all 21 cities: each city is picked at its own seat', async () => {
    const w = await open();
    await waitReady(w.page);
    await settle(w.page);
    const picked = await w.page.evaluate(() =>
      Object.entries(window.__seats!).map(([adcode, seat]) => {
        const p = window.__map!.map.project(seat);
        const info = window.__map!.overlay.pickObject({ x: p.x, y: p.y, layerIds: ['cities'] });
        return [adcode, (info?.object as { properties: { adcode: string } } | undefined)?.properties.adcode];
      }),
    );
    expect(picked).toHaveLength(21);
    for (const [want, got] of picked) expect(got, want).toBe(want);
    await w.page.close();
  });

  it('?city=440100 opens Guangzhou’s panel', async () => {
    const w = await open('?city=440100');
    await waitReady(w.page);
    await expect.poll(() => w.page.locator('#city-title').innerText()).toContain('广州市');
    expect(await w.page.locator('.city-panel').innerText()).toContain('广州都市圈');
    clean(w, origin);
    await w.page.close();
  });

  it('?lang=en&city=440100 shows “Guangzhou” and English UI', async () => {
    const w = await open('?lang=en&city=440100');
    await waitReady(w.page);
    await expect.poll(() => w.page.locator('#city-title').innerText()).toContain('Guangzhou');
    expect(await w.page.locator('h1').innerText()).toBe("Guangdong's 14th Five-Year Plan on the map");
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await settle(w.page);
    await w.page.screenshot({ path: 'test-results/guangzhou-en.png' });
    await w.page.close();
  });

  it('clicking a city opens its panel and updates the URL; closing returns to the province', async () => {
    const w = await open();
    await waitReady(w.page);
    await settle(w.page);
    const p = await w.page.evaluate(() => {
      const seat = window.__seats!['440800'];
      const q = window.__map!.map.project(seat);
      const r = window.__map!.map.getCanvas().getBoundingClientRect();
      return { x: r.left + q.x, y: r.top + q.y };
    });
    await w.page.mouse.click(p.x, p.y);
    await expect.poll(() => w.page.locator('#city-title').count()).toBe(1);
    expect(await w.page.locator('#city-title').innerText()).toContain('湛江市');
    expect(new URL(w.page.url()).searchParams.get('city')).toBe('440800');
    await w.page.locator('.city-panel button.close').click();
    await expect.poll(() => w.page.locator('.city-panel').count()).toBe(0);
    expect(new URL(w.page.url()).searchParams.get('city')).toBeNull();
    await w.page.close();
  });

  it('switches language from the header button, map labels included', async () => {
    const w = await open('?city=440300');
    await waitReady(w.page);
    await settle(w.page);
    const before = await mapPixels(w.page);
    await w.page.locator('[data-lang-toggle]').click();
    await expect.poll(() => w.page.locator('#city-title').innerText()).toContain('Shenzhen');
    expect(new URL(w.page.url()).searchParams.get('lang')).toBe('en');
    await settle(w.page);
    expect(changed(before, await mapPixels(w.page))).toBeGreaterThan(20); // labels redrawn in English
    await w.page.close();
  });

  it('each layer checkbox changes what is drawn', async () => {
    const w = await open();
    await waitReady(w.page);
    await settle(w.page);
    const ids = await w.page.locator('input[type=checkbox][data-layer]').evaluateAll((els) => els.map((e) => e.getAttribute('data-layer')!));
    expect(ids).toEqual(['cities', 'labels', 'zones', 'circles']);
    for (const id of ids) {
      const box = w.page.locator(`input[data-layer="${id}"]`);
      const before = await mapPixels(w.page);
      const wasOn = await box.isChecked();
      await box.click();
      expect(await box.isChecked()).toBe(!wasOn);
      await settle(w.page);
      expect(changed(before, await mapPixels(w.page)), `toggling ${id}`).toBeGreaterThan(30);
      const layers = new URL(w.page.url()).searchParams.get('layers') ?? '';
      expect(layers.split(',').includes(id)).toBe(!wasOn);
      await box.click();
      await settle(w.page);
    }
    clean(w, origin);
    await w.page.close();
  });

  it('?layers=zones,circles turns the region layers on and picks them', async () => {
    const w = await open('?layers=cities,zones,circles');
    await waitReady(w.page);
    await settle(w.page);
    expect(await w.page.locator('input[data-layer="zones"]').isChecked()).toBe(true);
    expect(await w.page.locator('input[data-layer="labels"]').isChecked()).toBe(false);
    expect((await pickAt(w.page, '440200', 'zones'))?.id).toBe('north');
    expect(await pickAt(w.page, '440800', 'circles-members')).toMatchObject({ circle: 'zhanjiang-maoming', partial: false });
    expect(await pickAt(w.page, '441400', 'circles-members')).toMatchObject({ circle: 'shantou-chaozhou-jieyang', partial: true });
    await w.page.screenshot({ path: 'test-results/regions-zh.png' });
    await w.page.close();
  });

  it('a bad city= value shows a notice, not an error', async () => {
    const w = await open('?city=123456&layers=bogus');
    await waitReady(w.page);
    const notices = await w.page.locator('.notices').innerText();
    expect(notices).toContain('123456');
    expect(notices).toContain('bogus');
    expect(await w.page.locator('.city-panel').count()).toBe(0);
    clean(w, origin);
    await w.page.close();
  });

  it('offers cities.geojson with 21 cities as a download', async () => {
    const w = await open();
    await waitReady(w.page);
    const href = await w.page.locator('a.download').getAttribute('href');
    const fc = await w.page.evaluate(async (h) => (await fetch(h!)).json(), href);
    expect(fc.features).toHaveLength(21);
    expect(fc.features[0]).toMatchObject({ id: '440100', properties: { name_zh: '广州市', name_en: 'Guangzhou' } });
    await w.page.close();
  });

  it('lays out for a phone: map above, panel below, nothing wider than the screen', async () => {
    const w = await open('?city=440500&lang=en', { width: 390, height: 844 });
    await waitReady(w.page);
    await settle(w.page);
    const m = await w.page.locator('.map').boundingBox();
    const side = await w.page.locator('aside.side').boundingBox();
    expect(side!.y).toBeGreaterThanOrEqual(m!.y + m!.height - 1);
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await w.page.screenshot({ path: 'test-results/phone-en.png' });
    await w.page.close();
  });
});

describe.skipIf(!available)('without WebGL', () => {
  it('shows a readable fallback with the cities and their panels', async () => {
    const { server, origin } = await serveDist();
    const b = await launch(['--disable-software-rasterizer', '--disable-gpu']);
    try {
      const w = await openPage(b, `${origin}${BASE_PATH}?lang=en`);
      await expect.poll(() => w.page.locator('.no-webgl').count(), { timeout: 20_000 }).toBe(1);
      expect(await w.page.locator('[role=alert]').innerText()).toContain('WebGL');
      await w.page.getByRole('button', { name: 'Zhanjiang' }).click();
      await expect.poll(() => w.page.locator('#city-title').innerText()).toContain('Zhanjiang');
      expect(w.errors).toEqual([]);
    } finally {
      await b.close();
      server.close();
    }
  });
});
