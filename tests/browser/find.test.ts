// Finding things: the search combobox, the filters with their totals, the list view, and an
// accessibility check (axe-core, WCAG 2.1 A/AA) of the main views in both languages and at phone width.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openPage, type Watched, useBrowser, waitReady, browserTestsAvailable, openReady } from './harness.ts';

const available = browserTestsAvailable();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let origin: string;
const open = (query = '', viewport?: { width: number; height: number }) => openReady(browser, origin, query, viewport);
const LINK = 'work:crossing-shenzhen-zhongshan';
const options = (page: Page) => page.locator('[role=listbox] [role=option]');

/** The work at a place on the map, as a click there would pick it (null: none). */
const workAt = (page: Page, lngLat: [number, number]) =>
  page.evaluate((p) => {
    const ctl = window.__map!;
    const q = ctl.map.project(p);
    return (ctl.hitsAt(q.x, q.y).deck.find((h) => h.layer?.id === 'item-sites')?.object as { id: string } | undefined)?.id ?? null;
  }, lngLat);
const BAIYUN: [number, number] = [113.299, 23.3924];

describe.skipIf(!available)('finding works', () => {
  const env = useBrowser();
  beforeAll(() => {
    ({ browser, origin } = env);
  });

  it('finds 深中通道 from Chinese, initials, pinyin, English and a typo; Enter opens its card', async () => {
    const w = await open();
    const box = w.page.locator('input[type=search]');
    for (const q of ['深中', 'szt', 'shenzhong', 'Shenzhen-Zhongshan', 'Shenzen Zhongshan']) {
      await box.fill('');
      await box.pressSequentially(q, { delay: 20 });
      await expect.poll(() => options(w.page).first().getAttribute('data-key'), { message: q }).toBe(LINK);
      expect(await box.getAttribute('aria-expanded')).toBe('true');
    }
    // ↓ ↑ move the active option, Enter chooses it: the card opens and the link says so
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options(w.page).first().getAttribute('id'));
    await box.press('Enter');
    await expect.poll(() => w.page.locator('.item-card').getAttribute('data-item')).toBe('crossing-shenzhen-zhongshan');
    expect(new URL(w.page.url()).searchParams.get('item')).toBe('crossing-shenzhen-zhongshan');
    expect(await w.page.locator('[role=listbox]').isHidden()).toBe(true);
    // one typo forgiven on its own too: Shenzen finds the city
    await box.fill('Shenzen');
    await expect.poll(() => w.page.locator('[role=option][data-key="city:440300"]').count()).toBe(1);
    // Escape closes the results, then clears the box; the page is clean
    await box.press('Escape');
    expect(await w.page.locator('[role=listbox]').isHidden()).toBe(true);
    await box.press('Escape');
    expect(await box.inputValue()).toBe('');
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('a target found by the search shows its works on the map: the search gives way to the target filter', async () => {
    const w = await open('?lang=en');
    await w.page.locator('input[type=search]').fill('railway in operation');
    await w.page.locator('[role=option]', { hasText: '铁路运营里程' }).first().click();
    await expect.poll(() => w.page.locator('.fact-card').count()).toBe(1);
    await w.page.locator('[data-fact-show]').click();
    await expect.poll(() => new URL(w.page.url()).searchParams.get('target')).toBeTruthy();
    expect(new URL(w.page.url()).searchParams.get('q')).toBeNull();
    expect(await w.page.locator('input[type=search]').inputValue()).toBe('');
    const n = Number(await w.page.locator('[data-totals] h3').getAttribute('data-total'));
    expect(n).toBeGreaterThan(5);
    expect(await w.page.locator('[data-totals] [data-sector]').evaluateAll((es) => es.map((e) => e.getAttribute('data-sector')))).toEqual(['transport']);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('q= in the link fills the box and shows the results; the selection follows it', async () => {
    const w = await open('?q=%E6%B7%B1%E4%B8%AD&lang=en');
    expect(await w.page.locator('input[type=search]').inputValue()).toBe('深中');
    await expect.poll(() => options(w.page).first().getAttribute('data-key')).toBe(LINK);
    expect(await w.page.locator('[data-totals] h3').getAttribute('data-total')).toBe('1');
    await w.page.screenshot({ path: 'test-results/search-en.png' });
    await w.page.close();
  });

  it('a region filter changes the map, the list and the counts, and its link restores them', async () => {
    const w = await open('?view=list&layers=cities,labels,airports,rail&lang=en');
    const rows = () => w.page.locator('tr[data-item]').count();
    const all = await rows();
    expect(await workAt(w.page, BAIYUN)).toBe('airport-guangzhou-baiyun-phase3');
    await w.page.selectOption('select[data-filter=region]', 'east');
    await expect.poll(() => new URL(w.page.url()).searchParams.get('region')).toBe('east');
    const east = await rows();
    expect(east).toBeGreaterThan(0);
    expect(east).toBeLessThan(all);
    expect(Number(await w.page.locator('[data-totals] h3').getAttribute('data-total'))).toBe(east);
    // every listed work lies in the east wing (Shantou, Shanwei, Chaozhou, Jieyang)
    const cities = await w.page.locator('tr[data-item] td:nth-child(4)').allInnerTexts();
    for (const c of cities) expect(c).toMatch(/Shantou|Shanwei|Chaozhou|Jieyang/);
    await w.page.waitForTimeout(500);
    expect(await workAt(w.page, BAIYUN)).toBeNull(); // Guangzhou's airport is off the map
    const link = w.page.url();
    const again = await openPage(browser, link);
    await waitReady(again.page);
    expect(await again.page.locator('select[data-filter=region]').inputValue()).toBe('east');
    expect(await again.page.locator('tr[data-item]').count()).toBe(east);
    await again.page.close();
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('sorts the list by keyboard, and Enter on a row opens its card and selects it on the map', async () => {
    const w = await open('?view=list&lang=en');
    const name = w.page.locator('th:has(button[data-sort=name])');
    await w.page.locator('button[data-sort=name]').focus();
    await w.page.keyboard.press('Enter');
    expect(await name.getAttribute('aria-sort')).toBe('ascending');
    const first = await w.page.locator('tr[data-item]').first().getAttribute('data-item');
    await w.page.keyboard.press('Enter');
    expect(await name.getAttribute('aria-sort')).toBe('descending');
    expect(await w.page.locator('tr[data-item]').first().getAttribute('data-item')).not.toBe(first);
    const row = w.page.locator('tr[data-item]').nth(2);
    const id = await row.getAttribute('data-item');
    await row.focus();
    await w.page.keyboard.press('ArrowDown');
    await w.page.keyboard.press('Enter');
    const chosen = await w.page.locator('tr[data-item]').nth(3).getAttribute('data-item');
    expect(chosen).not.toBe(id);
    await expect.poll(() => w.page.locator('.item-card').getAttribute('data-item')).toBe(chosen);
    expect(await w.page.locator(`tr[data-item="${chosen}"]`).getAttribute('aria-selected')).toBe('true');
    expect(new URL(w.page.url()).searchParams.get('item')).toBe(chosen);
    await w.page.screenshot({ path: 'test-results/list-en.png' });
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
    const check = async (w: Watched) => {
      await w.page.addScriptTag({ content: AXE });
      const result = await w.page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      expect(result).toEqual([]);
    };
    it.each([
      ['the map', ''],
      ['the map, English', '?lang=en'],
      ['the list', '?view=list'],
      ['the list, English', '?view=list&lang=en'],
      ['a work’s card and the search', '?item=crossing-shenzhen-zhongshan&q=szt&lang=en'],
      ['a city', '?city=440300'],
    ])('%s has no serious or critical violation', async (_, q) => {
      const w = await open(q);
      await w.page.waitForTimeout(300);
      await check(w);
      await w.page.close();
    });
    it.each([
      ['the list at phone width', '?view=list&lang=en'],
      ['a city at phone width', '?city=440500'],
    ])('%s has no serious or critical violation', async (_, q) => {
      const w = await open(q, { width: 390, height: 844 });
      await check(w);
      await w.page.close();
    });
  });
});
