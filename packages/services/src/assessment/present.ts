import { rankAndGrade, roundPoints, type AssessmentPeriodView, type AssessmentResultView, type Grading } from '@duban/core';
import type { AssessmentPeriodRecord, AssessmentResultRecord } from '@duban/storage';

/** The final score: the office's when it scored, else the computed one. */
export function finalScore(r: Pick<AssessmentResultRecord, 'officeScore' | 'computed'>): number {
  return r.officeScore ?? r.computed.total;
}

/** The office's score: computed total plus its changes. */
export function officeScoreOf(total: number, changes: readonly { points: number }[]): number {
  return roundPoints(total + changes.reduce((s, c) => s + c.points, 0));
}

/** A period as the API shows it. */
export function presentPeriod(p: AssessmentPeriodRecord): AssessmentPeriodView {
  return {
    id: p.id,
    planId: p.planId,
    planTitle: p.planTitle,
    name: p.name,
    start: p.start,
    end: p.end,
    status: p.status,
    rubricVersion: p.rubricVersion,
    bonuses: p.bonuses,
    vetoes: p.vetoes,
    version: p.version,
    createdAt: p.createdAt,
    lockedAt: p.lockedAt,
  };
}

/** Results with rank and grade (ranked among `all`, the period's current results), best first. */
export function presentResults(
  shown: readonly AssessmentResultRecord[],
  all: readonly AssessmentResultRecord[],
  grading: Grading,
): AssessmentResultView[] {
  const ranked = new Map(
    rankAndGrade(
      all.map((r) => ({ unitId: r.unitId, score: finalScore(r), vetoed: r.computed.vetoed })),
      grading,
    ).map((x) => [x.unitId, x]),
  );
  return shown
    .map((r) => {
      const place = ranked.get(r.unitId);
      return {
        id: r.id,
        periodId: r.periodId,
        unitId: r.unitId,
        unitName: r.computed.unitName,
        revision: r.revision,
        revisionReason: r.revisionReason,
        rubricVersion: r.rubricVersion,
        computed: r.computed,
        selfScore: r.selfScore,
        selfNote: r.selfNote,
        selfEvidenceReportIds: r.selfEvidenceReportIds,
        selfAt: r.selfAt,
        selfReturnReason: r.selfReturnReason,
        officeChanges: r.officeChanges,
        officeScore: r.officeScore,
        officeAt: r.officeAt,
        finalScore: finalScore(r),
        rank: place?.rank ?? 0,
        tied: place?.tied ?? false,
        grade: place?.grade ?? '',
        version: r.version,
        createdAt: r.createdAt,
      };
    })
    .sort((a, b) => a.rank - b.rank || a.unitName.localeCompare(b.unitName, 'zh-CN'));
}
