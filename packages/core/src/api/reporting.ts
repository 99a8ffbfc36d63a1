// Request and response schemas of the reporting endpoints (periods, the inbox, reports and their review, evidence,
// indicator values), written once and shared by the route table (validation, OpenAPI), the services and the web app.
import { z } from 'zod';
import { isIsoDate } from '../domain/iso-date.js';
import { indicatorViewSchema } from './plans.js';
import { pageQuerySchema, pageSchema } from './common.js';
import { PERIOD_KINDS, REPORT_STATUSES } from '../domain/stored-values.js';

/** A real calendar date 'YYYY-MM-DD' (2026-02-30 is refused, unlike isoDateSchema's pattern). */
export const calendarDateSchema = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD');
const calendarDate = calendarDateSchema;

/** A yes/no filter as a query string carries it. */
const queryFlag = z.enum(['true', 'false', '1', '0']);

// ---- periods

/**
 * Body of POST /api/plans/:id/periods: monthly, quarterly or custom ranges, with a due rule and grace days.
 * Without start/end the plan's own year is covered; without kind the frequency already in use (quarterly for a new calendar).
 */
export const periodSpecSchema = z
  .object({
    kind: z.enum(PERIOD_KINDS).optional(),
    start: calendarDate.optional(),
    end: calendarDate.optional(),
    due: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('day_of_last_month'), day: z.number().int().min(1).max(31) }),
        z.object({ kind: z.literal('days_after_end'), days: z.number().int().min(0).max(90) }),
      ])
      .optional(),
    graceDays: z.number().int().min(0).max(60).optional(),
    ranges: z
      .array(
        z.object({ start: calendarDate, end: calendarDate, label: z.string().min(1).max(40).optional(), due: calendarDate.optional() }),
      )
      .max(120)
      .optional(),
  })
  .strict();
export type PeriodSpecInput = z.infer<typeof periodSpecSchema>;

/** One reporting period of a plan. */
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
  /** Reports and indicator values the period holds (GET only); only empty periods may change. */
  reportCount: z.number().int().optional(),
});
export type PeriodView = z.infer<typeof periodViewSchema>;

/** Body of PATCH /api/periods/:id: only periods that hold no report may change. */
export const periodPatchSchema = z
  .object({
    label: z.string().trim().min(1).max(40).optional(),
    start: calendarDate.optional(),
    end: calendarDate.optional(),
    due: calendarDate.optional(),
    windowEnd: calendarDate.optional(),
  })
  .strict();
export type PeriodPatch = z.infer<typeof periodPatchSchema>;

/** The periods of a plan (GET and POST /api/plans/:id/periods). */
export const periodListSchema = z.object({ items: z.array(periodViewSchema) });

// ---- reports

/** One indicator value sent with a report. */
export const reportIndicatorValueSchema = z
  .object({ indicatorId: z.string().min(1), value: z.number().finite(), note: z.string().max(500).optional() })
  .strict();
export type ReportIndicatorValue = z.infer<typeof reportIndicatorValueSchema>;

/** Body of POST /api/reports. */
export const submitReportSchema = z
  .object({
    taskId: z.string().min(1),
    periodId: z.string().min(1),
    unitId: z.string().min(1).optional(),
    narrative: z.string().trim().min(1, '请填写工作进展').max(10_000),
    percent: z.number().min(0).max(100),
    completionClaim: z.boolean().default(false),
    indicatorValues: z.array(reportIndicatorValueSchema).max(50).optional(),
    /** Files uploaded first to POST /api/evidence; they are attached in the same transaction or nothing is stored. */
    evidenceIds: z.array(z.string().min(1).max(100)).max(20).optional(),
    /** A key the client keeps for this submission: a retry with the same key returns the stored report. */
    idempotencyKey: z.string().min(8).max(100).optional(),
  })
  .strict()
  .refine((r) => !r.completionClaim || r.percent === 100, { message: '申请办结时进度应为100%', path: ['percent'] });
export type SubmitReport = z.infer<typeof submitReportSchema>;

/** Body of PATCH /api/reports/:id (a resubmission; needs the version read). */
export const resubmitReportSchema = z
  .object({
    version: z.number().int().min(1),
    narrative: z.string().trim().min(1).max(10_000).optional(),
    percent: z.number().min(0).max(100).optional(),
    completionClaim: z.boolean().optional(),
    indicatorValues: z.array(reportIndicatorValueSchema).max(50).optional(),
    evidenceIds: z.array(z.string().min(1).max(100)).max(20).optional(),
  })
  .strict();
export type ResubmitReport = z.infer<typeof resubmitReportSchema>;

/** Body of POST /api/reports/:id/return and /accept (a reason is required to return). */
export const reviewSchema = z
  .object({ reason: z.string().trim().max(2000).optional(), version: z.number().int().min(1).optional() })
  .strict();
export type Review = z.infer<typeof reviewSchema>;

/** A report as stored (task × unit × period). */
export const reportViewSchema = z.object({
  id: z.string(),
  planId: z.string(),
  taskId: z.string(),
  unitId: z.string(),
  periodId: z.string(),
  narrative: z.string(),
  percent: z.number(),
  completionClaim: z.boolean(),
  status: z.enum(REPORT_STATUSES),
  returnReason: z.string().nullable(),
  onTime: z.boolean(),
  version: z.number().int(),
  submittedBy: z.string().nullable(),
  firstSubmittedAt: z.string(),
  submittedAt: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
});
export type ReportView = z.infer<typeof reportViewSchema>;

