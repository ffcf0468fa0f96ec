// The built app in real Chromium, checked as a person would see it. Needs `vite build` first
// (npm test does it). Without Chromium these tests are skipped, except under CI where that fails.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { LAYERS, LAYER_IDS } from '../../src/layers/registry.ts';
import { BASE_PATH, CHROMIUM, hasChromium, launch, openPage, serveDist, type Watched, useBrowser, waitReady, browserTestsAvailable } from './harness.ts';

const available = browserTestsAvailable();
if (!available) console.warn(`browser tests skipped: ${hasChromium() ? 'dist/ is not built (run npm run build)' : `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`}`);

let browser: Browser;
let origin: string;
const open = (query = '', viewport?: { width: number; height: number }) => openPage(browser, `${origin}${BASE_PATH}${query}`, viewport);

/** Grey levels of the whole map canvas, read inside MapLibre's 'render' event while the frame is
 * still in the drawing buffer (the app does not preserve it), kept in the page under a name. */
async function snapshot(page: Page, name: string): Promise<void> {
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve) => {
        const map = window.__map!.map;
        map.once('render', () => {
          const src = map.getCanvas();
          const c = document.createElement('canvas');
          c.width = src.width;
          c.height = src.height;
          const g = c.getContext('2d')!;
          g.drawImage(src, 0, 0);
          const d = g.getImageData(0, 0, c.width, c.height).data;
          const grey = new Uint8Array(d.length / 4);
          for (let i = 0; i < grey.length; i++) grey[i] = (d[i * 4] + d[i * 4 + 1] + d[i * 4 + 2]) / 3;
          const w = window as unknown as { __shots?: Record<string, Uint8Array> };
          (w.__shots ??= {})[name] = grey;
          resolve();
        });
        map.triggerRepaint();
      }),
    name,
  );
}
/** How many pixels differ (by more than a small tolerance) between two snapshots. */
async function changed(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    ([a, b]) => {
      const s = (window as unknown as { __shots: Record<string, Uint8Array> }).__shots;
      let n = 0;
      for (let i = 0; i < s[a].length; i++) if (Math.abs(s[a][i] - s[b][i]) > 8) n++;
      return n;
    },
    [a, b],
  );
}

