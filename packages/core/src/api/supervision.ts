// Request and response schemas of the supervision endpoints (warning colours, suspension, 督办单, the dashboard)
// and of the liaison inbox, shared by the route table, the services and the web app.
import { z } from 'zod';
import { taskKindSchema } from '../extract/plan-schema.js';
import { pageQuerySchema } from './common.js';
import { achievementSchema, calendarDateSchema, emptySlotViewSchema, reportListItemSchema } from './reporting.js';
import { NOTICE_STATUSES, SUPERVISION_COLOURS, TASK_STATUSES } from '../domain/stored-values.js';

const colourSchema = z.enum(SUPERVISION_COLOURS);
const taskStatusSchema = z.enum(TASK_STATUSES);

// ---- supervision

/** Query of GET /api/supervision. */
export const supervisionQuerySchema = z.object({ plan: z.string().min(1), colour: colourSchema.optional() });
export type SupervisionQuery = z.infer<typeof supervisionQuerySchema>;

/** One task as the supervision page shows it, with its colour and the rules that fired. */
export const supervisedTaskSchema = z.object({
  id: z.string(),
  planId: z.string(),
  kind: taskKindSchema,
  number: z.string().nullable(),
  title: z.string().nullable(),
  due: z.string().nullable(),
  progress: z.number(),
  status: taskStatusSchema,
  colour: colourSchema,
  reasons: z.array(z.object({ ruleId: z.string(), colour: z.enum(['red', 'yellow', 'blue']), message: z.string() })),
  leadUnits: z.array(z.object({ unitId: z.string(), name: z.string() })),
  /** Units that owe progress reports under the plan's reporting scope. */
  owingUnits: z.array(z.object({ unitId: z.string(), name: z.string() })),
});
export type SupervisedTaskView = z.infer<typeof supervisedTaskSchema>;

/** GET /api/supervision: the plan's tasks, most severe first, and the count of each colour. */
export const supervisionViewSchema = z.object({
  planId: z.string(),
  today: z.string(),
  counts: z.object({
    red: z.number().int(),
    yellow: z.number().int(),
    blue: z.number().int(),
    green: z.number().int(),
    none: z.number().int(),
  }),
  tasks: z.array(supervisedTaskSchema),
});
export type SupervisionView = z.infer<typeof supervisionViewSchema>;

/** Body of POST /api/tasks/:id/suspension. */
export const suspensionSchema = z
  .object({ suspended: z.boolean(), reason: z.string().trim().min(1, '请说明暂缓或恢复的理由').max(2000) })
  .strict();
export type SuspensionInput = z.infer<typeof suspensionSchema>;

/** The answer of POST /api/tasks/:id/suspension. */
export const suspensionResultSchema = z.object({ taskId: z.string(), suspended: z.boolean() });

// ---- notices (督办单)

/** Body of POST /api/notices. */
export const issueNoticeSchema = z
  .object({
    taskId: z.string().min(1),
    unitId: z.string().min(1),
    reason: z.string().trim().min(1, '请填写督办事由').max(2000),
    due: calendarDateSchema,
    /** The office confirms issuing to a unit that has no liaison account yet (nobody will see it in-app). */
    confirmNoUser: z.boolean().optional(),
  })
  .strict();
export type IssueNotice = z.infer<typeof issueNoticeSchema>;

/** Body of POST /api/notices/:id/replies. */
export const noticeReplySchema = z.object({ body: z.string().trim().min(1, '请填写回复内容').max(10_000) }).strict();
export type NoticeReply = z.infer<typeof noticeReplySchema>;

/** Body of POST /api/notices/:id/close. */
export const closeNoticeSchema = z
  .object({ note: z.string().trim().max(2000).optional(), version: z.number().int().min(1).optional() })
  .strict();
export type CloseNotice = z.infer<typeof closeNoticeSchema>;

/** Filters of GET /api/notices. */
export const noticeListFilterSchema = z.object({
  plan: z.string().optional(),
  unit: z.string().optional(),
  task: z.string().optional(),
  status: z.enum(NOTICE_STATUSES).optional(),
});
export type NoticeListFilter = z.infer<typeof noticeListFilterSchema>;

/** Query of GET /api/notices. */
export const noticeListQuerySchema = pageQuerySchema.extend(noticeListFilterSchema.shape);

/** A notice as stored. */
export const noticeViewSchema = z.object({
  id: z.string(),
  number: z.string(),
  year: z.number().int(),
  seq: z.number().int(),
  planId: z.string(),
  taskId: z.string(),
  unitId: z.string(),
  reason: z.string(),
  due: z.string(),
  status: z.enum(NOTICE_STATUSES),
  issuedBy: z.string().nullable(),
  issuedAt: z.string(),
  closedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  closeNote: z.string().nullable(),
  version: z.number().int(),
});
export type NoticeView = z.infer<typeof noticeViewSchema>;

