// The assessment rubric (考核细则 + 评分表) as data: what earns and what costs points, how lead and participating
// units share a task's points, the bonus cap, the one-vote-veto list and the grading rule. Stored per assessment
// period, a new version per edit; results name the version they were computed with.
import { z } from 'zod';

/** Rule kinds that add points (per occurrence). */
export const CREDIT_RULE_KINDS = ['task_on_time', 'report_on_time', 'indicator'] as const;
/** Rule kinds that deduct points (per occurrence). */
export const DEDUCTION_RULE_KINDS = ['task_overdue', 'report_returned', 'report_missing', 'notice_unanswered'] as const;

/** Every rule kind. */
export const assessmentRuleKindSchema = z.enum([...CREDIT_RULE_KINDS, ...DEDUCTION_RULE_KINDS]);
export type AssessmentRuleKind = z.infer<typeof assessmentRuleKindSchema>;

/** The Chinese label of each rule kind. */
export const ASSESSMENT_RULE_KIND_LABELS: Record<AssessmentRuleKind, string> = {
  task_on_time: '任务按时完成',
  report_on_time: '按时报送进展',
  indicator: '指标达成',
  task_overdue: '任务逾期',
  report_returned: '报送被退回',
  report_missing: '报送缺报',
  notice_unanswered: '督办单未回复',
};

const points = z.number().min(0, '分值不能为负数').max(1000);

/** One line of the rubric: `points` per occurrence (a magnitude; deductions subtract it), `cap` limits the rule's total per unit. */
export const assessmentRuleSchema = z
  .object({
    id: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[a-z0-9_-]+$/i, '规则编号只能含字母、数字、-、_'),
    kind: assessmentRuleKindSchema,
    label: z.string().trim().min(1, '请填写规则名称').max(100),
    points,
    cap: points.nullable().default(null),
    /** indicator rules: 'proportional' = points × achievement (partial credit), 'threshold' = full points only when met (达标制). */
    indicatorMode: z.enum(['proportional', 'threshold']).default('proportional'),
  })
  .strict();
export type AssessmentRule = z.infer<typeof assessmentRuleSchema>;

/** A grade band by score: units at or above `min` (and below the band before) get `grade`. */
const thresholdBandSchema = z.object({ grade: z.string().trim().min(1).max(20), min: z.number().min(-1000).max(10000) }).strict();
/** A grade band by share: at most `share` (0-1) of the ranked units get `grade`; the last band takes the rest. */
const shareBandSchema = z.object({ grade: z.string().trim().min(1).max(20), share: z.number().min(0).max(1) }).strict();

/** How grades are given: score thresholds (≥95 优秀…) or shares of the ranking (优秀 ≤15%…). The last grade is the veto grade. */
export const gradingSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('thresholds'), bands: z.array(thresholdBandSchema).min(1).max(10) }).strict(),
  z.object({ mode: z.literal('shares'), bands: z.array(shareBandSchema).min(1).max(10) }).strict(),
]);
export type Grading = z.infer<typeof gradingSchema>;

/** A whole rubric. */
export const rubricSchema = z
  .object({
    /** 起评分: the score before any rule (100 for deduct-from-100 schemes, 0 for accumulating ones). */
    base: z.number().min(0).max(10000),
    rules: z.array(assessmentRuleSchema).max(50),
    /** Multipliers of task rules per role: each lead unit gets points × lead, each participating unit points × participant. */
    shares: z.object({ lead: z.number().min(0).max(1), participant: z.number().min(0).max(1) }).strict(),
    /** The most bonus (加分) one unit can get in the period; null = no cap. */
    bonusCap: points.nullable(),
    /** 一票否决 events the office may record against a unit; a vetoed unit gets the last grade. */
    vetoItems: z.array(z.object({ id: z.string().trim().min(1).max(40), label: z.string().trim().min(1).max(200) }).strict()).max(30),
    /** Per-indicator weights (indicator id → weight, default 1) for indicator rules. */
    indicatorWeights: z.record(z.string().min(1).max(100), z.number().min(0).max(100)).default({}),
    grading: gradingSchema,
  })
  .strict()
  .superRefine((r, ctx) => {
    const ids = new Set<string>();
    for (const [i, rule] of r.rules.entries()) {
      if (ids.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `规则编号重复：${rule.id}` });
      ids.add(rule.id);
    }
    const vetoIds = new Set<string>();
    for (const [i, v] of r.vetoItems.entries()) {
      if (vetoIds.has(v.id)) ctx.addIssue({ code: 'custom', path: ['vetoItems', i, 'id'], message: `否决事项编号重复：${v.id}` });
      vetoIds.add(v.id);
    }
    if (r.grading.mode === 'thresholds') {
      const mins = r.grading.bands.map((b) => b.min);
      if (mins.some((m, i) => i > 0 && m >= mins[i - 1]!))
        ctx.addIssue({ code: 'custom', path: ['grading', 'bands'], message: '等次分数线须从高到低排列' });
    } else if (r.grading.bands.slice(0, -1).reduce((s, b) => s + b.share, 0) > 1 + 1e-9) {
      ctx.addIssue({ code: 'custom', path: ['grading', 'bands'], message: '各等次比例之和不能超过100%' });
    }
  });
export type Rubric = z.infer<typeof rubricSchema>;
/** A rubric as a client sends it (defaults not yet applied). */
export type RubricInput = z.input<typeof rubricSchema>;

/** The default grades: 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60, else 较差. */
export const DEFAULT_GRADING: Grading = {
  mode: 'thresholds',
  bands: [
    { grade: '优秀', min: 90 },
    { grade: '良好', min: 80 },
    { grade: '一般', min: 60 },
    { grade: '较差', min: -1000 },
  ],
};

/**
 * The default rubric for a 健康X行动 platform: start at 60 and add, with categories near 任务完成 / 指标达成 /
 * 报送及时 / 督办落实 and the common deductions (spec: typical rubric items).
 */
export const DEFAULT_RUBRIC: Rubric = {
  base: 60,
  rules: [
    { id: 'task-on-time', kind: 'task_on_time', label: '任务按时完成', points: 5, cap: 20, indicatorMode: 'proportional' },
    { id: 'report-on-time', kind: 'report_on_time', label: '进展按时报送', points: 1, cap: 10, indicatorMode: 'proportional' },
    { id: 'indicator', kind: 'indicator', label: '指标达成', points: 5, cap: 10, indicatorMode: 'proportional' },
    { id: 'task-overdue', kind: 'task_overdue', label: '任务逾期未完成', points: 2, cap: null, indicatorMode: 'proportional' },
    { id: 'report-returned', kind: 'report_returned', label: '报送材料被退回', points: 1, cap: null, indicatorMode: 'proportional' },
    { id: 'report-missing', kind: 'report_missing', label: '应报未报', points: 2, cap: null, indicatorMode: 'proportional' },
    { id: 'notice-unanswered', kind: 'notice_unanswered', label: '督办单逾期未回复', points: 5, cap: null, indicatorMode: 'proportional' },
  ],
  shares: { lead: 1, participant: 0.5 },
  bonusCap: 5,
  vetoItems: [
    { id: 'accident', label: '发生重大责任事故' },
    { id: 'false-report', label: '瞒报、谎报、迟报重要情况' },
  ],
  indicatorWeights: {},
  grading: DEFAULT_GRADING,
};
