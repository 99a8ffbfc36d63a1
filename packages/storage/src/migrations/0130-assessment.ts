import type { Kysely } from 'kysely';
import { columnTypes } from './types.js';

/**
 * Assessment (考核): periods of a plan, their rubrics (a new row per edit, never updated) and the units'
 * results (a new row per revision after locking; `current` marks the one in force).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { real } = columnTypes(db);
  await db.schema
    .createTable('assessment_periods')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rubric_version', 'integer', (c) => c.notNull())
    .addColumn('adjustments', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_at', 'text')
    .execute();
  await db.schema.createIndex('assessment_periods_plan').on('assessment_periods').columns(['plan_id', 'end_date']).execute();
  await db.schema
    .createTable('assessment_rubrics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period_id', 'text', (c) => c.notNull().references('assessment_periods.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('assessment_rubrics_version', ['period_id', 'version'])
    .execute();
  await db.schema
    .createTable('assessment_results')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period_id', 'text', (c) => c.notNull().references('assessment_periods.id').onDelete('cascade'))
    // No foreign key: a merged or deleted unit keeps its past results (the name is in `computed`).
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('current', 'integer', (c) => c.notNull())
    .addColumn('revision_reason', 'text')
    .addColumn('rubric_version', 'integer', (c) => c.notNull())
    .addColumn('computed', 'text', (c) => c.notNull())
    .addColumn('computed_total', real, (c) => c.notNull())
    .addColumn('self_score', real)
    .addColumn('self_note', 'text')
    .addColumn('self_evidence', 'text', (c) => c.notNull())
    .addColumn('self_by', 'text')
    .addColumn('self_at', 'text')
    .addColumn('office_changes', 'text', (c) => c.notNull())
    .addColumn('office_score', real)
    .addColumn('office_by', 'text')
    .addColumn('office_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('assessment_results_revision', ['period_id', 'unit_id', 'revision'])
    .execute();
  await db.schema.createIndex('assessment_results_current').on('assessment_results').columns(['period_id', 'current']).execute();
}
