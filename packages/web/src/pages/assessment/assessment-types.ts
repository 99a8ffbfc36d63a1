// Shapes of the assessment endpoints, from the shared schemas in packages/core/src/api (type-only).
import type {
  AssessmentPeriodDetail,
  AssessmentPeriodView,
  AssessmentRanking,
  AssessmentResultView,
  AssessmentStatus,
  Rubric,
  RubricInput,
} from '@duban/core';

export type {
  AssessmentPeriodDetail,
  AssessmentPeriodView,
  AssessmentRanking,
  AssessmentResultView,
  AssessmentStatus,
  Rubric,
  RubricInput,
};

/** The Chinese label of each rule kind (the rubric editor's choices). */
export const RULE_KIND_LABELS: Record<Rubric['rules'][number]['kind'], string> = {
  task_on_time: '任务按时完成（加分）',
  report_on_time: '按时报送进展（加分）',
  indicator: '指标达成（加分）',
  task_overdue: '任务逾期（扣分）',
  report_returned: '报送被退回（扣分）',
  report_missing: '报送缺报（扣分）',
  notice_unanswered: '督办单未回复（扣分）',
};

/** The steps of a period, in order. */
export const STATUS_STEPS: AssessmentStatus[] = ['draft', 'self_assessment', 'scoring', 'locked'];

/** The Chinese label of each step. */
export const STATUS_LABELS: Record<AssessmentStatus, string> = {
  draft: '配置细则',
  self_assessment: '单位自评',
  scoring: '办公室评分',
  locked: '已审定',
};

/** Tag colours of the usual grades (others show plain). */
export const GRADE_COLOURS: Record<string, string> = {
  优秀: 'green',
  良好: 'blue',
  一般: 'gold',
  合格: 'gold',
  较差: 'red',
  不合格: 'red',
};
