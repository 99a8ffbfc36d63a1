import type { Kysely } from 'kysely';

/**
 * In-app notifications to units: a row per unit told about something (a task of theirs adjusted after
 * publishing, a leader's instruction), read by the unit's liaisons. Listed per unit, newest first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('read_at', 'text')
    .addColumn('read_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notifications_unit').on('notifications').columns(['unit_id', 'created_at']).execute();
}
