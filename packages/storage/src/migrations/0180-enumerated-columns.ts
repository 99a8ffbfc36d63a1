import type { Kysely } from 'kysely';
import { enforceEnumeratedColumn, enumeratedViolations, mapLegacyValues, releaseEnumeratedColumn } from '../constraints/enforce.js';
import { ENUMERATED_COLUMNS } from '../constraints/enumerated-columns.js';

/**
 * Status, role and kind columns accept only the codes core defines. Rows holding a zh-CN label of a code (what an
 * earlier writer might have stored) are rewritten to the code; any other stray value stops the migration, before it
 * changes anything, with a message naming the values, so the operator fixes the data instead of losing it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
export async function up(db: Kysely<any>): Promise<void> {
  const bad = await enumeratedViolations(db, ENUMERATED_COLUMNS);
  if (bad.length) {
    const found = bad.map((v) => `${v.table}.${v.column} = '${v.value}' (${v.rows} 行)`).join('；');
    throw new Error(`数据库中有不允许的取值，请先修正后再升级：${found}`);
  }
  for (const c of ENUMERATED_COLUMNS) {
    await mapLegacyValues(db, c);
    await enforceEnumeratedColumn(db, c);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
export async function down(db: Kysely<any>): Promise<void> {
  for (const c of ENUMERATED_COLUMNS) await releaseEnumeratedColumn(db, c);
}
