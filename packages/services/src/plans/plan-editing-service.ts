import type { TaskBulkEdit, TaskMerge, TaskReorder, TaskSplit, TaskView } from '@duban/core';
import {
  deleteTask,
  findPlan,
  findTask,
  findUnit,
  insertTask,
  insertTaskVersion,
  listPlanTasks,
  replaceAssignments,
  setTaskOrdinals,
  shiftTaskOrdinals,
  updateTask,
  type AssignmentInput,
  type Db,
  type TaskContent,
  type TaskRecord,
} from '@duban/storage';
import { requireAdmin, type Actor } from '../actor.js';
import { write, type AuditFn, type ServiceContext } from '../context.js';
import { conflict, invalid, notFound } from '../errors.js';
import { describeChanges, notifyTaskUnits, refuseIfReported, requireAdjustmentReason, taskLabel, unitIdsOf } from './plan-adjustments.js';
import { presentTask } from '../presenters.js';
import { resolveTaskUnits } from '../tasks/task-units.js';
import { refreshTaskStatus } from '../tasks/task-status.js';

type Changes = Record<string, { before: unknown; after: unknown }>;

const asInputs = (t: TaskRecord): AssignmentInput[] => t.assignments.map((a) => ({ unitId: a.unitId, name: a.name, role: a.role }));

/** Union of assignments: one per unit (or name when unmapped); a unit that leads anywhere leads. */
function unionUnits(lists: AssignmentInput[][]): AssignmentInput[] {
  const out = new Map<string, AssignmentInput>();
  for (const a of lists.flat()) {
    const key = a.unitId ?? `name:${a.name}`;
    const had = out.get(key);
    if (!had || (had.role === 'participant' && a.role === 'lead')) out.set(key, { ...a });
  }
  return [...out.values()].sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1));
}

