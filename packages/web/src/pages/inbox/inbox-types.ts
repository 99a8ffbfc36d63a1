// The liaison inbox's shapes, derived from the API contract (GET /api/inbox).
import type { ApiResponse } from '../../api/types.js';

/** GET /api/inbox. */
export type Inbox = ApiResponse<'GET /api/inbox'>;

/** A report slot my unit still owes (task × unit × period with nothing submitted). */
export type OwedReport = Inbox['owed'][number];

/** An indicator my unit owns whose value for an open period is not reported yet. */
export type OwedIndicatorValue = Inbox['indicatorValues'][number];

/** A submitted report as listed (with task, unit and period names). */
export type ReportItem = Inbox['returned'][number];

/** A 督办单 as listed. */
export type NoticeItem = Inbox['notices'][number];

/** What the report form works on: a new report for an owed slot, or a returned/pending report to resubmit. */
export type ReportTarget = { kind: 'new'; slot: OwedReport } | { kind: 'resubmit'; report: ReportItem };

/** The task, plan and unit a report target is about. */
export function targetInfo(t: ReportTarget): {
  taskId: string;
  planId: string;
  unitId: string;
  number: string | null;
  title: string | null;
  period: string;
} {
  return t.kind === 'new'
    ? {
        taskId: t.slot.taskId,
        planId: t.slot.planId,
        unitId: t.slot.unitId,
        number: t.slot.taskNumber,
        title: t.slot.taskTitle,
        period: t.slot.periodLabel,
      }
    : {
        taskId: t.report.taskId,
        planId: t.report.planId,
        unitId: t.report.unitId,
        number: t.report.taskNumber,
        title: t.report.taskTitle,
        period: t.report.periodLabel,
      };
}
