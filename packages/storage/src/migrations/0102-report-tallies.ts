import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * Running counts of reports per (plan, unit, period): how many were submitted and how many on time. Kept by
 * the report repository in the same transaction as each insert, so the dashboard reads a few hundred tally
 * rows instead of grouping every report of a city.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_tallies')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('period_id', 'text', (c) => c.notNull().references('reporting_periods.id').onDelete('cascade'))
    .addColumn('submitted', 'integer', (c) => c.notNull())
    .addColumn('on_time', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_tallies_pk', ['plan_id', 'unit_id', 'period_id'])
    // SQLite: cluster the rows by the key so reading a plan's tallies is one index range, no row lookups.
    .$call((b) => (dialectOf(db) === 'sqlite' ? b.modifyEnd(sql`WITHOUT ROWID`) : b))
    .execute();
  await sql`INSERT INTO report_tallies (plan_id, unit_id, period_id, submitted, on_time)
    SELECT plan_id, unit_id, period_id, COUNT(*), SUM(on_time) FROM reports GROUP BY plan_id, unit_id, period_id`.execute(db);
}
