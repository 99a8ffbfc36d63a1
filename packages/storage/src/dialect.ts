import { PostgresAdapter, type Kysely } from 'kysely';

/** Which database a Kysely instance talks to. */
export type DialectName = 'sqlite' | 'postgres';

/** The dialect of a Kysely instance or transaction (migrations and search differ slightly between the two). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
