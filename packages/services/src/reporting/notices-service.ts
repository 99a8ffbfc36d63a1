import { formatNoticeNumber, type CloseNotice, type IssueNotice, type NoticeListFilter, type NoticeReply } from '@duban/core';
import {
  claimNoticeSeq,
  findNotice,
  findPlan,
  findTaskPlanId,
  insertNotice,
  insertNoticeReply,
  liaisonCounts,
  listNoticeReplies,
  listNotices,
  setNoticeStatus,
  unitAssignedToTask,
  type NoticeItem,
  type NoticeRecord,
  type NoticeReplyRecord,
  type PageRequest,
  type PageResult,
} from '@duban/storage';
import { isAdmin, liaisonUnits, requireAdmin, type Actor } from '../actor.js';
import { notifyNoticeIssued } from '../reminders/event-notifications.js';
import { write, type ServiceContext } from '../context.js';
import { conflict, invalid, notFound } from '../errors.js';
import { rdb, readsAllReports, requireReader, requireUnitAccess, stateConflict } from './access.js';

/** A notice with its replies. */
export type NoticeDetail = NoticeRecord & { replies: NoticeReplyRecord[] };

/** The prefix of notice numbers (setting `notice_prefix`, default 督办). */
const DEFAULT_PREFIX = '督办';

/** Issues a numbered 督办单 to a unit responsible for a task (office only). Numbers restart every year. */
export async function issueNotice(ctx: ServiceContext, actor: Actor, body: IssueNotice): Promise<NoticeRecord> {
  requireAdmin(actor);
  const today = ctx.today();
  if (body.due < today) throw invalid('notice.due_past', '办理期限不能早于今天');
  const year = Number(today.slice(0, 4));
  // The sequence comes from the year's counter row, claimed in this transaction: simultaneous issues queue on it.
  return write(ctx, actor, async (tx, audit) => {
    const db = rdb(tx);
    const planId = await findTaskPlanId(tx, body.taskId);
    // A draft's tasks are not under supervision yet (and a notice would show them to the unit's liaison).
    if (!planId || (await findPlan(tx, planId))?.status !== 'published') throw notFound('task', '任务不存在或方案未发布');
    if (!(await unitAssignedToTask(tx, body.taskId, body.unitId))) throw invalid('notice.unit_not_assigned', '该单位不是此任务的责任单位');
    if (!body.confirmNoUser && !(await liaisonCounts(tx, [body.unitId])).get(body.unitId)) {
      throw invalid('notice.unit_without_user', '该单位还没有联络员账号，督办单将无人接收。请先为该单位添加联络员，或确认仍要下发', {
        unitId: body.unitId,
      });
    }
    const seq = await claimNoticeSeq(db, year);
    const notice = await insertNotice(db, {
      number: formatNoticeNumber({ prefix: DEFAULT_PREFIX, year, seq }),
      year,
      seq,
      planId,
      taskId: body.taskId,
      unitId: body.unitId,
      reason: body.reason,
      due: body.due,
      issuedBy: actor.userId || null,
    });
    await audit('notice', notice.id, 'issue', null, notice);
    await notifyNoticeIssued(tx, notice);
    return notice;
  });
}

function canSeeNotice(actor: Actor, n: NoticeRecord): boolean {
  return readsAllReports(actor) || liaisonUnits(actor).includes(n.unitId);
}

/** One notice with replies (liaisons see only their units' notices). */
export async function getNotice(ctx: ServiceContext, actor: Actor, id: string): Promise<NoticeDetail> {
  requireReader(actor);
  const db = rdb(ctx.db);
  const n = await findNotice(db, id);
  if (!n || !canSeeNotice(actor, n)) throw notFound('notice', '督办单不存在');
  return { ...n, replies: await listNoticeReplies(db, id) };
}

/** The unit answers a notice (its liaison, or the office on its behalf); an open notice becomes 'replied'. */
export async function replyToNotice(ctx: ServiceContext, actor: Actor, id: string, body: NoticeReply): Promise<NoticeDetail> {
  return write(ctx, actor, async (tx, audit) => {
    const db = rdb(tx);
    const n = await findNotice(db, id);
    if (!n || !canSeeNotice(actor, n)) throw notFound('notice', '督办单不存在');
    requireUnitAccess(actor, n.unitId);
    if (n.status === 'closed') throw stateConflict('notice.closed', '督办单已办结');
    const reply = await insertNoticeReply(db, { noticeId: id, unitId: n.unitId, body: body.body, repliedBy: actor.userId || null });
    if (n.status === 'open' && !(await setNoticeStatus(db, id, n.version, { status: 'replied' }))) throw conflict('notice');
    await audit('notice', id, 'reply', { status: n.status }, { status: 'replied', reply });
    return { ...(await findNotice(db, id))!, replies: await listNoticeReplies(db, id) };
  });
}

/** The office closes a notice (销号). */
export async function closeNotice(ctx: ServiceContext, actor: Actor, id: string, body: CloseNotice): Promise<NoticeDetail> {
  requireAdmin(actor);
  return write(ctx, actor, async (tx, audit) => {
    const db = rdb(tx);
    const n = await findNotice(db, id);
    if (!n) throw notFound('notice', '督办单不存在');
    if (n.status === 'closed') throw stateConflict('notice.closed', '督办单已办结');
    if (body.version !== undefined && body.version !== n.version) throw conflict('notice', n);
    if (!(await setNoticeStatus(db, id, n.version, { status: 'closed', closedBy: actor.userId || null, closeNote: body.note ?? null })))
      throw conflict('notice');
    const after = (await findNotice(db, id))!;
    await audit('notice', id, 'close', n, after, body.note ?? null);
    return { ...after, replies: await listNoticeReplies(db, id) };
  });
}

/** A page of notices; liaisons only see their units'. */
export async function listNoticesFor(
  ctx: ServiceContext,
  actor: Actor,
  q: NoticeListFilter,
  page: PageRequest,
): Promise<PageResult<NoticeItem>> {
  requireReader(actor);
  const filter = {
    ...(q.plan ? { planId: q.plan } : {}),
    ...(q.task ? { taskId: q.task } : {}),
    ...(q.status ? { status: q.status } : {}),
  };
  if (readsAllReports(actor) || isAdmin(actor)) return listNotices(rdb(ctx.db), { ...filter, ...(q.unit ? { unitId: q.unit } : {}) }, page);
  const mine = liaisonUnits(actor);
  const unitId = q.unit && mine.includes(q.unit) ? q.unit : mine[0];
  if (!unitId) return { items: [], total: 0, page: page.page, pageSize: page.pageSize };
  return listNotices(rdb(ctx.db), { ...filter, unitId }, page);
}
