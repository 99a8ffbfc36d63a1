import { sql, type Kysely } from 'kysely';
import { appendAuditEntries } from '../audit/chain.js';
import type { Db } from '../repositories/types.js';

/**
 * At most one active unit of a name without a jurisdiction (a unique index treats NULL jurisdictions as distinct,
 * so two could be created). Existing duplicates keep the oldest under its name; the others are renamed
 * "名称（重复N）", each rename an audit entry, so an administrator can merge or rename them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
export async function up(db: Kysely<any>): Promise<void> {
  const rows = (await db
    .selectFrom('units')
    .select(['id', 'name', 'version'])
    .where('jurisdiction_id', 'is', null)
    .where('merged_into_id', 'is', null)
    .orderBy('name')
    .orderBy('created_at')
    .orderBy('id')
    .execute()) as { id: string; name: string; version: number }[];
  const taken = new Set(rows.map((r) => r.name));
  const seen = new Set<string>();
  for (const r of rows) {
    if (!seen.has(r.name)) {
      seen.add(r.name);
      continue;
    }
    let n = 2;
    while (taken.has(`${r.name}（重复${n}）`)) n++;
    const name = `${r.name}（重复${n}）`;
    taken.add(name);
    await db
      .updateTable('units')
      .set({ name, version: r.version + 1, updated_at: new Date().toISOString() })
      .where('id', '=', r.id)
      .execute();
    await appendAuditEntries(db as unknown as Db, [
      {
        userId: null,
        username: 'system',
        entity: 'unit',
        entityId: r.id,
        action: 'update',
        before: { name: r.name },
        after: { name },
        reason: '升级：同名且未指定行政区划的单位只保留一个原名',
      },
    ]);
  }
  await sql`CREATE UNIQUE INDEX units_name_without_jurisdiction ON units (name) WHERE jurisdiction_id IS NULL AND merged_into_id IS NULL`.execute(
    db,
  );
}
