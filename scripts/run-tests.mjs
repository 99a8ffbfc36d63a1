// Runs the test suite in two steps: every test file in parallel, then the browser tests on their own, so a real
// Chromium driving the UI does not compete for the CPU with dozens of database suites (its timeouts are for a UI,
// not for a saturated machine). Both steps always run; the exit code fails if either failed.
// Arguments (e.g. a path) run vitest once with them instead.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

// Every browser test file is named e2e*.test.ts under packages/web/test.
const BROWSER = 'packages/web/test/e2e';
const BROWSER_GLOB = 'packages/web/test/e2e*.test.ts';
const vitest = (args) => spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args], { stdio: 'inherit' }).status ?? 1;
const report = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=test-results/${name}.json`];

const extra = process.argv.slice(2);
if (extra.length > 0) process.exit(vitest(extra));

rmSync('test-results/vitest.json', { force: true });
rmSync('test-results/vitest-browser.json', { force: true });
const all = vitest([...report('vitest'), '--exclude', BROWSER_GLOB]);
// No second attempt: a browser failure fails the run (docs/testing.md tells how the old intermittent stall was fixed).
const browser = vitest([...report('vitest-browser'), '--no-file-parallelism', BROWSER]);
process.exit(all === 0 && browser === 0 ? 0 : 1);
