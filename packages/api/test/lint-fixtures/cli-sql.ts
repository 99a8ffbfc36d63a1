// lint-as: packages/cli/src/lint-fixture.ts
// expect: no-restricted-imports
import { sql } from 'kysely';

export const one = sql`select 1`;
