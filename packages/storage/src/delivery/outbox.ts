import type { OutboxEventKind, OutboxStatus } from '@duban/core';
import { sql } from 'kysely';
import { dialectOf } from '../dialect.js';
import { newId, nowIso } from '../util.js';
import type { Db, PageRequest, PageResult } from '../repositories/types.js';
import { deliveryDb, type DeliveryOutboxTable } from './tables.js';

/** A message to queue for one channel. */
export interface OutboxInput {
  channelId: string;
  notificationId: string | null;
  eventKind: OutboxEventKind;
  /** The e-mail address for mail channels; null for group robots. */
  recipient: string | null;
  title: string;
  body: string;
  maxAttempts?: number;
}

/** An outbox row as the worker and the delivery log see it. */
export interface OutboxRecord {
  id: string;
  channelId: string;
  notificationId: string | null;
  eventKind: OutboxEventKind;
  recipient: string | null;
  title: string;
  body: string;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: string;
  lockedUntil: string | null;
  leaseId: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

/** How many attempts a message gets before it is marked failed, unless the caller says otherwise. */
export const DEFAULT_MAX_ATTEMPTS = 6;

const present = (r: DeliveryOutboxTable): OutboxRecord => ({
  id: r.id,
  channelId: r.channel_id,
  notificationId: r.notification_id,
  eventKind: r.event_kind,
  recipient: r.recipient,
  title: r.title,
  body: r.body,
  status: r.status as OutboxRecord['status'],
  attempts: Number(r.attempts),
  maxAttempts: Number(r.max_attempts),
  nextAttemptAt: r.next_attempt_at,
  lockedUntil: r.locked_until,
  leaseId: r.lease_id,
  lastError: r.last_error,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  sentAt: r.sent_at,
});

/** Queues messages (in the caller's transaction, so they exist exactly when the event does). Returns their ids. */
export async function enqueueDeliveries(db: Db, items: OutboxInput[]): Promise<string[]> {
  if (items.length === 0) return [];
  const now = nowIso();
  const rows: DeliveryOutboxTable[] = items.map((m) => ({
    id: newId(),
    channel_id: m.channelId,
    notification_id: m.notificationId,
    event_kind: m.eventKind,
    recipient: m.recipient,
    title: m.title,
    body: m.body,
    status: 'pending',
    attempts: 0,
    max_attempts: m.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    next_attempt_at: now,
    locked_until: null,
    lease_id: null,
    last_error: null,
    created_at: now,
    updated_at: now,
    sent_at: null,
  }));
  for (let i = 0; i < rows.length; i += 200)
    await deliveryDb(db)
      .insertInto('delivery_outbox')
      .values(rows.slice(i, i + 200))
      .execute();
  return rows.map((r) => r.id);
}

/**
 * Claims up to `limit` due messages for one attempt: pending ones whose time has come, and ones still marked
 * sending whose lease ran out (their worker died). Each claimed row gets `leaseId`, a lease until `lockedUntil`
 * and one more attempt counted. One statement: a conditional UPDATE on SQLite (writers are serialised), and
 * `FOR UPDATE SKIP LOCKED` on PostgreSQL so concurrent workers never claim the same row.
 */
export async function claimDueDeliveries(
  db: Db,
  opts: { leaseId: string; now: string; lockedUntil: string; limit: number },
): Promise<OutboxRecord[]> {
  const d = deliveryDb(db);
  const due = d
    .selectFrom('delivery_outbox')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', opts.now)]),
        eb.and([eb('status', '=', 'sending'), eb('locked_until', '<=', opts.now)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(opts.limit);
  const picked = dialectOf(db) === 'postgres' ? due.forUpdate().skipLocked() : due;
  const rows = await d
    .updateTable('delivery_outbox')
    .set((eb) => ({
      status: 'sending',
      lease_id: opts.leaseId,
      locked_until: opts.lockedUntil,
      attempts: eb('attempts', '+', 1),
      updated_at: opts.now,
    }))
    .where('id', 'in', picked)
    .returningAll()
    .execute();
  return rows.map(present).sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.id.localeCompare(b.id));
}

/** Marks a claimed message sent; false when the claim `leaseId` no longer holds it (its lease ran out and another worker took it). */
export async function markDeliverySent(db: Db, id: string, leaseId: string): Promise<boolean> {
  const now = nowIso();
  const res = await deliveryDb(db)
    .updateTable('delivery_outbox')
    .set({ status: 'sent', sent_at: now, locked_until: null, last_error: null, updated_at: now })
    .where('id', '=', id)
    .where('lease_id', '=', leaseId)
    .where('status', '=', 'sending')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/**
 * Records a failed attempt of a claimed message: back to pending until `nextAttemptAt`, or failed for good when
 * `nextAttemptAt` is null (the caller gave up). False when the claim no longer holds the row.
 */
export async function markDeliveryAttemptFailed(
  db: Db,
  id: string,
  leaseId: string,
  error: string,
  nextAttemptAt: string | null,
): Promise<boolean> {
  const res = await deliveryDb(db)
    .updateTable('delivery_outbox')
    .set({
      status: nextAttemptAt ? 'pending' : 'failed',
      next_attempt_at: nextAttemptAt ?? nowIso(),
      locked_until: null,
      last_error: error.slice(0, 1000),
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .where('lease_id', '=', leaseId)
    .where('status', '=', 'sending')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Puts a failed message back in the queue with a fresh set of attempts; false unless it was failed. */
export async function retryFailedDelivery(db: Db, id: string): Promise<boolean> {
  const now = nowIso();
  const res = await deliveryDb(db)
    .updateTable('delivery_outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** One outbox row or undefined. */
export async function findDelivery(db: Db, id: string): Promise<OutboxRecord | undefined> {
  const r = await deliveryDb(db).selectFrom('delivery_outbox').selectAll().where('id', '=', id).executeTakeFirst();
  return r && present(r);
}

/** The delivery log: newest first, optionally of one status or channel. */
export async function listDeliveries(
  db: Db,
  filter: { status?: OutboxStatus | undefined; channelId?: string | undefined },
  page: PageRequest,
): Promise<PageResult<OutboxRecord>> {
  const d = deliveryDb(db);
  let base = d.selectFrom('delivery_outbox');
  if (filter.status) base = base.where('status', '=', filter.status);
  if (filter.channelId) base = base.where('channel_id', '=', filter.channelId);
  const total = await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { items: rows.map(present), total: Number(total.n), page: page.page, pageSize: page.pageSize };
}

/** Deletes messages sent before `before` (the delivery log keeps failed and pending ones); returns how many went. */
export async function pruneSentDeliveries(db: Db, before: string): Promise<number> {
  const res = await deliveryDb(db)
    .deleteFrom('delivery_outbox')
    .where('status', '=', 'sent')
    .where('sent_at', '<', before)
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Gives a claimed message back untried (its attempt is not counted); false when the claim no longer holds it. */
export async function releaseDelivery(db: Db, id: string, leaseId: string): Promise<boolean> {
  const res = await deliveryDb(db)
    .updateTable('delivery_outbox')
    .set((eb) => ({ status: 'pending', attempts: eb('attempts', '-', 1), locked_until: null, updated_at: nowIso() }))
    .where('id', '=', id)
    .where('lease_id', '=', leaseId)
    .where('status', '=', 'sending')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
