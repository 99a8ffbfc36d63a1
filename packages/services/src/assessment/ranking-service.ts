import { DEFAULT_GRADING, rankAndGrade, roundPoints, type AssessmentRanking, type AssessmentRankingQuery, type Grading } from '@duban/core';
import {
  findPlan,
  findRubricVersion,
  listAssessmentPeriods,
  listCurrentResults,
  plansOfJurisdiction,
  reportingDb,
  type AssessmentPeriodRecord,
} from '@duban/storage';
import type { Actor } from '../actor.js';
import type { ServiceContext } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { requireReader } from '../reporting/access.js';
import { adb } from './access.js';
import { finalScore } from './present.js';

async function gradingOf(ctx: ServiceContext, period: AssessmentPeriodRecord, versions: number[]): Promise<Grading> {
  return (
    (await findRubricVersion(adb(ctx.db), period.id, versions.length ? Math.max(...versions) : undefined))?.rubric.grading ??
    DEFAULT_GRADING
  );
}

function periodRef(p: AssessmentPeriodRecord) {
  return { id: p.id, planId: p.planId, planTitle: p.planTitle, name: p.name, end: p.end };
}

/** Ranks one period's current results with the grading of the rubric version they used. */
async function rankPeriod(ctx: ServiceContext, period: AssessmentPeriodRecord) {
  const results = await listCurrentResults(adb(ctx.db), [period.id]);
  const grading = await gradingOf(
    ctx,
    period,
    results.map((r) => r.rubricVersion),
  );
  const names = new Map(results.map((r) => [r.unitId, r.computed.unitName]));
  return rankAndGrade(
    results.map((r) => ({ unitId: r.unitId, score: finalScore(r), vetoed: r.computed.vetoed })),
    grading,
  ).map((x) => ({ ...x, unitName: names.get(x.unitId) ?? x.unitId }));
}

/**
 * The ranking of one plan's assessment period with grades — the named period, else the plan's latest locked one
 * (empty when none is locked) — with each unit's rank in the plan's previous locked period (较上期). For the
 * bulletin generator (情况通报): call it with the plan and the period to rank.
 */
export async function assessmentRanking(ctx: ServiceContext, planId: string, periodId?: string): Promise<AssessmentRanking> {
  const periods = await listAssessmentPeriods(adb(ctx.db), [planId]);
  const period = periodId ? periods.find((p) => p.id === periodId) : periods.find((p) => p.status === 'locked');
  if (periodId && !period) throw notFound('assessment_period', '考核期不存在');
  if (!period) return { scope: 'plan', periods: [], entries: [] };
  const previous = periods.find((p) => p.status === 'locked' && p.id !== period.id && p.end < period.end);
  const before = new Map(previous ? (await rankPeriod(ctx, previous)).map((x) => [x.unitId, x.rank]) : []);
  const entries = (await rankPeriod(ctx, period)).map((x) => ({ ...x, plans: 1, previousRank: before.get(x.unitId) ?? null }));
  return { scope: 'plan', periods: [periodRef(period)], entries };
}

/**
 * A jurisdiction's ranking across its published plans: each plan's latest locked period, a unit's score the mean
 * of its final scores over the plans it was assessed in; vetoed in any plan ranks it with the vetoed units.
 * Graded by the rules of the most recent of those periods.
 */
export async function jurisdictionRanking(ctx: ServiceContext, jurisdictionId: string): Promise<AssessmentRanking> {
  const planIds = await plansOfJurisdiction(reportingDb(ctx.db), jurisdictionId);
  const locked = await listAssessmentPeriods(adb(ctx.db), planIds, 'locked');
  const latest = new Map<string, AssessmentPeriodRecord>();
  for (const p of locked) if (!latest.has(p.planId)) latest.set(p.planId, p);
  const periods = [...latest.values()];
  if (periods.length === 0) return { scope: 'jurisdiction', periods: [], entries: [] };
  const results = await listCurrentResults(
    adb(ctx.db),
    periods.map((p) => p.id),
  );
  const acc = new Map<string, { name: string; sum: number; n: number; vetoed: boolean }>();
  for (const r of results) {
    const a = acc.get(r.unitId) ?? { name: r.computed.unitName, sum: 0, n: 0, vetoed: false };
    a.sum += finalScore(r);
    a.n++;
    a.vetoed ||= r.computed.vetoed;
    acc.set(r.unitId, a);
  }
  const newest = periods.reduce((a, b) => (b.end > a.end ? b : a));
  const grading = await gradingOf(
    ctx,
    newest,
    results.filter((r) => r.periodId === newest.id).map((r) => r.rubricVersion),
  );
  const ranked = rankAndGrade(
    [...acc].map(([unitId, a]) => ({ unitId, score: roundPoints(a.sum / a.n), vetoed: a.vetoed })),
    grading,
  );
  return {
    scope: 'jurisdiction',
    periods: periods.map(periodRef),
    entries: ranked.map((x) => ({ ...x, unitName: acc.get(x.unitId)!.name, plans: acc.get(x.unitId)!.n, previousRank: null })),
  };
}

/** GET /api/assessment/ranking: one plan (`plan`, optional `period`) or a jurisdiction; every signed-in role reads it. */
export async function getAssessmentRanking(ctx: ServiceContext, actor: Actor, q: AssessmentRankingQuery): Promise<AssessmentRanking> {
  requireReader(actor);
  if (q.jurisdiction && !q.plan) return jurisdictionRanking(ctx, q.jurisdiction);
  if (!q.plan) throw invalid('assessment.scope_required', '请指定方案或辖区');
  const plan = await findPlan(ctx.db, q.plan);
  if (!plan || plan.status !== 'published') throw notFound('plan', '方案不存在或未发布');
  return assessmentRanking(ctx, q.plan, q.period);
}
