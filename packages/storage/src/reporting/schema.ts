import type { EvidenceStorage, NoticeStatus, PeriodKind, ReportStatus } from '@duban/core';
import type { ColumnType } from 'kysely';

/**
 * Row types of the reporting and supervision tables (migration 0100-reporting). Same conventions as the
 * foundation: ISO strings for times, 'YYYY-MM-DD' dates, 0/1 booleans.
 */
export interface ReportingPeriodTable {
  id: string;
  plan_id: string;
  seq: number;
  kind: PeriodKind;
  label: string;
  start_date: string;
  end_date: string;
  due_date: string;
  window_end: string;
  created_at: string;
}

export interface ReportTable {
  id: string;
  plan_id: string;
  task_id: string;
  unit_id: string;
  period_id: string;
  narrative: string;
  percent: number;
  completion_claim: number;
  status: ReportStatus;
  return_reason: string | null;
  on_time: number;
  version: number;
  submitted_by: string | null;
  first_submitted_at: string;
  submitted_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  /** A client's key for one submission (migration 0111): a retry with it returns this report. */
  idempotency_key: ColumnType<string | null, string | null | undefined, string | null>;
}

/** An evidence file uploaded ahead of its report (migration 0111); claimed by a submission or expired. */
export interface StagedEvidenceTable {
  id: string;
  state: string;
  owner_user_id: string | null;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  bytes: Buffer;
  uploaded_at: string;
  expires_at: string;
}

export interface ReportEvidenceTable {
  id: string;
  report_id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  storage: EvidenceStorage;
  path: string | null;
  bytes: Buffer | null;
  uploaded_by: string | null;
  uploaded_at: string;
}

export interface IndicatorValueTable {
  id: string;
  plan_id: string;
  indicator_id: string;
  unit_id: string;
  period_id: string;
  value: number;
  note: string | null;
  version: number;
  reported_by: string | null;
  reported_at: string;
}

export interface NoticeTable {
  id: string;
  number: string;
  year: number;
  seq: number;
  plan_id: string;
  task_id: string;
  unit_id: string;
  reason: string;
  due_date: string;
  status: NoticeStatus;
  issued_by: string | null;
  issued_at: string;
  closed_by: string | null;
  closed_at: string | null;
  close_note: string | null;
  version: number;
}

export interface NoticeReplyTable {
  id: string;
  notice_id: string;
  unit_id: string | null;
  body: string;
  replied_by: string | null;
  replied_at: string;
}

/** The last 督办单 sequence issued per year (migration 0120): claimed by an upsert in the issuing transaction. */
export interface NoticeCounterTable {
  year: number;
  last_seq: number;
}

export interface ReportTallyTable {
  plan_id: string;
  unit_id: string;
  period_id: string;
  submitted: number;
  on_time: number;
}

/** The reporting tables, keyed by table name. */
export type ReportingTables = {
  reporting_periods: ReportingPeriodTable;
  reports: ReportTable;
  report_evidence: ReportEvidenceTable;
  staged_evidence: StagedEvidenceTable;
  indicator_values: IndicatorValueTable;
  notices: NoticeTable;
  notice_replies: NoticeReplyTable;
  notice_counters: NoticeCounterTable;
  report_tallies: ReportTallyTable;
  /** Merged with the foundation's TaskTable by intersection. */
  tasks: TaskSupervisionColumns;
};

/** Columns migration 0100 adds to the foundation's tasks table. */
export interface TaskSupervisionColumns {
  suspended: number;
  progress: number;
  completed_at: string | null;
}
