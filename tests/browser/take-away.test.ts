// Taking the view away: the camera in the link, "copy link", the exports of the selection (CSV with a
// BOM, GeoJSON, PNG) matching the list, the printed city report (print media and an A4 PDF), and the
// phone layout (a bottom sheet above which the map stays usable, and touch picking of small symbols).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { BASE_PATH, useBrowser, waitReady, browserTestsAvailable, openReady } from './harness.ts';

const available = browserTestsAvailable();

let browser: Browser;
let origin: string;
const open = (query = '', viewport?: { width: number; height: number }) => openReady(browser, origin, query, viewport);
const camera = (page: Page) =>
  page.evaluate(() => {
    const m = window.__map!.map;
    return { zoom: m.getZoom(), lng: m.getCenter().lng, lat: m.getCenter().lat };
  });
/** Clicks a control and returns what it downloaded: its suggested name and its bytes. */
async function download(page: Page, selector: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(path!) };
}

describe.skipIf(!available)('taking the view away', () => {
  const env = useBrowser();
  beforeAll(() => {
    ({ browser, origin } = env);
  });

  it('keeps the camera in the link: a panned view reopens at the same place; a bad camera is dropped with a notice', async () => {
    const w = await open('?city=440700&lang=en');
    await w.page.waitForTimeout(800); // the flight to Jiangmen ends
    const box = (await w.page.locator('.map').boundingBox())!;
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(box.x + box.width / 2 - 180, box.y + box.height / 2 + 90, { steps: 8 });
    await w.page.mouse.up();
    await expect.poll(() => new URL(w.page.url()).hash).toMatch(/^#map=[\d.]+\/[\d.]+\/[\d.]+$/);
    await w.page.waitForTimeout(400);
    const before = await camera(w.page);
    const link = w.page.url();
    expect(new URL(link).searchParams.get('city')).toBe('440700');
    const again = await open(link.replace(origin + BASE_PATH, ''));
    const after = await camera(again.page);
    expect(after.zoom).toBeCloseTo(before.zoom, 1);
    expect(after.lng).toBeCloseTo(before.lng, 2);
    expect(after.lat).toBeCloseTo(before.lat, 2);
    await expect.poll(() => again.page.locator('#city-title').innerText()).toContain('Jiangmen'); // the city is still open
    expect(await again.page.locator('.notices .notice').count()).toBe(0);
    const bad = await open('?lang=en#map=40/900/1');
    expect(await bad.page.locator('.notices .notice').innerText()).toContain('map=40/900/1');
    expect(new URL(bad.page.url()).hash).toMatch(/^#map=/); // replaced by the camera the map shows
    expect([...w.errors, ...again.errors, ...bad.errors]).toEqual([]);
    await Promise.all([w.page.close(), again.page.close(), bad.page.close()]);
  });

  it('steps back and forward through views and what was open; layer and filter changes make no steps', async () => {
    const w = await open('?lang=en');
    const param = (k: string) => new URL(w.page.url()).searchParams.get(k);
    await w.page.locator('[data-view-switch=list]').click();
    await expect.poll(() => param('view')).toBe('list');
    await w.page.locator('select[data-filter=sector]').selectOption('energy'); // replaces, no step
    await w.page.locator('tr[data-item]').first().click();
    await expect.poll(() => w.page.locator('.item-card').count()).toBe(1);
    const opened = param('item');
    expect(opened).toBeTruthy();
    await w.page.goBack();
    await expect.poll(() => w.page.locator('.item-card').count()).toBe(0);
    expect(param('view')).toBe('list');
    expect(param('sector')).toBe('energy');
    await w.page.goBack();
    await expect.poll(() => w.page.locator('[data-view=list]').count()).toBe(0);
    expect(param('view')).toBeNull();
    await w.page.goForward();
    await w.page.goForward();
    await expect.poll(() => w.page.locator('.item-card').count()).toBe(1);
    expect(param('item')).toBe(opened);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('copies the link, or shows it to copy by hand when the clipboard is refused', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE_PATH}?city=440100&layers=cities,rail`);
    await page.waitForFunction(() => window.__mapReady === true);
    // the fly to the city has ended (the link's camera is written when it comes to rest)
    await page.evaluate(() => new Promise<void>((r) => { const m = window.__map!.map; const done = () => (m.isMoving() ? m.once('moveend', () => setTimeout(done, 50)) : r()); done(); }));
    await page.locator('[data-copy-link]').click();
    await expect.poll(() => page.locator('[data-copy-link]').innerText()).toBe('链接已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain('city=440100');
    expect(copied).toMatch(/#map=/);
    // refused: the link in a selected field
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.locator('[data-copy-link]').click();
    const field = page.locator('[data-link-field]');
    expect(await field.inputValue()).toBe(page.url());
    await expect.poll(() => field.evaluate((e: HTMLInputElement) => e === document.activeElement && e.selectionEnd! - e.selectionStart! === e.value.length)).toBe(true);
    await context.close();
  });

  it('exports the region filter as CSV (with a BOM) and GeoJSON that match the list row for row, and the map as a PNG', async () => {
    const w = await open('?region=440700&view=list&lang=en');
    await w.page.locator('button[data-sort=name]').click(); // the exports follow the list's order
    const listed = await w.page.locator('tr[data-item]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-item')));
    expect(listed.length).toBeGreaterThan(5);
    const csv = await download(w.page, '[data-export-format=csv]');
    expect(csv.name).toBe('gd14-works-Jiangmen.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvParse(csv.bytes.toString('utf8').slice(1));
    expect(rows.map((r) => r.id)).toEqual(listed);
    expect(rows.every((r) => r.adcodes!.split(' ').includes('440700'))).toBe(true);
    expect(rows[0].name_zh).toMatch(/[\u4e00-\u9fff]/);
    expect(Number(rows[0].lon)).toBeGreaterThan(108);
    const gj = await download(w.page, '[data-export-format=geojson]');
    expect(gj.name).toBe('gd14-works-Jiangmen.geojson');
    const fc = JSON.parse(gj.bytes.toString('utf8')) as { type: string; features: { id: string; geometry: { type: string } }[] };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.id)).toEqual(listed);
    const png = await download(w.page, '[data-export-format=png]');
    expect(png.name).toBe('gd14-works-Jiangmen.png');
    expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(800);
    expect(height).toBeGreaterThan(400);
    // it decodes, and the map in it is drawn (not a blank buffer): many distinct colours
    const colours = await w.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 80, Math.min(700, img.width), 400);
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    }, png.bytes.toString('base64'));
    expect(colours).toBeGreaterThan(50);
    writeShot('test-results/export.png', png.bytes);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`prints a city report (${lang}): print media shows its works and a map, no controls; the A4 PDF has pages`, async () => {
      const w = await open(`?city=440700&lang=${lang}`);
      await w.page.waitForTimeout(800);
      await w.page.evaluate(() => (window.print = () => undefined));
      await w.page.locator('button[data-print-city]').click();
      await w.page.emulateMedia({ media: 'print' });
      const report = w.page.locator('[data-print-report]');
      await expect.poll(() => report.isVisible()).toBe(true);
      expect(await w.page.locator('.map').isVisible()).toBe(false);
      expect(await w.page.locator('header.top').isVisible()).toBe(false);
      expect(await report.locator('button, input, select').count()).toBe(0);
      expect(await report.locator('h1').innerText()).toContain(lang === 'zh' ? '江门' : 'Jiangmen');
      const rows = await report.locator('tr[data-report-item]').count();
      expect(rows).toBeGreaterThan(5);
      expect(await report.locator('img.report-map').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThanOrEqual(800);
      expect(await report.innerText()).toContain(lang === 'zh' ? '示意图' : 'Schematic');
      const pdf = await w.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(2);
      writeShot(`test-results/report-${lang}.pdf`, pdf);
      await w.page.screenshot({ path: `test-results/report-${lang}.png`, fullPage: false });
      await w.page.emulateMedia({ media: 'screen' });
      expect(w.errors).toEqual([]);
      await w.page.close();
    });
  }

  it('on a phone, the whole province is in view at start, east to west', async () => {
    const w = await open('', { width: 390, height: 844 });
    const [[west], [east]] = (await w.page.evaluate(() => window.__map!.map.getBounds().toArray())) as [number, number][];
    expect(west).toBeLessThan(109.65); // Guangdong's westernmost point (GD_BOUNDS)
    expect(east).toBeGreaterThan(117.35);
    await w.page.close();
  });

  it('on a phone: a bottom sheet with the city, the map usable above it, taps that hit small symbols', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}${BASE_PATH}?city=440100&layers=cities,labels,airports`);
    await waitReady(page);
    await page.waitForTimeout(900);
    const aside = (await page.locator('aside.side').boundingBox())!;
    expect(aside.y).toBeGreaterThan(844 * 0.35); // half: the map shows above it
    expect(await page.locator('#city-title').isVisible()).toBe(true);
    expect(await page.locator('input[type=search]').isVisible()).toBe(true);
    // the top of the screen, under the header, is the map
    const topHit = await page.evaluate(() => {
      const header = document.querySelector('header.top')!.getBoundingClientRect();
      const el = document.elementFromPoint(195, header.bottom + 60);
      return !!el?.closest('.map');
    });
    expect(topHit).toBe(true);
    // a tap 15 px beside Baiyun airport's symbol opens its card
    const at = await page.evaluate(() => {
      const q = window.__map!.map.project([113.299, 23.3924]);
      const r = document.querySelector('.map')!.getBoundingClientRect();
      return { x: r.x + q.x, y: r.y + q.y };
    });
    expect(at.y).toBeLessThan(aside.y); // focused above the sheet
    await page.touchscreen.tap(at.x + 15, at.y);
    await expect.poll(() => page.locator('.item-card, .picker').count()).toBe(1);
    expect(await page.locator('.item-card, .picker').innerText()).toContain('白云');
    await page.screenshot({ path: 'test-results/phone-card.png' });
    // the handle steps the sheet to full, the layer list has its own sheet
    await page.locator('[data-sheet-content=layers]').tap();
    expect(await page.locator('input[data-layer=airports]').isVisible()).toBe(true);
    expect(await page.locator('.item-card').isVisible()).toBe(false);
    await page.locator('[data-sheet-handle]').tap();
    const headerBottom = (await page.locator('header.top').boundingBox())!;
    await expect.poll(async () => (await page.locator('aside.side').boundingBox())!.y).toBeLessThanOrEqual(headerBottom.y + headerBottom.height + 1);
    await page.locator('[data-sheet-close]').tap();
    await expect.poll(async () => (await page.locator('aside.side').boundingBox())!.height).toBeLessThan(120);
    await page.screenshot({ path: 'test-results/phone-peek.png' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

function writeShot(path: string, bytes: Buffer) {
  import('node:fs').then(({ mkdirSync, writeFileSync }) => {
    mkdirSync('test-results', { recursive: true });
    writeFileSync(path, bytes);
  });
}
