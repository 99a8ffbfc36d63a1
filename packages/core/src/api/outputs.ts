// Request and response schemas of the official outputs: 情况通报 (bulletins and their templates), 任务清单 and
// 进展情况汇总表 exports, 督办单, 部门述职 packs and indicator-value sheets.
import { z } from 'zod';
import { calendarDateSchema } from './reporting.js';
import { BULLETIN_STATUSES } from '../domain/stored-values.js';

const text = (max: number) => z.string().max(max);

/** The editable text blocks of a bulletin (template or draft); `{{名称}}` placeholders are filled at generation. */
export const bulletinTextBlocksSchema = z
  .object({
    header: text(100),
    title: text(200),
    addressee: text(200),
    opening: text(5000),
    praise: text(5000),
    problems: text(5000),
    requirements: text(5000),
    issuer: text(100),
  })
  .strict();
export type BulletinTextBlocks = z.infer<typeof bulletinTextBlocksSchema>;

const count = z.number().int().min(0);
const share = z.number().min(0).max(1).nullable();

/** A task on the red or yellow list, with the reasons its colour fired. */
export const bulletinListedTaskSchema = z.object({
  number: z.string().nullable(),
  title: z.string(),
  leadUnits: z.array(z.string()),
  due: z.string().nullable(),
  progress: z.number(),
  reasons: z.array(z.string()),
});

/** Figures of one row of the per-area or per-unit table. */
export const bulletinProgressRowSchema = z.object({
  name: z.string(),
  total: count,
  completed: count,
  inProgress: count,
  behind: count,
  notStarted: count,
  red: count,
  yellow: count,
});
export type BulletinProgressRow = z.infer<typeof bulletinProgressRowSchema>;

/** One row of the ranking (filled by the assessment service when scores exist). */
export const bulletinRankingRowSchema = z.object({
  rank: z.number().int().min(1),
  unit: z.string(),
  score: z.number(),
  grade: z.string().nullable(),
});

/**
 * Everything a 情况通报 shows, gathered from the dashboard for one plan and period and stored as the draft; the
 * office edits `blocks` before issuing. `ranking` is present only when an assessment result exists.
 */
export const bulletinDataSchema = z.object({
  planTitle: z.string(),
  periodLabel: z.string(),
  /** Cut-off date of the figures. */
  asOf: calendarDateSchema,
  /** 成文日期. */
  date: calendarDateSchema,
  /** Serial line under the red header, e.g. 第3期. */
  serial: z.string().nullable(),
  blocks: bulletinTextBlocksSchema,
  overall: z.object({
    total: count,
    completed: count,
    inProgress: count,
    behind: count,
    notStarted: count,
    suspended: count,
    completionRate: share,
    averageProgress: z.number().nullable(),
    onTimeRate: share,
  }),
  areas: z.array(bulletinProgressRowSchema),
  units: z.array(bulletinProgressRowSchema.extend({ reportsExpected: count, reportsOnTime: count, reportsMissing: count })),
  red: z.array(bulletinListedTaskSchema),
  yellow: z.array(bulletinListedTaskSchema),
  indicators: z.array(
    z.object({
      name: z.string(),
      unit: z.string(),
      baseline: z.number().nullable(),
      target: z.number(),
      comparator: z.string(),
      latest: z.number().nullable(),
      achievement: z.number().nullable(),
      achieved: z.boolean(),
      owner: z.string().nullable(),
    }),
  ),
  ranking: z.object({ title: z.string(), rows: z.array(bulletinRankingRowSchema) }).optional(),
});
export type BulletinData = z.infer<typeof bulletinDataSchema>;

/** A stored bulletin. */
export const bulletinViewSchema = z.object({
  id: z.string(),
  planId: z.string(),
  periodId: z.string().nullable(),
  title: z.string(),
  status: z.enum(BULLETIN_STATUSES),
  data: bulletinDataSchema,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  issuedAt: z.string().nullable(),
  issuedBy: z.string().nullable(),
  version: z.number().int(),
});
export type BulletinView = z.infer<typeof bulletinViewSchema>;

/** A bulletin in a list (without its data). */
export const bulletinItemSchema = bulletinViewSchema.omit({ data: true }).extend({ periodLabel: z.string() });
export const bulletinListSchema = z.object({ items: z.array(bulletinItemSchema) });

/** Query of GET /api/bulletins. */
export const bulletinListQuerySchema = z.object({ plan: z.string().min(1), status: z.enum(BULLETIN_STATUSES).optional() });

/** Body of POST /api/bulletins: generate a draft from the plan's dashboard as of the period's end. */
export const generateBulletinSchema = z
  .object({ planId: z.string().min(1), periodId: z.string().min(1), serial: z.string().trim().max(50).optional() })
  .strict();

/** Body of PATCH /api/bulletins/:id: the edited text blocks (and serial/date) of a draft. */
export const editBulletinSchema = z
  .object({
    version: z.number().int().min(1),
    blocks: bulletinTextBlocksSchema.partial().optional(),
    serial: z.string().trim().max(50).nullable().optional(),
    date: calendarDateSchema.optional(),
  })
  .strict();

/** Body of POST /api/bulletins/:id/issue. */
export const issueBulletinSchema = z.object({ version: z.number().int().min(1) }).strict();

/** Query of a bulletin download: .docx (default) or .pdf. */
export const bulletinFileQuerySchema = z.object({ format: z.enum(['docx', 'pdf']).default('docx') });

/** GET/PUT /api/plans/:id/bulletin-template. */
export const bulletinTemplateViewSchema = z.object({
  planId: z.string(),
  blocks: bulletinTextBlocksSchema,
  placeholders: z.array(z.string()),
  custom: z.boolean(),
});
/** GET/PUT /api/jurisdictions/:id/bulletin-template: the template of every plan of a jurisdiction without its own. */
export const jurisdictionBulletinTemplateViewSchema = z.object({
  jurisdictionId: z.string(),
  blocks: bulletinTextBlocksSchema,
  placeholders: z.array(z.string()),
  custom: z.boolean(),
});
export const saveBulletinTemplateSchema = z.object({ blocks: bulletinTextBlocksSchema }).strict();

/** `:id` of a plan with `?period=` for the progress table. */
export const progressExportQuerySchema = z.object({ period: z.string().min(1) });

/** `?period=` of a 述职 pack. */
export const unitPackQuerySchema = z.object({ plan: z.string().min(1), period: z.string().min(1) });

/** Result of POST /api/plans/:id/indicator-values/import. */
export const indicatorImportResultSchema = z.object({
  imported: z.number().int(),
  unchanged: z.number().int(),
  problems: z.array(z.object({ row: z.number().int(), message: z.string() })),
});
export type IndicatorImportResult = z.infer<typeof indicatorImportResultSchema>;
