// lint-as: packages/web/src/lint-fixture.tsx
// expect: none
import type { PlanView } from '@duban/core';

export const title = (p: PlanView): string => p.title ?? '';
