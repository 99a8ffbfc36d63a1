import { addDays, daysBetween, generateReportingPeriods, type PeriodPatch, type PeriodSpecInput, type ReportingPeriod } from '@duban/core';
import {
  deletePeriodRow,
  findPeriod,
  findPlan,
  insertPeriods,
  invalidatePlanSupervision,
  listPeriods,
  periodUsage,
  renumberPeriods,
  updatePeriodRow,
  type PeriodRecord,
  type PlanRecord,
  type ReportingDb,
} from '@duban/storage';
import { readsDrafts, requireAdmin, type Actor } from '../actor.js';
import { write, type ServiceContext } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { rdb, requireReader, stateConflict } from './access.js';

/** A period with how many reports and indicator values it holds (only empty periods may change). */
export type PeriodWithUsage = PeriodRecord & { reportCount: number };

/** The year a plan's calendar covers by default: its plan year, else the year of its date, else this year. */
export function planCalendarYear(plan: Pick<PlanRecord, 'planYear' | 'date'>, today: string): number {
  return plan.planYear ?? Number((plan.date ?? today).slice(0, 4));
}

/** The reporting calendar of a plan. */
export async function getPlanPeriods(ctx: ServiceContext, actor: Actor, planId: string): Promise<PeriodWithUsage[]> {
  requireReader(actor);
  const plan = await findPlan(ctx.db, planId);
  // Drafts are hidden from those who do not read drafts anywhere else (liaisons, viewers).
  if (!plan || (plan.status !== 'published' && !readsDrafts(actor))) throw notFound('plan', '方案不存在');
  const db = rdb(ctx.db);
  const usage = await periodUsage(db, planId);
  return (await listPeriods(db, planId)).map((p) => ({ ...p, reportCount: usage.get(p.id) ?? 0 }));
}

/**
 * Generates periods for a plan (office only) — by default over the plan's own year at the frequency already in
 * use (quarterly for a new calendar). Periods that would overlap existing ones are skipped, so generating twice,
 * or over a demo plan's calendar, adds only what is missing.
 */
export async function createPlanPeriods(ctx: ServiceContext, actor: Actor, planId: string, spec: PeriodSpecInput): Promise<PeriodRecord[]> {
  requireAdmin(actor);
  return write(ctx, actor, async (tx, audit) => {
    const plan = await findPlan(tx, planId);
    if (!plan) throw notFound('plan', '方案不存在');
    const db = rdb(tx);
    const existing = await listPeriods(db, planId);
    const year = planCalendarYear(plan, ctx.today());
    const kind = spec.kind ?? (existing[0]?.kind as 'monthly' | 'quarterly' | undefined) ?? 'quarterly';
    let generated: ReportingPeriod[];
    try {
      generated = generateReportingPeriods({ ...spec, kind, start: spec.start ?? `${year}-01-01`, end: spec.end ?? `${year}-12-31` });
    } catch (e) {
      throw invalid('period.invalid', `报送周期设置有误:${(e as Error).message}`);
    }
    const fresh = generated.filter((g) => !existing.some((p) => g.start <= p.end && p.start <= g.end));
    if (fresh.length === 0) throw invalid('period.exists', '所选时间范围内的报送周期已全部存在');
    const rows = await insertPeriods(
      db,
      planId,
      fresh.map((p) => ({ kind: p.kind, label: p.label, start: p.start, end: p.end, due: p.due, windowEnd: p.windowEnd })),
    );
    await renumberPeriods(db, planId);
    // New periods create report obligations: every item's warning colour must be re-derived.
    await invalidatePlanSupervision(db, planId);
    await audit('plan', planId, 'periods.create', null, { spec, periods: rows.map((r) => r.label) });
    return rows;
  });
}

async function editablePeriod(db: ReportingDb, id: string): Promise<PeriodRecord> {
  const period = await findPeriod(db, id);
  if (!period) throw notFound('period', '报送周期不存在');
  if ((await periodUsage(db, period.planId)).get(id)) throw stateConflict('period.has_reports', `${period.label}已有报送,不能修改或删除`);
  return period;
}

/** Changes the label or dates of a period that holds no report (office only). */
export async function updatePlanPeriod(ctx: ServiceContext, actor: Actor, id: string, patch: PeriodPatch): Promise<PeriodRecord> {
  requireAdmin(actor);
  return write(ctx, actor, async (tx, audit) => {
    const db = rdb(tx);
    const before = await editablePeriod(db, id);
    const after = { ...before, ...patch };
    // Moving the due date carries the grace window along unless a window end is given.
    if (patch.due && !patch.windowEnd) after.windowEnd = addDays(patch.due, Math.max(0, daysBetween(before.due, before.windowEnd)));
    if (after.end < after.start) throw invalid('period.invalid', '周期结束日期不能早于开始日期');
    if (after.due < after.start) throw invalid('period.invalid', '报送截止日期不能早于周期开始日期');
    if (after.windowEnd < after.due) throw invalid('period.invalid', '补报截止日期不能早于报送截止日期');
    const siblings = (await listPeriods(db, before.planId)).filter((p) => p.id !== id);
    const clash = siblings.find((p) => after.start <= p.end && p.start <= after.end);
    if (clash) throw invalid('period.overlap', `与${clash.label}的时间重叠`);
    await updatePeriodRow(db, id, after);
    await renumberPeriods(db, before.planId);
    await invalidatePlanSupervision(db, before.planId);
    await audit('period', id, 'update', before, after);
    return (await findPeriod(db, id))!;
  });
}

/** Deletes a period that holds no report (office only). */
export async function deletePlanPeriod(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  requireAdmin(actor);
  await write(ctx, actor, async (tx, audit) => {
    const db = rdb(tx);
    const before = await editablePeriod(db, id);
    await deletePeriodRow(db, id);
    await renumberPeriods(db, before.planId);
    await invalidatePlanSupervision(db, before.planId);
    await audit('period', id, 'delete', before, null);
  });
}
