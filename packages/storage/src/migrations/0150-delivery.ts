import type { Kysely } from 'kysely';

/**
 * Outbound notifications. `delivery_channels` holds the robots and mail servers of a jurisdiction (all
 * jurisdictions when it is null); `delivery_outbox` holds one message per channel and recipient, written in the
 * transaction of the event it tells about and sent later by the delivery worker (claimed with a lease).
 * Notifications gain a `dedupe_key` (unique) so the deadline sweep never writes the same reminder twice, and
 * users an optional e-mail address.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('delivery_channels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('jurisdiction_id', 'text', (c) => c.references('jurisdictions.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('config', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('allow_private', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('delivery_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel_id', 'text', (c) => c.notNull().references('delivery_channels.id').onDelete('cascade'))
    .addColumn('notification_id', 'text')
    .addColumn('event_kind', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('lease_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('delivery_outbox_due').on('delivery_outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('delivery_outbox_created').on('delivery_outbox').columns(['created_at']).execute();
  await db.schema.alterTable('notifications').addColumn('dedupe_key', 'text').execute();
  await db.schema.createIndex('notifications_dedupe').on('notifications').column('dedupe_key').unique().execute();
  await db.schema.alterTable('users').addColumn('email', 'text').execute();
}
