// lint-as: packages/api/test/lint-fixture.test.ts
// expect: no-restricted-imports
import { run } from '../../cli/test/support/run-cli.js';

export const cli = run;
