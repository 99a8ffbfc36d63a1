// Prints one closing line for CI from vitest's JSON reports (the parallel run and the browser run):
// "tests: N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';

const files = ['test-results/vitest.json', 'test-results/vitest-browser.json'];
const missing = files.filter((f) => !existsSync(f));
if (missing.length === files.length) {
  console.log('tests: 0 passed, 1 failed (no test report: the run stopped before the tests)');
  process.exit(0);
}
let passed = 0;
let failed = missing.length;
let skipped = 0;
for (const f of files.filter((x) => existsSync(x))) {
  const r = JSON.parse(readFileSync(f, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
const note = missing.length ? ` (no report from ${missing.join(', ')})` : '';
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped${note}`);
