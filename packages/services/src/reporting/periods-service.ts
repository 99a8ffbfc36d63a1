import { z } from 'zod';
import { generateReportingPeriods, isIsoDate, type ReportingPeriod } from '@duban/core';
import { findPlan, insertPeriods, invalidatePlanSupervision, listPeriods, type PeriodRecord } from '@duban/storage';
import { requireAdmin, type Actor } from '../actor.js';
import { write, type ServiceContext } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { rdb, requireReader, parseInput } from './access.js';

const isoDate = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD');

/** Input of POST /api/plans/:id/periods. */
export const periodSpecInput = z
  .object({
    kind: z.enum(['monthly', 'quarterly', 'custom']),
    start: isoDate,
    end: isoDate,
    due: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('day_of_last_month'), day: z.number().int().min(1).max(31) }),
      z.object({ kind: z.literal('days_after_end'), days: z.number().int().min(0).max(90) }),
    ]).optional(),
    graceDays: z.number().int().min(0).max(60).optional(),
    ranges: z.array(z.object({ start: isoDate, end: isoDate, label: z.string().min(1).max(40).optional(), due: isoDate.optional() })).max(120).optional(),
  })
  .strict();
export type PeriodSpecInput = z.infer<typeof periodSpecInput>;

/** The reporting calendar of a plan. */
export async function getPlanPeriods(ctx: ServiceContext, actor: Actor, planId: string): Promise<PeriodRecord[]> {
  requireReader(actor);
  if (!(await findPlan(ctx.db, planId))) throw notFound('plan', '方案不存在');
  return listPeriods(rdb(ctx.db), planId);
}

/** Generates and appends reporting periods to a plan (office only); they must start after the existing ones. */
export async function createPlanPeriods(ctx: ServiceContext, actor: Actor, planId: string, input: unknown): Promise<PeriodRecord[]> {
  requireAdmin(actor);
  const spec = parseInput(periodSpecInput, input);
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
    // New periods create report obligations: every item's warning colour must be re-derived.
    await invalidatePlanSupervision(db, planId);
    await audit('plan', planId, 'periods.create', null, { spec, periods: rows.map((r) => r.label) });
    return rows;
  });
}
