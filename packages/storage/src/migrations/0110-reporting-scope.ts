import type { Kysely } from 'kysely';

/**
 * Who owes progress reports on a plan: 'lead' (the lead units only — 牵头单位汇总报送, the common practice and the
 * default) or 'all' (every responsible unit). Existing plans become 'lead'.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('plans')
    .addColumn('reporting_scope', 'text', (c) => c.notNull().defaultTo('lead'))
    .execute();
}
