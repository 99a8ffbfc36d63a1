import type { Kysely } from 'kysely';
import { columnTypes } from './types.js';

/**
 * Atomic reports. Evidence is uploaded first into a staging area — rows owned by the uploading user that expire
 * unless a report claims them — and a report is submitted with their ids in one transaction, so a refused file
 * means nothing was submitted. Staged bytes stay in the row (they are transient); the report's evidence row
 * takes the usual disk/db storage when claimed. A submission may carry an idempotency key: a retry with the same
 * key returns the report already stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('staged_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('staged'))
    .addColumn('owner_user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', t.blob, (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('staged_evidence_expiry').on('staged_evidence').column('expires_at').execute();
  await db.schema.alterTable('reports').addColumn('idempotency_key', 'text').execute();
  await db.schema.createIndex('reports_idempotency_key').unique().on('reports').column('idempotency_key').execute();
}
