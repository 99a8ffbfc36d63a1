// lint-as: packages/api/test/lint-fixture.test.ts
// expect: no-restricted-imports
import { startServer } from '@duban/cli';

export const start = startServer;
