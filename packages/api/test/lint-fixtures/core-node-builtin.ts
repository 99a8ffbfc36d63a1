// lint-as: packages/core/src/lint-fixture.ts
// expect: no-restricted-imports
import { readFileSync } from 'node:fs';

export const read = (p: string): string => readFileSync(p, 'utf8');
