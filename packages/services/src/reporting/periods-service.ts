import { generateReportingPeriods, type PeriodSpecInput, type ReportingPeriod } from '@duban/core';
import { findPlan, insertPeriods, listPeriods, type PeriodRecord } from '@duban/storage';
import { readsEverything, requireAdmin, type Actor } from '../actor.js';
import { write, type ServiceContext } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { rdb, requireReader } from './access.js';

/** The reporting calendar of a plan. */
export async function getPlanPeriods(ctx: ServiceContext, actor: Actor, planId: string): Promise<PeriodRecord[]> {
  requireReader(actor);
  const plan = await findPlan(ctx.db, planId);
  // Drafts are hidden from those who do not read drafts anywhere else (liaisons, viewers).
  if (!plan || (plan.status !== 'published' && !readsEverything(actor))) throw notFound('plan', '方案不存在');
  return listPeriods(rdb(ctx.db), planId);
}

/** Generates and appends reporting periods to a plan (office only); they must start after the existing ones. */
export async function createPlanPeriods(ctx: ServiceContext, actor: Actor, planId: string, spec: PeriodSpecInput): Promise<PeriodRecord[]> {
  requireAdmin(actor);
  let generated: ReportingPeriod[];
  try {
    generated = generateReportingPeriods(spec);
  } catch (e) {
    throw invalid('period.invalid', `报送周期设置有误:${(e as Error).message}`);
  }
  return write(ctx, actor, async (tx, audit) => {
    if (!(await findPlan(tx, planId))) throw notFound('plan', '方案不存在');
    const db = rdb(tx);
    const existing = await listPeriods(db, planId);
    const lastEnd = existing.at(-1)?.end;
    if (lastEnd && generated[0] && generated[0].start <= lastEnd) throw invalid('period.overlap', `新周期须晚于已有周期(${lastEnd})`);
    const rows = await insertPeriods(db, planId, generated.map((p) => ({ kind: p.kind, label: p.label, start: p.start, end: p.end, due: p.due, windowEnd: p.windowEnd })));
    await audit('plan', planId, 'periods.create', null, { spec, periods: rows.map((r) => r.label) });
    return rows;
  });
}
