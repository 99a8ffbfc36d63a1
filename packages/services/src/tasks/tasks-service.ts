import type { TaskCreate, TaskDetail, TaskPatch, TaskView } from '@duban/core';
import {
  deleteTask,
  editTask,
  findPlan,
  findTask,
  findTaskInPlan,
  insertComment,
  insertTask,
  insertTaskVersion,
  listComments,
  listTaskVersions,
  listTasks,
  nextTaskOrdinal,
  replaceAssignments,
  shiftTaskOrdinals,
  type Db,
  type PageRequest,
  type PageResult,
  type TaskContent,
  type TaskFilter,
  type TaskRecord,
} from '@duban/storage';
import { hasRole, isAdmin, liaisonUnits, readsDrafts, requireAdmin, type Actor } from '../actor.js';
import { write, type ServiceContext } from '../context.js';
import { conflict, forbidden, notFound } from '../errors.js';
import { presentTask } from '../presenters.js';
import { refreshStaleStatuses, refreshTaskStatus } from './task-status.js';
import {
  describeChanges,
  notifyTaskUnits,
  refuseIfReported,
  requireAdjustmentReason,
  taskLabel,
  unitIdsOf,
} from '../plans/plan-adjustments.js';
import { resolveTaskUnits } from './task-units.js';

const CONTENT_FIELDS = ['kind', 'number', 'title', 'text', 'due', 'ongoing', 'deadlineText', 'milestones'] as const;
const WORDING_FIELDS = new Set(['number', 'title', 'text']);

