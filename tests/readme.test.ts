// The README's commands are real package.json scripts, and its screenshot exists.
import { expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const scripts = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).scripts as Record<string, string>;

it('every `npm run X` / `npm X` in the README is a script', () => {
  const named = [...readme.matchAll(/(?:^|`|&& )npm (?:run )?([a-z:]+)/gm)].map((m) => m[1]).filter((n) => !['ci', 'install'].includes(n));
  expect(named.length).toBeGreaterThan(4);
  for (const n of new Set(named)) expect(scripts[n], `npm ${n}`).toBeTruthy();
});

it('shows a screenshot that exists', () => {
  const img = readme.match(/!\[[^\]]*\]\(([^)]+)\)/)?.[1];
  expect(img && existsSync(resolve(root, img))).toBe(true);
});

it('.ci/run ends with the README test command', () => {
  expect(readFileSync(resolve(root, '.ci/run'), 'utf8').trim().split('\n').pop()).toBe('npm test');
});
