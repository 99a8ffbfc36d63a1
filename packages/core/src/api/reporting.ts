// Response shapes of the reporting endpoints (GET /api/inbox, GET /api/dashboard), written once and shared by the
// services that build them and the web app that shows them.
import { z } from 'zod';
import type { Achievement } from '../domain/indicator-achievement.js';
import type { ReportTimeliness } from '../domain/reporting-periods.js';
import { pageQuerySchema } from './common.js';

/** A yes/no filter as a query string carries it. */
const queryFlag = z.enum(['true', 'false', '1', '0']);

/** Filters of GET /api/reports; `missing` lists owed slots instead of reports. */
export const reportListFilterSchema = z.object({
  plan: z.string().optional(),
  unit: z.string().optional(),
  period: z.string().optional(),
  task: z.string().optional(),
  jurisdiction: z.string().optional(),
  status: z.enum(['submitted', 'returned', 'accepted']).optional(),
  late: queryFlag.optional(),
  missing: queryFlag.optional(),
});

/** Query of GET /api/reports: the filters plus paging and format. */
export const reportListQuerySchema = pageQuerySchema.extend(reportListFilterSchema.shape);

/** A report slot (task × unit × period) that is owed and has nothing in it. */
export interface EmptySlotView {
  planId: string;
  planTitle: string | null;
  taskId: string;
  taskTitle: string | null;
  taskNumber: string | null;
  unitId: string;
  unitName: string;
  periodId: string;
  periodLabel: string;
  due: string;
  windowEnd: string;
}

/** An indicator value a unit owes: an indicator it is responsible for × an open period with no value yet. */
export interface OwedIndicatorValueView {
  indicatorId: string;
  indicatorName: string;
  unit: string;
  target: number;
  planId: string;
  planTitle: string | null;
  periodId: string;
  periodLabel: string;
  due: string;
}

/** One slot a unit still owes; `state` open: due later, overdue: past due in the grace window, missing: past it. */
export interface OwedReportView extends EmptySlotView {
  state: ReportTimeliness;
}

/** The dashboard in one response. */
export interface DashboardView {
  today: string;
  planIds: string[];
  completion: { total: number; completed: number; completionRate: number | null; averageProgress: number | null };
  byStatus: Record<string, number>;
  byColour: Record<string, number>;
  /** Items per kind (任务 / 保障措施 / 工作步骤); every kind is counted in the totals above. */
  byKind: Record<string, number>;
  byLeadUnit: { unitId: string; unitName: string; total: number; byStatus: Record<string, number> }[];
  overdue: { total: number; items: { taskId: string; planId: string; number: string | null; title: string | null; due: string | null; progress: number; leadUnit: string | null }[] };
  missingReports: { total: number; items: { taskId: string; title: string | null; unitId: string; unitName: string; periodLabel: string; due: string }[] };
  /** Quantified targets (量化指标) with the unit that reports them (null while unassigned). */
  indicators: { id: string; name: string; baseline: number | null; target: number; unit: string; comparator: string; ownerUnitId: string | null; ownerUnitName: string | null; latest: number | null; achievement: Achievement | null }[];
  onTime: { unitId: string; unitName: string; submitted: number; onTime: number; missing: number; expected: number; rate: number | null }[];
}

/**
 * One evidence file of a report as the API shows it (report detail, upload answer). Where the server keeps the
 * bytes — a file under its data directory or the database row — is internal and never part of it; download the
 * bytes from `GET /api/reports/:reportId/evidence/:id`.
 */
export interface EvidenceView {
  id: string;
  reportId: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

/** A file uploaded into the staging area (POST /api/evidence), waiting for the report that claims it. */
export const stagedEvidenceViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  /** Unclaimed files are dropped after this time. */
  expiresAt: z.string(),
});
export type StagedEvidenceView = z.infer<typeof stagedEvidenceViewSchema>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/** A reporting period as PATCH /api/periods/:id answers it. */
export const periodViewSchema = z.object({
  id: z.string(),
  planId: z.string(),
  seq: z.number().int(),
  kind: z.string(),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  due: z.string(),
  windowEnd: z.string(),
});

/** Body of PATCH /api/periods/:id: only periods that hold no report may change. */
export const periodPatchSchema = z
  .object({ label: z.string().trim().min(1).max(40).optional(), start: isoDay.optional(), end: isoDay.optional(), due: isoDay.optional(), windowEnd: isoDay.optional() })
  .strict();

/** Query of GET /api/inbox: owed reports of one plan, one period, or in one state. */
export const inboxQuerySchema = z.object({ plan: z.string().min(1).optional(), period: z.string().min(1).optional(), state: z.enum(['open', 'overdue', 'missing']).optional() });

/** Body of POST /api/plans/:id/indicator-owners. */
export const indicatorOwnersSchema = z.object({ indicatorIds: z.array(z.string().min(1)).min(1).max(500), unitId: z.string().min(1).nullable() }).strict();
