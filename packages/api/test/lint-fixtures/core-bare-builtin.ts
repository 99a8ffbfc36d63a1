// lint-as: packages/core/src/lint-fixture.ts
// expect: no-restricted-imports
import { createHash } from 'crypto';

export const digest = (s: string): string => createHash('sha256').update(s).digest('hex');
