import { sql } from 'kysely';
import type { EmptySlotView, ReportStatus } from '@duban/core';
import { preparedRows, runPrepared } from '../prepared.js';
import { newId } from '../util.js';
import type { PageRequest, PageResult } from '../repositories/types.js';
import type { ReportingDb } from './types.js';
import { updateVersioned } from '../versioned-update.js';

/** Review states of a report. */
export type { ReportStatus };

/** A stored progress report (one task × unit × period slot). */
export interface ReportRecord {
  id: string;
  planId: string;
  taskId: string;
  unitId: string;
  periodId: string;
  narrative: string;
  percent: number;
  completionClaim: boolean;
  status: ReportStatus;
  returnReason: string | null;
  onTime: boolean;
  version: number;
  submittedBy: string | null;
  firstSubmittedAt: string;
  submittedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

/** An evidence file as a list shows it. */
export interface EvidenceSummary {
  id: string;
  name: string;
  mime: string;
  size: number;
}

/** A report with the names a list shows. */
export interface ReportListItem extends ReportRecord {
  evidence: EvidenceSummary[];
  taskTitle: string | null;
  taskNumber: string | null;
  unitName: string;
  periodLabel: string;
  periodDue: string;
}

type Row = {
  id: string;
  plan_id: string;
  task_id: string;
  unit_id: string;
  period_id: string;
  narrative: string;
  percent: number;
  completion_claim: number;
  status: ReportStatus;
  return_reason: string | null;
  on_time: number;
  version: number;
  submitted_by: string | null;
  first_submitted_at: string;
  submitted_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
};

function toRecord(r: Row): ReportRecord {
  return {
    id: r.id,
    planId: r.plan_id,
    taskId: r.task_id,
    unitId: r.unit_id,
    periodId: r.period_id,
    narrative: r.narrative,
    percent: Number(r.percent),
    completionClaim: r.completion_claim === 1,
    status: r.status as ReportStatus,
    returnReason: r.return_reason,
    onTime: r.on_time === 1,
    version: r.version,
    submittedBy: r.submitted_by,
    firstSubmittedAt: r.first_submitted_at,
    submittedAt: r.submitted_at,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
  };
}

/** Stores a new report (with the client's idempotency key, when it sent one). */
export async function insertReport(
  db: ReportingDb,
  r: Omit<ReportRecord, 'id' | 'version' | 'reviewedBy' | 'reviewedAt' | 'returnReason'>,
  idempotencyKey: string | null = null,
): Promise<ReportRecord> {
  const rec: ReportRecord = { ...r, id: newId(), version: 1, reviewedBy: null, reviewedAt: null, returnReason: null };
  const row = preparedRows([
    {
      id: rec.id,
      plan_id: rec.planId,
      task_id: rec.taskId,
      unit_id: rec.unitId,
      period_id: rec.periodId,
      narrative: rec.narrative,
      percent: rec.percent,
      completion_claim: rec.completionClaim ? 1 : 0,
      status: rec.status,
      return_reason: null,
      on_time: rec.onTime ? 1 : 0,
      version: 1,
      submitted_by: rec.submittedBy,
      first_submitted_at: rec.firstSubmittedAt,
      submitted_at: rec.submittedAt,
      reviewed_by: null,
      reviewed_at: null,
      idempotency_key: idempotencyKey,
    },
  ]);
  await runPrepared(db, 'report.insert', row.values, (v) => db.insertInto('reports').values(row.rows(v)));
  await runPrepared(db, 'report-tallies.count', [rec.planId, rec.unitId, rec.periodId, rec.onTime ? 1 : 0], (v) =>
    db
      .insertInto('report_tallies')
      .values({ plan_id: v<string>(0), unit_id: v<string>(1), period_id: v<string>(2), submitted: 1, on_time: v<number>(3) })
      .onConflict((oc) =>
        oc.columns(['plan_id', 'unit_id', 'period_id']).doUpdateSet({
          submitted: sql<number>`report_tallies.submitted + 1`,
          on_time: sql<number>`report_tallies.on_time + excluded.on_time`,
        }),
      ),
  );
  return rec;
}

/** One report or undefined. */
export async function findReport(db: ReportingDb, id: string): Promise<ReportRecord | undefined> {
  const r = await db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toRecord(r);
}

/** The report a submission with this idempotency key stored, if any. */
export async function findReportByIdempotencyKey(db: ReportingDb, key: string): Promise<ReportRecord | undefined> {
  const r = await db.selectFrom('reports').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
  return r && toRecord(r);
}

/** The report of one slot, if any. */
export async function findReportBySlot(
  db: ReportingDb,
  taskId: string,
  unitId: string,
  periodId: string,
): Promise<ReportRecord | undefined> {
  const r = await db
    .selectFrom('reports')
    .selectAll()
    .where('task_id', '=', taskId)
    .where('unit_id', '=', unitId)
    .where('period_id', '=', periodId)
    .executeTakeFirst();
  return r && toRecord(r);
}

/** Fields an update may change. */
export interface ReportPatch {
  narrative?: string;
  percent?: number;
  completionClaim?: boolean;
  status?: ReportStatus;
  returnReason?: string | null;
  submittedBy?: string | null;
  submittedAt?: string;
  reviewedBy?: string | null;
  reviewedAt?: string | null;
}

/** Updates a report if its version still matches; returns the new record, or undefined when the version is stale. */
export async function updateReport(
  db: ReportingDb,
  id: string,
  expectedVersion: number,
  p: ReportPatch,
): Promise<ReportRecord | undefined> {
  const updated = await updateVersioned(
    db,
    'reports',
    { id, version: expectedVersion },
    {
      ...(p.narrative !== undefined ? { narrative: p.narrative } : {}),
      ...(p.percent !== undefined ? { percent: p.percent } : {}),
      ...(p.completionClaim !== undefined ? { completion_claim: p.completionClaim ? 1 : 0 } : {}),
      ...(p.status !== undefined ? { status: p.status } : {}),
      ...(p.returnReason !== undefined ? { return_reason: p.returnReason } : {}),
      ...(p.submittedBy !== undefined ? { submitted_by: p.submittedBy } : {}),
      ...(p.submittedAt !== undefined ? { submitted_at: p.submittedAt } : {}),
      ...(p.reviewedBy !== undefined ? { reviewed_by: p.reviewedBy } : {}),
      ...(p.reviewedAt !== undefined ? { reviewed_at: p.reviewedAt } : {}),
    },
  );
  if (!updated) return undefined;
  return findReport(db, id);
}

/** Filters for report lists. */
export interface ReportFilter {
  planId?: string;
  unitId?: string;
  periodId?: string;
  taskId?: string;
  status?: ReportStatus;
  /** true: only reports first submitted after their due date; false: only on-time ones. */
  late?: boolean;
  /** A liaison's units: other units' returned reports are hidden from it. */
  viewerUnitIds?: string[];
  /** Only plans of this jurisdiction. */
  jurisdictionId?: string;
}

/** A page of reports, newest submission first. */
export async function listReports(db: ReportingDb, f: ReportFilter, page: PageRequest): Promise<PageResult<ReportListItem>> {
  let q = db
    .selectFrom('reports as r')
    .innerJoin('tasks as t', 't.id', 'r.task_id')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('reporting_periods as p', 'p.id', 'r.period_id');
  if (f.planId) q = q.where('r.plan_id', '=', f.planId);
  if (f.unitId) q = q.where('r.unit_id', '=', f.unitId);
  if (f.periodId) q = q.where('r.period_id', '=', f.periodId);
  if (f.taskId) q = q.where('r.task_id', '=', f.taskId);
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.late !== undefined) q = q.where('r.on_time', '=', f.late ? 0 : 1);
  if (f.jurisdictionId)
    q = q.where('r.plan_id', 'in', (eb) => eb.selectFrom('plans').select('id').where('jurisdiction_id', '=', f.jurisdictionId!));
  if (f.viewerUnitIds) {
    const mine = f.viewerUnitIds.length ? f.viewerUnitIds : [''];
    q = q.where((eb) => eb.or([eb('r.unit_id', 'in', mine), eb('r.status', '!=', 'returned')]));
  }
  const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await q
    .selectAll('r')
    .select([
      't.title as task_title',
      't.number as task_number',
      'u.name as unit_name',
      'p.label as period_label',
      'p.due_date as period_due',
    ])
    .orderBy('r.submitted_at', 'desc')
    .orderBy('r.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  // Evidence names for an interactive page in one query (exports, with huge pages, go without).
  const evidence = new Map<string, EvidenceSummary[]>();
  if (rows.length > 0 && page.pageSize <= 500) {
    const files = await db
      .selectFrom('report_evidence')
      .select(['id', 'report_id', 'name', 'mime', 'size'])
      .where(
        'report_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('uploaded_at')
      .execute();
    for (const f of files)
      evidence.set(f.report_id, [...(evidence.get(f.report_id) ?? []), { id: f.id, name: f.name, mime: f.mime, size: Number(f.size) }]);
  }
  const items = rows.map((r) => ({
    ...toRecord(r),
    taskTitle: r.task_title,
    taskNumber: r.task_number,
    unitName: r.unit_name,
    periodLabel: r.period_label,
    periodDue: r.period_due,
    evidence: evidence.get(r.id) ?? [],
  }));
  return { items, total, page: page.page, pageSize: page.pageSize };
}

/** A report slot that is owed and has nothing in it. */
export type MissingSlot = EmptySlotView;

/** Filters for owed slots. */
export interface SlotFilter {
  planId?: string;
  planIds?: string[];
  unitId?: string;
  periodId?: string;
  /** Slots whose window ended before this day (missing); with `dueFrom` also the ones still open. */
  windowBefore?: string;
  /** Only periods that have started by this day. */
  startedBy?: string;
  /** Only slots in this state on `on`: open (not yet due), overdue (past due, in the grace window) or missing (past it). */
  state?: { kind: 'open' | 'overdue' | 'missing'; on: string };
}

function slotQuery(db: ReportingDb, f: SlotFilter) {
  let q = db
    .selectFrom('assignments as a')
    .innerJoin('tasks as t', 't.id', 'a.task_id')
    .innerJoin('plans as pl', 'pl.id', 't.plan_id')
    .innerJoin('reporting_periods as p', 'p.plan_id', 't.plan_id')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .leftJoin('reports as r', (j) =>
      j.onRef('r.task_id', '=', 'a.task_id').onRef('r.unit_id', '=', 'a.unit_id').onRef('r.period_id', '=', 'p.id'),
    )
    .where('r.id', 'is', null)
    .where('pl.status', '=', 'published')
    // Only units that owe reports under the plan's scope (core's owesReports): leads, or everyone when 'all'.
    .where((eb) => eb.or([eb('a.role', '=', 'lead'), eb('pl.reporting_scope', '=', 'all')]))
    .where('t.suspended', '=', 0)
    .where('t.completed_at', 'is', null);
  if (f.planId) q = q.where('t.plan_id', '=', f.planId);
  if (f.planIds) q = q.where('t.plan_id', 'in', f.planIds.length ? f.planIds : ['']);
  if (f.unitId) q = q.where('a.unit_id', '=', f.unitId);
  if (f.periodId) q = q.where('p.id', '=', f.periodId);
  if (f.windowBefore) q = q.where('p.window_end', '<', f.windowBefore);
  if (f.startedBy) q = q.where('p.start_date', '<=', f.startedBy);
  if (f.state?.kind === 'open') q = q.where('p.due_date', '>=', f.state.on);
  if (f.state?.kind === 'overdue') q = q.where('p.due_date', '<', f.state.on).where('p.window_end', '>=', f.state.on);
  if (f.state?.kind === 'missing') q = q.where('p.window_end', '<', f.state.on);
  return q;
}

/** A page of empty owed slots (assigned unit × period with no report), earliest due first. */
export async function listEmptySlots(db: ReportingDb, f: SlotFilter, page: PageRequest): Promise<PageResult<MissingSlot>> {
  const q = slotQuery(db, f);
  const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await q
    .select([
      't.plan_id',
      'pl.title as plan_title',
      't.id as task_id',
      't.title',
      't.number',
      'a.unit_id',
      'u.name as unit_name',
      'p.id as period_id',
      'p.label',
      'p.due_date',
      'p.window_end',
    ])
    .orderBy('p.due_date')
    .orderBy('t.ordinal')
    .orderBy('u.name')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  const items = rows.map((r) => ({
    planId: r.plan_id,
    planTitle: r.plan_title,
    taskId: r.task_id,
    taskTitle: r.title,
    taskNumber: r.number,
    unitId: r.unit_id!,
    unitName: r.unit_name,
    periodId: r.period_id,
    periodLabel: r.label,
    due: r.due_date,
    windowEnd: r.window_end,
  }));
  return { items, total, page: page.page, pageSize: page.pageSize };
}

/** How many empty owed slots each plan has (for a grouped inbox), with the plan's title. */
export async function countEmptySlotsByPlan(
  db: ReportingDb,
  f: SlotFilter,
): Promise<{ planId: string; planTitle: string | null; owed: number }[]> {
  const rows = await slotQuery(db, f)
    .select(['t.plan_id', 'pl.title', (eb) => eb.fn.countAll().as('n')])
    .groupBy(['t.plan_id', 'pl.title'])
    .orderBy('pl.title')
    .execute();
  return rows.map((r) => ({ planId: r.plan_id, planTitle: r.title, owed: Number(r.n) }));
}

/** Owed empty slots of one unit in one period, counted (what a reminder tells the unit). */
export interface OwedPeriodCount {
  unitId: string;
  planId: string;
  planTitle: string | null;
  periodId: string;
  periodLabel: string;
  due: string;
  owed: number;
}

/** Empty owed slots whose period is due between `dueFrom` and `dueTo` (inclusive), counted per unit and period. */
export async function countOwedByUnitPeriod(
  db: ReportingDb,
  f: { dueFrom: string; dueTo: string; startedBy: string },
): Promise<OwedPeriodCount[]> {
  const rows = await slotQuery(db, { startedBy: f.startedBy })
    .where('p.due_date', '>=', f.dueFrom)
    .where('p.due_date', '<=', f.dueTo)
    .select(['a.unit_id', 't.plan_id', 'pl.title', 'p.id as period_id', 'p.label', 'p.due_date', (eb) => eb.fn.countAll().as('n')])
    .groupBy(['a.unit_id', 't.plan_id', 'pl.title', 'p.id', 'p.label', 'p.due_date'])
    .orderBy('p.due_date')
    .orderBy('a.unit_id')
    .execute();
  return rows.map((r) => ({
    unitId: r.unit_id!,
    planId: r.plan_id,
    planTitle: r.title,
    periodId: r.period_id,
    periodLabel: r.label,
    due: r.due_date,
    owed: Number(r.n),
  }));
}

/** Everything a submission checks, read in one query. */
export interface SlotContext {
  taskId: string;
  planId: string;
  planStatus: string;
  taskKind: string;
  completed: boolean;
  suspended: boolean;
  assigned: boolean;
  /** The unit owes reports on this task under the plan's reporting scope. */
  owes: boolean;
  period: { id: string; label: string; start: string; due: string; windowEnd: string } | null;
}

/** Loads the task, its plan, whether `unitId` is assigned to it and the period (only if it belongs to the same plan). */
export async function loadSlotContext(db: ReportingDb, taskId: string, unitId: string, periodId: string): Promise<SlotContext | undefined> {
  const [r] = (
    await runPrepared(db, 'report.slot-context', [taskId, unitId, periodId], (v) =>
      db
        .selectFrom('tasks as t')
        .innerJoin('plans as pl', 'pl.id', 't.plan_id')
        .leftJoin('reporting_periods as p', (j) => j.onRef('p.plan_id', '=', 't.plan_id').on('p.id', '=', v<string>(2)))
        .select([
          't.id',
          't.plan_id',
          't.kind',
          't.completed_at',
          't.suspended',
          'pl.status as plan_status',
          'p.id as period_id',
          'p.label',
          'p.start_date',
          'p.due_date',
          'p.window_end',
        ])
        .select((eb) =>
          eb
            .exists(
              eb.selectFrom('assignments as a').select('a.id').whereRef('a.task_id', '=', 't.id').where('a.unit_id', '=', v<string>(1)),
            )
            .as('assigned'),
        )
        .select((eb) =>
          eb
            .exists(
              eb
                .selectFrom('assignments as a')
                .select('a.id')
                .whereRef('a.task_id', '=', 't.id')
                .where('a.unit_id', '=', v<string>(1))
                .where((w) => w.or([w('a.role', '=', 'lead'), w('pl.reporting_scope', '=', 'all')])),
            )
            .as('owes'),
        )
        .where('t.id', '=', v<string>(0)),
    )
  ).rows;
  if (!r) return undefined;
  return {
    taskId: r.id,
    planId: r.plan_id,
    planStatus: r.plan_status,
    taskKind: r.kind,
    completed: r.completed_at !== null,
    suspended: r.suspended === 1,
    assigned: Boolean(Number(r.assigned)) || r.assigned === true,
    owes: Boolean(Number(r.owes)) || r.owes === true,
    period: r.period_id ? { id: r.period_id, label: r.label!, start: r.start_date!, due: r.due_date!, windowEnd: r.window_end! } : null,
  };
}
