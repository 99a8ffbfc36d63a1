import { z } from 'zod';
import { TASK_STATUS_LABELS } from '../domain/task-status.js';
import { isoDateSchema, pageQuerySchema, spanSchema } from './common.js';
import { ASSIGNMENT_ROLES, COMMENT_KINDS, PLAN_STATUSES, REPORTING_SCOPES } from '../domain/stored-values.js';

/** A unit of a task as the reviewer sees it: the name as written and the directory unit (null = unresolved). */
export const taskUnitViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  role: z.enum(ASSIGNMENT_ROLES),
});

export const milestoneSchema = z.object({ date: isoDateSchema, text: z.string().max(500) });

/** A task of a plan. `status` is derived (not_started / in_progress / completed / behind / suspended). */
export const taskViewSchema = z.object({
  id: z.string(),
  planId: z.string(),
  ordinal: z.number().int(),
  kind: z.string(),
  number: z.string().nullable(),
  /** The number as cited, with the chapter markers of its section path (二.3); see displayNumber(). */
  displayNumber: z.string().nullable(),
  path: z.array(z.string()),
  title: z.string().nullable(),
  text: z.string(),
  units: z.array(taskUnitViewSchema),
  /** Names of the lead units (resolved name when known). */
  lead: z.array(z.string()),
  participants: z.array(z.string()),
  due: z.array(z.string()),
  ongoing: z.boolean(),
  deadlineText: z.string().nullable(),
  milestones: z.array(milestoneSchema),
  source: spanSchema.nullable(),
  status: z.string(),
  statusLabel: z.string(),
  colour: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type TaskView = z.infer<typeof taskViewSchema>;

export const taskHistoryEntrySchema = z.object({
  version: z.number().int(),
  changedBy: z.string().nullable(),
  changedByName: z.string().nullable(),
  changedAt: z.string(),
  reason: z.string().nullable(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
});

export const commentViewSchema = z.object({
  id: z.string(),
  taskId: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  kind: z.enum(COMMENT_KINDS),
  body: z.string(),
  createdAt: z.string(),
});

export const taskDetailSchema = taskViewSchema.extend({
  plan: z.object({ id: z.string(), title: z.string().nullable(), status: z.string() }),
  history: z.array(taskHistoryEntrySchema),
  comments: z.array(commentViewSchema),
});
export type TaskDetail = z.infer<typeof taskDetailSchema>;

export const indicatorViewSchema = z.object({
  id: z.string(),
  planId: z.string(),
  ordinal: z.number().int(),
  name: z.string(),
  text: z.string(),
  baseline: z.number().nullable(),
  target: z.number(),
  unit: z.string(),
  comparator: z.string(),
  due: z.string().nullable(),
  leadUnitId: z.string().nullable(),
  source: spanSchema.nullable(),
  /** The heading it was read under, for assigning owners a section at a time. */
  section: z.string().nullable(),
  version: z.number().int(),
});
export type IndicatorView = z.infer<typeof indicatorViewSchema>;

export const diagnosticViewSchema = z.object({
  code: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  source: spanSchema.nullable(),
});

export const planViewSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  docNumber: z.string().nullable(),
  date: z.string().nullable(),
  planYear: z.number().int().nullable(),
  annual: z.boolean(),
  /** Who owes progress reports: 'lead' (牵头单位汇总报送) or 'all' (each responsible unit). */
  reportingScope: z.enum(REPORTING_SCOPES),
  status: z.enum(PLAN_STATUSES),
  /** The jurisdiction the plan belongs to (guessed from the issuer at import; editable). */
  jurisdictionId: z.string().nullable(),
  fileName: z.string().nullable(),
  taskCount: z.number().int(),
  indicatorCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
});
export type PlanView = z.infer<typeof planViewSchema>;

export const planDetailSchema = planViewSchema.extend({
  tasks: z.array(taskViewSchema),
  indicators: z.array(indicatorViewSchema),
  diagnostics: z.array(diagnosticViewSchema),
  /** Assignments whose name is not yet mapped to a directory unit. */
  unresolvedUnits: z.array(z.string()),
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

/** The review screen's view of the source: the extracted text and where each task/indicator came from. */
export const planSourceSchema = z.object({
  planId: z.string(),
  fileName: z.string(),
  format: z.string(),
  text: z.string(),
  tasks: z.array(z.object({ id: z.string(), number: z.string().nullable(), source: spanSchema.nullable() })),
  indicators: z.array(z.object({ id: z.string(), name: z.string(), source: spanSchema.nullable() })),
  diagnostics: z.array(diagnosticViewSchema),
});

export const planImportJsonSchema = z.object({ fileName: z.string().min(1).max(255), text: z.string().min(1) });

export const planPatchSchema = z.object({
  version: z.number().int(),
  title: z.string().max(300).nullable().optional(),
  issuer: z.string().max(200).nullable().optional(),
  docNumber: z.string().max(100).nullable().optional(),
  date: isoDateSchema.nullable().optional(),
  planYear: z.number().int().min(1990).max(2100).nullable().optional(),
  annual: z.boolean().optional(),
  reportingScope: z.enum(REPORTING_SCOPES).optional(),
  jurisdictionId: z.string().nullable().optional(),
});

export const planListQuerySchema = pageQuerySchema.extend({ status: z.enum(PLAN_STATUSES).optional() });

/** A unit of a task in an edit: map to `unitId`, or `createUnit` to add the name to the directory. */
export const taskUnitInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  unitId: z.string().nullable().optional(),
  role: z.enum(ASSIGNMENT_ROLES),
  createUnit: z.boolean().optional(),
});

/** The editable fields of a task (patch, create, split parts). */
export const taskFields = {
  kind: z.enum(['task', 'safeguard', 'step']).optional(),
  number: z.string().max(50).nullable().optional(),
  title: z.string().max(300).nullable().optional(),
  text: z.string().trim().min(1).max(10_000).optional(),
  due: z.array(isoDateSchema).max(50).optional(),
  ongoing: z.boolean().optional(),
  deadlineText: z.string().max(300).nullable().optional(),
  milestones: z.array(milestoneSchema).max(50).optional(),
  units: z.array(taskUnitInputSchema).max(100).optional(),
};

export const taskPatchSchema = z.object({ version: z.number().int(), reason: z.string().max(500).optional(), ...taskFields });
export type TaskPatch = z.infer<typeof taskPatchSchema>;

export const taskCreateSchema = z.object({
  ...taskFields,
  text: z.string().trim().min(1).max(10_000),
  /** Insert right after this task, in its section (default: at the end of the plan, in no section). */
  afterTaskId: z.string().min(1).optional(),
  /** Why a task is added to a published plan (required then; told to its units). */
  reason: z.string().trim().max(500).optional(),
});
export type TaskCreate = z.infer<typeof taskCreateSchema>;

const csv = (s: string | undefined) =>
  s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : undefined;
const statusIdByLabel = new Map(Object.entries(TASK_STATUS_LABELS).map(([id, label]) => [label, id]));

export const taskListQuerySchema = pageQuerySchema.extend({
  plan: z.string().optional(),
  unit: z.string().optional(),
  /** Comma-separated status ids (not_started, in_progress, completed, behind, suspended) or their labels (未开始…). */
  status: z
    .string()
    .optional()
    .transform((v) => csv(v)?.map((x) => statusIdByLabel.get(x) ?? x)),
  /** Comma-separated supervision colours. */
  colour: z.string().optional().transform(csv),
  q: z.string().max(200).optional(),
  dueBefore: isoDateSchema.optional(),
  dueAfter: isoDateSchema.optional(),
  /** 1 = only tasks the unit leads. */
  leadOnly: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
});
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;

export const commentCreateSchema = z.object({ body: z.string().trim().min(1).max(5000) });

export const indicatorListQuerySchema = z.object({ plan: z.string().optional(), format: z.enum(['json', 'csv']).optional() });

export const indicatorPatchSchema = z.object({
  version: z.number().int(),
  name: z.string().trim().min(1).max(200).optional(),
  text: z.string().max(2000).optional(),
  baseline: z.number().nullable().optional(),
  target: z.number().optional(),
  unit: z.string().max(20).optional(),
  comparator: z.enum(['>=', '<=', '=', 'decrease_by', 'increase_by']).optional(),
  due: isoDateSchema.nullable().optional(),
  leadUnitId: z.string().nullable().optional(),
});

/** `?jurisdiction=&duplicate=allow` of POST /api/plans/import. */
export const planImportQuerySchema = z.object({ jurisdiction: z.string().optional(), duplicate: z.enum(['allow']).optional() });
/** The answer of POST /api/plans/import: the new draft. */
export const planImportResultSchema = z.object({ plan: planDetailSchema });
