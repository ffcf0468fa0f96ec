// npm test: type-check, build the app, run every Vitest test (unit and browser), then print the
// closing line CI reads: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORT = 'test-results/vitest.json';
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const npx = (...args: string[]) => run('npx', ['--no-install', ...args]);

mkdirSync('test-results', { recursive: true });
rmSync(REPORT, { force: true });
let failed = 0;
if (npx('tsc', '--noEmit', '-p', '.') !== 0) {
  console.error('✗ type-check failed');
  failed += 1;
}
if (npx('vite', 'build', '--logLevel', 'warn') !== 0) {
  console.error('✗ build failed: browser tests will fail');
  failed += 1;
}
const status = npx('vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${REPORT}`, ...process.argv.slice(2));

let passed = 0;
let skipped = 0;
if (existsSync(REPORT)) {
  const r = JSON.parse(readFileSync(REPORT, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string; assertionResults: { status: string }[] }[];
  };
  passed = r.numPassedTests;
  failed += r.numFailedTests;
  skipped = r.numPendingTests + r.numTodoTests;
  // a test file that fails to load has no failed test in it: count it as one failure
  for (const f of r.testResults) if (f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')) failed += 1;
} else failed += 1;
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
