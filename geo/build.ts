// npm run geo: builds every shipped geometry file from pinned npm packages into data/geo/.
// Deterministic: same inputs → byte-identical output (a test rebuilds and compares).
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGuangdong, buildContext } from './pipeline.ts';
import { buildCounties, buildWater } from './context-layers.ts';

const require = createRequire(import.meta.url);
export const OUT_DIR = fileURLToPath(new URL('../data/geo/', import.meta.url));

export async function buildAll(): Promise<Record<string, string>> {
  return {
    'guangdong.topo.json': await buildGuangdong(require),
    'context.topo.json': await buildContext(require),
    'counties.topo.json': await buildCounties(require),
    'water.topo.json': await buildWater(require),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, text] of Object.entries(await buildAll())) {
    writeFileSync(OUT_DIR + name, text);
    console.log(`wrote data/geo/${name} (${(text.length / 1024).toFixed(0)} KB)`);
  }
}
