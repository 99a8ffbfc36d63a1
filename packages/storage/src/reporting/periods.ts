import type { PeriodKind } from '@duban/core';
import { newId, nowIso } from '../util.js';
import type { ReportingDb } from './types.js';

/** A stored reporting period. */
export interface PeriodRecord {
  id: string;
  planId: string;
  seq: number;
  kind: PeriodKind;
  label: string;
  start: string;
  end: string;
  due: string;
  windowEnd: string;
}

type PeriodRow = {
  id: string;
  plan_id: string;
  seq: number;
  kind: PeriodKind;
  label: string;
  start_date: string;
  end_date: string;
  due_date: string;
  window_end: string;
};

function toRecord(r: PeriodRow): PeriodRecord {
  return {
    id: r.id,
    planId: r.plan_id,
    seq: r.seq,
    kind: r.kind,
    label: r.label,
    start: r.start_date,
    end: r.end_date,
    due: r.due_date,
    windowEnd: r.window_end,
  };
}

/** Periods of a plan in order. */
export async function listPeriods(db: ReportingDb, planId: string): Promise<PeriodRecord[]> {
  const rows = await db.selectFrom('reporting_periods').selectAll().where('plan_id', '=', planId).orderBy('seq').execute();
  return rows.map(toRecord);
}

/** One period or undefined. */
export async function findPeriod(db: ReportingDb, id: string): Promise<PeriodRecord | undefined> {
  const r = await db.selectFrom('reporting_periods').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toRecord(r);
}

/** Appends periods to a plan, numbering them after the existing ones. */
export async function insertPeriods(
  db: ReportingDb,
  planId: string,
  periods: Omit<PeriodRecord, 'id' | 'planId' | 'seq'>[],
): Promise<PeriodRecord[]> {
  const last = await db
    .selectFrom('reporting_periods')
    .select((eb) => eb.fn.max('seq').as('m'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  const base = Number(last?.m ?? 0);
  const now = nowIso();
  const rows = periods.map((p, i) => ({
    id: newId(),
    plan_id: planId,
    seq: base + i + 1,
    kind: p.kind,
    label: p.label,
    start_date: p.start,
    end_date: p.end,
    due_date: p.due,
    window_end: p.windowEnd,
    created_at: now,
  }));
  if (rows.length > 0) await db.insertInto('reporting_periods').values(rows).execute();
  return rows.map(toRecord);
}

/** Periods of plans that contain `day` or whose window is still open on it (what is owed now). */
export async function listOpenPeriods(db: ReportingDb, planIds: string[], day: string): Promise<PeriodRecord[]> {
  if (planIds.length === 0) return [];
  const rows = await db
    .selectFrom('reporting_periods')
    .selectAll()
    .where('plan_id', 'in', planIds)
    .where('start_date', '<=', day)
    .where('window_end', '>=', day)
    .orderBy('due_date')
    .execute();
  return rows.map(toRecord);
}

/** How many reports and indicator values each period of a plan holds (periods holding none are editable). */
export async function periodUsage(db: ReportingDb, planId: string): Promise<Map<string, number>> {
  const [reports, values] = await Promise.all([
    db
      .selectFrom('reports')
      .select(['period_id', (eb) => eb.fn.countAll().as('n')])
      .where('plan_id', '=', planId)
      .groupBy('period_id')
      .execute(),
    db
      .selectFrom('indicator_values')
      .select(['period_id', (eb) => eb.fn.countAll().as('n')])
      .where('plan_id', '=', planId)
      .groupBy('period_id')
      .execute(),
  ]);
  const out = new Map<string, number>();
  for (const r of [...reports, ...values]) out.set(r.period_id, (out.get(r.period_id) ?? 0) + Number(r.n));
  return out;
}

/** Changes a period's dates or label. */
export async function updatePeriodRow(
  db: ReportingDb,
  id: string,
  p: Pick<PeriodRecord, 'label' | 'start' | 'end' | 'due' | 'windowEnd'>,
): Promise<void> {
  await db
    .updateTable('reporting_periods')
    .set({ label: p.label, start_date: p.start, end_date: p.end, due_date: p.due, window_end: p.windowEnd })
    .where('id', '=', id)
    .execute();
}

/** Removes a period. */
export async function deletePeriodRow(db: ReportingDb, id: string): Promise<void> {
  await db.deleteFrom('reporting_periods').where('id', '=', id).execute();
}

/** Numbers a plan's periods 1, 2, 3 … in date order (after periods were inserted earlier, moved or removed). */
export async function renumberPeriods(db: ReportingDb, planId: string): Promise<void> {
  const rows = await db
    .selectFrom('reporting_periods')
    .select(['id', 'seq'])
    .where('plan_id', '=', planId)
    .orderBy('start_date')
    .orderBy('seq')
    .execute();
  // Two passes keep (plan_id, seq) unique at every step.
  for (const [i, r] of rows.entries())
    await db
      .updateTable('reporting_periods')
      .set({ seq: -(i + 1) })
      .where('id', '=', r.id)
      .execute();
  for (const [i, r] of rows.entries())
    await db
      .updateTable('reporting_periods')
      .set({ seq: i + 1 })
      .where('id', '=', r.id)
      .execute();
}
