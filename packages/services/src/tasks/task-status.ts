import { deriveTaskState } from '@duban/core';
import { setTaskStatus, taskDueFacts, tasksDerivedBefore, type Db } from '@duban/storage';
import { writeGeneration, type DerivedTaskStatus, type ServiceContext, type TaskStatusDeriver } from '../context.js';
import { isFresh, markFresh } from '../refresh-memo.js';

/**
 * The default derivation: core's deriveTaskState on dates only (no reports are known to the foundation). The reporting module sets
 * `ctx.statusDeriver` to one that also reads accepted reports and supervision rules.
 */
export const dateOnlyStatus: TaskStatusDeriver = async (db, taskIds, today) => {
  const out = new Map<string, DerivedTaskStatus>();
  for (const r of await taskDueFacts(db, taskIds)) {
    if (r.planStatus !== 'published') {
      out.set(r.id, { status: 'not_started', colour: null });
      continue;
    }
    const s = deriveTaskState({
      today,
      due: r.lastDue,
      start: null,
      suspended: false,
      completed: false,
      latestAccepted: null,
      units: [],
      scope: 'lead',
      periods: [],
      submittedOn: () => null,
    });
    out.set(r.id, { status: s.status, colour: s.colour });
  }
  return out;
};

/** Re-derives and stores status/colour of the given tasks (after a write that may change them). */
export async function refreshTaskStatus(ctx: ServiceContext, db: Db, taskIds: string[]): Promise<void> {
  if (taskIds.length === 0) return;
  const today = ctx.today();
  const derived = await (ctx.statusDeriver ?? dateOnlyStatus)(db, taskIds, today);
  for (const [id, s] of derived) await setTaskStatus(db, id, s.status, s.colour, today);
}

/**
 * Re-derives every task whose status was last derived before today (dates move on without writes).
 * The scan is skipped while an earlier one of the same day still holds (see refresh-memo).
 */
export async function refreshStaleStatuses(ctx: ServiceContext): Promise<number> {
  const today = ctx.today();
  if (isFresh(ctx, 'all-tasks', today)) return 0;
  const generation = writeGeneration(ctx);
  const stale = await tasksDerivedBefore(ctx.db, today);
  if (stale.length > 0) await ctx.db.transaction().execute((tx) => refreshTaskStatus(ctx, tx, stale));
  markFresh(ctx, 'all-tasks', today, generation);
  return stale.length;
}
