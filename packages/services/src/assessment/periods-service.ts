import {
  DEFAULT_RUBRIC,
  type AssessmentAdjustmentsInput,
  type AssessmentPeriodDetail,
  type AssessmentPeriodView,
  type AssessmentTransition,
  type CreateAssessmentPeriod,
  type UpdateRubric,
} from '@duban/core';
import {
  findPlan,
  findRubricVersion,
  insertAssessmentPeriod,
  insertRubricVersion,
  listAssessmentPeriods,
  listCurrentResults,
  newId,
  unitNamesById,
  updateAssessmentPeriod,
} from '@duban/storage';
import { liaisonUnits, readsDrafts, requireAdmin, type Actor } from '../actor.js';
import { write, type ServiceContext } from '../context.js';
import { conflict, invalid, notFound } from '../errors.js';
import { requireReader, stateConflict } from '../reporting/access.js';
import { adb, refuseLocked, requirePeriod } from './access.js';
import { presentPeriod, presentResults } from './present.js';
import { recomputeResults } from './results-service.js';
import { notifyScorePublished } from '../reminders/event-notifications.js';

/** The assessment periods of a plan, latest first. */
export async function listPlanAssessmentPeriods(ctx: ServiceContext, actor: Actor, planId: string): Promise<AssessmentPeriodView[]> {
  requireReader(actor);
  const plan = await findPlan(ctx.db, planId);
  if (!plan || (plan.status !== 'published' && !readsDrafts(actor))) throw notFound('plan', '方案不存在');
  return (await listAssessmentPeriods(adb(ctx.db), [planId])).map(presentPeriod);
}

/** Creates a period with a rubric: the one given, one copied from another period (any plan), or the default. */
export async function createAssessmentPeriod(
  ctx: ServiceContext,
  actor: Actor,
  planId: string,
  body: CreateAssessmentPeriod,
): Promise<AssessmentPeriodView> {
  requireAdmin(actor);
  return write(ctx, actor, async (tx, audit) => {
    const plan = await findPlan(tx, planId);
    if (!plan) throw notFound('plan', '方案不存在');
    let rubric = body.rubric ?? DEFAULT_RUBRIC;
    if (body.copyFromPeriodId) {
      const source = await findRubricVersion(adb(tx), body.copyFromPeriodId);
      if (!source) throw invalid('assessment.copy_source_missing', '要复制的考核期不存在');
      rubric = source.rubric;
    }
    const period = await insertAssessmentPeriod(adb(tx), {
      planId,
      name: body.name,
      start: body.start,
      end: body.end,
      rubric,
      createdBy: actor.userId || null,
    });
    await audit('assessment_period', period.id, 'create', null, {
      period: presentPeriod(period),
      rubric,
      copiedFrom: body.copyFromPeriodId ?? null,
    });
    return presentPeriod(period);
  });
}

/**
 * A period with its current rubric and results, best first. Until the period is locked a liaison sees only its
 * own units' results; after 审定 the whole ranking is public to every reader.
 */
export async function getAssessmentPeriod(ctx: ServiceContext, actor: Actor, id: string): Promise<AssessmentPeriodDetail> {
  requireReader(actor);
  const db = adb(ctx.db);
  const period = await requirePeriod(ctx.db, id);
  const plan = await findPlan(ctx.db, period.planId);
  if (!plan || (plan.status !== 'published' && !readsDrafts(actor))) throw notFound('assessment_period', '考核期不存在');
  const rubric = (await findRubricVersion(db, id))!;
  const results = await listCurrentResults(db, [id]);
  const grading =
    (await findRubricVersion(db, id, Math.max(0, ...results.map((r) => r.rubricVersion))))?.rubric.grading ?? rubric.rubric.grading;
  const mine = liaisonUnits(actor);
  const seesAll = period.status === 'locked' || !actor.roles.every((r) => r.role === 'liaison');
  const shown = seesAll ? results : results.filter((r) => mine.includes(r.unitId));
  return { period: presentPeriod(period), rubric, results: presentResults(shown, results, grading) };
}

/**
 * Saves a new rubric version. Refused while units self-assess and the office scores (the rules are frozen when
 * 自评 opens); after locking a new version may be saved, and the locked results keep the version they used.
 */
export async function updateAssessmentRubric(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: UpdateRubric,
): Promise<AssessmentPeriodDetail> {
  requireAdmin(actor);
  await write(ctx, actor, async (tx, audit) => {
    const period = await requirePeriod(tx, id);
    if (period.status === 'self_assessment' || period.status === 'scoring')
      throw stateConflict('assessment.rubric_frozen', '自评开始后考核细则不能修改');
    if (body.version !== period.rubricVersion) throw conflict('assessment_rubric', { version: period.rubricVersion });
    const before = await findRubricVersion(adb(tx), id);
    const next = period.rubricVersion + 1;
    await insertRubricVersion(adb(tx), id, next, body.rubric, actor.userId || null);
    if (!(await updateAssessmentPeriod(adb(tx), id, period.version, { rubricVersion: next }))) throw conflict('assessment_period');
    await audit('assessment_rubric', id, 'update', before, { version: next, rubric: body.rubric });
    if (period.status === 'draft') await recomputeResults(ctx, tx, await requirePeriod(tx, id), actor, audit);
  });
  return getAssessmentPeriod(ctx, actor, id);
}

