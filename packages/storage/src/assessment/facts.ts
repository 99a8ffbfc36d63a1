import type { AssessmentDb } from './schema.js';

/** What storage knows about a plan for an assessment period; the service adds derived task states. */
export interface AssessmentRawFacts {
  /** Units responsible for any task of the plan (resolved assignments), by name. */
  units: { unitId: string; name: string }[];
  /** Day each completed task was accepted as done. */
  completedOn: Map<string, string>;
  /** Reports of the plan: `${taskId}|${unitId}|${periodId}` → id and first submission day. */
  reports: Map<string, { id: string; submittedOn: string; onTime: boolean }>;
  /** Every return (退回) of a plan's report, from the audit trail, with the day. */
  returns: { reportId: string; taskId: string; unitId: string; periodId: string; due: string; on: string }[];
  /** Indicators with their owner and the latest value reported for a period starting by the cut-off. */
  indicators: {
    id: string;
    name: string;
    ownerUnitId: string | null;
    comparator: string;
    baseline: number | null;
    target: number;
    unit: string | null;
    value: number | null;
  }[];
  /** 督办单 of the plan with the day of the first reply. */
  notices: { id: string; number: string; unitId: string; due: string; answeredOn: string | null }[];
}

/** Loads the facts of a plan for a period ending on `end` (six queries). */
export async function loadAssessmentFacts(db: AssessmentDb, planId: string, end: string): Promise<AssessmentRawFacts> {
  const [units, tasks, reports, returns, indicators, values, notices] = await Promise.all([
    db
      .selectFrom('assignments as a')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .select(['u.id', 'u.name'])
      .distinct()
      .where('a.plan_id', '=', planId)
      .orderBy('u.name')
      .execute(),
    db.selectFrom('tasks').select(['id', 'completed_at']).where('plan_id', '=', planId).where('completed_at', 'is not', null).execute(),
    db
      .selectFrom('reports')
      .select(['id', 'task_id', 'unit_id', 'period_id', 'first_submitted_at', 'on_time'])
      .where('plan_id', '=', planId)
      .execute(),
    db
      .selectFrom('audit_log as l')
      .innerJoin('reports as r', 'r.id', 'l.entity_id')
      .innerJoin('reporting_periods as p', 'p.id', 'r.period_id')
      .select(['r.id', 'r.task_id', 'r.unit_id', 'r.period_id', 'p.due_date', 'l.at'])
      .where('l.entity', '=', 'report')
      .where('l.action', '=', 'return')
      .where('r.plan_id', '=', planId)
      .orderBy('l.at')
      .execute(),
    db
      .selectFrom('indicators')
      .select(['id', 'name', 'lead_unit_id', 'comparator', 'baseline', 'target', 'unit'])
      .where('plan_id', '=', planId)
      .orderBy('ordinal')
      .execute(),
    db
      .selectFrom('indicator_values as v')
      .innerJoin('reporting_periods as p', 'p.id', 'v.period_id')
      .select(['v.indicator_id', 'v.value', 'p.seq'])
      .where('v.plan_id', '=', planId)
      .where('p.plan_id', '=', planId)
      .where('p.start_date', '<=', end)
      .execute(),
    db
      .selectFrom('notices as n')
      .leftJoin('notice_replies as r', 'r.notice_id', 'n.id')
      .select(['n.id', 'n.number', 'n.unit_id', 'n.due_date', (eb) => eb.fn.min('r.replied_at').as('first_reply')])
      .where('n.plan_id', '=', planId)
      .groupBy(['n.id', 'n.number', 'n.unit_id', 'n.due_date'])
      .orderBy('n.number')
      .execute(),
  ]);
  // The latest period's value; the mean when several units reported that period.
  const latest = new Map<string, { sum: number; n: number; seq: number }>();
  for (const v of values) {
    const a = latest.get(v.indicator_id);
    if (!a || v.seq > a.seq) latest.set(v.indicator_id, { sum: Number(v.value), n: 1, seq: v.seq });
    else if (v.seq === a.seq) {
      a.sum += Number(v.value);
      a.n++;
    }
  }
  return {
    units: units.map((u) => ({ unitId: u.id, name: u.name })),
    completedOn: new Map(tasks.map((t) => [t.id, t.completed_at!.slice(0, 10)])),
    reports: new Map(
      reports.map((r) => [
        `${r.task_id}|${r.unit_id}|${r.period_id}`,
        { id: r.id, submittedOn: r.first_submitted_at.slice(0, 10), onTime: r.on_time === 1 },
      ]),
    ),
    returns: returns.map((r) => ({
      reportId: r.id,
      taskId: r.task_id,
      unitId: r.unit_id,
      periodId: r.period_id,
      due: r.due_date,
      on: r.at.slice(0, 10),
    })),
    indicators: indicators.map((i) => {
      const v = latest.get(i.id);
      return {
        id: i.id,
        name: i.name,
        ownerUnitId: i.lead_unit_id,
        comparator: i.comparator,
        baseline: i.baseline === null ? null : Number(i.baseline),
        target: Number(i.target),
        unit: i.unit,
        value: v ? v.sum / v.n : null,
      };
    }),
    notices: notices.map((n) => ({
      id: n.id,
      number: n.number,
      unitId: n.unit_id,
      due: n.due_date,
      answeredOn: n.first_reply ? String(n.first_reply).slice(0, 10) : null,
    })),
  };
}

/** Report ids among `ids` that belong to `unitId` in `planId` (a 自评's evidence must be the unit's own reports). */
export async function reportsOfUnit(db: AssessmentDb, planId: string, unitId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('reports')
    .select('id')
    .where('plan_id', '=', planId)
    .where('unit_id', '=', unitId)
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => r.id);
}
