import { sql, type ExpressionBuilder } from 'kysely';
import { runPrepared } from '../prepared.js';
import type { Database } from '../schema.js';
import type { ReportingTables } from './schema.js';
import type { ReportingDb } from './types.js';

/** Published plans of a jurisdiction and everything under it (a province, its cities, their counties …). */
export async function plansOfJurisdiction(db: ReportingDb, jurisdictionId: string): Promise<string[]> {
  const rows = await db
    .withRecursive('area(id)', (qb) =>
      qb
        .selectFrom('jurisdictions')
        .select('id')
        .where('id', '=', jurisdictionId)
        .unionAll((u) => u.selectFrom('jurisdictions as j').innerJoin('area', 'area.id', 'j.parent_id').select('j.id')),
    )
    .selectFrom('plans')
    .select('plans.id')
    .where('plans.status', '=', 'published')
    .where('plans.jurisdiction_id', 'in', (eb) => eb.selectFrom('area').select('area.id'))
    .execute();
  return rows.map((r) => r.id);
}

/** Raw aggregates behind the dashboard; every list is bounded. */
export interface DashboardAggregates {
  byStatusColour: { kind: string; status: string; colour: string | null; count: number; progressSum: number }[];
  byLeadUnit: { unitId: string; unitName: string; status: string; count: number }[];
  overdue: {
    taskId: string;
    planId: string;
    number: string | null;
    title: string | null;
    due: string | null;
    progress: number;
    leadUnit: string | null;
  }[];
  overdueTotal: number;
  missing: { taskId: string; title: string | null; unitId: string; unitName: string; periodLabel: string; due: string }[];
  missingTotal: number;
  reportsByUnit: { unitId: string; unitName: string; submitted: number; onTime: number }[];
  missingByUnit: { unitId: string; missing: number }[];
  indicators: {
    id: string;
    name: string;
    baseline: number | null;
    target: number;
    unit: string;
    comparator: string;
    ownerUnitId: string | null;
    ownerUnitName: string | null;
  }[];
}

/**
 * Runs the dashboard's aggregate queries for a set of plans on a given day. Missing reports are counted, not
 * anti-joined: expected slots (active assignments × periods past their window) minus submitted ones, from
 * GROUP BYs over covering indexes; only the short list of examples probes individual slots, period by period.
 */
