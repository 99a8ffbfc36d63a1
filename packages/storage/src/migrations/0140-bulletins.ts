import type { Kysely } from 'kysely';
import { columnTypes } from './types.js';

/**
 * 情况通报: bulletins of a plan (a draft the office edits, then issued with the .docx as sent), and the
 * office's template text blocks, one per plan or per jurisdiction (a plan's own template wins).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('bulletins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('period_id', 'text', (c) => c.references('reporting_periods.id').onDelete('set null'))
    .addColumn('period_label', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    // The generated data and the edited text blocks, as JSON (BulletinData).
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('issued_file', t.blob)
    .addColumn('issued_at', 'text')
    .addColumn('issued_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('bulletins_plan').on('bulletins').columns(['plan_id', 'created_at']).execute();
  await db.schema
    .createTable('bulletin_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // 'plan' or 'jurisdiction', and the id of that plan or jurisdiction.
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('blocks', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.createIndex('bulletin_templates_scope').on('bulletin_templates').columns(['scope', 'scope_id']).unique().execute();
}
