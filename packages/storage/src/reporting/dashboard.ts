import { sql } from 'kysely';
import type { ReportingDb } from './types.js';

/** Published plans of a jurisdiction and its direct children (a city and its counties). */
export async function plansOfJurisdiction(db: ReportingDb, jurisdictionId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('plans')
    .select('id')
    .where('status', '=', 'published')
    .where('jurisdiction_id', 'in', (eb) => eb.selectFrom('jurisdictions').select('id').where((w) => w.or([w('id', '=', jurisdictionId), w('parent_id', '=', jurisdictionId)])))
    .execute();
  return rows.map((r) => r.id);
}

/** Raw aggregates behind the dashboard; every list is bounded. */
export interface DashboardAggregates {
  byStatusColour: { status: string; colour: string | null; count: number; progressSum: number }[];
  byLeadUnit: { unitId: string; unitName: string; status: string; count: number }[];
  overdue: { taskId: string; planId: string; number: string | null; title: string | null; due: string | null; progress: number; leadUnit: string | null }[];
  overdueTotal: number;
  missing: { taskId: string; title: string | null; unitId: string; unitName: string; periodLabel: string; due: string }[];
  missingTotal: number;
  reportsByUnit: { unitId: string; unitName: string; submitted: number; onTime: number }[];
  missingByUnit: { unitId: string; missing: number }[];
  indicators: { id: string; name: string; baseline: number | null; target: number; unit: string; comparator: string }[];
}

/** Runs the dashboard's aggregate queries for a set of plans on a given day (indexed GROUP BYs, no per-task queries). */
export async function dashboardAggregates(db: ReportingDb, planIds: string[], today: string, listLimit = 20): Promise<DashboardAggregates> {
  const ids = planIds.length > 0 ? planIds : [''];
  const missingSlots = () =>
    db
      .selectFrom('assignments as a')
      .innerJoin('tasks as t', 't.id', 'a.task_id')
      .innerJoin('reporting_periods as p', 'p.plan_id', 't.plan_id')
      .leftJoin('reports as r', (j) => j.onRef('r.task_id', '=', 'a.task_id').onRef('r.unit_id', '=', 'a.unit_id').onRef('r.period_id', '=', 'p.id'))
      .where('t.plan_id', 'in', ids)
      .where('t.kind', '=', 'task')
      .where('t.suspended', '=', 0)
      .where('t.completed_at', 'is', null)
      .where('a.unit_id', 'is not', null)
      .where('p.window_end', '<', today)
      .where('r.id', 'is', null);
  const overdueTasks = () => db.selectFrom('tasks as t').where('t.plan_id', 'in', ids).where('t.kind', '=', 'task').where('t.completed_at', 'is', null).where('t.suspended', '=', 0).where('t.last_due', '<', today);

  const [byStatusColour, byLeadUnit, overdue, overdueTotal, missing, missingByUnit, reportsByUnit, indicators] = await Promise.all([
    db.selectFrom('tasks').select(['status', 'colour', (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.sum('progress').as('p')]).where('plan_id', 'in', ids).where('kind', '=', 'task').groupBy(['status', 'colour']).execute(),
    db
      .selectFrom('tasks as t')
      .innerJoin('assignments as a', (j) => j.onRef('a.task_id', '=', 't.id').on('a.role', '=', 'lead'))
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .select(['a.unit_id', 'u.name', 't.status', (eb) => eb.fn.countAll().as('n')])
      .where('t.plan_id', 'in', ids)
      .where('t.kind', '=', 'task')
      .groupBy(['a.unit_id', 'u.name', 't.status'])
      .execute(),
    overdueTasks()
      .select(['t.id', 't.plan_id', 't.number', 't.title', 't.last_due', 't.progress'])
      .select((eb) => eb.selectFrom('assignments as a').innerJoin('units as u', 'u.id', 'a.unit_id').select('u.name').whereRef('a.task_id', '=', 't.id').where('a.role', '=', 'lead').orderBy('a.ordinal').limit(1).as('lead_name'))
      .orderBy('t.last_due')
      .orderBy('t.id')
      .limit(listLimit)
      .execute(),
    overdueTasks().select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    missingSlots().innerJoin('units as u', 'u.id', 'a.unit_id').select(['t.id', 't.title', 'a.unit_id', 'u.name', 'p.label', 'p.due_date']).orderBy('p.due_date').orderBy('t.id').orderBy('a.unit_id').limit(listLimit).execute(),
    missingSlots().select(['a.unit_id', (eb) => eb.fn.countAll().as('n')]).groupBy('a.unit_id').execute(),
    db
      .selectFrom('reports as r')
      .innerJoin('units as u', 'u.id', 'r.unit_id')
      .select(['r.unit_id', 'u.name', (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.sum('r.on_time').as('on_time')])
      .where('r.plan_id', 'in', ids)
      .groupBy(['r.unit_id', 'u.name'])
      .execute(),
    db.selectFrom('indicators').select(['id', 'name', 'baseline', 'target', 'unit', 'comparator']).where('plan_id', 'in', ids).orderBy('plan_id').orderBy('ordinal').execute(),
  ]);
  const missingTotal = missingByUnit.reduce((s, r) => s + Number(r.n), 0);
  return {
    byStatusColour: byStatusColour.map((r) => ({ status: r.status, colour: r.colour, count: Number(r.n), progressSum: Number(r.p ?? 0) })),
    byLeadUnit: byLeadUnit.map((r) => ({ unitId: r.unit_id!, unitName: r.name, status: r.status, count: Number(r.n) })),
    overdue: overdue.map((r) => ({ taskId: r.id, planId: r.plan_id, number: r.number, title: r.title, due: r.last_due, progress: Number(r.progress), leadUnit: r.lead_name ?? null })),
    overdueTotal: Number(overdueTotal.n),
    missing: missing.map((r) => ({ taskId: r.id, title: r.title, unitId: r.unit_id!, unitName: r.name, periodLabel: r.label, due: r.due_date })),
    missingTotal,
    reportsByUnit: reportsByUnit.map((r) => ({ unitId: r.unit_id, unitName: r.name, submitted: Number(r.n), onTime: Number(r.on_time ?? 0) })),
    missingByUnit: missingByUnit.map((r) => ({ unitId: r.unit_id!, missing: Number(r.n) })),
    indicators: indicators.map((r) => ({ id: r.id, name: r.name, baseline: r.baseline === null ? null : Number(r.baseline), target: Number(r.target), unit: r.unit, comparator: r.comparator })),
  };
}

/** Marks tasks' stored supervision state stale so the next read recomputes it. */
export async function invalidateTaskSupervision(db: ReportingDb, taskId: string): Promise<void> {
  await db.updateTable('tasks').set({ status_on: sql<null>`NULL` }).where('id', '=', taskId).execute();
}