/** Plan corrections beyond one task's edit: split, merge, reorder and bulk edits — in review and after publishing. */
export function createPlanEditingService(ctx: ServiceContext) {
  async function planOf(tx: Db, planId: string) {
    const plan = await findPlan(tx, planId);
    if (!plan) throw notFound('plan', '计划不存在');
    return plan;
  }

  /** The plan's tasks with the given ids, in plan order; every id must be one of the plan's. */
  async function pick(tx: Db, planId: string, ids: string[]): Promise<{ all: TaskRecord[]; picked: TaskRecord[] }> {
    const all = await listPlanTasks(tx, planId);
    const wanted = new Set(ids);
    const picked = all.filter((t) => wanted.has(t.id));
    if (picked.length !== wanted.size) throw invalid('task.not_in_plan', '所选任务不属于该计划或已被删除');
    return { all, picked };
  }

  async function record(tx: Db, audit: AuditFn, actor: Actor, task: TaskRecord, changes: Changes, reason: string | null, action: string) {
    await insertTaskVersion(tx, { taskId: task.id, version: task.version + 1, changedBy: actor.userId || null, reason, changes });
    const pick = (side: 'before' | 'after') => Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v[side]]));
    await audit('task', task.id, action, pick('before'), pick('after'), reason);
  }

  async function present(planId: string, ids: string[]): Promise<TaskView[]> {
    const keep = new Set(ids);
    return (await listPlanTasks(ctx.db, planId)).filter((t) => keep.has(t.id)).map(presentTask);
  }

  return {
    /**
     * Splits a task into `parts`: the first part stays the task (id, history, reports); the others are inserted
     * right after it in the same section, inheriting what a part does not set (units, deadlines, kind).
     */
    async split(actor: Actor, taskId: string, body: TaskSplit): Promise<TaskView[]> {
      requireAdmin(actor);
      const { planId, ids } = await write(ctx, actor, async (tx, audit) => {
        const task = await findTask(tx, taskId);
        if (!task) throw notFound('task', '任务不存在');
        const plan = await planOf(tx, task.planId);
        const reason = requireAdjustmentReason(plan.status, body.reason);
        const [first, ...rest] = body.parts;
        const firstUnits = first!.units ? await resolveTaskUnits(tx, audit, first!.units) : asInputs(task);
        const firstContent: Partial<TaskContent> = { text: first!.text, ...pickContent(first!) };
        if (!(await updateTask(tx, task.id, body.version, firstContent))) throw conflict('task', presentTask(task));
        if (first!.units) await replaceAssignments(tx, task, firstUnits);
        await record(
          tx,
          audit,
          actor,
          task,
          { text: { before: task.text, after: first!.text }, split: { before: null, after: body.parts.length } },
          reason,
          'split',
        );
        await shiftTaskOrdinals(tx, task.planId, task.ordinal, rest.length);
        const ids = [task.id];
        const notify = new Set([...unitIdsOf(task), ...firstUnits.flatMap((u) => (u.unitId ? [u.unitId] : []))]);
        for (const [i, part] of rest.entries()) {
          const units = part.units ? await resolveTaskUnits(tx, audit, part.units) : asInputs(task);
          const content: TaskContent = {
            kind: part.kind ?? task.kind,
            number: part.number !== undefined ? part.number : task.number ? `${task.number}-${i + 2}` : null,
            path: task.path,
            title: part.title !== undefined ? part.title : task.title,
            text: part.text,
            due: part.due ?? task.due,
            ongoing: part.ongoing ?? task.ongoing,
            separateLeads: false,
            deadlineText: part.deadlineText !== undefined ? part.deadlineText : task.deadlineText,
            milestones: part.milestones ?? [],
            source: task.source,
          };
          const id = await insertTask(tx, task.planId, task.ordinal + i + 1, content, units, 'not_started');
          for (const u of units) if (u.unitId) notify.add(u.unitId);
          await audit('task', id, 'create', null, { planId: task.planId, splitFrom: task.id, ...content, units }, reason);
          ids.push(id);
        }
        await refreshTaskStatus(ctx, tx, ids);
        await notifyTaskUnits(tx, plan.status, notify, {
          kind: 'task_adjusted',
          text: `任务 ${taskLabel(task)} 已拆分为 ${body.parts.length} 项。原因：${reason ?? ''}`,
          link: `/tasks/${task.id}`,
        });
        return { planId: task.planId, ids };
      });
      return present(planId, ids);
    },

    /** Merges tasks into the first of them (in plan order): texts joined, units and deadlines united; the rest removed. */
    async merge(actor: Actor, planId: string, body: TaskMerge): Promise<TaskView[]> {
      requireAdmin(actor);
      const keptId = await write(ctx, actor, async (tx, audit) => {
        const plan = await planOf(tx, planId);
        const reason = requireAdjustmentReason(plan.status, body.reason);
        const { picked } = await pick(tx, planId, body.taskIds);
        const [kept, ...gone] = picked;
        await refuseIfReported(tx, plan.status, gone);
        const text = body.text ?? picked.map((t) => t.text).join('\n');
        const due = [...new Set(picked.flatMap((t) => t.due))].sort();
        const content: Partial<TaskContent> = {
          text,
          due,
          ongoing: picked.some((t) => t.ongoing),
          milestones: picked.flatMap((t) => t.milestones),
          ...(body.title !== undefined ? { title: body.title } : {}),
        };
        if (!(await updateTask(tx, kept!.id, kept!.version, content))) throw conflict('task');
        const units = unionUnits(picked.map(asInputs));
        await replaceAssignments(tx, kept!, units);
        for (const t of gone) {
          await deleteTask(tx, t.id);
          await audit('task', t.id, 'delete', presentTask(t), { mergedInto: kept!.id }, reason);
        }
        await record(
          tx,
          audit,
          actor,
          kept!,
          {
            text: { before: kept!.text, after: text },
            due: { before: kept!.due, after: due },
            units: { before: asInputs(kept!), after: units },
            merged: { before: null, after: gone.map(taskLabel) },
          },
          reason,
          'merge',
        );
        await refreshTaskStatus(ctx, tx, [kept!.id]);
        await notifyTaskUnits(tx, plan.status, [...picked.flatMap(unitIdsOf)], {
          kind: 'task_adjusted',
          text: `任务 ${picked.map(taskLabel).join('、')} 已合并为任务 ${taskLabel(kept!)}。原因：${reason ?? ''}`,
          link: `/tasks/${kept!.id}`,
        });
        return kept!.id;
      });
      return present(planId, [keptId]);
    },

    /** Puts the plan's tasks in the given order (every task of the plan, each once). */
    async reorder(actor: Actor, planId: string, body: TaskReorder): Promise<TaskView[]> {
      requireAdmin(actor);
      await write(ctx, actor, async (tx, audit) => {
        const plan = await planOf(tx, planId);
        const reason = requireAdjustmentReason(plan.status, body.reason);
        const all = await listPlanTasks(tx, planId);
        const ids = new Set(body.taskIds);
        if (ids.size !== body.taskIds.length || ids.size !== all.length || all.some((t) => !ids.has(t.id))) {
          throw invalid('task.reorder_incomplete', '调整顺序需要列出该计划的全部任务，且每项只出现一次');
        }
        await setTaskOrdinals(tx, planId, body.taskIds);
        await audit('plan', planId, 'reorder', { taskIds: all.map((t) => t.id) }, { taskIds: body.taskIds }, reason);
      });
      return (await listPlanTasks(ctx.db, planId)).map(presentTask);
    },

    /** One change to many tasks: the deadline, the lead unit, a participating unit added or a unit removed. */
    async bulkEdit(actor: Actor, planId: string, body: TaskBulkEdit): Promise<TaskView[]> {
      requireAdmin(actor);
      await write(ctx, actor, async (tx, audit) => {
        const plan = await planOf(tx, planId);
        const reason = requireAdjustmentReason(plan.status, body.reason);
        const { picked } = await pick(tx, planId, body.taskIds);
        const unit = async (id: string | undefined) => {
          if (!id) return undefined;
          const u = await findUnit(tx, id);
          if (!u) throw invalid('task.unit_unknown', '单位不存在');
          return u;
        };
        const lead = await unit(body.leadUnitId);
        const added = await unit(body.addParticipantId);
        for (const task of picked) {
          const changes: Changes = {};
          const content: Partial<TaskContent> = {};
          if (body.due !== undefined && JSON.stringify(task.due) !== JSON.stringify([...body.due].sort())) content.due = body.due;
          if (body.ongoing !== undefined && task.ongoing !== body.ongoing) content.ongoing = body.ongoing;
          for (const [k, v] of Object.entries(content)) changes[k] = { before: task[k as keyof TaskContent], after: v };
          const before = asInputs(task);
          let units = before.filter((a) => !(body.removeUnitId && a.unitId === body.removeUnitId));
          if (lead)
            units = [{ unitId: lead.id, name: lead.name, role: 'lead' }, ...units.filter((a) => a.role !== 'lead' && a.unitId !== lead.id)];
          if (added && !units.some((a) => a.unitId === added.id)) units.push({ unitId: added.id, name: added.name, role: 'participant' });
          if (JSON.stringify(units) !== JSON.stringify(before)) changes.units = { before, after: units };
          if (Object.keys(changes).length === 0) continue;
          if (!(await updateTask(tx, task.id, task.version, content))) throw conflict('task');
          if (changes.units) await replaceAssignments(tx, task, units);
          await record(tx, audit, actor, task, changes, reason, 'update');
          await notifyTaskUnits(tx, plan.status, [...unitIdsOf(task), ...units.flatMap((u) => (u.unitId ? [u.unitId] : []))], {
            kind: 'task_adjusted',
            text: `任务 ${taskLabel(task)} 已调整（${describeChanges(Object.keys(changes))}）。原因：${reason ?? ''}`,
            link: `/tasks/${task.id}`,
          });
        }
        await refreshTaskStatus(
          ctx,
          tx,
          picked.map((t) => t.id),
        );
        // A bulk edit that changed nothing still leaves a trace of the attempt (and `write` requires one).
        await audit(
          'plan',
          planId,
          'bulk_edit',
          null,
          {
            taskIds: body.taskIds,
            due: body.due,
            ongoing: body.ongoing,
            leadUnitId: body.leadUnitId,
            addParticipantId: body.addParticipantId,
            removeUnitId: body.removeUnitId,
          },
          reason,
        );
      });
      return present(planId, body.taskIds);
    },
  };
}

/** The optional content fields a split part sets. */
function pickContent(part: TaskSplit['parts'][number]): Partial<TaskContent> {
  const out: Partial<TaskContent> = {};
  if (part.kind !== undefined) out.kind = part.kind;
  if (part.number !== undefined) out.number = part.number;
  if (part.title !== undefined) out.title = part.title;
  if (part.due !== undefined) out.due = part.due;
  if (part.ongoing !== undefined) out.ongoing = part.ongoing;
  if (part.deadlineText !== undefined) out.deadlineText = part.deadlineText;
  if (part.milestones !== undefined) out.milestones = part.milestones;
  return out;
}

export type PlanEditingService = ReturnType<typeof createPlanEditingService>;
