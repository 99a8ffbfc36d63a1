// Request and response schemas of the assessment (考核) endpoints: periods, rubric versions, bonuses and
// vetoes, self-assessment, office scoring, locking, revisions and rankings.
import { z } from 'zod';
import { calendarDateSchema } from './reporting.js';
import { assessmentRuleKindSchema, rubricSchema } from './assessment-rubric.js';

/** draft (configure) → self_assessment (units 自评) → scoring (office 复核) → locked (审定; results never change). */
export const assessmentStatusSchema = z.enum(['draft', 'self_assessment', 'scoring', 'locked']);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

/** The Chinese label of each period status. */
export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  draft: '配置中',
  self_assessment: '单位自评',
  scoring: '办公室评分',
  locked: '已审定',
};

const reason = z.string().trim().min(1, '请说明理由').max(500);

/** A bonus (加分) entered by the office. */
export const assessmentBonusSchema = z
  .object({ id: z.string().min(1).max(60).optional(), unitId: z.string().min(1), points: z.number().min(0).max(100), reason })
  .strict();
/** A 一票否决 recorded against a unit. */
export const assessmentVetoSchema = z
  .object({ id: z.string().min(1).max(60).optional(), unitId: z.string().min(1), itemId: z.string().min(1).max(40), reason })
  .strict();

/** Body of POST /api/plans/:id/assessment-periods: a rubric, or a period whose current rubric is copied (another plan's too), or the default. */
export const createAssessmentPeriodSchema = z
  .object({
    name: z.string().trim().min(1, '请填写考核期名称').max(100),
    start: calendarDateSchema,
    end: calendarDateSchema,
    rubric: rubricSchema.optional(),
    copyFromPeriodId: z.string().min(1).optional(),
  })
  .strict()
  .refine((b) => b.start <= b.end, { message: '开始日期不能晚于截止日期', path: ['end'] })
  .refine((b) => !(b.rubric && b.copyFromPeriodId), { message: '细则与复制来源只能选一个', path: ['copyFromPeriodId'] });
export type CreateAssessmentPeriod = z.infer<typeof createAssessmentPeriodSchema>;

/** Body of PUT /api/assessment-periods/:id/rubric: a new version; `version` is the rubric version it edits. */
export const updateRubricSchema = z.object({ version: z.number().int().min(1), rubric: rubricSchema }).strict();
export type UpdateRubric = z.infer<typeof updateRubricSchema>;

/** Body of PUT /api/assessment-periods/:id/adjustments: the whole list of bonuses and vetoes. */
export const assessmentAdjustmentsSchema = z
  .object({
    version: z.number().int().min(1),
    bonuses: z.array(assessmentBonusSchema).max(500),
    vetoes: z.array(assessmentVetoSchema).max(200),
  })
  .strict();
export type AssessmentAdjustmentsInput = z.infer<typeof assessmentAdjustmentsSchema>;

/** Body of POST /api/assessment-periods/:id/status: the next step. */
export const assessmentTransitionSchema = z
  .object({ version: z.number().int().min(1), status: z.enum(['self_assessment', 'scoring', 'locked']) })
  .strict();
export type AssessmentTransition = z.infer<typeof assessmentTransitionSchema>;

/** Body of PUT /api/assessment-results/:id/self: the unit's 自评 with its evidence (its own reports). */
export const selfAssessmentSchema = z
  .object({
    version: z.number().int().min(1),
    score: z.number().min(0).max(10000),
    note: z.string().trim().min(1, '请填写自评说明').max(4000),
    evidenceReportIds: z.array(z.string().min(1)).max(50).default([]),
  })
  .strict();
export type SelfAssessmentInput = z.input<typeof selfAssessmentSchema>;

/** Body of POST /api/assessment-results/:id/self/return: the office returns a submitted 自评 with its reason. */
export const returnSelfAssessmentSchema = z.object({ reason }).strict();
export type ReturnSelfAssessment = z.infer<typeof returnSelfAssessmentSchema>;

/** One change the office makes to a computed score, with its reason (复核). */
export const officeChangeSchema = z
  .object({
    points: z
      .number()
      .min(-1000)
      .max(1000)
      .refine((p) => p !== 0, '调整分值不能为0'),
    reason,
    ruleId: z.string().max(60).optional(),
  })
  .strict();
export type OfficeChange = z.infer<typeof officeChangeSchema>;

/** Body of PUT /api/assessment-results/:id/office. */
export const officeScoreSchema = z.object({ version: z.number().int().min(1), changes: z.array(officeChangeSchema).max(100) }).strict();
export type OfficeScoreInput = z.infer<typeof officeScoreSchema>;

/** Body of POST /api/assessment-results/:id/revisions: a correction after locking, recomputed from today's rubric. */
export const assessmentRevisionSchema = z.object({ reason, changes: z.array(officeChangeSchema).max(100).optional() }).strict();
export type AssessmentRevisionInput = z.infer<typeof assessmentRevisionSchema>;

