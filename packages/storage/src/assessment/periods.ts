import type { AssessmentStatus, Rubric } from '@duban/core';
import { newId, nowIso, parseJson } from '../util.js';
import { updateVersioned } from '../versioned-update.js';
import type { AssessmentDb } from './schema.js';

/** A bonus (加分) as stored on the period. */
export interface StoredBonus {
  id: string;
  unitId: string;
  points: number;
  reason: string;
}

/** A 一票否决 as stored on the period. */
export interface StoredVeto {
  id: string;
  unitId: string;
  itemId: string;
  reason: string;
}

/** An assessment period with its plan's title. */
export interface AssessmentPeriodRecord {
  id: string;
  planId: string;
  planTitle: string | null;
  name: string;
  start: string;
  end: string;
  status: AssessmentStatus;
  rubricVersion: number;
  bonuses: StoredBonus[];
  vetoes: StoredVeto[];
  version: number;
  createdBy: string | null;
  createdAt: string;
  lockedBy: string | null;
  lockedAt: string | null;
}

/** One stored rubric version. */
export interface RubricVersionRecord {
  periodId: string;
  version: number;
  rubric: Rubric;
  createdBy: string | null;
  createdAt: string;
}

const periodColumns = [
  'ap.id',
  'ap.plan_id',
  'pl.title',
  'ap.name',
  'ap.start_date',
  'ap.end_date',
  'ap.status',
  'ap.rubric_version',
  'ap.adjustments',
  'ap.version',
  'ap.created_by',
  'ap.created_at',
  'ap.locked_by',
  'ap.locked_at',
] as const;

function periodQuery(db: AssessmentDb) {
  return db.selectFrom('assessment_periods as ap').innerJoin('plans as pl', 'pl.id', 'ap.plan_id').select(periodColumns);
}

type PeriodRow = Awaited<ReturnType<ReturnType<typeof periodQuery>['executeTakeFirstOrThrow']>>;

function toPeriod(r: PeriodRow): AssessmentPeriodRecord {
  const adj = parseJson<{ bonuses: StoredBonus[]; vetoes: StoredVeto[] }>(r.adjustments, { bonuses: [], vetoes: [] });
  return {
    id: r.id,
    planId: r.plan_id,
    planTitle: r.title,
    name: r.name,
    start: r.start_date,
    end: r.end_date,
    status: r.status as AssessmentStatus,
    rubricVersion: r.rubric_version,
    bonuses: adj.bonuses,
    vetoes: adj.vetoes,
    version: r.version,
    createdBy: r.created_by,
    createdAt: r.created_at,
    lockedBy: r.locked_by,
    lockedAt: r.locked_at,
  };
}

/** Creates a period in `draft` with version 1 of its rubric. */
export async function insertAssessmentPeriod(
  db: AssessmentDb,
  p: { planId: string; name: string; start: string; end: string; rubric: Rubric; createdBy: string | null },
): Promise<AssessmentPeriodRecord> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto('assessment_periods')
    .values({
      id,
      plan_id: p.planId,
      name: p.name,
      start_date: p.start,
      end_date: p.end,
      status: 'draft',
      rubric_version: 1,
      adjustments: JSON.stringify({ bonuses: [], vetoes: [] }),
      version: 1,
      created_by: p.createdBy,
      created_at: now,
      locked_by: null,
      locked_at: null,
    })
    .execute();
  await db
    .insertInto('assessment_rubrics')
    .values({ id: newId(), period_id: id, version: 1, body: JSON.stringify(p.rubric), created_by: p.createdBy, created_at: now })
    .execute();
  return (await findAssessmentPeriod(db, id))!;
}

/** One period, or undefined. */
export async function findAssessmentPeriod(db: AssessmentDb, id: string): Promise<AssessmentPeriodRecord | undefined> {
  const r = await periodQuery(db).where('ap.id', '=', id).executeTakeFirst();
  return r ? toPeriod(r) : undefined;
}

/** The periods of these plans, latest cut-off first. */
export async function listAssessmentPeriods(
  db: AssessmentDb,
  planIds: string[],
  status?: AssessmentStatus,
): Promise<AssessmentPeriodRecord[]> {
  if (planIds.length === 0) return [];
  let q = periodQuery(db).where('ap.plan_id', 'in', planIds);
  if (status) q = q.where('ap.status', '=', status);
  return (await q.orderBy('ap.end_date', 'desc').orderBy('ap.created_at', 'desc').execute()).map(toPeriod);
}

/** Changes status / adjustments / rubric version if the period's version still matches; false when stale. */
export async function updateAssessmentPeriod(
  db: AssessmentDb,
  id: string,
  expectedVersion: number,
  p: {
    status?: AssessmentStatus;
    bonuses?: StoredBonus[];
    vetoes?: StoredVeto[];
    rubricVersion?: number;
    lockedBy?: string | null;
    lockedAt?: string | null;
  },
): Promise<boolean> {
  const current = p.bonuses || p.vetoes ? await findAssessmentPeriod(db, id) : undefined;
  return updateVersioned(
    db,
    'assessment_periods',
    { id, version: expectedVersion },
    {
      ...(p.status !== undefined ? { status: p.status } : {}),
      ...(current ? { adjustments: JSON.stringify({ bonuses: p.bonuses ?? current.bonuses, vetoes: p.vetoes ?? current.vetoes }) } : {}),
      ...(p.rubricVersion !== undefined ? { rubric_version: p.rubricVersion } : {}),
      ...(p.lockedBy !== undefined ? { locked_by: p.lockedBy } : {}),
      ...(p.lockedAt !== undefined ? { locked_at: p.lockedAt } : {}),
    },
  );
}

/** Stores rubric version `version` of a period (the unique key refuses a version stored twice). */
export async function insertRubricVersion(
  db: AssessmentDb,
  periodId: string,
  version: number,
  rubric: Rubric,
  createdBy: string | null,
): Promise<RubricVersionRecord> {
  const createdAt = nowIso();
  await db
    .insertInto('assessment_rubrics')
    .values({ id: newId(), period_id: periodId, version, body: JSON.stringify(rubric), created_by: createdBy, created_at: createdAt })
    .execute();
  return { periodId, version, rubric, createdBy, createdAt };
}

/** One rubric version of a period (the latest without `version`). */
export async function findRubricVersion(db: AssessmentDb, periodId: string, version?: number): Promise<RubricVersionRecord | undefined> {
  let q = db
    .selectFrom('assessment_rubrics')
    .select(['period_id', 'version', 'body', 'created_by', 'created_at'])
    .where('period_id', '=', periodId);
  if (version !== undefined) q = q.where('version', '=', version);
  const r = await q.orderBy('version', 'desc').limit(1).executeTakeFirst();
  return r
    ? { periodId: r.period_id, version: r.version, rubric: JSON.parse(r.body) as Rubric, createdBy: r.created_by, createdAt: r.created_at }
    : undefined;
}
