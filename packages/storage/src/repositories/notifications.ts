import type { NotificationKind } from '@duban/core';
import { enqueueForNotifications } from '../delivery/fanout.js';
import { preparedRows, runPrepared } from '../prepared.js';
import { newId, nowIso } from '../util.js';
import type { Db } from './types.js';

/** Row of `notifications`: one message to one unit; read once any of its liaisons opened it. */
export interface NotificationTable {
  id: string;
  unit_id: string;
  kind: NotificationKind;
  text: string;
  link: string | null;
  read_at: string | null;
  read_by: string | null;
  created_at: string;
  /** Set by reminders that must exist once (a unit, an event, a day): unique, so re-running a sweep adds nothing. */
  dedupe_key: string | null;
}

/** A notification as listed. */
export interface NotificationRecord {
  id: string;
  unitId: string;
  unitName: string | null;
  kind: NotificationKind;
  text: string;
  link: string | null;
  read: boolean;
  createdAt: string;
}

/** A message to send to some units. */
export interface NotificationInput {
  kind: NotificationKind;
  text: string;
  link: string | null;
  /** More for the outbound copies only (e.g. a return reason): their readers are not in the app, where it is shown anyway. */
  detail?: string;
  /**
   * Makes the notification to each unit unique: the unit's row gets `${dedupeKey}:${unitId}`, and a unit that
   * already has that key gets nothing new (nor any outbound message).
   */
  dedupeKey?: string;
}

const table = (db: Db) => db.withTables<{ notifications: NotificationTable }>();

/**
 * Stores one notification per unit (duplicates in `unitIds` are sent once) and, in the same transaction, queues
 * its outbound copies for the channels serving those units (see enqueueForNotifications). Returns how many
 * notifications were stored (units that already had the `dedupeKey` are not counted).
 */
export async function insertNotifications(db: Db, unitIds: Iterable<string>, n: NotificationInput): Promise<number> {
  const now = nowIso();
  const rows = [...new Set(unitIds)].map((unitId) => ({
    id: newId(),
    unit_id: unitId,
    kind: n.kind,
    text: n.text,
    link: n.link,
    read_at: null,
    read_by: null,
    created_at: now,
    dedupe_key: n.dedupeKey ? `${n.dedupeKey}:${unitId}` : null,
  }));
  if (rows.length === 0) return 0;
  const stored = n.dedupeKey
    ? await table(db)
        .insertInto('notifications')
        .values(rows)
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returning(['id', 'unit_id'])
        .execute()
    : (await insertPrepared(db, rows), rows);
  await enqueueForNotifications(
    db,
    stored.map((r) => ({ id: r.id, unitId: r.unit_id })),
    n,
  );
  return stored.length;
}

async function insertPrepared(db: Db, rows: NotificationTable[]): Promise<void> {
  const insert = preparedRows(rows);
  await runPrepared(db, `notifications.insert:${insert.shape}`, insert.values, (v) =>
    table(db).insertInto('notifications').values(insert.rows(v)),
  );
}

/** Notifications of these units (all units when `unitIds` is null), newest first, with the unread count. */
export async function listNotifications(
  db: Db,
  unitIds: string[] | null,
  opts: { unreadOnly?: boolean; limit: number },
): Promise<{ items: NotificationRecord[]; unread: number }> {
  if (unitIds && unitIds.length === 0) return { items: [], unread: 0 };
  const base = () => {
    let q = table(db).selectFrom('notifications');
    if (unitIds) q = q.where('notifications.unit_id', 'in', unitIds);
    return q;
  };
  let q = base()
    .leftJoin('units', 'units.id', 'notifications.unit_id')
    .select([
      'notifications.id',
      'notifications.unit_id',
      'units.name as unit_name',
      'notifications.kind',
      'notifications.text',
      'notifications.link',
      'notifications.read_at',
      'notifications.created_at',
    ]);
  if (opts.unreadOnly) q = q.where('notifications.read_at', 'is', null);
  const rows = await q.orderBy('notifications.created_at', 'desc').orderBy('notifications.id').limit(opts.limit).execute();
  const unread = await base()
    .select((eb) => eb.fn.countAll().as('n'))
    .where('notifications.read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    items: rows.map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      unitName: r.unit_name,
      kind: r.kind,
      text: r.text,
      link: r.link,
      read: r.read_at !== null,
      createdAt: r.created_at,
    })),
    unread: Number(unread.n),
  };
}

/** Marks notifications of these units read (the given ids, or all of them); returns how many changed. */
export async function markNotificationsRead(
  db: Db,
  unitIds: string[] | null,
  ids: string[] | null,
  userId: string | null,
): Promise<number> {
  if ((unitIds && unitIds.length === 0) || (ids && ids.length === 0)) return 0;
  let q = table(db).updateTable('notifications').set({ read_at: nowIso(), read_by: userId }).where('read_at', 'is', null);
  if (unitIds) q = q.where('unit_id', 'in', unitIds);
  if (ids) q = q.where('id', 'in', ids);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

/** How many active liaison users each unit has (units without any are absent). */
export async function liaisonCounts(db: Db, unitIds: string[]): Promise<Map<string, number>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select(['user_roles.unit_id', (eb) => eb.fn.countAll().as('n')])
    .where('user_roles.role', '=', 'liaison')
    .where('users.active', '=', 1)
    .where('user_roles.unit_id', 'in', unitIds)
    .groupBy('user_roles.unit_id')
    .execute();
  return new Map(rows.map((r) => [r.unit_id!, Number(r.n)]));
}

/** Which of these full dedupe keys (`${dedupeKey}:${unitId}`) are already stored. */
export async function existingDedupeKeys(db: Db, keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await table(db)
      .selectFrom('notifications')
      .select('dedupe_key')
      .where('dedupe_key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) if (r.dedupe_key) found.add(r.dedupe_key);
  }
  return found;
}
