// The one definition of a task's state — status (未开始/推进中/…), warning colour and its reasons — that the
// dashboard, task lists, supervision page, CSV exports and bulletins all show. Every kind of item (任务, 保障措施,
// 工作步骤) is evaluated and counted alike; views show the kind with its own label.
import type { TaskKind } from '../extract/plan-schema.js';
import type { IsoDate } from './iso-date.js';
import {
  COLOUR_LABELS,
  DEFAULT_COLOUR_RULES,
  evaluateSupervision,
  type ColourRule,
  type ReportSlot,
  type SupervisionColour,
  type SupervisionReason,
} from './supervision-colour.js';
import { deriveTaskStatus, type TaskStatus } from './task-status.js';
import type { REPORTING_SCOPES } from './stored-values.js';

/** The Chinese label of each kind. */
export const TASK_KIND_LABELS: Record<TaskKind, string> = { task: '任务', safeguard: '保障措施', step: '工作步骤' };

/** Who owes progress reports: the lead units only (牵头单位汇总报送, the common practice) or every responsible unit. */
export type ReportingScope = (typeof REPORTING_SCOPES)[number];

/** The Chinese label of each reporting scope. */
export const REPORTING_SCOPE_LABELS: Record<ReportingScope, string> = { lead: '牵头单位汇总报送', all: '各责任单位分别报送' };

/** Whether a unit with `role` on a task owes progress reports under the plan's scope. */
export function owesReports(role: string, scope: ReportingScope): boolean {
  return scope === 'all' || role === 'lead';
}

/** Everything a task's state depends on. */
export interface TaskStateInput {
  today: IsoDate;
  /** The task's final deadline, or null for open-ended (持续推进) items. */
  due: IsoDate | null;
  /** When work was expected to start (the first period's start), for the schedule check. */
  start: IsoDate | null;
  suspended: boolean;
  /** 办结审核 passed. */
  completed: boolean;
  latestAccepted: { percent: number; completionClaim: boolean } | null;
  /** Units on the task, in order. */
  units: readonly { unitId: string; name: string; role: string }[];
  scope: ReportingScope;
  /** The plan's reporting periods. */
  periods: readonly { id: string; label: string; start: IsoDate; due: IsoDate; windowEnd: IsoDate }[];
  /** First submission day of a unit's report for a period, or null. */
  submittedOn: (unitId: string, periodId: string) => IsoDate | null;
}

/** A task's state as every view shows it. */
export interface TaskState {
  status: TaskStatus;
  colour: SupervisionColour;
  colourLabel: string;
  reasons: SupervisionReason[];
  /** Latest accepted progress, 0-100. */
  progress: number;
  /** Units that owe reports for this task. */
  owingUnits: { unitId: string; name: string }[];
}

/** Derives status, colour and reasons of one task; pure — today is an input. */
export function deriveTaskState(input: TaskStateInput, rules: readonly ColourRule[] = DEFAULT_COLOUR_RULES): TaskState {
  const owing = input.units.filter((u) => owesReports(u.role, input.scope));
  const slots: ReportSlot[] = [];
  for (const p of input.periods) {
    if (p.start > input.today) continue;
    for (const u of owing)
      slots.push({
        periodLabel: p.label,
        unitName: u.name,
        due: p.due,
        windowEnd: p.windowEnd,
        submittedOn: input.submittedOn(u.unitId, p.id),
      });
  }
  const progress = input.latestAccepted?.percent ?? 0;
  const status = deriveTaskStatus({
    today: input.today,
    due: input.due,
    start: input.start,
    suspended: input.suspended,
    latestAccepted: input.latestAccepted,
    completionApproved: input.completed,
  });
  const colour = evaluateSupervision(
    {
      today: input.today,
      due: input.due,
      start: input.start,
      percent: progress,
      completed: input.completed,
      suspended: input.suspended,
      reports: slots,
    },
    rules,
  );
  return {
    status: status.status,
    colour: colour.colour,
    colourLabel: COLOUR_LABELS[colour.colour],
    reasons: colour.reasons,
    progress,
    owingUnits: owing.map((u) => ({ unitId: u.unitId, name: u.name })),
  };
}