/** A notice in a list, with display names. */
export const noticeItemSchema = noticeViewSchema.extend({ taskTitle: z.string().nullable(), unitName: z.string() });
export type NoticeItemView = z.infer<typeof noticeItemSchema>;

/** A notice with the unit's replies. */
export const noticeDetailSchema = noticeViewSchema.extend({
  replies: z.array(
    z.object({
      id: z.string(),
      noticeId: z.string(),
      unitId: z.string().nullable(),
      body: z.string(),
      repliedBy: z.string().nullable(),
      repliedAt: z.string(),
    }),
  ),
});
export type NoticeDetailView = z.infer<typeof noticeDetailSchema>;

// ---- inbox

/** One slot a unit still owes; `state` open: due later, overdue: past due in the grace window, missing: past it. */
export const owedReportViewSchema = emptySlotViewSchema.extend({
  state: z.enum(['not_open', 'open', 'overdue', 'missing', 'on_time', 'late']),
});
export type OwedReportView = z.infer<typeof owedReportViewSchema>;

/** Query of GET /api/inbox: owed reports of one plan, one period, or in one state. */
export const inboxQuerySchema = z.object({
  plan: z.string().min(1).optional(),
  period: z.string().min(1).optional(),
  state: z.enum(['open', 'overdue', 'missing']).optional(),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

/** An indicator value a unit owes: an indicator it owns × an open period with no value yet. */
export const owedIndicatorValueViewSchema = z.object({
  indicatorId: z.string(),
  indicatorName: z.string(),
  unit: z.string(),
  target: z.number(),
  planId: z.string(),
  planTitle: z.string().nullable(),
  periodId: z.string(),
  periodLabel: z.string(),
  due: z.string(),
});
export type OwedIndicatorValueView = z.infer<typeof owedIndicatorValueViewSchema>;

/** GET /api/inbox: what each of the liaison's units owes (grouped by plan), returned and pending reports, open notices, indicator values owed. */
export const inboxViewSchema = z.object({
  today: z.string(),
  owed: z.array(owedReportViewSchema),
  owedTotal: z.number().int(),
  /** Owed reports per plan (under the filters), with the plan's name. */
  plans: z.array(z.object({ planId: z.string(), planTitle: z.string().nullable(), owed: z.number().int() })),
  returned: z.array(reportListItemSchema),
  pending: z.array(reportListItemSchema),
  notices: z.array(noticeItemSchema),
  /** Indicators the unit owns whose value for a started period is not reported yet. */
  indicatorValues: z.array(owedIndicatorValueViewSchema),
});
export type InboxView = z.infer<typeof inboxViewSchema>;

// ---- dashboard

/** Query of GET /api/dashboard: one plan, or every published plan of a jurisdiction and everything under it. */
export const dashboardQuerySchema = z.object({ plan: z.string().min(1).optional(), jurisdiction: z.string().min(1).optional() });
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const counts = z.record(z.string(), z.number().int());

/** The dashboard in one response. */
export const dashboardViewSchema = z.object({
  today: z.string(),
  planIds: z.array(z.string()),
  completion: z.object({
    total: z.number().int(),
    completed: z.number().int(),
    completionRate: z.number().nullable(),
    averageProgress: z.number().nullable(),
  }),
  byStatus: counts,
  byColour: counts,
  /** Items per kind (任务 / 保障措施 / 工作步骤); every kind is counted in the totals above. */
  byKind: counts,
  byLeadUnit: z.array(z.object({ unitId: z.string(), unitName: z.string(), total: z.number().int(), byStatus: counts })),
  overdue: z.object({
    total: z.number().int(),
    items: z.array(
      z.object({
        taskId: z.string(),
        planId: z.string(),
        number: z.string().nullable(),
        title: z.string().nullable(),
        due: z.string().nullable(),
        progress: z.number(),
        leadUnit: z.string().nullable(),
      }),
    ),
  }),
  missingReports: z.object({
    total: z.number().int(),
    items: z.array(
      z.object({
        taskId: z.string(),
        title: z.string().nullable(),
        unitId: z.string(),
        unitName: z.string(),
        periodLabel: z.string(),
        due: z.string(),
      }),
    ),
  }),
  /** Quantified targets (量化指标) with the unit that reports them (null while unassigned). */
  indicators: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      baseline: z.number().nullable(),
      target: z.number(),
      unit: z.string(),
      comparator: z.string(),
      ownerUnitId: z.string().nullable(),
      ownerUnitName: z.string().nullable(),
      latest: z.number().nullable(),
      achievement: achievementSchema.nullable(),
    }),
  ),
  onTime: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      submitted: z.number().int(),
      onTime: z.number().int(),
      missing: z.number().int(),
      expected: z.number().int(),
      rate: z.number().nullable(),
    }),
  ),
});
export type DashboardView = z.infer<typeof dashboardViewSchema>;
