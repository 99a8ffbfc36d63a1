import { sql, type Kysely } from 'kysely';

/**
 * One counter row per year for 督办单 numbers. Issuing a notice claims the next sequence with an upsert on this
 * row inside its transaction, so concurrent issuers wait on the row lock instead of computing the same number
 * from the notices they read (which made one of two simultaneous issues fail). Backfilled from the notices.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notice_counters')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .execute();
  await sql`INSERT INTO notice_counters (year, last_seq) SELECT year, max(seq) FROM notices GROUP BY year`.execute(db);
}
