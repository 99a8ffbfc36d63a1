import type { AssignmentRole, SupervisionColour, TaskKind, TaskStatus } from '@duban/core';
import { parseJson } from '../util.js';
import type { ReportingDb } from './types.js';

/** What the supervision rules need about one task. */
export interface TaskSupervisionFacts {
  id: string;
  planId: string;
  kind: TaskKind;
  number: string | null;
  /** Section path (for the cited number 二.3). */
  path: string[];
  title: string | null;
  due: string | null;
  suspended: boolean;
  completed: boolean;
  progress: number;
  status: TaskStatus;
  colour: SupervisionColour | null;
  statusOn: string | null;
  units: { unitId: string; name: string; role: AssignmentRole }[];
  /** Accepted report with the highest period, if any. */
  latestAccepted: { percent: number; completionClaim: boolean } | null;
}

/** Facts for every task of a plan plus the plan's periods and submitted slots. */
export interface PlanSupervisionFacts {
  planStart: string | null;
  /** Who owes reports (plans.reporting_scope). */
  scope: 'lead' | 'all';
  periods: { id: string; label: string; start: string; due: string; windowEnd: string }[];
  tasks: TaskSupervisionFacts[];
  /** `${taskId}|${unitId}|${periodId}` → first submission day. */
  submitted: Map<string, string>;
}

/** At most this many task ids are bound in one IN list; larger selections load the whole plan and filter. */
const TASK_FILTER_MAX = 500;

/**
 * Loads a plan's periods and, for its tasks, assignments and report slots, and who owes reports, in five queries. With `taskIds`
 * (tasks of this plan) only those tasks' rows are read, so one edited task costs five small indexed reads
 * instead of the whole plan's reports.
 */
export async function loadPlanSupervision(db: ReportingDb, planId: string, taskIds?: readonly string[]): Promise<PlanSupervisionFacts> {
  const only = taskIds && taskIds.length <= TASK_FILTER_MAX ? [...taskIds] : null;
  if (only && only.length === 0) return { planStart: null, scope: 'lead', periods: [], tasks: [], submitted: new Map() };
  const [plan, periods, tasks, assignments, reports] = await Promise.all([
    db.selectFrom('plans').select('reporting_scope').where('id', '=', planId).executeTakeFirst(),
    db
      .selectFrom('reporting_periods')
      .select(['id', 'label', 'start_date', 'due_date', 'window_end', 'seq'])
      .where('plan_id', '=', planId)
      .orderBy('seq')
      .execute(),
    db
      .selectFrom('tasks')
      .select([
        'id',
        'plan_id',
        'kind',
        'number',
        'path',
        'title',
        'last_due',
        'suspended',
        'completed_at',
        'progress',
        'status',
        'colour',
        'status_on',
      ])
      .where('plan_id', '=', planId)
      .$if(only !== null, (q) => q.where('id', 'in', only!))
      .orderBy('ordinal')
      .execute(),
    db
      .selectFrom('assignments as a')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .select(['a.task_id', 'a.unit_id', 'a.role', 'u.name'])
      .$if(only === null, (q) => q.where('a.plan_id', '=', planId))
      .$if(only !== null, (q) => q.where('a.task_id', 'in', only!))
      .orderBy('a.ordinal')
      .execute(),
    // By task through the slot index when tasks are given (with the plan's condition too, the planner walks the plan's reports).
    db
      .selectFrom('reports as r')
      .innerJoin('reporting_periods as p', 'p.id', 'r.period_id')
      .select(['r.task_id', 'r.unit_id', 'r.period_id', 'r.first_submitted_at', 'r.status', 'r.percent', 'r.completion_claim', 'p.seq'])
      .$if(only === null, (q) => q.where('r.plan_id', '=', planId))
      .$if(only !== null, (q) => q.where('r.task_id', 'in', only!))
      .execute(),
  ]);
  const wanted = taskIds && !only ? new Set(taskIds) : null;
  const byTask = new Map<string, TaskSupervisionFacts>();
  for (const t of tasks) {
    if (wanted && !wanted.has(t.id)) continue;
    byTask.set(t.id, {
      id: t.id,
      planId: t.plan_id,
      kind: t.kind,
      number: t.number,
      path: parseJson<string[]>(t.path, []),
      title: t.title,
      due: t.last_due,
      suspended: t.suspended === 1,
      completed: t.completed_at !== null,
      progress: Number(t.progress),
      status: t.status,
      colour: t.colour,
      statusOn: t.status_on,
      units: [],
      latestAccepted: null,
    });
  }
  for (const a of assignments) byTask.get(a.task_id)?.units.push({ unitId: a.unit_id!, name: a.name, role: a.role });
  const submitted = new Map<string, string>();
  const bestSeq = new Map<string, number>();
  for (const r of reports) {
    submitted.set(`${r.task_id}|${r.unit_id}|${r.period_id}`, r.first_submitted_at.slice(0, 10));
    if (r.status !== 'accepted') continue;
    const t = byTask.get(r.task_id);
    if (!t) continue;
    const seq = bestSeq.get(r.task_id) ?? -1;
    // Latest period wins; within a period the furthest progress among the units.
    if (r.seq > seq || (r.seq === seq && Number(r.percent) > (t.latestAccepted?.percent ?? -1))) {
      bestSeq.set(r.task_id, r.seq);
      t.latestAccepted = { percent: Number(r.percent), completionClaim: r.completion_claim === 1 };
    }
  }
  return {
    planStart: periods[0]?.start_date ?? null,
    scope: plan?.reporting_scope === 'all' ? 'all' : 'lead',
    periods: periods.map((p) => ({ id: p.id, label: p.label, start: p.start_date, due: p.due_date, windowEnd: p.window_end })),
    tasks: [...byTask.values()],
    submitted,
  };
}

