import type { Kysely } from 'kysely';

/**
 * A plan still being saved by an import (1) is hidden from lists and duplicate checks until its last chunk commits,
 * so a large import can commit in chunks (other requests run in between) and still appear whole or not at all.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plans')
    .addColumn('importing', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plans').dropColumn('importing').execute();
}
