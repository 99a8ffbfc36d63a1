import {
  findReport,
  findReportByIdempotencyKey,
  insertReport,
  invalidateTaskSupervision,
  isUniqueViolation,
  listEvidence,
  loadSlotContext,
  setTaskCompleted,
  updateReport,
  upsertIndicatorValue,
  findIndicator,
  refreshTaskProgress,
  type Db,
  type ReportRecord,
} from '@duban/storage';
import type { EvidenceView, ReportIndicatorValue, ResubmitReport, Review, SubmitReport } from '@duban/core';
import { isAdmin, liaisonUnits, requireAdmin, type Actor } from '../actor.js';
import { notifyReportReturned } from '../reminders/event-notifications.js';
import { write, type AuditFn, type ServiceContext } from '../context.js';
import { conflict, forbidden, invalid, notFound } from '../errors.js';
import { actingUnit, rdb, readsAllReports, requireReader, requireUnitAccess, stateConflict } from './access.js';
import { presentEvidence } from './evidence-presenter.js';
import { requireIndicatorReporter, requirePlausible } from './indicators-service.js';
import type { EvidenceStorage } from './evidence-service.js';
import { claimStagedEvidence } from './staged-evidence-service.js';

/** A report with its evidence list (as the API shows evidence: without where the bytes are stored). */
export type ReportDetail = ReportRecord & { evidence: EvidenceView[] };

async function saveIndicatorValues(
  tx: Db,
  audit: AuditFn,
  actor: Actor,
  planId: string,
  unitId: string,
  periodId: string,
  values: ReportIndicatorValue[] | undefined,
): Promise<void> {
  for (const v of values ?? []) {
    const ind = await findIndicator(tx, v.indicatorId);
    if (!ind || ind.planId !== planId) throw invalid('indicator.not_in_plan', '指标不属于该方案', { indicatorId: v.indicatorId });
    await requireIndicatorReporter(tx, ind, unitId);
    requirePlausible(ind, v.value);
    const { record, before } = await upsertIndicatorValue(rdb(tx), {
      planId,
      indicatorId: v.indicatorId,
      unitId,
      periodId,
      value: v.value,
      note: v.note ?? null,
      reportedBy: actor.userId || null,
    });
    await audit('indicator_value', record.id, before ? 'update' : 'create', before ?? null, record);
  }
}

/**
 * Submits a progress report for one task × unit × period (the unit's liaison, or the office on its behalf) with
 * its staged evidence, atomically. With an idempotency key a retry returns the report the first attempt stored.
 */
export async function submitReport(
  ctx: ServiceContext,
  actor: Actor,
  body: SubmitReport,
  storage: EvidenceStorage = {},
): Promise<ReportRecord> {
  const unitId = actingUnit(actor, body.unitId);
  const key = body.idempotencyKey ?? null;
  const replay = async () => {
    const existing = key ? await findReportByIdempotencyKey(rdb(ctx.db), key) : undefined;
    if (existing && (existing.taskId !== body.taskId || existing.periodId !== body.periodId || existing.unitId !== unitId)) {
      throw stateConflict('report.idempotency_key_reused', '该提交标识已用于另一份报告');
    }
    return existing;
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await insertNewReport(ctx, actor, body, unitId, key, storage);
  } catch (e) {
    // Two attempts with one key raced: the other one committed; answer with its report.
    const raced = await replay();
    if (raced) return raced;
    throw e;
  }
}

async function insertNewReport(
  ctx: ServiceContext,
  actor: Actor,
  body: SubmitReport,
  unitId: string,
  key: string | null,
  storage: EvidenceStorage,
): Promise<ReportRecord> {
  const today = ctx.today();
  return write(ctx, actor, async (tx, audit) => {
    const db = rdb(tx);
    const slot = await loadSlotContext(db, body.taskId, unitId, body.periodId);
    if (!slot || slot.planStatus !== 'published') throw notFound('task', '任务不存在或方案未发布');
    if (!slot.period) throw notFound('period', '报送周期不存在');
    if (!slot.assigned) throw forbidden('report.unit_not_assigned', '本单位不是该任务的责任单位');
    if (!slot.owes) throw forbidden('report.not_owed', '本方案由牵头单位汇总报送,参与单位的情况请提供给牵头单位,无需单独报送');
    if (slot.completed) throw stateConflict('task.completed', '任务已办结,无需再报送');
    if (today < slot.period.start) throw invalid('report.period_not_open', `${slot.period.label}尚未开始报送`);
    const at = new Date().toISOString();
    let report: ReportRecord;
    try {
      report = await insertReport(
        db,
        {
          planId: slot.planId,
          taskId: body.taskId,
          unitId,
          periodId: body.periodId,
          narrative: body.narrative,
          percent: body.percent,
          completionClaim: body.completionClaim,
          status: 'submitted',
          onTime: today <= slot.period.due,
          submittedBy: actor.userId || null,
          firstSubmittedAt: at,
          submittedAt: at,
        },
        key,
      );
    } catch (e) {
      if (isUniqueViolation(e)) throw stateConflict('report.exists', '本期已报送,请修改已有报告');
      throw e;
    }
    await audit('report', report.id, 'submit', null, report);
    await claimStagedEvidence(db, audit, actor, report.id, body.evidenceIds ?? [], storage);
    await saveIndicatorValues(tx, audit, actor, slot.planId, unitId, body.periodId, body.indicatorValues);
    await invalidateTaskSupervision(db, body.taskId);
    return report;
  });
}

