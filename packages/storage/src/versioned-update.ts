import type { Kysely, Selectable, Updateable } from 'kysely';

/** Tables with the optimistic-concurrency columns: a text id and an integer version. */
export type VersionedTableName<DB> = {
  [T in keyof DB & string]: DB[T] extends { id: unknown; version: unknown } ? T : never;
}[keyof DB & string];

/** Which row to update: its id, the version the caller read and, optionally, more columns it must still hold. */
export interface VersionedKey<Row> {
  id: string;
  version: number;
  /** Further equality conditions (e.g. `{ status: 'draft' }`): the update misses when one no longer holds. */
  where?: Partial<Selectable<Row>>;
}

/**
 * The one optimistic-concurrency update: `UPDATE table SET …, version = version + 1 WHERE id = ? AND version = ?`
 * (plus `key.where`), one statement. False when no row matched: another writer came first, or the row is gone.
 */
export async function updateVersioned<DB, T extends VersionedTableName<DB>>(
  db: Kysely<DB>,
  table: T,
  key: VersionedKey<DB[T]>,
  values: Omit<Updateable<DB[T]>, 'id' | 'version'>,
): Promise<boolean> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table is generic; the signature types the columns
  const loose = db as unknown as Kysely<any>;
  let q = loose
    .updateTable(table as string)
    .set({ ...(values as Record<string, unknown>), version: key.version + 1 })
    .where('id', '=', key.id)
    .where('version', '=', key.version);
  for (const [column, value] of Object.entries(key.where ?? {})) q = q.where(column, '=', value);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
