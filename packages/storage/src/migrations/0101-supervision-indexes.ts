import type { Kysely } from 'kysely';

/** Lets the "re-derive stale statuses" scan (status_on older than today or null) use an index instead of a table scan. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('tasks_status_on').on('tasks').column('status_on').execute();
}
