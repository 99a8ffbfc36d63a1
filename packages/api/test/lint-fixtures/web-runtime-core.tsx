// lint-as: packages/web/src/lint-fixture.tsx
// expect: @typescript-eslint/no-restricted-imports
import { parsePlan } from '@duban/core';

export const parse = parsePlan;