/** The region MapLibre draws at a city's seat in one of its layers (cities-fill, zones-fill, circles-fill): what a click there finds. */
async function regionAt(page: Page, adcode: string, layer: string) {
  return page.evaluate(
    ({ adcode, layer }) => {
      const ctl = window.__map!;
      const p = ctl.map.project(window.__seats![adcode]);
      return ctl.hitsAt(p.x, p.y).regions.find((r) => r.layer === layer)?.properties ?? null;
    },
    { adcode, layer },
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
  const env = useBrowser();
  beforeAll(() => {
    ({ browser, origin } = env);
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
    const seats = Object.keys(await w.page.evaluate(() => window.__seats!));
    expect(seats).toHaveLength(21);
    for (const adcode of seats) expect((await regionAt(w.page, adcode, 'cities-fill'))?.adcode, adcode).toBe(adcode);
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
    const w = await open('?layers=cities,labels');
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
    await snapshot(w.page, 'zh');
    await w.page.locator('[data-lang-toggle]').click();
    await expect.poll(() => w.page.locator('#city-title').innerText()).toContain('Shenzhen');
    expect(new URL(w.page.url()).searchParams.get('lang')).toBe('en');
    await settle(w.page);
    await snapshot(w.page, 'en');
    expect(await changed(w.page, 'zh', 'en')).toBeGreaterThan(200); // labels redrawn in English
    await w.page.close();
  });

  it('each layer checkbox changes what is drawn', async () => {
    const w = await open();
    await waitReady(w.page);
    await settle(w.page);
    const ids = await w.page.locator('input[type=checkbox][data-layer]').evaluateAll((els) => els.map((e) => e.getAttribute('data-layer')!));
    expect(ids).toEqual(LAYER_IDS);
    for (const id of ids) {
      const box = w.page.locator(`input[data-layer="${id}"]`);
      await snapshot(w.page, 'before');
      const wasOn = await box.isChecked();
      await box.click();
      expect(await box.isChecked()).toBe(!wasOn);
      await settle(w.page);
      await snapshot(w.page, 'after');
      expect(await changed(w.page, 'before', 'after'), `toggling ${id}`).toBeGreaterThan(20);
      const layers = new URL(w.page.url()).searchParams.get('layers') ?? '';
      expect(layers.split(',').includes(id)).toBe(!wasOn);
      await box.click();
      await settle(w.page);
    }
    clean(w, origin);
    await w.page.close();
  }, 400_000);

  it('?layers=zones,circles turns the region layers on and picks them', async () => {
    const w = await open('?layers=cities,zones,circles');
    await waitReady(w.page);
    await settle(w.page);
    expect(await w.page.locator('input[data-layer="zones"]').isChecked()).toBe(true);
    expect(await w.page.locator('input[data-layer="labels"]').isChecked()).toBe(false);
    expect((await regionAt(w.page, '440200', 'zones-fill'))?.id).toBe('north');
    expect(await regionAt(w.page, '440800', 'circles-fill')).toMatchObject({ circle: 'zhanjiang-maoming', partial: false });
    expect(await regionAt(w.page, '441400', 'circles-fill')).toMatchObject({ circle: 'shantou-chaozhou-jieyang', partial: true });
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
    const href = await w.page.locator('a.download[href$="cities.geojson"]').getAttribute('href');
    const fc = await w.page.evaluate(async (h) => (await fetch(h!)).json(), href);
    expect(fc.features).toHaveLength(21);
    expect(fc.features[0]).toMatchObject({ id: '440100', properties: { name_zh: '广州市', name_en: 'Guangzhou' } });
    const items = await w.page.evaluate(async (h) => (await fetch(h!)).json(), await w.page.locator('a.download[href$="plan-items.geojson"]').getAttribute('href'));
    expect(items.features.length).toBeGreaterThan(400);
    await w.page.close();
  });

  it('lays out for a phone: the map behind a half-open sheet with the city, nothing wider than the screen', async () => {
    const w = await open('?city=440500&lang=en', { width: 390, height: 844 });
    await waitReady(w.page);
    await settle(w.page);
    const m = (await w.page.locator('.map').boundingBox())!;
    const side = (await w.page.locator('aside.side').boundingBox())!;
    // the sheet covers the lower half of the map; the upper half stays the map's
    expect(side.y).toBeGreaterThan(m.y + m.height * 0.4);
    expect(side.y + side.height).toBeCloseTo(m.y + m.height, 0);
    expect(await w.page.locator('#city-title').isVisible()).toBe(true);
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await w.page.screenshot({ path: 'test-results/phone-en.png' });
    await w.page.close();
  });

  describe('plan works', () => {
    it('?item=<id> opens the work’s card with the plan quote, its box and line', async () => {
      const w = await open('?item=airport-zhanjiang-relocation');
      await waitReady(w.page);
      const card = w.page.locator('.item-card');
      await expect.poll(() => card.count()).toBe(1);
      const text = await card.innerText();
      expect(text).toContain('湛江机场迁建');
      expect(text).toContain('专栏6');
      expect(text).toContain('第976行');
      clean(w, origin);
      await w.page.close();
    });

    it('?city=440800 lists Zhanjiang’s works: the airport relocation and the 400,000-tonne port work', async () => {
      const w = await open('?city=440800');
      await waitReady(w.page);
      const panel = w.page.locator('.city-panel');
      await expect.poll(() => panel.count()).toBe(1);
      expect(await panel.locator('[data-item="airport-zhanjiang-relocation"]').count()).toBe(1);
      expect(await panel.locator('[data-item="port-zhanjiang-400k-berth"]').count()).toBe(1);
      expect(await panel.innerText()).toMatch(/规划在本市布局的项目（\d+）/);
      await panel.locator('[data-item="port-zhanjiang-400k-berth"]').click();
      await expect.poll(() => w.page.locator('.item-card').innerText()).toContain('湛江港40万吨级码头及航道工程');
      expect(new URL(w.page.url()).searchParams.get('item')).toBe('port-zhanjiang-400k-berth');
      await w.page.close();
    });

    it('the city panel groups Guangzhou’s works by county: 花都区 / Huadu District holds Baiyun airport, then citywide or across counties', async () => {
      const w = await open('?city=440100');
      await waitReady(w.page);
      const panel = w.page.locator('.city-panel');
      await expect.poll(() => panel.count()).toBe(1);
      expect(await panel.locator('[data-grouping-switch="sector"]').getAttribute('aria-pressed')).toBe('true');
      const total = await panel.locator('button.work').count();
      // the programmes without a site (province-wide, say) are listed apart, closed
      const programmes = panel.locator('details[data-programmes]');
      expect(await programmes.locator('button.work').count()).toBeGreaterThan(5);
      expect(await programmes.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      await panel.locator('[data-grouping-switch="county"]').click();
      const huadu = panel.locator('.works-group[data-county="440114"]');
      await expect.poll(() => huadu.count()).toBe(1);
      expect(await panel.locator('[data-grouping-switch="county"]').getAttribute('aria-pressed')).toBe('true');
      expect(await huadu.locator('summary').innerText()).toMatch(/^花都区\s*\d+$/);
      expect(await huadu.locator('[data-item="airport-guangzhou-baiyun-phase3"]').count()).toBe(1);
      const groups = panel.locator('.works[data-grouping="county"] > .works-group');
      expect(await groups.last().locator('summary').innerText()).toMatch(/^全市或跨区县\s*\d+$/);
      const ids = await groups.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.county));
      expect(ids.slice(0, -1)).toEqual([...ids.slice(0, -1)].sort()); // the city's county order
      expect(await panel.locator('button.work').count()).toBe(total); // every work once
      await huadu.scrollIntoViewIfNeeded();
      await w.page.screenshot({ path: 'test-results/guangzhou-by-county-zh.png' });
      await w.page.locator('[data-lang-toggle]').click();
      await expect.poll(() => huadu.locator('summary').innerText()).toMatch(/^Huadu District\s*\d+$/);
      expect(await groups.last().locator('summary').innerText()).toMatch(/^Citywide or across counties\s*\d+$/);
      expect(await panel.locator('[data-grouping-switch="county"]').innerText()).toBe('By county');
      await huadu.scrollIntoViewIfNeeded();
      await w.page.screenshot({ path: 'test-results/guangzhou-by-county-en.png' });
      clean(w, origin);
      await w.page.close();
    });

    it('selecting a corridor lists its route, length, investment context and works', async () => {
      const w = await open('?corridor=coastal&layers=cities,labels,corridors&lang=en');
      await waitReady(w.page);
      const panel = w.page.locator('.corridor-panel');
      await expect.poll(() => panel.count()).toBe(1);
      expect(await panel.innerText()).toContain('Works on this corridor');
      expect(await panel.locator('button.work').count()).toBeGreaterThan(2);
      expect(Number(await panel.locator('[data-length-km]').getAttribute('data-length-km'))).toBeGreaterThan(500);
      // the fields of 附件2 its works belong to: rail at least, with the plan's amount and line
      const rail = panel.locator('[data-investment="transport-rail"]');
      expect(await rail.innerText()).toMatch(/Rail[\s\S]*¥880 bn planned for 2021–2025[\s\S]*附件2/);
      await settle(w.page);
      await w.page.screenshot({ path: 'test-results/corridor-en.png' });
      await w.page.close();
    });

    it('a group toggle turns all of its layers on, and the URL follows', async () => {
      const w = await open('?lang=en');
      await waitReady(w.page);
      await w.page.locator('input[data-group="energy"]').click();
      const energy = LAYERS.filter((l) => l.group === 'energy').map((l) => l.id);
      for (const id of energy) expect(await w.page.locator(`input[data-layer="${id}"]`).isChecked(), id).toBe(true);
      const inUrl = (new URL(w.page.url()).searchParams.get('layers') ?? '').split(',');
      expect(inUrl).toEqual(expect.arrayContaining(energy));
      expect(await w.page.locator('.works-legend').innerText()).toContain('Status (filled = existing, built or under way; hollow = not yet begun)');
      await w.page.close();
    });

    it('the legend filters works by kind and by status: its counts, the map and the URL follow', async () => {
      const w = await open('?layers=cities,labels,airports&lang=en');
      await waitReady(w.page);
      await settle(w.page);
      const count = async (attr: string) => Number(await w.page.locator(`label:has(input[${attr}]) .count`).innerText());
      const statusTotal = async () => (await w.page.locator('.statuses .count').allInnerTexts()).reduce((a, b) => a + Number(b), 0);
      /** the airport drawn at Baiyun's site, if any */
      const baiyun = () =>
        w.page.evaluate(() => {
          const p = window.__map!.map.project([113.299, 23.3924]);
          const info = window.__map!.overlay.pickObject({ x: p.x, y: p.y, radius: 3, layerIds: ['item-sites'] });
          return (info?.object as { properties: { name_en: string; status: string } } | undefined)?.properties ?? null;
        });
      const hubs = await count('data-kind="hub_airport"');
      const before = await statusTotal();
      expect(hubs).toBeGreaterThanOrEqual(3); // Baiyun, Shenzhen, the new Pearl River Delta hub
      expect(before).toBe(hubs + (await count('data-kind="airport"')) + (await count('data-kind="ga_airport"')));
      const site = await baiyun();
      expect(site?.name_en).toMatch(/Baiyun/);
      expect(await w.page.locator('label:has(input[data-kind="hub_airport"])').innerText()).toContain('International hub airport');

      // a kind off: gone from the map, the status counts drop by its count, the link remembers it
      await snapshot(w.page, 'all');
      await w.page.locator('input[data-kind="hub_airport"]').click();
      await settle(w.page);
      await snapshot(w.page, 'no-hubs');
      expect(await changed(w.page, 'all', 'no-hubs')).toBeGreaterThan(20);
      expect(await baiyun()).toBeNull();
      expect(await statusTotal()).toBe(before - hubs);
      expect(new URL(w.page.url()).searchParams.get('hide')).toBe('hub_airport');

      // back on, then Baiyun's status off: the hub count drops, Baiyun is gone again
      await w.page.locator('input[data-kind="hub_airport"]').click();
      await settle(w.page);
      expect(await baiyun()).not.toBeNull();
      await w.page.locator(`input[data-status="${site!.status}"]`).click();
      await settle(w.page);
      expect(await count('data-kind="hub_airport"')).toBeLessThan(hubs);
      expect(await baiyun()).toBeNull();
      clean(w, origin);

      // the shared link opens with the same filter, in Chinese too
      const shared = await open(`?layers=cities,labels,airports&hide=${site!.status}`);
      await waitReady(shared.page);
      expect(await shared.page.locator(`input[data-status="${site!.status}"]`).isChecked()).toBe(false);
      expect(await shared.page.locator('label:has(input[data-kind="hub_airport"])').innerText()).toContain('国际航空枢纽机场');
      expect(Number(await shared.page.locator('label:has(input[data-kind="hub_airport"]) .count').innerText())).toBeLessThan(hubs);
      await shared.page.close();
      await w.page.close();
    });

    it('clicking a work on the map opens its card', async () => {
      const w = await open('?layers=airports');
      await waitReady(w.page);
      await settle(w.page);
      const p = await w.page.evaluate(() => {
        const q = window.__map!.map.project([113.299, 23.3924]); // Baiyun airport
        const r = window.__map!.map.getCanvas().getBoundingClientRect();
        return { x: r.left + q.x, y: r.top + q.y };
      });
      await w.page.mouse.click(p.x, p.y);
      await expect.poll(() => w.page.locator('.item-card, .picker').count()).toBe(1);
      expect(await w.page.locator('.item-card, .picker').innerText()).toMatch(/白云|机场/);
      await w.page.close();
    });
  });
});