/** Body of POST /api/assessment-periods/:id/compute (none). */
export const computeAssessmentSchema = z.object({}).strict();

/** Query of GET /api/assessment/ranking: one plan (its latest locked period, or `period`) or a jurisdiction across plans. */
export const assessmentRankingQuerySchema = z.object({
  plan: z.string().min(1).optional(),
  period: z.string().min(1).optional(),
  jurisdiction: z.string().min(1).optional(),
});
export type AssessmentRankingQuery = z.infer<typeof assessmentRankingQuerySchema>;

// ---- responses

const scoreLineSchema = z.object({
  ruleId: z.string(),
  kind: z.union([assessmentRuleKindSchema, z.literal('bonus'), z.literal('cap')]),
  label: z.string(),
  points: z.number(),
  refs: z.object({
    taskId: z.string().optional(),
    reportId: z.string().optional(),
    noticeId: z.string().optional(),
    indicatorId: z.string().optional(),
    bonusId: z.string().optional(),
  }),
  detail: z.string(),
});

/** A unit's computed score with the lines that explain it. */
export const unitScoreSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  base: z.number(),
  total: z.number(),
  lines: z.array(scoreLineSchema),
  vetoed: z.boolean(),
  vetoes: z.array(z.object({ itemId: z.string(), label: z.string(), reason: z.string() })),
  notes: z.array(z.string()),
});

/** An assessment period. */
export const assessmentPeriodSchema = z.object({
  id: z.string(),
  planId: z.string(),
  planTitle: z.string().nullable(),
  name: z.string(),
  start: z.string(),
  end: z.string(),
  status: assessmentStatusSchema,
  rubricVersion: z.number().int(),
  bonuses: z.array(assessmentBonusSchema.required({ id: true })),
  vetoes: z.array(assessmentVetoSchema.required({ id: true })),
  version: z.number().int(),
  createdAt: z.string(),
  lockedAt: z.string().nullable(),
});
export type AssessmentPeriodView = z.infer<typeof assessmentPeriodSchema>;

/** One rubric version. */
export const rubricVersionSchema = z.object({
  periodId: z.string(),
  version: z.number().int(),
  rubric: rubricSchema,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type RubricVersionView = z.infer<typeof rubricVersionSchema>;

/** A unit's result: computed breakdown, 自评, the office's changes, the final score and its place. */
export const assessmentResultSchema = z.object({
  id: z.string(),
  periodId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  revision: z.number().int(),
  revisionReason: z.string().nullable(),
  rubricVersion: z.number().int(),
  computed: unitScoreSchema,
  selfScore: z.number().nullable(),
  selfNote: z.string().nullable(),
  selfEvidenceReportIds: z.array(z.string()),
  selfAt: z.string().nullable(),
  /** Why the office returned the submitted 自评 (the unit may then submit again). */
  selfReturnReason: z.string().nullable(),
  officeChanges: z.array(officeChangeSchema),
  officeScore: z.number().nullable(),
  officeAt: z.string().nullable(),
  finalScore: z.number(),
  rank: z.number().int(),
  tied: z.boolean(),
  grade: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type AssessmentResultView = z.infer<typeof assessmentResultSchema>;

/** GET /api/assessment-periods/:id: the period, its current rubric and the units' current results, best first. */
export const assessmentPeriodDetailSchema = z.object({
  period: assessmentPeriodSchema,
  rubric: rubricVersionSchema,
  results: z.array(assessmentResultSchema),
});
export type AssessmentPeriodDetail = z.infer<typeof assessmentPeriodDetailSchema>;

/** GET /api/assessment-results/:id/revisions: every revision of a unit's result, oldest first. */
export const assessmentRevisionsSchema = z.object({ items: z.array(assessmentResultSchema) });

/** One line of a ranking. */
export const rankingEntrySchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  score: z.number(),
  rank: z.number().int(),
  tied: z.boolean(),
  grade: z.string(),
  vetoed: z.boolean(),
  /** How many plans the score averages (1 for a plan's ranking). */
  plans: z.number().int(),
  /** The unit's rank in the plan's previous locked period (较上期), or null (none, or a jurisdiction ranking). */
  previousRank: z.number().int().nullable(),
});
export type RankingEntry = z.infer<typeof rankingEntrySchema>;

/** GET /api/assessment/ranking: the ranked units and which locked periods they come from. */
export const assessmentRankingSchema = z.object({
  scope: z.enum(['plan', 'jurisdiction']),
  periods: z.array(z.object({ id: z.string(), planId: z.string(), planTitle: z.string().nullable(), name: z.string(), end: z.string() })),
  entries: z.array(rankingEntrySchema),
});
export type AssessmentRanking = z.infer<typeof assessmentRankingSchema>;