/** Edits and resubmits a report that is not yet accepted (returned or awaiting review), with any new staged evidence; needs the version read. */
export async function resubmitReport(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: ResubmitReport,
  storage: EvidenceStorage = {},
): Promise<ReportRecord> {
  return write(ctx, actor, async (tx, audit) => {
    const db = rdb(tx);
    const before = await findReport(db, id);
    if (!before || !canSee(actor, before)) throw notFound('report', '报告不存在');
    requireUnitAccess(actor, before.unitId);
    if (before.status === 'accepted') throw stateConflict('report.already_accepted', '报告已审核通过,不能修改');
    if (before.version !== body.version) throw conflict('report', before);
    const percent = body.percent ?? before.percent;
    const claim = body.completionClaim ?? before.completionClaim;
    if (claim && percent !== 100) throw invalid('report.claim_needs_100', '申请办结时进度应为100%');
    const after = await updateReport(db, id, body.version, {
      ...(body.narrative !== undefined ? { narrative: body.narrative } : {}),
      percent,
      completionClaim: claim,
      status: 'submitted',
      returnReason: null,
      submittedBy: actor.userId || null,
      submittedAt: new Date().toISOString(),
      reviewedBy: null,
      reviewedAt: null,
    });
    if (!after) throw conflict('report', await findReport(db, id));
    await audit('report', id, 'resubmit', before, after);
    await claimStagedEvidence(db, audit, actor, id, body.evidenceIds ?? [], storage);
    await saveIndicatorValues(tx, audit, actor, before.planId, before.unitId, before.periodId, body.indicatorValues);
    await invalidateTaskSupervision(db, before.taskId);
    return after;
  });
}

async function review(ctx: ServiceContext, actor: Actor, id: string, body: Review, decision: 'return' | 'accept'): Promise<ReportRecord> {
  requireAdmin(actor);
  if (decision === 'return' && !body.reason) throw invalid('report.reason_required', '退回时须说明理由');
  return write(ctx, actor, async (tx, audit) => {
    const db = rdb(tx);
    const before = await findReport(db, id);
    if (!before) throw notFound('report', '报告不存在');
    if (body.version !== undefined && body.version !== before.version) throw conflict('report', before);
    if (before.status !== 'submitted')
      throw stateConflict('report.not_pending', before.status === 'accepted' ? '报告已审核通过' : '报告已退回,待单位重新报送');
    const after = await updateReport(db, id, before.version, {
      status: decision === 'accept' ? 'accepted' : 'returned',
      returnReason: decision === 'return' ? body.reason! : null,
      reviewedBy: actor.userId || null,
      reviewedAt: new Date().toISOString(),
    });
    if (!after) throw conflict('report', await findReport(db, id));
    await audit('report', id, decision, before, after, body.reason ?? null);
    if (decision === 'return') await notifyReportReturned(tx, after, body.reason!);
    if (decision === 'accept') await refreshTaskProgress(db, after.taskId);
    // Accepting a completion claim is the 办结审核: the task is done.
    if (decision === 'accept' && after.completionClaim) {
      await setTaskCompleted(db, after.taskId, after.reviewedAt);
      await audit('task', after.taskId, 'complete', null, { reportId: id, completedAt: after.reviewedAt });
    }
    await invalidateTaskSupervision(db, after.taskId);
    return after;
  });
}

/** The office returns a report with a reason. */
export function returnReport(ctx: ServiceContext, actor: Actor, id: string, input: Review): Promise<ReportRecord> {
  return review(ctx, actor, id, input, 'return');
}

/** The office accepts a report; a completion claim accepted completes the task (办结审核). */
export function acceptReport(ctx: ServiceContext, actor: Actor, id: string, input: Review): Promise<ReportRecord> {
  return review(ctx, actor, id, input, 'accept');
}

/** Whether the actor may see a report: everyone but liaisons sees all; liaisons do not see other units' returned reports. */
export function canSee(actor: Actor, r: Pick<ReportRecord, 'unitId' | 'status'>): boolean {
  if (readsAllReports(actor) || isAdmin(actor)) return true;
  return liaisonUnits(actor).includes(r.unitId) || r.status !== 'returned';
}

/** One report with its evidence. */
export async function getReport(ctx: ServiceContext, actor: Actor, id: string): Promise<ReportDetail> {
  requireReader(actor);
  const db = rdb(ctx.db);
  const r = await findReport(db, id);
  if (!r || !canSee(actor, r)) throw notFound('report', '报告不存在');
  return { ...r, evidence: (await listEvidence(db, id)).map(presentEvidence) };
}
