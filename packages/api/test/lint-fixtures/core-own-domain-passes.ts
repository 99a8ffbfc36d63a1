// lint-as: packages/core/src/api/lint-fixture.ts
// expect: none
import { isIsoDate } from '../domain/iso-date.js';

export const ok = isIsoDate('2026-01-01');
