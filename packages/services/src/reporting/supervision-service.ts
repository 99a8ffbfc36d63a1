import {
  DEFAULT_COLOUR_RULES,
  colourRulesSchema,
  compareColours,
  deriveTaskState,
  displayNumber,
  type ColourRule,
  type SupervisionColour,
  type SupervisionReason,
  type SupervisionQuery,
  type SuspensionInput,
  type TaskKind,
  type TaskStatus,
} from '@duban/core';
import {
  findPlan,
  getSetting,
  loadPlanSupervision,
  plansNeedingRefresh,
  saveTaskSupervision,
  setTaskSuspended,
  staleTasksOfPlan,
  taskPlanIds,
  taskSuspended,
  type Db,
} from '@duban/storage';
import { requireAdmin, type Actor } from '../actor.js';
import { write, writeGeneration, type DerivedTaskStatus, type ServiceContext, type TaskStatusDeriver } from '../context.js';
import { isFresh, markFresh } from '../refresh-memo.js';
import { notFound } from '../errors.js';
import { rdb, requireReader } from './access.js';

/** One task as the supervision page shows it. */
export interface SupervisedTask {
  id: string;
  planId: string;
  kind: TaskKind;
  number: string | null;
  title: string | null;
  due: string | null;
  progress: number;
  status: TaskStatus;
  colour: SupervisionColour;
  reasons: SupervisionReason[];
  leadUnits: { unitId: string; name: string }[];
  /** Units that owe progress reports under the plan's reporting scope. */
  owingUnits: { unitId: string; name: string }[];
}

/** The colour rules in force: the `supervision_rules` setting when valid, else the defaults. */
export async function colourRules(db: Db): Promise<readonly ColourRule[]> {
  const raw = await getSetting(db, 'supervision_rules');
  if (!raw) return DEFAULT_COLOUR_RULES;
  const parsed = colourRulesSchema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : DEFAULT_COLOUR_RULES;
}

/**
 * How many tasks the colour rules have evaluated in this process (tests read the difference around a write to
 * check that an edit re-scores only what it changed).
 */
export const supervisionCounters = { tasksEvaluated: 0 };

/**
 * Evaluates every item of a plan on `today`, or only `taskIds` of it, with the one definition of task state
 * (core's deriveTaskState): five queries, then pure rules.
 */
export async function evaluatePlan(
  db: Db,
  planId: string,
  today: string,
  rules: readonly ColourRule[],
  taskIds?: readonly string[],
): Promise<SupervisedTask[]> {
  const facts = await loadPlanSupervision(rdb(db), planId, taskIds);
  supervisionCounters.tasksEvaluated += facts.tasks.length;
  return facts.tasks.map((t) => {
    const state = deriveTaskState(
      {
        today,
        due: t.due,
        start: facts.planStart,
        suspended: t.suspended,
        completed: t.completed,
        latestAccepted: t.latestAccepted,
        units: t.units,
        scope: facts.scope,
        periods: facts.periods,
        submittedOn: (unitId, periodId) => facts.submitted.get(`${t.id}|${unitId}|${periodId}`) ?? null,
      },
      rules,
    );
    return {
      id: t.id,
      planId: t.planId,
      kind: t.kind as TaskKind,
      number: displayNumber(t.path, t.number),
      title: t.title,
      due: t.due,
      progress: state.progress,
      status: state.status,
      colour: state.colour,
      reasons: state.reasons,
      leadUnits: t.units.filter((u) => u.role === 'lead').map((u) => ({ unitId: u.unitId, name: u.name })),
      owingUnits: state.owingUnits,
    };
  });
}

/** Recomputes and stores status/colour for the plans whose stored state is not from `today`. */
export async function refreshPlans(ctx: ServiceContext, planIds: string[]): Promise<number> {
  const today = ctx.today();
  const unknown = planIds.filter((id) => !isFresh(ctx, `plan:${id}`, today));
  if (unknown.length === 0) return 0;
  const generation = writeGeneration(ctx);
  const stale = await plansNeedingRefresh(rdb(ctx.db), unknown, today);
  if (stale.length > 0) {
    const rules = await colourRules(ctx.db);
    for (const planId of stale) {
      // Only the tasks a write marked stale are re-scored (a new day marks them all, and then the plan is read whole).
      const tasks = await evaluatePlan(ctx.db, planId, today, rules, await staleTasksOfPlan(rdb(ctx.db), planId, today));
      await ctx.db.transaction().execute((tx) =>
        saveTaskSupervision(
          rdb(tx),
          tasks.map((t) => ({ id: t.id, status: t.status, colour: t.colour, progress: t.progress, statusOn: today })),
        ),
      );
    }
  }
  for (const id of unknown) markFresh(ctx, `plan:${id}`, today, generation);
  return stale.length;
}

/** A TaskStatusDeriver for the foundation that reads reports and the colour rules (set as ctx.statusDeriver). */
export const reportingStatusDeriver: TaskStatusDeriver = async (db, taskIds, today) => {
  const out = new Map<string, DerivedTaskStatus>();
  if (taskIds.length === 0) return out;
  const byPlan = new Map<string, string[]>();
  for (const [id, planId] of await taskPlanIds(db, taskIds)) {
    const ids = byPlan.get(planId);
    if (ids) ids.push(id);
    else byPlan.set(planId, [id]);
  }
  const rules = await colourRules(db);
  // Only the given tasks are evaluated: an edit of one task reads and scores that task, not its whole plan.
  for (const [planId, ids] of byPlan) {
    for (const t of await evaluatePlan(db, planId, today, rules, ids)) out.set(t.id, { status: t.status, colour: t.colour });
  }
  return out;
};

/** Tasks of a plan with colour and reasons, most severe first (optionally only one colour). */
export async function getSupervision(
  ctx: ServiceContext,
  actor: Actor,
  q: SupervisionQuery,
): Promise<{ planId: string; today: string; counts: Record<SupervisionColour, number>; tasks: SupervisedTask[] }> {
  requireReader(actor);
  const plan = await findPlan(ctx.db, q.plan);
  if (!plan || plan.status !== 'published') throw notFound('plan', '方案不存在或未发布');
  const today = ctx.today();
  const tasks = await evaluatePlan(ctx.db, q.plan, today, await colourRules(ctx.db));
  const counts: Record<SupervisionColour, number> = { red: 0, yellow: 0, blue: 0, green: 0, none: 0 };
  for (const t of tasks) counts[t.colour]++;
  const listed = (q.colour ? tasks.filter((t) => t.colour === q.colour) : tasks).sort((a, b) => compareColours(a.colour, b.colour));
  return { planId: q.plan, today, counts, tasks: listed };
}

/** The office suspends (暂缓) or resumes a task; its status and colour are re-derived on the next read. */
export async function setSuspension(
  ctx: ServiceContext,
  actor: Actor,
  taskId: string,
  body: SuspensionInput,
): Promise<{ taskId: string; suspended: boolean }> {
  requireAdmin(actor);
  return write(ctx, actor, async (tx, audit) => {
    const db = rdb(tx);
    const before = await taskSuspended(db, taskId);
    if (before === undefined) throw notFound('task', '任务不存在');
    await setTaskSuspended(db, taskId, body.suspended);
    await audit('task', taskId, body.suspended ? 'suspend' : 'resume', { suspended: before }, { suspended: body.suspended }, body.reason);
    return { taskId, suspended: body.suspended };
  });
}
