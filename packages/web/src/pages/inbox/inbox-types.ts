// Reporting shapes as the reporting services return them (packages/services/src/reporting).
import type { OwedIndicatorValueView, OwedReportView } from '@duban/core';

/** A report slot my unit still owes (task × unit × period with nothing submitted). */
export type OwedReport = OwedReportView;

/** An indicator my unit owns whose value for an open period is not reported yet. */
export type OwedIndicatorValue = OwedIndicatorValueView;

/** A submitted report as listed (with task, unit and period names). */
export interface ReportItem {
  id: string;
  planId: string;
  taskId: string;
  unitId: string;
  periodId: string;
  narrative: string;
  percent: number;
  completionClaim: boolean;
  status: 'submitted' | 'returned' | 'accepted' | string;
  returnReason: string | null;
  onTime: boolean;
  version: number;
  submittedAt: string;
  reviewedAt: string | null;
  taskTitle: string | null;
  taskNumber: string | null;
  unitName: string;
  periodLabel: string;
  periodDue: string;
  evidence?: { id: string; name: string; size: number; mime?: string }[];
}

export interface NoticeItem {
  id: string;
  number: string;
  planId: string;
  taskId: string;
  unitId: string;
  reason: string;
  due: string;
  status: 'open' | 'replied' | 'closed' | string;
  issuedAt: string;
  closedAt: string | null;
  closeNote?: string | null;
  taskTitle: string | null;
  unitName: string;
  version: number;
}

export interface Inbox {
  today: string;
  owed: OwedReport[];
  owedTotal: number;
  /** Owed reports per plan, with the plan's name. */
  plans: { planId: string; planTitle: string | null; owed: number }[];
  /** Indicator values my unit owes for the open periods. */
  indicatorValues: OwedIndicatorValue[];
  returned: ReportItem[];
  pending: ReportItem[];
  notices: NoticeItem[];
}

/** What the report form works on: a new report for an owed slot, or a returned/pending report to resubmit. */
export type ReportTarget = { kind: 'new'; slot: OwedReport } | { kind: 'resubmit'; report: ReportItem };

/** The task, plan and unit a report target is about. */
export function targetInfo(t: ReportTarget): { taskId: string; planId: string; unitId: string; number: string | null; title: string | null; period: string } {
  return t.kind === 'new'
    ? { taskId: t.slot.taskId, planId: t.slot.planId, unitId: t.slot.unitId, number: t.slot.taskNumber, title: t.slot.taskTitle, period: t.slot.periodLabel }
    : { taskId: t.report.taskId, planId: t.report.planId, unitId: t.report.unitId, number: t.report.taskNumber, title: t.report.taskTitle, period: t.report.periodLabel };
}