/** Tasks: lists with filters, detail with history, review edits with versions, comments and instructions. */
export function createTasksService(ctx: ServiceContext) {
  async function load(db: Db, actor: Actor, id: string): Promise<{ task: TaskRecord; planStatus: string; planTitle: string | null }> {
    const found = await findTaskInPlan(db, id);
    if (!found || (found.plan.status === 'draft' && !readsDrafts(actor))) throw notFound('task', '任务不存在');
    return { task: found.task, planStatus: found.plan.status, planTitle: found.plan.title };
  }

  async function commentIn(actor: Actor, loaded: Awaited<ReturnType<typeof load>>, kind: 'comment' | 'instruction', body: string) {
    const { task, planStatus } = loaded;
    const taskId = task.id;
    await write(ctx, actor, async (tx, audit) => {
      const id = await insertComment(tx, { taskId, userId: actor.userId || null, kind, body });
      // A leader's 批示 is for the units doing the task: it reaches them in-app, not only on the task page.
      if (kind === 'instruction') {
        await notifyTaskUnits(tx, planStatus, unitIdsOf(task), {
          kind: 'instruction',
          text: `领导对任务 ${taskLabel(task)} 作出批示：${body.slice(0, 200)}`,
          link: `/tasks/${taskId}`,
        });
      }
      await audit(kind, id, 'create', null, { taskId, body });
    });
    return listComments(ctx.db, taskId);
  }

  async function detail({ task, planStatus, planTitle }: Awaited<ReturnType<typeof load>>): Promise<TaskDetail> {
    const [history, comments] = await Promise.all([listTaskVersions(ctx.db, task.id), listComments(ctx.db, task.id)]);
    return { ...presentTask(task), plan: { id: task.planId, title: planTitle, status: planStatus }, history, comments };
  }

  return {
    /** A filtered page of tasks the actor may see (drafts only for admins and leaders). */
    async list(actor: Actor, f: Omit<TaskFilter, 'publishedOnly'>, page: PageRequest): Promise<PageResult<TaskView>> {
      await refreshStaleStatuses(ctx);
      const r = await listTasks(ctx.db, { ...f, publishedOnly: !readsDrafts(actor) }, page);
      return { ...r, items: r.items.map(presentTask) };
    },

    /** A task with its plan, edit history and comments. */
    async get(actor: Actor, id: string): Promise<TaskDetail> {
      return detail(await load(ctx.db, actor, id));
    },

    /**
     * Edits a task (admin) if `version` is current — otherwise `task.conflict` (409) and nothing changes.
     * Every edit is kept in task_versions with who, when, why and the changed fields; edits to a published
     * plan need a reason.
     */
    async update(actor: Actor, id: string, patch: TaskPatch): Promise<TaskDetail> {
      requireAdmin(actor);
      const edited = await write(ctx, actor, async (tx, audit) => {
        const { task, planStatus, planTitle } = await load(tx, actor, id);
        requireAdjustmentReason(planStatus, patch.reason);
        const changes: Record<string, { before: unknown; after: unknown }> = {};
        const content: Partial<TaskContent> = {};
        for (const k of CONTENT_FIELDS) {
          const next = patch[k];
          if (next === undefined) continue;
          const before = task[k];
          if (JSON.stringify(before) !== JSON.stringify(k === 'due' ? [...(next as string[])].sort() : next)) {
            changes[k] = { before, after: next };
            (content as Record<string, unknown>)[k] = next;
          }
        }
        // The row read above is the one edited (the update checks its version), so it is the edit's base.
        const updated = task.version === patch.version ? await editTask(tx, task, content) : undefined;
        if (!updated) throw conflict('task', presentTask(task));
        if (patch.units) {
          const units = await resolveTaskUnits(tx, audit, patch.units);
          const before = task.assignments.map((a) => ({ name: a.name, unitId: a.unitId, role: a.role }));
          if (JSON.stringify(before) !== JSON.stringify(units)) {
            changes.units = { before, after: units };
            await replaceAssignments(tx, { id, planId: task.planId }, units);
          }
        }
        await insertTaskVersion(tx, {
          taskId: id,
          version: patch.version + 1,
          changedBy: actor.userId || null,
          reason: patch.reason ?? null,
          changes,
        });
        // Wording (number, title, text) never moves a task's status or colour: only dates, kind and units do.
        const rescored = Object.keys(changes).some((k) => !WORDING_FIELDS.has(k));
        if (rescored) await refreshTaskStatus(ctx, tx, [id]);
        if (Object.keys(changes).length) {
          const after = changes.units
            ? (changes.units.after as { unitId: string | null }[]).flatMap((u) => (u.unitId ? [u.unitId] : []))
            : [];
          await notifyTaskUnits(tx, planStatus, [...unitIdsOf(task), ...after], {
            kind: 'task_adjusted',
            text: `任务 ${taskLabel(task)} 已调整（${describeChanges(Object.keys(changes))}）。原因：${patch.reason?.trim() ?? ''}`,
            link: `/tasks/${id}`,
          });
        }
        await audit(
          'task',
          id,
          'update',
          Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.before])),
          Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.after])),
          patch.reason ?? null,
        );
        // A wording edit is answered with the row the update returned; new units or a new status are read back.
        return { task: changes.units || rescored ? (await findTask(tx, id))! : updated, planStatus, planTitle };
      });
      return detail(edited);
    },

    /**
     * Adds a task the extraction missed (admin), at the end or right after `afterTaskId` in its section. Adding to a
     * published plan needs a reason, and the new task's units are told.
     */
    async create(actor: Actor, planId: string, input: TaskCreate): Promise<TaskDetail> {
      requireAdmin(actor);
      const id = await write(ctx, actor, async (tx, audit) => {
        const plan = await findPlan(tx, planId);
        if (!plan) throw notFound('plan', '计划不存在');
        const reason = requireAdjustmentReason(plan.status, input.reason);
        const after = input.afterTaskId ? await findTask(tx, input.afterTaskId) : undefined;
        if (input.afterTaskId && after?.planId !== planId) throw notFound('task', '任务不存在');
        const units = await resolveTaskUnits(tx, audit, input.units ?? []);
        const content: TaskContent = {
          kind: input.kind ?? after?.kind ?? 'task',
          number: input.number ?? null,
          path: after?.path ?? [],
          title: input.title ?? null,
          text: input.text,
          due: input.due ?? [],
          ongoing: input.ongoing ?? false,
          separateLeads: false,
          deadlineText: input.deadlineText ?? null,
          milestones: input.milestones ?? [],
          source: null,
        };
        if (after) await shiftTaskOrdinals(tx, planId, after.ordinal, 1);
        const taskId = await insertTask(
          tx,
          planId,
          after ? after.ordinal + 1 : await nextTaskOrdinal(tx, planId),
          content,
          units,
          'not_started',
        );
        await refreshTaskStatus(ctx, tx, [taskId]);
        await notifyTaskUnits(
          tx,
          plan.status,
          units.flatMap((u) => (u.unitId ? [u.unitId] : [])),
          {
            kind: 'task_adjusted',
            text: `计划新增任务 ${taskLabel(content)}，由本单位承担。原因：${reason ?? ''}`,
            link: `/tasks/${taskId}`,
          },
        );
        await audit('task', taskId, 'create', null, { planId, ...content, units }, reason);
        return taskId;
      });
      return this.get(actor, id);
    },

    /**
     * Removes a task (admin). From a published plan only with a reason, and only while it holds no reports;
     * its units are told.
     */
    async remove(actor: Actor, id: string, reason?: string): Promise<void> {
      requireAdmin(actor);
      await write(ctx, actor, async (tx, audit) => {
        const { task, planStatus } = await load(tx, actor, id);
        const why = requireAdjustmentReason(planStatus, reason);
        await refuseIfReported(tx, planStatus, [task]);
        await deleteTask(tx, id);
        await notifyTaskUnits(tx, planStatus, unitIdsOf(task), {
          kind: 'task_removed',
          text: `任务 ${taskLabel(task)} 已从计划中删除。原因：${why ?? ''}`,
          link: `/plans/${task.planId}`,
        });
        await audit('task', id, 'delete', presentTask(task), null, why);
      });
    },

    /** Comments on a task: admins, leaders, and liaisons of a unit assigned to it. */
    async comment(actor: Actor, taskId: string, body: string) {
      const loaded = await load(ctx.db, actor, taskId);
      const { task } = loaded;
      const mine = task.assignments.some((a) => a.unitId && liaisonUnits(actor).includes(a.unitId));
      if (!isAdmin(actor) && !hasRole(actor, 'leader') && !mine) throw forbidden();
      return commentIn(actor, loaded, 'comment', body);
    },

    /** A leader's instruction (批示) on a task: leaders and admins. */
    async instruct(actor: Actor, taskId: string, body: string) {
      if (!isAdmin(actor) && !hasRole(actor, 'leader')) throw forbidden('auth.leader_only', '只有领导可以批示');
      return commentIn(actor, await load(ctx.db, actor, taskId), 'instruction', body);
    },
  };
}

export type TasksService = ReturnType<typeof createTasksService>;
