import type { OfficeChange, UnitScore } from '@duban/core';
import type { Selectable } from 'kysely';
import { newId, nowIso, parseJson } from '../util.js';
import { updateVersioned } from '../versioned-update.js';
import type { AssessmentDb, AssessmentResultTable } from './schema.js';

/** One revision of a unit's result. */
export interface AssessmentResultRecord {
  id: string;
  periodId: string;
  unitId: string;
  revision: number;
  current: boolean;
  revisionReason: string | null;
  rubricVersion: number;
  computed: UnitScore;
  selfScore: number | null;
  selfNote: string | null;
  selfEvidenceReportIds: string[];
  selfBy: string | null;
  selfAt: string | null;
  /** Why the office returned the submitted 自评, or null. */
  selfReturnReason: string | null;
  officeChanges: OfficeChange[];
  officeScore: number | null;
  officeBy: string | null;
  officeAt: string | null;
  version: number;
  createdBy: string | null;
  createdAt: string;
}

function toResult(r: Selectable<AssessmentResultTable>): AssessmentResultRecord {
  return {
    id: r.id,
    periodId: r.period_id,
    unitId: r.unit_id,
    revision: r.revision,
    current: r.current === 1,
    revisionReason: r.revision_reason,
    rubricVersion: r.rubric_version,
    computed: JSON.parse(r.computed) as UnitScore,
    selfScore: r.self_score === null ? null : Number(r.self_score),
    selfNote: r.self_note,
    selfEvidenceReportIds: parseJson<string[]>(r.self_evidence, []),
    selfBy: r.self_by,
    selfAt: r.self_at,
    selfReturnReason: r.self_return_reason ?? null,
    officeChanges: parseJson<OfficeChange[]>(r.office_changes, []),
    officeScore: r.office_score === null ? null : Number(r.office_score),
    officeBy: r.office_by,
    officeAt: r.office_at,
    version: r.version,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

/** What a new result row holds. */
export interface NewAssessmentResult {
  periodId: string;
  unitId: string;
  revision: number;
  revisionReason: string | null;
  rubricVersion: number;
  computed: UnitScore;
  selfScore?: number | null;
  selfNote?: string | null;
  selfEvidenceReportIds?: string[];
  selfBy?: string | null;
  selfAt?: string | null;
  officeChanges?: OfficeChange[];
  officeScore?: number | null;
  officeBy?: string | null;
  officeAt?: string | null;
  createdBy: string | null;
}

/** Inserts a current result row (the caller retires the previous revision first). */
export async function insertAssessmentResult(db: AssessmentDb, r: NewAssessmentResult): Promise<AssessmentResultRecord> {
  const id = newId();
  await db
    .insertInto('assessment_results')
    .values({
      id,
      period_id: r.periodId,
      unit_id: r.unitId,
      revision: r.revision,
      current: 1,
      revision_reason: r.revisionReason,
      rubric_version: r.rubricVersion,
      computed: JSON.stringify(r.computed),
      computed_total: r.computed.total,
      self_score: r.selfScore ?? null,
      self_note: r.selfNote ?? null,
      self_evidence: JSON.stringify(r.selfEvidenceReportIds ?? []),
      self_by: r.selfBy ?? null,
      self_at: r.selfAt ?? null,
      office_changes: JSON.stringify(r.officeChanges ?? []),
      office_score: r.officeScore ?? null,
      office_by: r.officeBy ?? null,
      office_at: r.officeAt ?? null,
      version: 1,
      created_by: r.createdBy,
      created_at: nowIso(),
    })
    .execute();
  return (await findAssessmentResult(db, id))!;
}

/** One result row, or undefined. */
export async function findAssessmentResult(db: AssessmentDb, id: string): Promise<AssessmentResultRecord | undefined> {
  const r = await db.selectFrom('assessment_results').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toResult(r) : undefined;
}

/** The results in force of a period (one per unit). */
export async function listCurrentResults(db: AssessmentDb, periodIds: string[]): Promise<AssessmentResultRecord[]> {
  if (periodIds.length === 0) return [];
  const rows = await db
    .selectFrom('assessment_results')
    .selectAll()
    .where('period_id', 'in', periodIds)
    .where('current', '=', 1)
    .orderBy('computed_total', 'desc')
    .orderBy('unit_id')
    .execute();
  return rows.map(toResult);
}

/** Every revision of a unit's result in a period, oldest first. */
export async function listResultRevisions(db: AssessmentDb, periodId: string, unitId: string): Promise<AssessmentResultRecord[]> {
  const rows = await db
    .selectFrom('assessment_results')
    .selectAll()
    .where('period_id', '=', periodId)
    .where('unit_id', '=', unitId)
    .orderBy('revision')
    .execute();
  return rows.map(toResult);
}

/** Fields an update of the current revision may change. */
export interface AssessmentResultPatch {
  computed?: UnitScore;
  rubricVersion?: number;
  selfScore?: number | null;
  selfNote?: string | null;
  selfEvidenceReportIds?: string[];
  selfBy?: string | null;
  selfAt?: string | null;
  selfReturnReason?: string | null;
  officeChanges?: OfficeChange[];
  officeScore?: number | null;
  officeBy?: string | null;
  officeAt?: string | null;
}

/** Updates a current result row if its version still matches; undefined when stale (or no longer current). */
export async function updateAssessmentResult(
  db: AssessmentDb,
  id: string,
  expectedVersion: number,
  p: AssessmentResultPatch,
): Promise<AssessmentResultRecord | undefined> {
  const updated = await updateVersioned(
    db,
    'assessment_results',
    { id, version: expectedVersion, where: { current: 1 } },
    {
      ...(p.computed !== undefined ? { computed: JSON.stringify(p.computed), computed_total: p.computed.total } : {}),
      ...(p.rubricVersion !== undefined ? { rubric_version: p.rubricVersion } : {}),
      ...(p.selfScore !== undefined ? { self_score: p.selfScore } : {}),
      ...(p.selfNote !== undefined ? { self_note: p.selfNote } : {}),
      ...(p.selfEvidenceReportIds !== undefined ? { self_evidence: JSON.stringify(p.selfEvidenceReportIds) } : {}),
      ...(p.selfBy !== undefined ? { self_by: p.selfBy } : {}),
      ...(p.selfAt !== undefined ? { self_at: p.selfAt } : {}),
      ...(p.selfReturnReason !== undefined ? { self_return_reason: p.selfReturnReason } : {}),
      ...(p.officeChanges !== undefined ? { office_changes: JSON.stringify(p.officeChanges) } : {}),
      ...(p.officeScore !== undefined ? { office_score: p.officeScore } : {}),
      ...(p.officeBy !== undefined ? { office_by: p.officeBy } : {}),
      ...(p.officeAt !== undefined ? { office_at: p.officeAt } : {}),
    },
  );
  if (!updated) return undefined;
  return findAssessmentResult(db, id);
}

/** Retires a current revision (a newer one replaces it); false when it changed meanwhile. */
export async function retireAssessmentResult(db: AssessmentDb, id: string, expectedVersion: number): Promise<boolean> {
  return updateVersioned(db, 'assessment_results', { id, version: expectedVersion, where: { current: 1 } }, { current: 0 });
}