/** Writes derived status / colour / progress back to task rows. */
export async function saveTaskSupervision(
  db: ReportingDb,
  rows: { id: string; status: TaskStatus; colour: SupervisionColour; progress: number; statusOn: string }[],
): Promise<void> {
  for (const r of rows) {
    await db
      .updateTable('tasks')
      .set({ status: r.status, colour: r.colour, progress: r.progress, status_on: r.statusOn })
      .where('id', '=', r.id)
      .execute();
  }
}

/** Marks every item of a plan stale (periods or the reporting scope changed), so the next read re-derives them. */
export async function invalidatePlanSupervision(db: ReportingDb, planId: string): Promise<void> {
  await db.updateTable('tasks').set({ status_on: null }).where('plan_id', '=', planId).where('status_on', 'is not', null).execute();
}

/** Marks a task completed (办结审核 passed) or reopens it. */
export async function setTaskCompleted(db: ReportingDb, taskId: string, completedAt: string | null): Promise<void> {
  await db.updateTable('tasks').set({ completed_at: completedAt }).where('id', '=', taskId).execute();
}

/** Sets or clears the suspension flag (暂缓). */
export async function setTaskSuspended(db: ReportingDb, taskId: string, suspended: boolean): Promise<void> {
  await db
    .updateTable('tasks')
    .set({ suspended: suspended ? 1 : 0, status_on: null })
    .where('id', '=', taskId)
    .execute();
}

/** Tasks of `planId` whose stored supervision state is older than `day` (or never computed). */
export async function staleTasksOfPlan(db: ReportingDb, planId: string, day: string): Promise<string[]> {
  const rows = await db
    .selectFrom('tasks')
    .select('id')
    .where('plan_id', '=', planId)
    .where((eb) => eb.or([eb('status_on', 'is', null), eb('status_on', '!=', day)]))
    .execute();
  return rows.map((r) => r.id);
}

/** Plans whose stored supervision state is older than `day` (or never computed). */
export async function plansNeedingRefresh(db: ReportingDb, planIds: string[], day: string): Promise<string[]> {
  if (planIds.length === 0) return [];
  const rows = await db
    .selectFrom('tasks')
    .select('plan_id')
    .distinct()
    .where('plan_id', 'in', planIds)
    .where((eb) => eb.or([eb('status_on', 'is', null), eb('status_on', '!=', day)]))
    .execute();
  return rows.map((r) => r.plan_id);
}

/** Sets a task's progress to the percent of its latest accepted report (latest period, furthest unit). */
export async function refreshTaskProgress(db: ReportingDb, taskId: string): Promise<number> {
  const r = await db
    .selectFrom('reports as r')
    .innerJoin('reporting_periods as p', 'p.id', 'r.period_id')
    .select('r.percent')
    .where('r.task_id', '=', taskId)
    .where('r.status', '=', 'accepted')
    .orderBy('p.seq', 'desc')
    .orderBy('r.percent', 'desc')
    .limit(1)
    .executeTakeFirst();
  const progress = r ? Number(r.percent) : 0;
  await db.updateTable('tasks').set({ progress }).where('id', '=', taskId).execute();
  return progress;
}

/** Whether the task is suspended (暂缓), or undefined for an unknown task. */
export async function taskSuspended(db: ReportingDb, taskId: string): Promise<boolean | undefined> {
  const row = await db.selectFrom('tasks').select('suspended').where('id', '=', taskId).executeTakeFirst();
  return row && row.suspended === 1;
}
