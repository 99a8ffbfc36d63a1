import type { NoticeStatus } from '@duban/core';
import { sql } from 'kysely';
import { newId, nowIso } from '../util.js';
import type { PageRequest, PageResult } from '../repositories/types.js';
import type { ReportingDb } from './types.js';
import { updateVersioned } from '../versioned-update.js';

/** States of a 督办单. */
export type { NoticeStatus };

/** A supervision notice. */
export interface NoticeRecord {
  id: string;
  number: string;
  year: number;
  seq: number;
  planId: string;
  taskId: string;
  unitId: string;
  reason: string;
  due: string;
  status: NoticeStatus;
  issuedBy: string | null;
  issuedAt: string;
  closedBy: string | null;
  closedAt: string | null;
  closeNote: string | null;
  version: number;
}

/** A reply from the unit. */
export interface NoticeReplyRecord {
  id: string;
  noticeId: string;
  unitId: string | null;
  body: string;
  repliedBy: string | null;
  repliedAt: string;
}

/** A notice with display names and its replies. */
export interface NoticeItem extends NoticeRecord {
  taskTitle: string | null;
  unitName: string;
}

type Row = {
  id: string;
  number: string;
  year: number;
  seq: number;
  plan_id: string;
  task_id: string;
  unit_id: string;
  reason: string;
  due_date: string;
  status: NoticeStatus;
  issued_by: string | null;
  issued_at: string;
  closed_by: string | null;
  closed_at: string | null;
  close_note: string | null;
  version: number;
};

function toRecord(r: Row): NoticeRecord {
  return {
    id: r.id,
    number: r.number,
    year: r.year,
    seq: r.seq,
    planId: r.plan_id,
    taskId: r.task_id,
    unitId: r.unit_id,
    reason: r.reason,
    due: r.due_date,
    status: r.status as NoticeStatus,
    issuedBy: r.issued_by,
    issuedAt: r.issued_at,
    closedBy: r.closed_by,
    closedAt: r.closed_at,
    closeNote: r.close_note,
    version: r.version,
  };
}

/** Notice numbers already issued in a year (to compute the next sequence). */
export async function noticeNumbersOfYear(db: ReportingDb, year: number): Promise<string[]> {
  const rows = await db.selectFrom('notices').select('number').where('year', '=', year).execute();
  return rows.map((r) => r.number);
}

/**
 * Claims the next 督办单 sequence of `year`; call inside the transaction that inserts the notice. The counter row's
 * upsert holds its lock until commit, so concurrent issuers get consecutive numbers instead of colliding; a year
 * without a row starts after the highest sequence already issued (a database restored from an older version).
 */
export async function claimNoticeSeq(db: ReportingDb, year: number): Promise<number> {
  const first = db
    .selectFrom('notices')
    .select(sql<number>`coalesce(max(seq), 0) + 1`.as('n'))
    .where('year', '=', year);
  const row = await db
    .insertInto('notice_counters')
    .values({ year, last_seq: first })
    .onConflict((oc) => oc.column('year').doUpdateSet({ last_seq: sql<number>`notice_counters.last_seq + 1` }))
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(row.last_seq);
}

/** Stores a notice; number/seq come from {@link claimNoticeSeq} in the same transaction (unique (year, seq) backs it). */
export async function insertNotice(
  db: ReportingDb,
  n: Omit<NoticeRecord, 'id' | 'issuedAt' | 'closedBy' | 'closedAt' | 'closeNote' | 'version' | 'status'>,
): Promise<NoticeRecord> {
  const rec: NoticeRecord = {
    ...n,
    id: newId(),
    status: 'open',
    issuedAt: nowIso(),
    closedBy: null,
    closedAt: null,
    closeNote: null,
    version: 1,
  };
  await db
    .insertInto('notices')
    .values({
      id: rec.id,
      number: rec.number,
      year: rec.year,
      seq: rec.seq,
      plan_id: rec.planId,
      task_id: rec.taskId,
      unit_id: rec.unitId,
      reason: rec.reason,
      due_date: rec.due,
      status: 'open',
      issued_by: rec.issuedBy,
      issued_at: rec.issuedAt,
      closed_by: null,
      closed_at: null,
      close_note: null,
      version: 1,
    })
    .execute();
  return rec;
}

