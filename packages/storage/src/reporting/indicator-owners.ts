import type { OwedIndicatorValueView } from '@duban/core';
import type { ReportingDb } from './types.js';

/** An indicator value a unit owes (indicators.lead_unit_id is the owning unit). */
export type OwedIndicatorValueRow = OwedIndicatorValueView;

/** Values owed by a unit for the periods open on `day` (started, window not yet closed), in published plans. */
export async function listOwedIndicatorValues(
  db: ReportingDb,
  unitId: string,
  day: string,
  planId?: string,
  limit = 200,
): Promise<OwedIndicatorValueRow[]> {
  let q = db
    .selectFrom('indicators as i')
    .innerJoin('plans as pl', 'pl.id', 'i.plan_id')
    .innerJoin('reporting_periods as p', 'p.plan_id', 'i.plan_id')
    .leftJoin('indicator_values as v', (j) =>
      j.onRef('v.indicator_id', '=', 'i.id').onRef('v.period_id', '=', 'p.id').on('v.unit_id', '=', unitId),
    )
    .select(['i.id', 'i.name', 'i.unit', 'i.target', 'i.plan_id', 'pl.title', 'p.id as period_id', 'p.label', 'p.due_date'])
    .where('i.lead_unit_id', '=', unitId)
    .where('pl.status', '=', 'published')
    .where('p.start_date', '<=', day)
    .where('p.window_end', '>=', day)
    .where('v.id', 'is', null);
  if (planId) q = q.where('i.plan_id', '=', planId);
  const rows = await q.orderBy('p.due_date').orderBy('i.plan_id').orderBy('i.ordinal').limit(limit).execute();
  return rows.map((r) => ({
    indicatorId: r.id,
    indicatorName: r.name,
    unit: r.unit,
    target: Number(r.target),
    planId: r.plan_id,
    planTitle: r.title,
    periodId: r.period_id,
    periodLabel: r.label,
    due: r.due_date,
  }));
}

/** Sets the owning unit of several indicators of one plan; returns how many changed. */
export async function setIndicatorOwners(db: ReportingDb, planId: string, indicatorIds: string[], unitId: string | null): Promise<number> {
  if (indicatorIds.length === 0) return 0;
  const res = await db
    .updateTable('indicators')
    .set({ lead_unit_id: unitId })
    .where('plan_id', '=', planId)
    .where('id', 'in', indicatorIds)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