describe.skipIf(!available)('without WebGL', () => {
  it('shows the notice, the search, the filters and every work; cards and city panels open from the list', async () => {
    const { server, origin } = await serveDist();
    const b = await launch(['--disable-software-rasterizer', '--disable-gpu']);
    try {
      const w = await openPage(b, `${origin}${BASE_PATH}?lang=en`);
      await expect.poll(() => w.page.locator('.no-webgl').count(), { timeout: 20_000 }).toBe(1);
      expect(await w.page.locator('[role=alert]').innerText()).toContain('WebGL');
      expect(await w.page.locator('input[type=search]').count()).toBe(1);
      expect(await w.page.locator('select[data-filter=region]').count()).toBe(1);
      // there is no map to click: the hint points to the list
      await expect.poll(() => w.page.locator('.hint').innerText()).toContain('in the list');
      expect(await w.page.locator('.hint').innerText()).not.toContain('on the map');
      const total = JSON.parse(await w.page.evaluate(async () => JSON.stringify((await (await fetch('./data/plan-items.geojson')).json()).features.length)));
      await expect.poll(() => w.page.locator('tr[data-item]').count()).toBe(total);
      const row = w.page.locator('tr[data-item="airport-zhanjiang-relocation"]');
      await row.focus();
      await w.page.keyboard.press('Enter');
      await expect.poll(() => w.page.locator('.item-card').innerText()).toContain('Zhanjiang');
      await w.page.locator('.item-card button.link', { hasText: 'Zhanjiang' }).first().click();
      await expect.poll(() => w.page.locator('#city-title').innerText()).toContain('Zhanjiang');
      // the exports work without a map: CSV of every listed work (no PNG, there is no map to draw)
      expect(await w.page.locator('[data-export-format=png]').count()).toBe(0);
      const [d] = await Promise.all([w.page.waitForEvent('download'), w.page.locator('[data-export-format=csv]').click()]);
      const csv = readFileSync((await d.path())!, 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csvParse(csv.slice(1)).length).toBe(total);
      expect(w.errors).toEqual([]);
      await w.page.screenshot({ path: 'test-results/no-webgl-en.png' });
    } finally {
      await b.close();
      server.close();
    }
  });
});
