import type {
  CloseNotice,
  DashboardQuery,
  InboxQuery,
  IndicatorOwnersInput,
  IndicatorValueInput,
  IssueNotice,
  NoticeListFilter,
  NoticeReply,
  PeriodPatch,
  PeriodSpecInput,
  ReportListFilter,
  ResubmitReport,
  Review,
  SubmitReport,
  SupervisionQuery,
  SuspensionInput,
} from '@duban/core';
import type { PageRequest } from '@duban/storage';
import type { Actor } from '../actor.js';
import type { ServiceContext } from '../context.js';
import { getDashboard } from './dashboard-service.js';
import { presentEvidence } from './evidence-presenter.js';
import { addEvidence, getEvidence, type EvidenceStorage, type EvidenceUpload } from './evidence-service.js';
import { getInbox } from './inbox-service.js';
import { assignIndicatorOwners } from './indicator-owners-service.js';
import { getIndicatorDetail, reportIndicatorValue } from './indicators-service.js';
import { closeNotice, getNotice, issueNotice, listNoticesFor, replyToNotice } from './notices-service.js';
import { createPlanPeriods, deletePlanPeriod, getPlanPeriods, updatePlanPeriod } from './periods-service.js';
import { listReportsFor } from './report-list-service.js';
import { acceptReport, getReport, resubmitReport, returnReport, submitReport } from './reports-service.js';
import { getSupervision, refreshPlans, setSuspension } from './supervision-service.js';
import { stageEvidence } from './staged-evidence-service.js';

export {
  reportingStatusDeriver,
  refreshPlans,
  evaluatePlan,
  colourRules,
  supervisionCounters,
  type SupervisedTask,
} from './supervision-service.js';
export { REPORT_CSV_COLUMNS, MISSING_CSV_COLUMNS, type ReportListResult } from './report-list-service.js';
export { MAX_EVIDENCE_BYTES, sniffEvidence, type EvidenceType } from './evidence-sniff.js';
export type { EvidenceStorage, EvidenceUpload } from './evidence-service.js';
export type { Dashboard } from './dashboard-service.js';
export type { Inbox, OwedReport } from './inbox-service.js';
export type { OwedIndicatorValue } from './indicator-owners-service.js';
export type { ReportDetail } from './reports-service.js';
export type { NoticeDetail } from './notices-service.js';

/** Options of the reporting service. */
export interface ReportingOptions {
  /** Where evidence bytes live (default: the context's data directory and evidence storage mode). */
  evidence?: EvidenceStorage;
}

/** Reporting and supervision: periods, reports and review, evidence, indicator values, supervision, notices, dashboard. */
export function createReportingService(ctx: ServiceContext, opts: ReportingOptions = {}) {
  const storage = opts.evidence ?? (ctx.dataDir ? { dir: ctx.dataDir, mode: ctx.evidenceStorage ?? 'disk' } : {});
  return {
    listPeriods: (actor: Actor, planId: string) => getPlanPeriods(ctx, actor, planId),
    createPeriods: (actor: Actor, planId: string, input: PeriodSpecInput) => createPlanPeriods(ctx, actor, planId, input),
    updatePeriod: (actor: Actor, id: string, input: PeriodPatch) => updatePlanPeriod(ctx, actor, id, input),
    deletePeriod: (actor: Actor, id: string) => deletePlanPeriod(ctx, actor, id),
    inbox: (actor: Actor, query: InboxQuery = {}) => getInbox(ctx, actor, query),
    assignIndicatorOwners: (actor: Actor, planId: string, input: IndicatorOwnersInput) => assignIndicatorOwners(ctx, actor, planId, input),
    submitReport: (actor: Actor, input: SubmitReport) => submitReport(ctx, actor, input, storage),
    resubmitReport: (actor: Actor, id: string, input: ResubmitReport) => resubmitReport(ctx, actor, id, input, storage),
    stageEvidence: (actor: Actor, file: EvidenceUpload) => stageEvidence(ctx, actor, file),
    returnReport: (actor: Actor, id: string, input: Review) => returnReport(ctx, actor, id, input),
    acceptReport: (actor: Actor, id: string, input: Review) => acceptReport(ctx, actor, id, input),
    getReport: (actor: Actor, id: string) => getReport(ctx, actor, id),
    listReports: (actor: Actor, query: ReportListFilter, page: PageRequest) => listReportsFor(ctx, actor, query, page),
    addEvidence: async (actor: Actor, reportId: string, file: EvidenceUpload) =>
      presentEvidence(await addEvidence(ctx, actor, reportId, file, storage)),
    getEvidence: (actor: Actor, reportId: string, evidenceId: string) => getEvidence(ctx, actor, reportId, evidenceId, storage),
    reportIndicatorValue: (actor: Actor, indicatorId: string, input: IndicatorValueInput) =>
      reportIndicatorValue(ctx, actor, indicatorId, input),
    getIndicator: (actor: Actor, indicatorId: string) => getIndicatorDetail(ctx, actor, indicatorId),
    supervision: (actor: Actor, query: SupervisionQuery) => getSupervision(ctx, actor, query),
    refreshPlans: (planIds: string[]) => refreshPlans(ctx, planIds),
    setSuspension: (actor: Actor, taskId: string, input: SuspensionInput) => setSuspension(ctx, actor, taskId, input),
    issueNotice: (actor: Actor, input: IssueNotice) => issueNotice(ctx, actor, input),
    replyToNotice: (actor: Actor, id: string, input: NoticeReply) => replyToNotice(ctx, actor, id, input),
    closeNotice: (actor: Actor, id: string, input: CloseNotice) => closeNotice(ctx, actor, id, input),
    getNotice: (actor: Actor, id: string) => getNotice(ctx, actor, id),
    listNotices: (actor: Actor, query: NoticeListFilter, page: PageRequest) => listNoticesFor(ctx, actor, query, page),
    dashboard: (actor: Actor, query: DashboardQuery) => getDashboard(ctx, actor, query),
  };
}

/** The reporting service's type. */
export type ReportingService = ReturnType<typeof createReportingService>;
