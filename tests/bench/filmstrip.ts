// npm run bench:filmstrip: when each page's screen is complete, from the screenshots Chromium's trace
// takes of its start-up (software WebGL, 1280×800, runs interleaved, medians): the first screenshot
// within 1% of the page's settled look, and the speed index (the time integral of what is not yet drawn).
// A check on the bench's ready marks, which say when a page has issued its frame, not when it shows.
//
//   npm run bench:filmstrip                      the built app and the bare page (dist/)
//   npm run bench:filmstrip -- old=/tmp/d:  new=dist:  bare=dist:src/baseline/
//                                                pages as name=folder:query (another commit's build,
//                                                e.g. `git worktree add /tmp/w REV && cd /tmp/w && npm ci &&
//                                                npx vite build --outDir /tmp/d`)
// Screenshots slow the pages (ready ~15% later than in the bench); compare pages within one run only.
import jpeg from 'jpeg-js';
import { BASE_PATH, DIST, launch, serveFolders } from '../browser/harness.ts';

const args = process.argv.slice(2).filter((a) => a.includes('='));
const pages = (args.length ? args : [`app=${DIST}:`, `bare=${DIST}:src/baseline/`]).map((a) => {
  const [name, rest] = a.split('=');
  const [dir, query = ''] = rest.split(':');
  return { name, dir, query };
});
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// each page's folder is served under /<name> + the app's base path
const { server, origin } = await serveFolders(Object.fromEntries(pages.map((p) => [`/${p.name}${BASE_PATH}`, p.dir])));
const browser = await launch();

interface Shot { ms: number; pixels: Uint8Array }
/** mean absolute difference per channel (0–255) of every fourth pixel */
const difference = (a: Uint8Array, b: Uint8Array) => {
  let sum = 0;
  for (let k = 0; k < a.length; k += 16) sum += Math.abs(a[k] - b[k]) + Math.abs(a[k + 1] - b[k + 1]) + Math.abs(a[k + 2] - b[k + 2]);
  return sum / (a.length / 16) / 3;
};

async function filmstrip(base: string, query: string): Promise<{ readyMs: number; shots: Shot[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // opened from a page at rest, as the bench does (tests/bench/run.ts)
  await page.goto(`${base}favicon.svg`);
  await page.waitForTimeout(1000);
  await browser.startTracing(page, { categories: ['blink.user_timing', 'disabled-by-default-devtools.screenshot'], screenshots: true });
  await page.goto(`${base}${query}`);
  await page.waitForFunction(() => window.__mapReady === true, null, { timeout: 60_000 });
  await page.waitForTimeout(4000); // settles (a page that flags ready early keeps drawing)
  const readyMs = await page.evaluate(() => performance.getEntriesByName('map-ready')[0].startTime);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; cat?: string; ts: number; args: { snapshot?: string } }[] };
  await page.close();
  const mark = traceEvents.find((e) => e.name === 'map-ready' && e.cat?.includes('user_timing'));
  if (!mark) throw new Error(`${base}${query}: no map-ready mark in the trace`);
  const navigation = mark.ts - readyMs * 1000;
  const shots = traceEvents
    .filter((e) => e.name === 'Screenshot' && e.args.snapshot)
    .sort((a, b) => a.ts - b.ts)
    .map((e) => ({ ms: (e.ts - navigation) / 1000, pixels: jpeg.decode(Buffer.from(e.args.snapshot!, 'base64'), { useTArray: true }).data }));
  return { readyMs, shots };
}

const results = new Map<string, { ready: number[]; complete: number[]; speedIndex: number[] }>();
try {
  for (let run = 0; run < RUNS; run++) {
    for (const { name, query } of run % 2 ? pages : [...pages].reverse()) {
      const { readyMs, shots } = await filmstrip(`${origin}/${name}${BASE_PATH}`, query);
      const settled = shots[shots.length - 1].pixels;
      const atStart = Math.max(difference(shots[0].pixels, settled), 1e-9);
      let complete = NaN; // the first shot from which on every shot is within 1% of the settled look
      for (let k = shots.length - 1; k >= 0 && difference(shots[k].pixels, settled) <= 2.55; k--) complete = shots[k].ms;
      let speedIndex = 0;
      let prev = { ms: 0, done: 0 };
      for (const s of shots) {
        speedIndex += (s.ms - prev.ms) * (1 - prev.done);
        prev = { ms: s.ms, done: Math.max(0, 1 - difference(s.pixels, settled) / atStart) };
      }
      const r = results.get(name) ?? { ready: [], complete: [], speedIndex: [] };
      r.ready.push(readyMs);
      r.complete.push(complete);
      r.speedIndex.push(speedIndex);
      results.set(name, r);
    }
  }
} finally {
  await browser.close();
  server.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nfilmstrip: ${RUNS} runs each, headless Chromium (SwiftShader), 1280×800, medians (ms)\n`);
console.log(`${'page'.padEnd(10)} ${'ready'.padStart(7)} ${'complete'.padStart(9)} ${'speed index'.padStart(12)}   complete, runs`);
for (const [name, r] of results) {
  console.log(`${name.padEnd(10)} ${median(r.ready).toFixed(0).padStart(7)} ${median(r.complete).toFixed(0).padStart(9)} ${median(r.speedIndex).toFixed(0).padStart(12)}   ${r.complete.map((x) => x.toFixed(0)).join(' ')}`);
}
