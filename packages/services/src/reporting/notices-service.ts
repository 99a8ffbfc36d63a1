import { z } from 'zod';
import { formatNoticeNumber, isIsoDate, nextNoticeSeq } from '@duban/core';
import {
  findNotice, insertNotice, insertNoticeReply, isUniqueViolation, liaisonCounts, listNoticeReplies, listNotices, noticeNumbersOfYear, setNoticeStatus,
  type NoticeItem, type NoticeRecord, type NoticeReplyRecord, type PageRequest, type PageResult,
} from '@duban/storage';
import { isAdmin, liaisonUnits, requireAdmin, type Actor } from '../actor.js';
import { write, type ServiceContext } from '../context.js';
import { conflict, invalid, notFound } from '../errors.js';
import { rdb, readsAllReports, requireReader, requireUnitAccess, stateConflict, parseInput } from './access.js';

/** Body of POST /api/notices. */
export const issueNoticeInput = z
  .object({
    taskId: z.string().min(1),
    unitId: z.string().min(1),
    reason: z.string().trim().min(1, '请填写督办事由').max(2000),
    due: z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD'),
    /** The office confirms issuing to a unit that has no liaison account yet (nobody will see it in-app). */
    confirmNoUser: z.boolean().optional(),
  })
  .strict();

/** Body of POST /api/notices/:id/replies. */
export const noticeReplyInput = z.object({ body: z.string().trim().min(1, '请填写回复内容').max(10_000) }).strict();

/** Body of POST /api/notices/:id/close. */
export const closeNoticeInput = z.object({ note: z.string().trim().max(2000).optional(), version: z.number().int().min(1).optional() }).strict();

/** Query of GET /api/notices. */
export const noticeListQuery = z.object({
  plan: z.string().optional(),
  unit: z.string().optional(),
  task: z.string().optional(),
  status: z.enum(['open', 'replied', 'closed']).optional(),
});

/** A notice with its replies. */
export type NoticeDetail = NoticeRecord & { replies: NoticeReplyRecord[] };

/** The prefix of notice numbers (setting `notice_prefix`, default 督办). */
const DEFAULT_PREFIX = '督办';

/** Issues a numbered 督办单 to a unit responsible for a task (office only). Numbers restart every year. */
export async function issueNotice(ctx: ServiceContext, actor: Actor, input: unknown): Promise<NoticeRecord> {
  requireAdmin(actor);
  const body = parseInput(issueNoticeInput, input);
  const today = ctx.today();
  if (body.due < today) throw invalid('notice.due_past', '办理期限不能早于今天');
  const year = Number(today.slice(0, 4));
  // Two offices issuing at once race for the same sequence; the unique (year, seq) index makes one retry.
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(ctx, actor, async (tx, audit) => {
        const db = rdb(tx);
        const task = await tx.selectFrom('tasks').select(['id', 'plan_id']).where('id', '=', body.taskId).executeTakeFirst();
        if (!task) throw notFound('task', '任务不存在');
        const assigned = await tx.selectFrom('assignments').select('id').where('task_id', '=', body.taskId).where('unit_id', '=', body.unitId).executeTakeFirst();
        if (!assigned) throw invalid('notice.unit_not_assigned', '该单位不是此任务的责任单位');
        if (!body.confirmNoUser && !(await liaisonCounts(tx, [body.unitId])).get(body.unitId)) {
          throw invalid('notice.unit_without_user', '该单位还没有联络员账号，督办单将无人接收。请先为该单位添加联络员，或确认仍要下发', { unitId: body.unitId });
        }
        const seq = nextNoticeSeq(await noticeNumbersOfYear(db, year), year, DEFAULT_PREFIX);
        const notice = await insertNotice(db, { number: formatNoticeNumber({ prefix: DEFAULT_PREFIX, year, seq }), year, seq, planId: task.plan_id, taskId: body.taskId, unitId: body.unitId, reason: body.reason, due: body.due, issuedBy: actor.userId || null });
        await audit('notice', notice.id, 'issue', null, notice);
        return notice;
      });
    } catch (e) {
      if (attempt < 3 && isUniqueViolation(e)) continue;
      throw e;
    }
  }
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
export async function replyToNotice(ctx: ServiceContext, actor: Actor, id: string, input: unknown): Promise<NoticeDetail> {
  const body = parseInput(noticeReplyInput, input);
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
export async function closeNotice(ctx: ServiceContext, actor: Actor, id: string, input: unknown): Promise<NoticeDetail> {
  requireAdmin(actor);
  const body = parseInput(closeNoticeInput, input ?? {});
  return write(ctx, actor, async (tx, audit) => {
    const db = rdb(tx);
    const n = await findNotice(db, id);
    if (!n) throw notFound('notice', '督办单不存在');
    if (n.status === 'closed') throw stateConflict('notice.closed', '督办单已办结');
    if (body.version !== undefined && body.version !== n.version) throw conflict('notice', n);
    if (!(await setNoticeStatus(db, id, n.version, { status: 'closed', closedBy: actor.userId || null, closeNote: body.note ?? null }))) throw conflict('notice');
    const after = (await findNotice(db, id))!;
    await audit('notice', id, 'close', n, after, body.note ?? null);
    return { ...after, replies: await listNoticeReplies(db, id) };
  });
}

/** A page of notices; liaisons only see their units'. */
export async function listNoticesFor(ctx: ServiceContext, actor: Actor, query: unknown, page: PageRequest): Promise<PageResult<NoticeItem>> {
  requireReader(actor);
  const q = parseInput(noticeListQuery, query);
  const filter = { ...(q.plan ? { planId: q.plan } : {}), ...(q.task ? { taskId: q.task } : {}), ...(q.status ? { status: q.status } : {}) };
  if (readsAllReports(actor) || isAdmin(actor)) return listNotices(rdb(ctx.db), { ...filter, ...(q.unit ? { unitId: q.unit } : {}) }, page);
  const mine = liaisonUnits(actor);
  const unitId = q.unit && mine.includes(q.unit) ? q.unit : mine[0];
  if (!unitId) return { items: [], total: 0, page: page.page, pageSize: page.pageSize };
  return listNotices(rdb(ctx.db), { ...filter, unitId }, page);
}
