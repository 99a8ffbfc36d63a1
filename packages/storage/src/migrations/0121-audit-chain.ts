import type { Kysely } from 'kysely';
import { chainUnchainedAuditRows } from '../audit/backfill.js';

/**
 * Hash-chains the audit log: every row gets its position (`seq`), the previous row's hash and its own hash
 * (sha256 of the previous hash and its canonical content; see audit/chain-hash.ts), and `audit_chain` holds the
 * head. Existing rows are chained in the order they were written (time, then id).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('seq', 'integer').execute();
  await db.schema.alterTable('audit_log').addColumn('prev_hash', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('hash', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('hash_algo', 'text').execute();
  await db.schema.createIndex('audit_log_seq').unique().on('audit_log').column('seq').execute();
  await db.schema
    .createTable('audit_chain')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .addColumn('algo', 'text', (c) => c.notNull())
    .addColumn('anchor_seq', 'integer', (c) => c.notNull())
    .addColumn('anchor_hash', 'text', (c) => c.notNull())
    .execute();

  await chainUnchainedAuditRows(db);
}