/**
 * One evidence file of a report as the API shows it (report detail, upload answer). Where the server keeps the
 * bytes — a file under its data directory or the database row — is internal and never part of it; download the
 * bytes from `GET /api/reports/:reportId/evidence/:id`.
 */
export const evidenceViewSchema = z.object({
  id: z.string(),
  reportId: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});
export type EvidenceView = z.infer<typeof evidenceViewSchema>;

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

/** A report with its evidence (GET /api/reports/:id). */
export const reportDetailSchema = reportViewSchema.extend({ evidence: z.array(evidenceViewSchema) });
export type ReportDetailView = z.infer<typeof reportDetailSchema>;

/** A report in a list, with display names and its evidence files. */
export const reportListItemSchema = reportViewSchema.extend({
  evidence: z.array(z.object({ id: z.string(), name: z.string(), mime: z.string(), size: z.number().int() })),
  taskTitle: z.string().nullable(),
  taskNumber: z.string().nullable(),
  unitName: z.string(),
  periodLabel: z.string(),
  periodDue: z.string(),
});
export type ReportListItemView = z.infer<typeof reportListItemSchema>;

/** A report slot (task × unit × period) that is owed and has nothing in it. */
export const emptySlotViewSchema = z.object({
  planId: z.string(),
  planTitle: z.string().nullable(),
  taskId: z.string(),
  taskTitle: z.string().nullable(),
  taskNumber: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  periodId: z.string(),
  periodLabel: z.string(),
  due: z.string(),
  windowEnd: z.string(),
});
export type EmptySlotView = z.infer<typeof emptySlotViewSchema>;

/** Filters of GET /api/reports; `missing` lists owed slots instead of reports. */
export const reportListFilterSchema = z.object({
  plan: z.string().optional(),
  unit: z.string().optional(),
  period: z.string().optional(),
  task: z.string().optional(),
  jurisdiction: z.string().optional(),
  status: z.enum(REPORT_STATUSES).optional(),
  late: queryFlag.optional(),
  missing: queryFlag.optional(),
});
export type ReportListFilter = z.infer<typeof reportListFilterSchema>;

/** Query of GET /api/reports: the filters plus paging and format. */
export const reportListQuerySchema = pageQuerySchema.extend(reportListFilterSchema.shape);

/** GET /api/reports: a page of reports, or with missing=true a page of owed slots past their window. */
export const reportListResultSchema = z.discriminatedUnion('kind', [
  pageSchema(reportListItemSchema).extend({ kind: z.literal('reports') }),
  pageSchema(emptySlotViewSchema).extend({ kind: z.literal('missing') }),
]);
export type ReportListResultView = z.infer<typeof reportListResultSchema>;

// ---- indicator values

/** Body of POST /api/indicators/:id/values. */
export const indicatorValueSchema = z
  .object({
    periodId: z.string().min(1),
    unitId: z.string().min(1).optional(),
    value: z.number().finite(),
    note: z.string().max(500).optional(),
  })
  .strict();
export type IndicatorValueInput = z.infer<typeof indicatorValueSchema>;

/** Achievement of one value against the indicator's target. */
export const achievementSchema = z.object({
  computable: z.boolean(),
  /** 0-1, clamped. */
  progress: z.number(),
  /** progress × 100, one decimal. */
  percent: z.number(),
  achieved: z.boolean(),
  note: z.string().optional(),
});

/** One stored indicator value. */
export const indicatorValueViewSchema = z.object({
  id: z.string(),
  planId: z.string(),
  indicatorId: z.string(),
  unitId: z.string(),
  periodId: z.string(),
  value: z.number(),
  note: z.string().nullable(),
  version: z.number().int(),
  reportedBy: z.string().nullable(),
  reportedAt: z.string(),
});

/** The answer of POST /api/indicators/:id/values: the stored value and its achievement. */
export const indicatorValueResultSchema = indicatorValueViewSchema.extend({ achievement: achievementSchema });

/** GET /api/indicators/:id: the indicator, every value with its period and achievement, and the latest. */
export const indicatorDetailSchema = indicatorViewSchema.extend({
  values: z.array(
    indicatorValueViewSchema.extend({
      periodLabel: z.string(),
      periodSeq: z.number().int(),
      unitName: z.string(),
      achievement: achievementSchema,
    }),
  ),
  latest: z.object({ value: z.number(), periodLabel: z.string(), achievement: achievementSchema }).nullable(),
});
export type IndicatorDetailView = z.infer<typeof indicatorDetailSchema>;

/** Body of POST /api/plans/:id/indicator-owners: the unit that reports the selected indicators (null unassigns). */
export const indicatorOwnersSchema = z
  .object({ indicatorIds: z.array(z.string().min(1)).min(1).max(500), unitId: z.string().min(1).nullable() })
  .strict();
export type IndicatorOwnersInput = z.infer<typeof indicatorOwnersSchema>;

/** The answer of POST /api/plans/:id/indicator-owners. */
export const indicatorOwnersResultSchema = z.object({ planId: z.string(), unitId: z.string().nullable(), updated: z.number().int() });
export type IndicatorOwnersResult = z.infer<typeof indicatorOwnersResultSchema>;

/** `:id/evidence/:evidenceId` path parameters. */
export const evidenceParamsSchema = z.object({ id: z.string().min(1).max(100), evidenceId: z.string().min(1).max(100) });
