// Serves dist/ from a sub-path on localhost and drives Debian's Chromium with playwright-core.
// Every request the page makes is recorded, so tests can assert nothing leaves the origin.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const DIST = resolve(import.meta.dirname, '../../dist');
export const BASE_PATH = '/any/sub/path/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.geojson': 'application/geo+json', '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8', '.png': 'image/png',
};

export async function serveDist(): Promise<{ server: Server; origin: string }> {
  return serveFolders({ [BASE_PATH]: DIST });
}

/** Serves each folder under its path prefix (e.g. another build beside dist/, for the bench's tools). */
export async function serveFolders(folders: Record<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const prefix = Object.keys(folders).find((p) => url.pathname.startsWith(p));
    if (!prefix) return void res.writeHead(404).end();
    const dir = resolve(folders[prefix]);
    let file = join(dir, decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html');
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = () => existsSync(CHROMIUM);

/** Whether the browser tests can run here (Chromium and a built dist/); under CI, not being able to is an error. */
export function browserTestsAvailable(): boolean {
  const ok = hasChromium() && existsSync(`${DIST}/index.html`);
  if (!ok && process.env.CI) throw new Error(`browser tests cannot run under CI: ${hasChromium() ? 'dist/ is not built' : `no Chromium at ${CHROMIUM}`}`);
  return ok;
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface Watched {
  page: Page;
  errors: string[];
  requests: string[];
  failed: string[];
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<Watched> {
  const page = await browser.newPage({ viewport });
  const w: Watched = { page, errors: [], requests: [], failed: [] };
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && w.errors.push(`console: ${m.text()}`));
  page.on('request', (r) => w.requests.push(r.url()));
  page.on('requestfailed', (r) => w.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && w.failed.push(`${r.url()} HTTP ${r.status()}`));
  await page.goto(url);
  return w;
}

export async function waitReady(page: Page, timeout = 45_000) {
  await page.waitForFunction(() => window.__mapReady === true, null, { timeout });
}

/** Opens the app at a link (query and hash) under the served sub-path, and waits until it is ready. */
export async function openReady(browser: Browser, origin: string, query = '', viewport?: { width: number; height: number }): Promise<Watched> {
  const w = await openPage(browser, `${origin}${BASE_PATH}${query}`, viewport);
  await waitReady(w.page);
  return w;
}

/** One server and one browser for a test file's suite: call inside the describe; read its fields in tests. */
export function useBrowser(extraArgs: string[] = []): { browser: Browser; origin: string } {
  const shared = {} as { browser: Browser; origin: string; server: Server };
  beforeAll(async () => {
    const { server, origin } = await serveDist();
    Object.assign(shared, { server, origin, browser: await launch(extraArgs) });
  });
  afterAll(async () => {
    await shared.browser?.close();
    shared.server?.close();
  });
  return shared;
}