/** One notice or undefined. */
export async function findNotice(db: ReportingDb, id: string): Promise<NoticeRecord | undefined> {
  const r = await db.selectFrom('notices').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toRecord(r);
}

/** Changes a notice's status (and closing fields) when its version matches; false when stale. */
export async function setNoticeStatus(
  db: ReportingDb,
  id: string,
  expectedVersion: number,
  s: { status: NoticeStatus; closedBy?: string | null; closeNote?: string | null },
): Promise<boolean> {
  return updateVersioned(
    db,
    'notices',
    { id, version: expectedVersion },
    {
      status: s.status,
      ...(s.status === 'closed' ? { closed_by: s.closedBy ?? null, closed_at: nowIso(), close_note: s.closeNote ?? null } : {}),
    },
  );
}

/** Adds a reply. */
export async function insertNoticeReply(db: ReportingDb, r: Omit<NoticeReplyRecord, 'id' | 'repliedAt'>): Promise<NoticeReplyRecord> {
  const rec = { ...r, id: newId(), repliedAt: nowIso() };
  await db
    .insertInto('notice_replies')
    .values({
      id: rec.id,
      notice_id: rec.noticeId,
      unit_id: rec.unitId,
      body: rec.body,
      replied_by: rec.repliedBy,
      replied_at: rec.repliedAt,
    })
    .execute();
  return rec;
}

/** Replies of a notice, oldest first. */
export async function listNoticeReplies(db: ReportingDb, noticeId: string): Promise<NoticeReplyRecord[]> {
  const rows = await db
    .selectFrom('notice_replies')
    .selectAll()
    .where('notice_id', '=', noticeId)
    .orderBy('replied_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    noticeId: r.notice_id,
    unitId: r.unit_id,
    body: r.body,
    repliedBy: r.replied_by,
    repliedAt: r.replied_at,
  }));
}

/** Filters for the notice list. */
export interface NoticeFilter {
  planId?: string;
  unitId?: string;
  taskId?: string;
  status?: NoticeStatus;
}

/** A page of notices, newest first. */
export async function listNotices(db: ReportingDb, f: NoticeFilter, page: PageRequest): Promise<PageResult<NoticeItem>> {
  let q = db.selectFrom('notices as n').innerJoin('tasks as t', 't.id', 'n.task_id').innerJoin('units as u', 'u.id', 'n.unit_id');
  if (f.planId) q = q.where('n.plan_id', '=', f.planId);
  if (f.unitId) q = q.where('n.unit_id', '=', f.unitId);
  if (f.taskId) q = q.where('n.task_id', '=', f.taskId);
  if (f.status) q = q.where('n.status', '=', f.status);
  const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await q
    .selectAll('n')
    .select(['t.title as task_title', 'u.name as unit_name'])
    .orderBy('n.year', 'desc')
    .orderBy('n.seq', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return {
    items: rows.map((r) => ({ ...toRecord(r), taskTitle: r.task_title, unitName: r.unit_name })),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}

/** Open (unanswered) notices whose deadline is before `day` but not before `since`, oldest deadline first. */
export async function openNoticesPastDue(db: ReportingDb, day: string, since: string): Promise<NoticeRecord[]> {
  const rows = await db
    .selectFrom('notices')
    .selectAll()
    .where('status', '=', 'open')
    .where('due_date', '<', day)
    .where('due_date', '>=', since)
    .orderBy('due_date')
    .orderBy('id')
    .execute();
  return rows.map(toRecord);
}
