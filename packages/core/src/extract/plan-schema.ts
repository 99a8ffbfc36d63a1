import { z } from 'zod';

/** A span of the source text: character offsets into `SourceText.text` (end exclusive) and a 1-based line. */
export const sourceSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
});
export type SourceSpan = z.infer<typeof sourceSpanSchema>;

export const taskKindSchema = z.enum(['task', 'safeguard', 'step']);
export type TaskKind = z.infer<typeof taskKindSchema>;

/** A unit named as responsible, as written, with its canonical directory id when known. */
export const unitRefSchema = z.object({
  name: z.string(),
  canonicalId: z.string().nullable(),
  canonicalName: z.string().nullable(),
});
export type UnitRef = z.infer<typeof unitRefSchema>;

/** One extracted duty (see shared extraction contract). `lead`/`participants` are names as written. */
export const extractedTaskSchema = z.object({
  kind: taskKindSchema,
  number: z.string().nullable(),
  path: z.array(z.string()),
  title: z.string().nullable(),
  text: z.string(),
  lead: z.array(z.string()),
  participants: z.array(z.string()),
  separateLeads: z.boolean(),
  due: z.array(z.string()),
  ongoing: z.boolean(),
  units: z.array(unitRefSchema.extend({ role: z.enum(['lead', 'participant']) })),
  deadlineText: z.string().nullable(),
  source: sourceSpanSchema,
});
export type ExtractedTask = z.infer<typeof extractedTaskSchema>;

export const comparatorSchema = z.enum(['>=', '<=', '=', 'decrease_by', 'increase_by']);
export type Comparator = z.infer<typeof comparatorSchema>;

export const extractedIndicatorSchema = z.object({
  name: z.string(),
  text: z.string(),
  baseline: z.number().nullable(),
  target: z.number(),
  unit: z.string(),
  comparator: comparatorSchema,
  due: z.string().nullable(),
  source: sourceSpanSchema,
});
export type ExtractedIndicator = z.infer<typeof extractedIndicatorSchema>;

export const planMetaSchema = z.object({
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  docNumber: z.string().nullable(),
  date: z.string().nullable(),
  /** The year the plan is about (title year, else signature year); resolves "6月底" etc. */
  planYear: z.number().int().nullable(),
  /** True for an annual plan (2021年工作要点, 2018年任务分工): indicators default to its year end. */
  annual: z.boolean(),
});
export type PlanMeta = z.infer<typeof planMetaSchema>;

export const diagnosticSchema = z.object({
  code: z.enum([
    'item-without-units',
    'unit-not-in-directory',
    'ambiguous-deadline',
    'unparsed-table-row',
    'empty-document',
    'binary-input',
    'no-tasks-found',
    'other',
  ]),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  source: sourceSpanSchema.nullable(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/** The whole extraction result: the JSON printed by `duban parse --json`. */
export const extractedPlanSchema = z.object({
  meta: planMetaSchema,
  tasks: z.array(extractedTaskSchema),
  indicators: z.array(extractedIndicatorSchema),
  diagnostics: z.array(diagnosticSchema),
});
export type ExtractedPlan = z.infer<typeof extractedPlanSchema>;
