// The plan's numbers: the targets, investment and About views (view=targets|investment|about), in both
// languages, on desktop and phone, from the link and from a click; "show on the map" from a target and
// from an 附件2 field makes their works the selection of the map and the list.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DIST, useBrowser, browserTestsAvailable, openReady } from './harness.ts';
import { PRECISIONS, STATUSES } from '../../src/plan/vocab.ts';

const available = browserTestsAvailable();

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let origin: string;
const PHONE = { width: 390, height: 844 };
const open = (query = '', viewport?: { width: number; height: number }) => openReady(browser, origin, query, viewport);
const shot = (page: Page, name: string) => {
  mkdirSync('test-results', { recursive: true });
  return page.screenshot({ path: `test-results/${name}.png` });
};
/** The located works of some kinds, from the build's own download. */
const worksOfKinds = (kinds: string[]) => {
  const fc = JSON.parse(readFileSync(`${DIST}/data/plan-items.geojson`, 'utf8')) as { features: { id: string; properties: { kind: string } }[] };
  return fc.features.filter((f) => kinds.includes(f.properties.kind)).map((f) => f.id).sort();
};
const total = (page: Page) => page.locator('[data-totals] h3').getAttribute('data-total');
const listIds = async (page: Page) => (await page.locator('tr[data-item]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-item')!))).sort();

