import { displayNumber } from '@duban/core';
import { insertNotifications, reportCounts, type Db, type TaskRecord } from '@duban/storage';
import { DomainError, invalid } from '../errors.js';

/** A change to a published plan is an adjustment: it needs a reason (kept in the audit and told to the units). */
export function requireAdjustmentReason(planStatus: string, reason: string | undefined): string | null {
  const r = reason?.trim() || null;
  if (planStatus === 'published' && !r) throw invalid('task.reason_required', '修改已发布计划的任务需要填写修改原因');
  return r;
}

/** Tasks of a published plan that already hold reports cannot disappear (their reports would go with them). */
export async function refuseIfReported(db: Db, planStatus: string, tasks: TaskRecord[]): Promise<void> {
  if (planStatus !== 'published') return;
  const counts = await reportCounts(
    db,
    tasks.map((t) => t.id),
  );
  const reported = tasks.filter((t) => counts.has(t.id));
  if (reported.length) {
    const names = reported.map(taskLabel).join('、');
    throw new DomainError(
      'conflict',
      'task.has_reports',
      `任务 ${names} 已有报送记录，不能删除或并入其他任务；可改为暂缓，或保留它并把其他任务并入它`,
      { taskIds: reported.map((t) => t.id) },
    );
  }
}

/** How a task is named in messages: its cited number, else the start of its text. */
export function taskLabel(t: Pick<TaskRecord, 'path' | 'number' | 'title' | 'text'>): string {
  return displayNumber(t.path, t.number) ?? `“${(t.title ?? t.text).slice(0, 20)}”`;
}

/** The directory units of a task (lead and participating). */
export function unitIdsOf(t: Pick<TaskRecord, 'assignments'> | { assignments: { unitId: string | null }[] }): string[] {
  return t.assignments.flatMap((a) => (a.unitId ? [a.unitId] : []));
}

/**
 * Tells units in-app about a change to a task of a published plan: the units responsible before and after, so a
 * unit that lost the task learns it as well as the one that gained it. Drafts notify nobody.
 */
export async function notifyTaskUnits(
  db: Db,
  planStatus: string,
  unitIds: Iterable<string>,
  message: { kind: 'task_adjusted' | 'task_removed' | 'instruction'; text: string; link: string | null },
): Promise<number> {
  if (planStatus !== 'published') return 0;
  return insertNotifications(db, unitIds, message);
}

const FIELD_LABELS: Record<string, string> = {
  text: '内容',
  title: '标题',
  number: '编号',
  due: '完成时限',
  ongoing: '持续推进',
  units: '责任单位',
  kind: '类别',
  deadlineText: '时限原文',
  milestones: '节点',
};

/** "完成时限、责任单位" for the changed fields of an edit. */
export function describeChanges(fields: string[]): string {
  return fields.map((f) => FIELD_LABELS[f] ?? f).join('、');
}
