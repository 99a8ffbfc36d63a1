import {
  rubricSchema,
  scoreAssessment,
  type AssessmentResultView,
  type AssessmentRevisionInput,
  type OfficeScoreInput,
  type ReturnSelfAssessment,
  type SelfAssessmentInput,
  selfAssessmentSchema,
} from '@duban/core';
import {
  findAssessmentResult,
  findRubricVersion,
  insertAssessmentResult,
  listCurrentResults,
  listResultRevisions,
  reportsOfUnit,
  retireAssessmentResult,
  updateAssessmentResult,
  type AssessmentPeriodRecord,
  type AssessmentResultRecord,
  type Db,
} from '@duban/storage';
import { liaisonUnits, readsEverything, requireAdmin, type Actor } from '../actor.js';
import { write, type AuditFn, type ServiceContext } from '../context.js';
import { conflict, forbidden, invalid, notFound } from '../errors.js';
import { requireReader, requireUnitAccess, stateConflict } from '../reporting/access.js';
import { adb, refuseLocked, requirePeriod } from './access.js';
import { gatherAssessmentFacts } from './gather-facts.js';
import { officeScoreOf, presentResults } from './present.js';

/**
 * Scores every unit of a period with its current rubric and stores the breakdowns: new units get revision 1,
 * existing results keep their 自评 and the office's changes (the office score follows the new total).
 */
export async function recomputeResults(
  ctx: ServiceContext,
  tx: Db,
  period: AssessmentPeriodRecord,
  actor: Actor,
  audit: AuditFn,
): Promise<void> {
  const rubric = (await findRubricVersion(adb(tx), period.id))!;
  const scores = scoreAssessment(rubricSchema.parse(rubric.rubric), await gatherAssessmentFacts(tx, period, ctx.today()));
  const existing = new Map((await listCurrentResults(adb(tx), [period.id])).map((r) => [r.unitId, r]));
  for (const score of scores) {
    const r = existing.get(score.unitId);
    if (!r) {
      await insertAssessmentResult(adb(tx), {
        periodId: period.id,
        unitId: score.unitId,
        revision: 1,
        revisionReason: null,
        rubricVersion: rubric.version,
        computed: score,
        createdBy: actor.userId || null,
      });
      continue;
    }
    const officeScore = r.officeScore === null ? null : officeScoreOf(score.total, r.officeChanges);
    if (!(await updateAssessmentResult(adb(tx), r.id, r.version, { computed: score, rubricVersion: rubric.version, officeScore })))
      throw conflict('assessment_result');
  }
  await audit('assessment_period', period.id, 'compute', null, {
    rubricVersion: rubric.version,
    totals: Object.fromEntries(scores.map((s) => [s.unitId, s.total])),
  });
}

async function requireResult(db: Db, id: string): Promise<AssessmentResultRecord> {
  const r = await findAssessmentResult(adb(db), id);
  if (!r) throw notFound('assessment_result', '考核结果不存在');
  return r;
}

async function present(ctx: ServiceContext, db: Db, result: AssessmentResultRecord): Promise<AssessmentResultView> {
  const all = await listCurrentResults(adb(db), [result.periodId]);
  const grading = (await findRubricVersion(adb(db), result.periodId, Math.max(result.rubricVersion, ...all.map((r) => r.rubricVersion))))!
    .rubric.grading;
  return presentResults([result], result.current ? all : [...all, result].filter((r) => r.current || r.id === result.id), grading)[0]!;
}

/** The unit's 自评: its own score, a note and its reports as evidence; only while self-assessment is open. */
export async function submitSelfAssessment(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: SelfAssessmentInput,
): Promise<AssessmentResultView> {
  const body = selfAssessmentSchema.parse(input);
  return write(ctx, actor, async (tx, audit) => {
    const r = await requireResult(tx, id);
    requireUnitAccess(actor, r.unitId);
    const period = await requirePeriod(tx, r.periodId);
    refuseLocked(period);
    if (period.status !== 'self_assessment') throw stateConflict('assessment.not_self_assessment', '当前不在单位自评阶段');
    if (!r.current) throw stateConflict('assessment.not_current', '这不是现行的考核结果');
    if (r.selfAt !== null) throw stateConflict('assessment.self_submitted', '自评已提交，如需修改请联系办公室退回');
    const evidence = [...new Set(body.evidenceReportIds)];
    const own = await reportsOfUnit(adb(tx), period.planId, r.unitId, evidence);
    if (own.length !== evidence.length)
      throw invalid('assessment.evidence_not_own', '自评佐证只能引用本单位在本方案中的报送', {
        rejected: evidence.filter((e) => !own.includes(e)),
      });
    const after = await updateAssessmentResult(adb(tx), id, body.version, {
      selfScore: body.score,
      selfNote: body.note,
      selfEvidenceReportIds: evidence,
      selfBy: actor.userId || null,
      selfAt: new Date().toISOString(),
      selfReturnReason: null,
    });
    if (!after) throw conflict('assessment_result', r);
    await audit(
      'assessment_result',
      id,
      'self_assess',
      { selfScore: r.selfScore, selfNote: r.selfNote, selfEvidenceReportIds: r.selfEvidenceReportIds },
      { selfScore: after.selfScore, selfNote: after.selfNote, selfEvidenceReportIds: after.selfEvidenceReportIds },
    );
    return present(ctx, tx, after);
  });
}

