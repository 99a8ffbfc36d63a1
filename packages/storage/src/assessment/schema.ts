import type { AssessmentStatus } from '@duban/core';
import type { ColumnType, Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { ReportingTables } from '../reporting/schema.js';

/** Row of `assessment_periods` (migration 0130). `adjustments` is JSON `{bonuses, vetoes}`. */
export interface AssessmentPeriodTable {
  id: string;
  plan_id: string;
  name: string;
  start_date: string;
  end_date: string;
  status: AssessmentStatus;
  /** The rubric version in force (the latest). */
  rubric_version: number;
  adjustments: string;
  version: number;
  created_by: string | null;
  created_at: string;
  locked_by: string | null;
  locked_at: string | null;
}

/** Row of `assessment_rubrics`: one version of a period's rubric (JSON), never updated. */
export interface AssessmentRubricTable {
  id: string;
  period_id: string;
  version: number;
  body: string;
  created_by: string | null;
  created_at: string;
}

/** Row of `assessment_results`: one revision of a unit's result; `current` = 1 for the one in force. */
export interface AssessmentResultTable {
  id: string;
  period_id: string;
  unit_id: string;
  revision: number;
  current: number;
  revision_reason: string | null;
  rubric_version: number;
  computed: string;
  computed_total: number;
  self_score: number | null;
  self_note: string | null;
  self_evidence: string;
  self_by: string | null;
  self_at: string | null;
  /** Migration 0131: why the office returned the submitted 自评 (null when not returned). */
  self_return_reason: ColumnType<string | null, string | null | undefined, string | null>;
  office_changes: string;
  office_score: number | null;
  office_by: string | null;
  office_at: string | null;
  version: number;
  created_by: string | null;
  created_at: string;
}

/** The assessment tables. */
export type AssessmentTables = {
  assessment_periods: AssessmentPeriodTable;
  assessment_rubrics: AssessmentRubricTable;
  assessment_results: AssessmentResultTable;
};

/** A handle that sees the foundation, reporting and assessment tables. */
export type AssessmentDb = Kysely<Database & ReportingTables & AssessmentTables>;

/** Widens a foundation handle (or transaction) to the assessment tables (no runtime cost). */
export function assessmentDb(db: Kysely<Database>): AssessmentDb {
  return db.withTables<ReportingTables & AssessmentTables>();
}
