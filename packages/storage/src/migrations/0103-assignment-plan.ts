import { sql, type Kysely } from 'kysely';

/**
 * Copies each assignment's plan onto the assignment row. The dashboard and the unit filters group a scope's
 * assignments (a city: ~1,400 of a province's 140,000); with the plan on the row both engines read them from one
 * index range. Joining through tasks made PostgreSQL hash every assignment of the province instead (30 ms a query).
 * A task never moves between plans, so the copy cannot go stale.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('assignments')
    .addColumn('plan_id', 'text', (c) => c.references('plans.id').onDelete('cascade'))
    .execute();
  await sql`UPDATE assignments SET plan_id = (SELECT t.plan_id FROM tasks t WHERE t.id = assignments.task_id)`.execute(db);
  await db.schema.createIndex('assignments_plan').on('assignments').columns(['plan_id', 'role', 'unit_id']).execute();
}
