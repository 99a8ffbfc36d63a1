// lint-as: packages/web/src/lint-fixture.tsx
// expect: @typescript-eslint/no-restricted-imports
import { readFileSync } from 'fs';

export const read = readFileSync;
