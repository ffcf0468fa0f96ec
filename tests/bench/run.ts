// npm run bench: load time, bytes and heap of the built app against a bare MapLibre + deck.gl page
// (src/baseline), in headless Chromium, 5 runs each, medians. Prints each figure against its budget.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, extname } from 'node:path';
import { BASE_PATH, DIST, launch, serveDist } from '../browser/harness.ts';
import type { Browser } from 'playwright-core';
import { LAYER_IDS } from '../../src/layers/registry.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET = { readyRatio: 1.3, jsRatio: 1.25, dataKB: 400 };

if (!process.argv.includes('--no-build')) spawnSync('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });

type Kind = 'js' | 'css' | 'data' | 'other';
const kindOf = (url: string): Kind => {
  const ext = extname(new URL(url).pathname);
  return ext === '.js' || ext === '.mjs' ? 'js' : ext === '.css' ? 'css' : ext === '.json' || ext === '.geojson' || ext === '.csv' ? 'data' : 'other';
};
const gzipBytes = (url: string) => gzipSync(readFileSync(join(DIST, decodeURIComponent(new URL(url).pathname.slice(BASE_PATH.length))))).length;

interface Run {
  readyMs: number;
  heapMB: number;
  bytes: Record<Kind, number>;
}

async function measure(browser: Browser, url: string, after?: (page: import('playwright-core').Page) => Promise<Record<string, number>>): Promise<Run & { extra: Record<string, number> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const urls = new Set<string>();
  page.on('requestfinished', (r) => urls.add(r.url()));
  await page.goto(url);
  await page.waitForFunction(() => window.__mapReady === true, null, { timeout: 120_000 });
  const readyMs = await page.evaluate(() => performance.getEntriesByName('map-ready')[0]?.startTime ?? NaN);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const extra = after ? await after(page) : {};
  const bytes: Record<Kind, number> = { js: 0, css: 0, data: 0, other: 0 };
  for (const u of urls) if (u.includes(BASE_PATH) && kindOf(u) !== 'other') bytes[kindOf(u)] += gzipBytes(u);
  await context.close();
  return { readyMs, heapMB: usedSize / 2 ** 20, bytes, extra };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** Time from selecting a city (as a click on it does) to its panel shown and the map settled. */
async function selectCity(page: import('playwright-core').Page) {
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const map = window.__map!.map;
        const t0 = performance.now();
        map.once('idle', () => resolve(document.querySelector('.city-panel') ? performance.now() - t0 : NaN));
        window.__selectCity!('440800');
      }),
  );
  return { selectCityMs: ms };
}

const { server, origin } = await serveDist();
const browser = await launch();
const app: Awaited<ReturnType<typeof measure>>[] = [];
const base: Awaited<ReturnType<typeof measure>>[] = [];
const allOn: Awaited<ReturnType<typeof measure>>[] = [];
try {
  await measure(browser, `${origin}${BASE_PATH}`); // warm-up: the first Chromium start is slower
  for (let i = 0; i < RUNS; i++) {
    base.push(await measure(browser, `${origin}${BASE_PATH}src/baseline/index.html`));
    app.push(await measure(browser, `${origin}${BASE_PATH}`, selectCity));
    allOn.push(await measure(browser, `${origin}${BASE_PATH}?layers=${LAYER_IDS.join(',')}`));
  }
} finally {
  await browser.close();
  server.close();
}

const m = (runs: Run[], f: (r: Run) => number) => median(runs.map(f));
const appReady = m(app, (r) => r.readyMs);
const baseReady = m(base, (r) => r.readyMs);
const appJs = m(app, (r) => r.bytes.js);
const baseJs = m(base, (r) => r.bytes.js);
const data = m(app, (r) => r.bytes.data);
const allOnReady = m(allOn, (r) => r.readyMs);
const rows: [string, string, string, boolean | null][] = [
  ['ready (navigation → __mapReady), median', `${appReady.toFixed(0)} ms vs baseline ${baseReady.toFixed(0)} ms = ${(appReady / baseReady).toFixed(2)}×`, `≤ ${BUDGET.readyRatio}×`, appReady / baseReady <= BUDGET.readyRatio],
  ['JS, gzipped', `${kb(appJs)} vs baseline ${kb(baseJs)} = ${(appJs / baseJs).toFixed(2)}×`, `≤ ${BUDGET.jsRatio}×`, appJs / baseJs <= BUDGET.jsRatio],
  ['CSS, gzipped', kb(m(app, (r) => r.bytes.css)), '', null],
  ['data, gzipped', kb(data), `≤ ${BUDGET.dataKB} KB`, data <= BUDGET.dataKB * 1024],
  ['page heap after GC', `${m(app, (r) => r.heapMB).toFixed(1)} MB vs baseline ${m(base, (r) => r.heapMB).toFixed(1)} MB`, '', null],
  ['ready with every layer on, median', `${allOnReady.toFixed(0)} ms vs baseline ${baseReady.toFixed(0)} ms = ${(allOnReady / baseReady).toFixed(2)}×`, `≤ ${BUDGET.readyRatio}×`, allOnReady / baseReady <= BUDGET.readyRatio],
  ['select a city (→ panel shown, map idle), median', `${median(app.map((r) => r.extra.selectCityMs)).toFixed(0)} ms`, '', null],
];
console.log(`\nbench: ${RUNS} runs each, headless Chromium (SwiftShader), 1280×800\n`);
for (const [name, value, budget, ok] of rows) console.log(`${ok === null ? '   ' : ok ? 'ok ' : 'OVER'} ${name.padEnd(42)} ${value.padEnd(44)} ${budget}`);
console.log(`\nready runs (ms): app ${app.map((r) => r.readyMs.toFixed(0)).join(' ')} | every layer on ${allOn.map((r) => r.readyMs.toFixed(0)).join(' ')} | baseline ${base.map((r) => r.readyMs.toFixed(0)).join(' ')}`);
process.exit(rows.some((r) => r[3] === false) ? 1 : 0);
