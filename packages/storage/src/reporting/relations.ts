import type { Db } from '../repositories/types.js';

/** True when the unit is assigned (lead or co-operating) to at least one task of the plan. */
export async function unitServesPlan(db: Db, planId: string, unitId: string): Promise<boolean> {
  const row = await db
    .selectFrom('assignments')
    .select('id')
    .where('plan_id', '=', planId)
    .where('unit_id', '=', unitId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The plan of a task, or undefined for an unknown task. */
export async function findTaskPlanId(db: Db, taskId: string): Promise<string | undefined> {
  return (await db.selectFrom('tasks').select('plan_id').where('id', '=', taskId).executeTakeFirst())?.plan_id;
}

/** The plan of each task (tasks not found are left out), read in batches the engines accept. */
export async function taskPlanIds(db: Db, taskIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < taskIds.length; i += 500) {
    for (const r of await db
      .selectFrom('tasks')
      .select(['id', 'plan_id'])
      .where('id', 'in', taskIds.slice(i, i + 500))
      .execute())
      out.set(r.id, r.plan_id);
  }
  return out;
}

/** True when the unit is assigned (lead or co-operating) to the task. */
export async function unitAssignedToTask(db: Db, taskId: string, unitId: string): Promise<boolean> {
  const row = await db
    .selectFrom('assignments')
    .select('id')
    .where('task_id', '=', taskId)
    .where('unit_id', '=', unitId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