/** Replaces the office's bonuses and vetoes (not after locking); results are recomputed. */
export async function setAssessmentAdjustments(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: AssessmentAdjustmentsInput,
): Promise<AssessmentPeriodDetail> {
  requireAdmin(actor);
  await write(ctx, actor, async (tx, audit) => {
    const period = await requirePeriod(tx, id);
    refuseLocked(period);
    if (body.version !== period.version) throw conflict('assessment_period', presentPeriod(period));
    const rubric = (await findRubricVersion(adb(tx), id))!.rubric;
    const vetoIds = new Set(rubric.vetoItems.map((v) => v.id));
    const badVeto = body.vetoes.find((v) => !vetoIds.has(v.itemId));
    if (badVeto) throw invalid('assessment.unknown_veto_item', `考核细则中没有否决事项“${badVeto.itemId}”`);
    const unitIds = [...new Set([...body.bonuses, ...body.vetoes].map((x) => x.unitId))];
    if ((await unitNamesById(tx, unitIds)).size !== unitIds.length)
      throw invalid('assessment.unknown_unit', '加分或否决项指向的单位不存在');
    const bonuses = body.bonuses.map((b) => ({ id: b.id ?? newId(), unitId: b.unitId, points: b.points, reason: b.reason }));
    const vetoes = body.vetoes.map((v) => ({ id: v.id ?? newId(), unitId: v.unitId, itemId: v.itemId, reason: v.reason }));
    if (!(await updateAssessmentPeriod(adb(tx), id, period.version, { bonuses, vetoes }))) throw conflict('assessment_period');
    await audit('assessment_period', id, 'adjust', { bonuses: period.bonuses, vetoes: period.vetoes }, { bonuses, vetoes });
    await recomputeResults(ctx, tx, await requirePeriod(tx, id), actor, audit);
  });
  return getAssessmentPeriod(ctx, actor, id);
}

const NEXT: Record<string, string> = { draft: 'self_assessment', self_assessment: 'scoring', scoring: 'locked' };

/**
 * Moves a period one step: opening 自评 computes the results (facts as of the cut-off), scoring freezes the
 * self-assessments, locking (审定) freezes everything.
 */
export async function transitionAssessmentPeriod(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: AssessmentTransition,
): Promise<AssessmentPeriodDetail> {
  requireAdmin(actor);
  await write(ctx, actor, async (tx, audit) => {
    const period = await requirePeriod(tx, id);
    refuseLocked(period);
    if (NEXT[period.status] !== body.status)
      throw stateConflict('assessment.bad_transition', `考核期不能从“${period.status}”转到“${body.status}”`);
    if (body.version !== period.version) throw conflict('assessment_period', presentPeriod(period));
    const now = new Date().toISOString();
    const lock = body.status === 'locked' ? { lockedBy: actor.userId || null, lockedAt: now } : {};
    if (!(await updateAssessmentPeriod(adb(tx), id, period.version, { status: body.status, ...lock }))) throw conflict('assessment_period');
    await audit(
      'assessment_period',
      id,
      body.status === 'locked' ? 'lock' : 'transition',
      { status: period.status },
      { status: body.status },
    );
    if (body.status === 'self_assessment') await recomputeResults(ctx, tx, await requirePeriod(tx, id), actor, audit);
    // Locking publishes the scores: every assessed unit is told (in-app and through the outbound channels).
    if (body.status === 'locked') {
      const unitIds = (await listCurrentResults(adb(tx), [id])).map((r) => r.unitId);
      await notifyScorePublished(tx, {
        assessmentId: id,
        title: period.name,
        unitIds,
        link: `/assessment?plan=${period.planId}&period=${id}`,
      });
    }
  });
  return getAssessmentPeriod(ctx, actor, id);
}

/** Recomputes the results of a period that is not locked (the office refreshes the facts). */
export async function computeAssessmentPeriod(ctx: ServiceContext, actor: Actor, id: string): Promise<AssessmentPeriodDetail> {
  requireAdmin(actor);
  await write(ctx, actor, async (tx, audit) => {
    const period = await requirePeriod(tx, id);
    refuseLocked(period);
    await recomputeResults(ctx, tx, period, actor, audit);
  });
  return getAssessmentPeriod(ctx, actor, id);
}