/** The office returns a submitted 自评 (it is frozen once submitted) so the unit can submit it again. */
export async function returnSelfAssessment(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: ReturnSelfAssessment,
): Promise<AssessmentResultView> {
  requireAdmin(actor);
  return write(ctx, actor, async (tx, audit) => {
    const r = await requireResult(tx, id);
    const period = await requirePeriod(tx, r.periodId);
    refuseLocked(period);
    if (period.status !== 'self_assessment') throw stateConflict('assessment.not_self_assessment', '当前不在单位自评阶段');
    if (r.selfAt === null) throw stateConflict('assessment.self_not_submitted', '该单位尚未提交自评');
    const after = await updateAssessmentResult(adb(tx), id, r.version, { selfAt: null, selfReturnReason: body.reason });
    if (!after) throw conflict('assessment_result', r);
    await audit('assessment_result', id, 'return_self', { selfAt: r.selfAt }, { selfAt: null }, body.reason);
    return present(ctx, tx, after);
  });
}

/** The office's score (复核): the computed total plus changes, each with its reason; only while scoring. */
export async function scoreAssessmentResult(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: OfficeScoreInput,
): Promise<AssessmentResultView> {
  requireAdmin(actor);
  return write(ctx, actor, async (tx, audit) => {
    const r = await requireResult(tx, id);
    const period = await requirePeriod(tx, r.periodId);
    refuseLocked(period);
    if (period.status !== 'scoring') throw stateConflict('assessment.not_scoring', '当前不在办公室评分阶段');
    if (!r.current) throw stateConflict('assessment.not_current', '这不是现行的考核结果');
    const officeScore = officeScoreOf(r.computed.total, body.changes);
    const after = await updateAssessmentResult(adb(tx), id, body.version, {
      officeChanges: body.changes,
      officeScore,
      officeBy: actor.userId || null,
      officeAt: new Date().toISOString(),
    });
    if (!after) throw conflict('assessment_result', r);
    await audit(
      'assessment_result',
      id,
      'score',
      { officeChanges: r.officeChanges, officeScore: r.officeScore },
      { officeChanges: body.changes, officeScore },
      body.changes.map((c) => c.reason).join('；') || null,
    );
    return present(ctx, tx, after);
  });
}

/**
 * A correction after locking: a new revision of the unit's result, recomputed with the period's current rubric
 * and today's facts, with the office's changes (the previous ones unless given) and the reason. The locked
 * revision stays as it was.
 */
export async function reviseAssessmentResult(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: AssessmentRevisionInput,
): Promise<AssessmentResultView> {
  requireAdmin(actor);
  return write(ctx, actor, async (tx, audit) => {
    const r = await requireResult(tx, id);
    const period = await requirePeriod(tx, r.periodId);
    if (period.status !== 'locked') throw stateConflict('assessment.not_locked', '考核期尚未审定，直接修改评分即可');
    if (!r.current) throw stateConflict('assessment.not_current', '只能修订现行的考核结果');
    const rubric = (await findRubricVersion(adb(tx), period.id))!;
    const facts = await gatherAssessmentFacts(tx, period, ctx.today());
    const score = scoreAssessment(rubricSchema.parse(rubric.rubric), {
      ...facts,
      units: [{ unitId: r.unitId, name: r.computed.unitName }],
    })[0]!;
    const changes = body.changes ?? r.officeChanges;
    if (!(await retireAssessmentResult(adb(tx), r.id, r.version))) throw conflict('assessment_result');
    const next = await insertAssessmentResult(adb(tx), {
      periodId: period.id,
      unitId: r.unitId,
      revision: r.revision + 1,
      revisionReason: body.reason,
      rubricVersion: rubric.version,
      computed: score,
      selfScore: r.selfScore,
      selfNote: r.selfNote,
      selfEvidenceReportIds: r.selfEvidenceReportIds,
      selfBy: r.selfBy,
      selfAt: r.selfAt,
      officeChanges: changes,
      officeScore: officeScoreOf(score.total, changes),
      officeBy: actor.userId || null,
      officeAt: new Date().toISOString(),
      createdBy: actor.userId || null,
    });
    await audit(
      'assessment_result',
      next.id,
      'revise',
      { id: r.id, revision: r.revision, total: r.computed.total, officeScore: r.officeScore },
      { revision: next.revision, total: score.total, officeScore: next.officeScore, rubricVersion: rubric.version },
      body.reason,
    );
    return present(ctx, tx, next);
  });
}

/** Every revision of a result's unit in its period, oldest first. */
export async function listAssessmentRevisions(ctx: ServiceContext, actor: Actor, id: string): Promise<{ items: AssessmentResultView[] }> {
  requireReader(actor);
  const r = await requireResult(ctx.db, id);
  const period = await requirePeriod(ctx.db, r.periodId);
  if (
    !readsEverything(actor) &&
    !actor.roles.some((x) => x.role !== 'liaison') &&
    period.status !== 'locked' &&
    !liaisonUnits(actor).includes(r.unitId)
  )
    throw forbidden('auth.other_unit', '只能查看本单位的考核结果');
  const items = [];
  for (const rev of await listResultRevisions(adb(ctx.db), r.periodId, r.unitId)) items.push(await present(ctx, ctx.db, rev));
  return { items };
}
