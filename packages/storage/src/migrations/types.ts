import type { Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/** Column types that differ between the two dialects. */
export function columnTypes(db: Kysely<unknown>) {
  const pg = dialectOf(db) === 'postgres';
  return {
    blob: pg ? ('bytea' as const) : ('blob' as const),
    real: pg ? ('double precision' as const) : ('real' as const),
  };
}
