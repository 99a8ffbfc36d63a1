// Task status as the office sees it: 未开始 / 推进中 / 已完成 / 滞后 / 暂缓. Derived, never stored,
// from the latest accepted report, the completion review (办结审核), the deadline and today.
import { daysBetween, type IsoDate } from './iso-date.js';
import type { TASK_STATUSES } from './stored-values.js';

/** Stable status ids. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The Chinese labels shown to users. */
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: '未开始',
  in_progress: '推进中',
  completed: '已完成',
  behind: '滞后',
  suspended: '暂缓',
};

/** Everything status derivation looks at. */
export interface TaskStatusInput {
  today: IsoDate;
  /** Earliest explicit deadline, or null for open-ended (持续推进) tasks. */
  due: IsoDate | null;
  /** When work was expected to start (plan publication or the first period start); enables the schedule check. */
  start?: IsoDate | null;
  suspended?: boolean;
  /** The latest accepted report, or null when none was accepted yet. */
  latestAccepted: { percent: number; completionClaim: boolean } | null;
  /** True once the office accepted a completion claim (办结审核 passed). */
  completionApproved?: boolean;
  /** Percentage points below the time-elapsed share at which a running task counts as behind; default 30. */
  lagMargin?: number;
}

/** The derived status plus the facts that led to it. */
export interface TaskStatusResult {
  status: TaskStatus;
  label: string;
  /** Percentage of the schedule elapsed (0-100), when start and due are known. */
  expectedPercent: number | null;
  /** Days past the deadline (positive) — null when there is no deadline or the task is closed. */
  daysOverdue: number | null;
}

/** Share of the time between start and due that has passed by today, 0-100, or null when unknown. */
export function elapsedPercent(start: IsoDate | null | undefined, due: IsoDate | null, today: IsoDate): number | null {
  if (!start || !due) return null;
  const span = daysBetween(start, due);
  if (span <= 0) return today >= due ? 100 : 0;
  return Math.min(100, Math.max(0, (daysBetween(start, today) / span) * 100));
}

/** Derives a task's status; pure — today is an input. */
export function deriveTaskStatus(input: TaskStatusInput): TaskStatusResult {
  const expected = elapsedPercent(input.start, input.due, input.today);
  const result = (status: TaskStatus, daysOverdue: number | null): TaskStatusResult => ({
    status,
    label: TASK_STATUS_LABELS[status],
    expectedPercent: expected,
    daysOverdue,
  });
  if (input.completionApproved) return result('completed', null);
  if (input.suspended) return result('suspended', null);
  const overdue = input.due !== null && input.today > input.due ? daysBetween(input.due, input.today) : null;
  if (overdue !== null) return result('behind', overdue);
  const percent = input.latestAccepted?.percent ?? 0;
  const margin = input.lagMargin ?? 30;
  if (expected !== null && percent < expected - margin) return result('behind', null);
  if (!input.latestAccepted || (percent <= 0 && !input.latestAccepted.completionClaim)) return result('not_started', null);
  return result('in_progress', null);
}
