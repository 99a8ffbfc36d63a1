// lint-as: packages/cli/src/commands/lint-fixture.ts
// expect: duban/no-cross-package-relative
import { openDatabase } from '../../../storage/src/index.js';

export const open = openDatabase;
