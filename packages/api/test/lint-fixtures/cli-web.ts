// lint-as: packages/cli/src/lint-fixture.ts
// expect: no-restricted-imports
import { App } from '@duban/web';

export const app = App;
