import { assessmentDb, findAssessmentPeriod, type AssessmentDb, type AssessmentPeriodRecord, type Db } from '@duban/storage';
import { notFound } from '../errors.js';
import { stateConflict } from '../reporting/access.js';

/** The assessment tables on a handle. */
export function adb(db: Db): AssessmentDb {
  return assessmentDb(db);
}

/** A period or `assessment_period.not_found`. */
export async function requirePeriod(db: Db, id: string): Promise<AssessmentPeriodRecord> {
  const p = await findAssessmentPeriod(adb(db), id);
  if (!p) throw notFound('assessment_period', '考核期不存在');
  return p;
}

/** Refuses any change to a locked period (a correction after 审定 is a revision of a unit's result). */
export function refuseLocked(p: AssessmentPeriodRecord): void {
  if (p.status === 'locked') throw stateConflict('assessment.locked', '考核结果已审定锁定，不能再修改；如需更正请提交修订');
}