describe.skipIf(!available)('the plan’s numbers', () => {
  const env = useBrowser();
  beforeAll(() => {
    ({ browser, origin } = env);
  });

  it('targets: the 20 indicators of 表2 with charts and 约束性/预期性 marks; no view code at start-up', async () => {
    const w = await open('?view=targets');
    const page = w.page;
    const root = page.locator('[data-view="targets"]');
    await expect.poll(() => root.locator('[data-indicator]').count(), { timeout: 20_000 }).toBe(20);
    // binding vs expected: 9 and 14–20 binding, the rest expected, each with its mark
    expect(await root.locator('[data-indicator][data-binding="binding"]').count()).toBe(8);
    expect(await root.locator('.mark[data-binding="binding"]').first().textContent()).toBe('约束性');
    expect(await root.locator('.mark[data-binding="expected"]').first().textContent()).toBe('预期性');
    // every indicator has a chart (with its table) or says it has no figure
    for (let row = 1; row <= 20; row++) {
      const card = root.locator(`[data-indicator="${row}"]`);
      const charts = await card.locator('svg[role=img]').count();
      const none = await card.locator('[data-no-figure]').count();
      expect(charts + none, `row ${row}`).toBeGreaterThan(0);
      expect(await card.locator('table.figures tbody tr').count(), `row ${row}`).toBeGreaterThan(0);
    }
    // the starred 2019 values at 2019; growth rates not on the time axis; 15–17 follow row 14
    for (const row of [3, 6]) expect(await root.locator(`[data-indicator="${row}"] .level-chart [data-year="2019"]`).count()).toBe(1);
    expect(await root.locator('[data-indicator="1"] .level-chart').count()).toBe(0);
    expect(await root.locator('[data-indicator="1"] .rate-chart').count()).toBe(1);
    for (const row of [15, 16, 17]) expect(await root.locator(`[data-indicator="${row}"] [data-no-figure]`).textContent()).toContain('第14行');
    // the other targets, grouped by domain; the view's own search (not a second search box) and domain filter
    expect(await root.locator('[data-other-targets] tr[data-target]').count()).toBeGreaterThan(200);
    expect(await page.locator('input[type=search]').count()).toBe(1);
    await root.locator('input[data-targets-search]').fill('森林');
    await expect.poll(() => root.locator('[data-indicator]').count()).toBe(1);
    await root.locator('input[data-targets-search]').fill('');
    await root.locator('select[data-targets-domain]').selectOption('transport');
    await expect.poll(() => root.locator('[data-indicator]').count()).toBe(0);
    expect(await root.locator('[data-other-targets] [data-domain]').evaluateAll((els) => els.map((e) => e.getAttribute('data-domain')))).toEqual(['transport']);
    // the views are chunks of their own: a page opened on the map fetches none of them
    const w2 = await open('');
    expect(w2.requests.filter((u) => /targets-view|investment-view|about-view/.test(u))).toEqual([]);
    expect(w.errors).toEqual([]);
    await w2.page.close();
    await page.close();
  });

  it('targets in English: binding/expected; the desktop screenshot', async () => {
    const w = await open('?view=targets&lang=en');
    const root = w.page.locator('[data-view="targets"]');
    await expect.poll(() => root.locator('[data-indicator]').count(), { timeout: 20_000 }).toBe(20);
    expect(await root.locator('.mark[data-binding="binding"]').first().textContent()).toBe('binding');
    expect(await root.locator('.mark[data-binding="expected"]').first().textContent()).toBe('expected');
    expect(await root.locator('h2').textContent()).toBe("The plan's targets");
    expect(await root.locator('[data-indicator="15"] [data-no-figure]').textContent()).toContain('row 14');
    await shot(w.page, 'views-targets-en');
    // a term links to its glossary entry: the About view opens at it, and the link says so
    await root.locator('a.term-link[data-term="yueshu-yuqi"]').click();
    await w.page.locator('[data-view="about"] #glossary-yueshu-yuqi.open').waitFor({ timeout: 20_000 });
    expect(new URL(w.page.url()).searchParams.get('term')).toBe('yueshu-yuqi');
    expect(new URL(w.page.url()).searchParams.get('view')).toBe('about');
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('show on the map from the railway-length target: the rail works are the selection of the map and the list', async () => {
    const w = await open('?view=targets&lang=en');
    const page = w.page;
    const button = page.locator('[data-show-target="rail-km-2025"]');
    await button.waitFor({ timeout: 20_000 });
    const rail = worksOfKinds(['hsr', 'intercity_rail', 'rail']);
    expect(rail.length).toBeGreaterThan(5);
    expect(await button.textContent()).toContain(`(${rail.length} works)`);
    await button.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('target')).toBe('rail-km-2025');
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    await expect.poll(() => total(page)).toBe(String(rail.length));
    await expect.poll(() => page.locator('[data-active-fact="target:rail-km-2025"]').count()).toBe(1);
    // counts by status agree with the works
    const byStatus = await page.locator('[data-status-total] dd').allTextContents();
    expect(byStatus.reduce((a, b) => a + Number(b), 0)).toBe(rail.length);
    // the list holds exactly the rail works
    await page.locator('[data-view-switch="list"]').click();
    await expect.poll(() => listIds(page)).toEqual(rail);
    // the link restores it
    const w2 = await open(`?target=rail-km-2025&view=list&lang=en`);
    await expect.poll(() => listIds(w2.page)).toEqual(rail);
    // a bad target is dropped with a notice, never shown as markup
    const w3 = await open('?target=%3Cimg%20src%3Dx%3E&view=targets');
    expect(await w3.page.locator('.notices').textContent()).toContain('target=<img src=x>');
    expect(await w3.page.locator('.notices img').count()).toBe(0);
    for (const x of [w, w2, w3]) {
      expect(x.errors).toEqual([]);
      await x.page.close();
    }
  });

  it('investment: 93,860 / 12,750 / 50,000, every field with its three amounts; the reconstructed row marked', async () => {
    const w = await open('?view=investment');
    const root = w.page.locator('[data-view="investment"]');
    await root.waitFor({ timeout: 20_000 });
    expect(await root.locator('[data-amount="items"]').textContent()).toContain('103');
    expect(await root.locator('[data-amount="total"]').textContent()).toContain('93,860');
    expect(await root.locator('[data-amount="done"]').textContent()).toContain('12,750');
    expect(await root.locator('[data-amount="plan"]').textContent()).toContain('50,000');
    const rows = JSON.parse(readFileSync(`${DIST}/../data/investment.json`, 'utf8')) as { id: string; level: string; total: number }[];
    for (const r of rows.filter((x) => x.level !== 'total')) {
      expect(await root.locator(`[data-bar="${r.id}"] svg[role=img]`).count(), r.id).toBe(1);
      expect(await root.locator(`tr[data-field-row="${r.id}"] td`).count(), r.id).toBe(5);
    }
    expect(await root.locator('tr[data-field-row="agriculture"] [data-reconstructed]').textContent()).toBe('推算');
    expect(await root.locator('.investment-note').textContent()).toContain('不按单个项目');
    await shot(w.page, 'views-investment-zh');
    const en = await open('?view=investment&lang=en');
    const enRoot = en.page.locator('[data-view="investment"]');
    await enRoot.waitFor({ timeout: 20_000 });
    expect(await enRoot.locator('[data-amount="total"]').textContent()).toContain('93,860');
    expect(await enRoot.locator('tr[data-field-row="agriculture"] [data-reconstructed]').textContent()).toBe('reconstructed');
    expect(await enRoot.locator('.investment-note').textContent()).toContain('by field, not by work');
    await shot(en.page, 'views-investment-en');
    for (const x of [w, en]) {
      expect(x.errors).toEqual([]);
      await x.page.close();
    }
  });

  it('from a field, the map shows its works, with the line that the plan gives investment by field', async () => {
    const w = await open('?view=investment&lang=en');
    const page = w.page;
    const button = page.locator('[data-show-field="transport-airport"]');
    await button.waitFor({ timeout: 20_000 });
    const airports = worksOfKinds(['hub_airport', 'airport', 'ga_airport']);
    await button.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('field')).toBe('transport-airport');
    await expect.poll(() => total(page)).toBe(String(airports.length));
    await expect.poll(() => page.locator('[data-active-fact="field:transport-airport"]').textContent()).toContain('by field, not by work');
    await page.locator('[data-clear-fact]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('field')).toBeNull();
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('About: the data, precisions, statuses, sources and the glossary in both languages; term= opens an entry', async () => {
    const w = await open('?view=about&term=sanheng-sizong');
    const root = w.page.locator('[data-view="about"]');
    await root.waitFor({ timeout: 20_000 });
    expect(await root.locator('[data-term-entry]').count()).toBeGreaterThanOrEqual(10);
    expect(await root.locator('[data-precision]').count()).toBe(Object.keys(PRECISIONS).length);
    expect(await root.locator('[data-status]').count()).toBe(Object.keys(STATUSES).length);
    expect(await root.textContent()).toContain('示意图');
    const entry = root.locator('#glossary-sanheng-sizong');
    expect(await entry.getAttribute('class')).toContain('open');
    expect(await entry.textContent()).toContain('三横四纵');
    expect(await entry.textContent()).toContain('规划第2350行');
    for (const term of ['一核一带一区', '双区', '双核+双副中心', '“12312”交通圈', '六湾区一半岛', '一群五圈', '两点两廊']) expect(await root.locator('.term-zh', { hasText: term }).count(), term).toBe(1);
    expect(new URL(w.page.url()).searchParams.get('term')).toBe('sanheng-sizong');
    const en = await open('?view=about&lang=en');
    const enRoot = en.page.locator('[data-view="about"]');
    await enRoot.waitFor({ timeout: 20_000 });
    expect(await enRoot.locator('h3', { hasText: 'Glossary' }).count()).toBe(1);
    expect(await enRoot.locator('#glossary-sanheng-sizong').textContent()).toContain('Three east–west and four north–south corridors');
    expect(await enRoot.locator('#glossary-sanheng-sizong').textContent()).toContain('plan line 2350');
    expect(await enRoot.textContent()).toContain('Apache-2.0');
    // a bad term is dropped with a notice
    const bad = await open('?view=about&term=nope');
    expect(await bad.page.locator('.notices').textContent()).toContain('term=nope');
    for (const x of [w, en, bad]) {
      expect(x.errors).toEqual([]);
      await x.page.close();
    }
  });

  it('from a click, and on a phone: the views switch, stay inside the screen, and the link follows', async () => {
    const w = await open('?lang=en', PHONE);
    const page = w.page;
    for (const v of ['targets', 'investment', 'about'] as const) {
      await page.locator(`[data-view-switch="${v}"]`).click();
      await page.locator(`[data-view="${v}"]`).waitFor({ timeout: 20_000 });
      expect(new URL(page.url()).searchParams.get('view')).toBe(v);
      if (v === 'targets') await page.locator('[data-indicator]').first().waitFor();
      // read in the sheet, opened full: the view's title is on the screen
      const box = await page.locator(`[data-view="${v}"] h2`).boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= PHONE.height, v).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await shot(page, `views-${v}-phone`);
    }
    // the list too, from the sheet lowered: it opens full, its table's caption on the screen
    await page.locator('[data-sheet-close]').click();
    await page.locator('[data-view-switch="list"]').click();
    await page.locator('[data-view="list"] tr[data-item]').first().waitFor();
    const caption = await page.locator('[data-view="list"] caption').boundingBox();
    expect(caption && caption.y >= 0 && caption.y + caption.height <= PHONE.height, 'list').toBe(true);
    // the city panel: the targets its works serve and the 附件2 fields of its works
    await page.locator('[data-view-switch="map"]').click();
    await page.evaluate(() => window.__selectCity!('440100'));
    await page.locator('[data-city-targets]').waitFor();
    expect(await page.locator('[data-city-targets] li[data-target]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-city-targets] li[data-field]').count()).toBeGreaterThan(0);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['targets', '?view=targets'],
    ['targets, English', '?view=targets&lang=en'],
    ['investment, English', '?view=investment&lang=en'],
    ['About', '?view=about&term=shuangqu'],
    ['a city with its targets and fields, English', '?city=440300&lang=en'],
  ])('%s: no serious or critical accessibility violation (axe-core, WCAG 2.1 A and AA)', async (_, q) => {
    const w = await open(q);
    const v = new URLSearchParams(q).get('view');
    if (v) await w.page.locator(`[data-view="${v}"]`).waitFor({ timeout: 20_000 });
    if (v === 'targets') await w.page.locator('[data-indicator]').first().waitFor();
    await w.page.addScriptTag({ content: AXE });
    const result = await w.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run(document.querySelector('aside.side'), { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical').map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    expect(result).toEqual([]);
    await w.page.close();
  });
});