export async function dashboardAggregates(db: ReportingDb, planIds: string[], today: string, listLimit = 20): Promise<DashboardAggregates> {
  const ids = planIds.length > 0 ? planIds : [''];
  const inactive = (eb: ExpressionBuilder<Database & ReportingTables, 'tasks'>) =>
    eb.or([eb('completed_at', 'is not', null), eb('suspended', '=', 1)]);
  const overdueTasks = () =>
    db
      .selectFrom('tasks as t')
      .where('t.plan_id', 'in', ids)
      .where('t.completed_at', 'is', null)
      .where('t.suspended', '=', 0)
      .where('t.last_due', '<', today);

  const [
    taskSummary,
    overdue,
    tallyByUnit,
    tallyByPeriod,
    inactiveSubmitted,
    byLeadUnit,
    activeAssignments,
    units,
    periods,
    indicators,
    scopes,
  ] = await Promise.all([
    db
      .selectFrom('tasks')
      .select(['kind', 'status', 'colour', (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.sum('progress').as('p')])
      .select(
        sql<number | string>`SUM(CASE WHEN completed_at IS NULL AND suspended = 0 AND last_due < ${today} THEN 1 ELSE 0 END)`.as('overdue'),
      )
      .where('plan_id', 'in', ids)
      .groupBy(['kind', 'status', 'colour'])
      .execute(),
    overdueTasks()
      .select(['t.id', 't.plan_id', 't.number', 't.title', 't.last_due', 't.progress'])
      .select((eb) =>
        eb
          .selectFrom('assignments as a')
          .innerJoin('units as u', 'u.id', 'a.unit_id')
          .select('u.name')
          .whereRef('a.task_id', '=', 't.id')
          .where('a.role', '=', 'lead')
          .orderBy('a.ordinal')
          .limit(1)
          .as('lead_name'),
      )
      .orderBy('t.last_due')
      .orderBy('t.id')
      .limit(listLimit)
      .execute(),
    // The tallies are summed here, not shipped: a city has ~1,200 (unit, period) rows and needs ~20 units' totals.
    db
      .selectFrom('report_tallies as rt')
      .innerJoin('reporting_periods as p', 'p.id', 'rt.period_id')
      .select([
        'rt.unit_id',
        (eb) => eb.fn.sum<number | string>('rt.submitted').as('n'),
        (eb) => eb.fn.sum<number | string>('rt.on_time').as('on_time'),
      ])
      .select(sql<number | string>`SUM(CASE WHEN p.window_end < ${today} THEN rt.submitted ELSE 0 END)`.as('past'))
      .where('rt.plan_id', 'in', ids)
      .where('p.plan_id', 'in', ids)
      .groupBy('rt.unit_id')
      .execute(),
    db
      .selectFrom('report_tallies')
      .select(['period_id', (eb) => eb.fn.sum<number | string>('submitted').as('n')])
      .where('plan_id', 'in', ids)
      .groupBy('period_id')
      .execute(),
    // Two steps with literal ids, so every planner probes the slot index instead of hashing all reports.
    db
      .selectFrom('tasks')
      .select('id')
      .where('plan_id', 'in', ids)
      .where(inactive)
      .execute()
      .then(async (tasks) => {
        const out: { unit_id: string; period_id: string; n: number | string | bigint }[] = [];
        for (let i = 0; i < tasks.length; i += 500) {
          const chunk = tasks.slice(i, i + 500).map((t) => t.id);
          out.push(
            ...(await db
              .selectFrom('reports')
              .select(['unit_id', 'period_id', (eb) => eb.fn.countAll().as('n')])
              .where('task_id', 'in', chunk)
              .groupBy(['unit_id', 'period_id'])
              .execute()),
          );
        }
        return out;
      }),
    // Restating the scope on tasks lets the planner read both sides from their plan indexes and hash the two.
    db
      .selectFrom('assignments as a')
      .innerJoin('tasks as t', 't.id', 'a.task_id')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .select(['a.unit_id', 'u.name', 't.status', (eb) => eb.fn.countAll().as('n')])
      .where('a.plan_id', 'in', ids)
      .where('a.role', '=', 'lead')
      .where('t.plan_id', 'in', ids)
      .groupBy(['a.unit_id', 'u.name', 't.status'])
      .execute(),
    // Only the units that owe reports under each plan's reporting scope have expected slots.
    db
      .selectFrom('assignments as a')
      .innerJoin('tasks as t', 't.id', 'a.task_id')
      .innerJoin('plans as pl', 'pl.id', 'a.plan_id')
      .select(['a.unit_id', 'a.plan_id', (eb) => eb.fn.countAll().as('n')])
      .where('a.plan_id', 'in', ids)
      .where('t.plan_id', 'in', ids)
      .where((eb) => eb.or([eb('a.role', '=', 'lead'), eb('pl.reporting_scope', '=', 'all')]))
      .where('t.completed_at', 'is', null)
      .where('t.suspended', '=', 0)
      .where('a.unit_id', 'is not', null)
      .groupBy(['a.unit_id', 'a.plan_id'])
      .execute(),
    db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('id', 'in', (eb) => eb.selectFrom('assignments').select('unit_id').where('plan_id', 'in', ids))
      .execute(),
    db
      .selectFrom('reporting_periods')
      .select(['id', 'plan_id', 'label', 'due_date', 'window_end'])
      .where('plan_id', 'in', ids)
      .orderBy('due_date')
      .orderBy('plan_id')
      .execute(),
    db
      .selectFrom('indicators as i')
      .leftJoin('units as ou', 'ou.id', 'i.lead_unit_id')
      .select(['i.id', 'i.name', 'i.baseline', 'i.target', 'i.unit', 'i.comparator', 'i.lead_unit_id', 'ou.name as owner_name'])
      .where('i.plan_id', 'in', ids)
      .orderBy('i.plan_id')
      .orderBy('i.ordinal')
      .execute(),
    db.selectFrom('plans').select(['id', 'reporting_scope']).where('id', 'in', ids).execute(),
  ]);
  const scopeByPlan = new Map(scopes.map((p) => [p.id, p.reporting_scope]));

  const past = periods.filter((p) => p.window_end < today);
  const pastIds = new Set(past.map((p) => p.id));
  const pastByPlan = new Map<string, number>();
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  for (const p of past) pastByPlan.set(p.plan_id, (pastByPlan.get(p.plan_id) ?? 0) + 1);
  // Reports on completed or suspended tasks fill no expected slot.
  const inactivePastByUnit = new Map<string, number>();
  const inactiveByPeriod = new Map<string, number>();
  for (const r of inactiveSubmitted) {
    inactiveByPeriod.set(r.period_id, (inactiveByPeriod.get(r.period_id) ?? 0) + Number(r.n));
    if (pastIds.has(r.period_id)) inactivePastByUnit.set(r.unit_id, (inactivePastByUnit.get(r.unit_id) ?? 0) + Number(r.n));
  }

  // Per unit: everything submitted, on time, and the submissions that fill expected (active, past-window) slots.
  const perUnit = new Map<string, { submitted: number; onTime: number; filled: number }>();
  for (const r of tallyByUnit) {
    perUnit.set(r.unit_id, {
      submitted: Number(r.n),
      onTime: Number(r.on_time ?? 0),
      filled: Number(r.past ?? 0) - (inactivePastByUnit.get(r.unit_id) ?? 0),
    });
  }
  const filledByPeriod = new Map<string, number>();
  for (const r of tallyByPeriod)
    if (pastIds.has(r.period_id)) filledByPeriod.set(r.period_id, Number(r.n) - (inactiveByPeriod.get(r.period_id) ?? 0));
  const expectedByUnit = new Map<string, number>();
  const assignedByPlan = new Map<string, number>();
  for (const a of activeAssignments) {
    expectedByUnit.set(a.unit_id!, (expectedByUnit.get(a.unit_id!) ?? 0) + Number(a.n) * (pastByPlan.get(a.plan_id) ?? 0));
    assignedByPlan.set(a.plan_id, (assignedByPlan.get(a.plan_id) ?? 0) + Number(a.n));
  }
  for (const unitId of expectedByUnit.keys()) if (!perUnit.has(unitId)) perUnit.set(unitId, { submitted: 0, onTime: 0, filled: 0 });
  const missingByUnit = [...expectedByUnit]
    .map(([unitId, expected]) => ({ unitId, missing: Math.max(0, expected - (perUnit.get(unitId)?.filled ?? 0)) }))
    .filter((m) => m.missing > 0);
  const missingTotal = missingByUnit.reduce((s, m) => s + m.missing, 0);

  // Examples of missing slots: probe only periods known to have gaps, earliest due first.
  const missing: DashboardAggregates['missing'] = [];
  for (const p of past) {
    if (missing.length >= listLimit) break;
    if ((assignedByPlan.get(p.plan_id) ?? 0) - (filledByPeriod.get(p.id) ?? 0) <= 0) continue;
    const leadOnly = scopeByPlan.get(p.plan_id) !== 'all';
    const rows = await db
      .selectFrom('tasks as t')
      .innerJoin('assignments as a', (j) => j.onRef('a.task_id', '=', 't.id').on('a.plan_id', '=', p.plan_id))
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .leftJoin('reports as r', (j) =>
        j.onRef('r.task_id', '=', 'a.task_id').onRef('r.unit_id', '=', 'a.unit_id').on('r.period_id', '=', p.id),
      )
      .select(['t.id', 't.title', 'a.unit_id', 'u.name'])
      .where('t.plan_id', '=', p.plan_id)
      .$if(leadOnly, (qb) => qb.where('a.role', '=', 'lead'))
      .where('t.completed_at', 'is', null)
      .where('t.suspended', '=', 0)
      .where('r.id', 'is', null)
      .orderBy('t.ordinal')
      .orderBy('u.name')
      .limit(listLimit - missing.length)
      .execute();
    for (const r of rows)
      missing.push({ taskId: r.id, title: r.title, unitId: r.unit_id!, unitName: r.name, periodLabel: p.label, due: p.due_date });
  }

  return {
    byStatusColour: taskSummary.map((r) => ({
      kind: r.kind,
      status: r.status,
      colour: r.colour,
      count: Number(r.n),
      progressSum: Number(r.p ?? 0),
    })),
    byLeadUnit: byLeadUnit.map((r) => ({ unitId: r.unit_id!, unitName: r.name, status: r.status, count: Number(r.n) })),
    overdue: overdue.map((r) => ({
      taskId: r.id,
      planId: r.plan_id,
      number: r.number,
      title: r.title,
      due: r.last_due,
      progress: Number(r.progress),
      leadUnit: r.lead_name ?? null,
    })),
    overdueTotal: taskSummary.reduce((sum, r) => sum + Number(r.overdue ?? 0), 0),
    missing,
    missingTotal,
    reportsByUnit: [...perUnit].map(([unitId, u]) => ({
      unitId,
      unitName: unitName.get(unitId) ?? '',
      submitted: u.submitted,
      onTime: u.onTime,
    })),
    missingByUnit,
    indicators: indicators.map((r) => ({
      id: r.id,
      name: r.name,
      baseline: r.baseline === null ? null : Number(r.baseline),
      target: Number(r.target),
      unit: r.unit,
      comparator: r.comparator,
      ownerUnitId: r.lead_unit_id,
      ownerUnitName: r.owner_name ?? null,
    })),
  };
}

/** Marks tasks' stored supervision state stale so the next read recomputes it. */
export async function invalidateTaskSupervision(db: ReportingDb, taskId: string): Promise<void> {
  // Skipping rows already stale avoids rewriting the (wide) task row on every report.
  await runPrepared(db, 'task.supervision-stale', [taskId], (v) =>
    db
      .updateTable('tasks')
      .set({ status_on: sql<null>`NULL` })
      .where('id', '=', v<string>(0))
      .where('status_on', 'is not', null),
  );
}
