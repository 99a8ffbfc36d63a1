import type {
  AssessmentAdjustmentsInput,
  AssessmentRankingQuery,
  AssessmentRevisionInput,
  AssessmentTransition,
  CreateAssessmentPeriod,
  OfficeScoreInput,
  ReturnSelfAssessment,
  SelfAssessmentInput,
  UpdateRubric,
} from '@duban/core';
import type { Actor } from '../actor.js';
import type { ServiceContext } from '../context.js';
import {
  computeAssessmentPeriod,
  createAssessmentPeriod,
  getAssessmentPeriod,
  listPlanAssessmentPeriods,
  setAssessmentAdjustments,
  transitionAssessmentPeriod,
  updateAssessmentRubric,
} from './periods-service.js';
import { getAssessmentRanking } from './ranking-service.js';
import {
  listAssessmentRevisions,
  returnSelfAssessment,
  reviseAssessmentResult,
  scoreAssessmentResult,
  submitSelfAssessment,
} from './results-service.js';

export { assessmentRanking, jurisdictionRanking } from './ranking-service.js';
export { gatherAssessmentFacts } from './gather-facts.js';

/** Assessment (考核): periods, rubrics, bonuses and vetoes, 自评, office scoring, locking, revisions, rankings. */
export function createAssessmentService(ctx: ServiceContext) {
  return {
    listPeriods: (actor: Actor, planId: string) => listPlanAssessmentPeriods(ctx, actor, planId),
    createPeriod: (actor: Actor, planId: string, input: CreateAssessmentPeriod) => createAssessmentPeriod(ctx, actor, planId, input),
    getPeriod: (actor: Actor, id: string) => getAssessmentPeriod(ctx, actor, id),
    updateRubric: (actor: Actor, id: string, input: UpdateRubric) => updateAssessmentRubric(ctx, actor, id, input),
    setAdjustments: (actor: Actor, id: string, input: AssessmentAdjustmentsInput) => setAssessmentAdjustments(ctx, actor, id, input),
    transition: (actor: Actor, id: string, input: AssessmentTransition) => transitionAssessmentPeriod(ctx, actor, id, input),
    compute: (actor: Actor, id: string) => computeAssessmentPeriod(ctx, actor, id),
    selfAssess: (actor: Actor, resultId: string, input: SelfAssessmentInput) => submitSelfAssessment(ctx, actor, resultId, input),
    returnSelf: (actor: Actor, resultId: string, input: ReturnSelfAssessment) => returnSelfAssessment(ctx, actor, resultId, input),
    score: (actor: Actor, resultId: string, input: OfficeScoreInput) => scoreAssessmentResult(ctx, actor, resultId, input),
    revise: (actor: Actor, resultId: string, input: AssessmentRevisionInput) => reviseAssessmentResult(ctx, actor, resultId, input),
    revisions: (actor: Actor, resultId: string) => listAssessmentRevisions(ctx, actor, resultId),
    ranking: (actor: Actor, query: AssessmentRankingQuery) => getAssessmentRanking(ctx, actor, query),
  };
}

/** The assessment service's type. */
export type AssessmentService = ReturnType<typeof createAssessmentService>;
