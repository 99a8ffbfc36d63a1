import type { Kysely } from 'kysely';
import { columnTypes } from './types.js';

/**
 * Reporting and supervision: the reporting calendar of each plan, progress reports (task × unit × period)
 * with their evidence files, indicator values, and supervision notices (督办单) with replies.
 * plan_id is repeated on reports and indicator values so dashboard aggregates need no joins.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  // Supervision state kept on the task row so lists and dashboards read it without recomputing:
  // suspension (暂缓) is set by the office; progress and completion come from accepted reports.
  await db.schema
    .alterTable('tasks')
    .addColumn('suspended', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('tasks')
    .addColumn('progress', t.real, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('tasks').addColumn('completed_at', 'text').execute();
  await db.schema.createIndex('tasks_plan_colour').on('tasks').columns(['plan_id', 'colour']).execute();
  await db.schema.createIndex('tasks_plan_status').on('tasks').columns(['plan_id', 'status']).execute();
  await db.schema
    .createTable('reporting_periods')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('window_end', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reporting_periods_plan_seq').unique().on('reporting_periods').columns(['plan_id', 'seq']).execute();

  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('period_id', 'text', (c) => c.notNull().references('reporting_periods.id').onDelete('cascade'))
    .addColumn('narrative', 'text', (c) => c.notNull())
    .addColumn('percent', t.real, (c) => c.notNull())
    .addColumn('completion_claim', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('return_reason', 'text')
    .addColumn('on_time', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('submitted_by', 'text', (c) => c.references('users.id'))
    .addColumn('first_submitted_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .execute();
  await db.schema.createIndex('reports_slot').unique().on('reports').columns(['task_id', 'unit_id', 'period_id']).execute();
  await db.schema.createIndex('reports_plan_period').on('reports').columns(['plan_id', 'period_id', 'status']).execute();
  await db.schema.createIndex('reports_unit_period').on('reports').columns(['unit_id', 'period_id']).execute();

  await db.schema
    .createTable('report_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage', 'text', (c) => c.notNull())
    .addColumn('path', 'text')
    .addColumn('bytes', t.blob)
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('report_evidence_report').on('report_evidence').column('report_id').execute();

  await db.schema
    .createTable('indicator_values')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('period_id', 'text', (c) => c.notNull().references('reporting_periods.id').onDelete('cascade'))
    .addColumn('value', t.real, (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('reported_by', 'text', (c) => c.references('users.id'))
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('indicator_values_slot')
    .unique()
    .on('indicator_values')
    .columns(['indicator_id', 'unit_id', 'period_id'])
    .execute();
  await db.schema.createIndex('indicator_values_plan').on('indicator_values').column('plan_id').execute();

  await db.schema
    .createTable('notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.references('users.id'))
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'text', (c) => c.references('users.id'))
    .addColumn('closed_at', 'text')
    .addColumn('close_note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('notices_year_seq').unique().on('notices').columns(['year', 'seq']).execute();
  await db.schema.createIndex('notices_plan_status').on('notices').columns(['plan_id', 'status']).execute();
  await db.schema.createIndex('notices_unit').on('notices').column('unit_id').execute();

  await db.schema
    .createTable('notice_replies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('notice_id', 'text', (c) => c.notNull().references('notices.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('replied_by', 'text', (c) => c.references('users.id'))
    .addColumn('replied_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notice_replies_notice').on('notice_replies').column('notice_id').execute();
}
