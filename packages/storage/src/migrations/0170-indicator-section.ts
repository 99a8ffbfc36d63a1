import { sectionAt } from '@duban/core';
import type { Kysely } from 'kysely';

/**
 * The heading an indicator was read under ("一、主要目标", "（三）合理膳食行动"), so the office can assign owners a
 * section at a time. Existing indicators take theirs from the stored document text.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('indicators').addColumn('section', 'text').execute();
  const rows = (await db
    .selectFrom('indicators')
    .innerJoin('plans', 'plans.id', 'indicators.plan_id')
    .innerJoin('documents', 'documents.id', 'plans.document_id')
    .select(['indicators.id as id', 'indicators.source_start as start', 'documents.text as text'])
    .where('indicators.source_start', 'is not', null)
    .execute()) as { id: string; start: number; text: string }[];
  for (const r of rows) {
    const section = sectionAt(r.text, Number(r.start));
    if (section) await db.updateTable('indicators').set({ section }).where('id', '=', r.id).execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('indicators').dropColumn('section').execute();
}
