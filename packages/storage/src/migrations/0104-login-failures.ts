import type { Kysely } from 'kysely';

/**
 * Failed sign-in attempts, one counter row per limiter key (a hash of username + client address) with the start
 * of its window. Kept in the database so every app server on it shares one count and a restart does not reset it.
 * `window_start` is indexed for pruning rows whose window has passed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_failures')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_failures_window_start').on('login_failures').column('window_start').execute();
}
