// lint-as: packages/core/src/lint-fixture.ts
// expect: no-restricted-imports
import { readFile } from 'fs/promises';

export const read = (p: string): Promise<string> => readFile(p, 'utf8');
