import type { Kysely } from 'kysely';

/** Why the office returned a unit's submitted 自评 (a submitted 自评 is frozen until returned). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('assessment_results').addColumn('self_return_reason', 'text').execute();
}
