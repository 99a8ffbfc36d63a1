import { reportingDb } from '../reporting/types.js';
import type { Db } from './types.js';

/** Sets the ordinals of a plan's tasks to their position in `ids`. */
export async function setTaskOrdinals(db: Db, planId: string, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i++)
    await db.updateTable('tasks').set({ ordinal: i }).where('id', '=', ids[i]!).where('plan_id', '=', planId).execute();
}

/** Makes room after `afterOrdinal`: every later task of the plan moves down by `by`. */
export async function shiftTaskOrdinals(db: Db, planId: string, afterOrdinal: number, by: number): Promise<void> {
  await db
    .updateTable('tasks')
    .set((eb) => ({ ordinal: eb('ordinal', '+', by) }))
    .where('plan_id', '=', planId)
    .where('ordinal', '>', afterOrdinal)
    .execute();
}

/** How many reports each task has (tasks without any are absent). */
export async function reportCounts(db: Db, taskIds: string[]): Promise<Map<string, number>> {
  if (taskIds.length === 0) return new Map();
  const rows = await reportingDb(db)
    .selectFrom('reports')
    .select(['task_id', (eb) => eb.fn.countAll().as('n')])
    .where('task_id', 'in', taskIds)
    .groupBy('task_id')
    .execute();
  return new Map(rows.map((r) => [r.task_id, Number(r.n)]));
}

/** Maps the plan's still unmapped assignments written as `name` to a directory unit; returns how many. */
export async function resolveAssignmentsByName(db: Db, planId: string, name: string, unitId: string): Promise<number> {
  const res = await db
    .updateTable('assignments')
    .set({ unit_id: unitId })
    .where('plan_id', '=', planId)
    .where('name', '=', name)
    .where('unit_id', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
