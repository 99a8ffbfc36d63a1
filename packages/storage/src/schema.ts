import type {
  AssignmentRole,
  CommentKind,
  Comparator,
  JurisdictionLevel,
  PlanStatus,
  ReportingScope,
  RoleName,
  SupervisionColour,
  TaskKind,
  TaskStatus,
  UnitAliasKind,
  UnitKind,
} from '@duban/core';
import type { ColumnType } from 'kysely';

/**
 * Row types of the foundation tables (see docs/data-model.md). Timestamps are ISO-8601 UTC strings,
 * dates are 'YYYY-MM-DD', booleans are 0/1 integers and JSON columns hold text, so both dialects agree.
 * Other modules add their own table interfaces and reach them with `db.withTables<TheirTables>()`.
 */
export interface JurisdictionTable {
  id: string;
  parent_id: string | null;
  name: string;
  level: JurisdictionLevel;
  created_at: string;
}

export interface UnitTable {
  id: string;
  jurisdiction_id: string | null;
  name: string;
  short_name: string | null;
  kind: UnitKind;
  active: number;
  merged_into_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface UnitAliasTable {
  id: string;
  unit_id: string;
  alias: string;
  normalized: string;
  kind: UnitAliasKind;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string | null;
  password_hash: string | null;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
  /** 1: the next sign-in must set a new password first (migration 0120). */
  must_change_password: ColumnType<number, number | undefined, number>;
  /** Failed sign-ins since the last success or lockout, from any address. */
  failed_logins: ColumnType<number, number | undefined, number>;
  locked_until: ColumnType<string | null, string | null | undefined, string | null>;
  /** Where e-mail notifications go (migration 0150); null: none. */
  email: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface UserRoleTable {
  id: string;
  user_id: string;
  role: RoleName;
  unit_id: string | null;
}

export interface SessionTable {
  id: string;
  user_id: string;
  token_hash: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  /** Last request of the session (idle timeout); written at most once a minute. */
  last_seen_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** When the password was last entered in this session (sign-in or re-authentication). */
  auth_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  expires_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Earlier password hashes of a user (a new password may not repeat the last five). */
export interface PasswordHistoryTable {
  id: string;
  user_id: string;
  password_hash: string;
  created_at: string;
}

export interface DocumentTable {
  id: string;
  file_name: string;
  format: string;
  size: number;
  sha256: string;
  bytes: Buffer | null;
  text: string;
  blocks: string;
  created_at: string;
}

export interface PlanTable {
  id: string;
  document_id: string | null;
  jurisdiction_id: string | null;
  title: string | null;
  issuer: string | null;
  doc_number: string | null;
  date: string | null;
  plan_year: number | null;
  annual: number;
  status: PlanStatus;
  diagnostics: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  published_by: string | null;
  version: number;
  /** 'lead' | 'all' (migration 0110); defaults to 'lead' on insert. */
  reporting_scope: ColumnType<ReportingScope, ReportingScope | undefined, ReportingScope>;
  /** 1 while an import is still saving the plan in chunks (migration 0123): hidden from lists. */
  importing: ColumnType<number, number | undefined, number>;
}

export interface TaskTable {
  id: string;
  plan_id: string;
  ordinal: number;
  kind: TaskKind;
  number: string | null;
  path: string;
  title: string | null;
  text: string;
  search_text: string;
  due: string;
  first_due: string | null;
  last_due: string | null;
  ongoing: number;
  separate_leads: number;
  deadline_text: string | null;
  milestones: string;
  source_start: number | null;
  source_end: number | null;
  source_line: number | null;
  status: TaskStatus;
  colour: SupervisionColour | null;
  status_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AssignmentTable {
  id: string;
  task_id: string;
  /** The task's plan, copied so a scope's assignments are one index range (migration 0103). */
  plan_id: string;
  unit_id: string | null;
  name: string;
  role: AssignmentRole;
  ordinal: number;
}

export interface TaskVersionTable {
  id: string;
  task_id: string;
  version: number;
  changed_by: string | null;
  changed_at: string;
  reason: string | null;
  changes: string;
}

export interface IndicatorTable {
  id: string;
  plan_id: string;
  ordinal: number;
  name: string;
  text: string;
  baseline: number | null;
  target: number;
  unit: string;
  comparator: Comparator;
  due: string | null;
  lead_unit_id: string | null;
  source_start: number | null;
  source_end: number | null;
  source_line: number | null;
  /** The heading the indicator was read under (0170). */
  section: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CommentTable {
  id: string;
  task_id: string;
  user_id: string | null;
  kind: CommentKind;
  body: string;
  created_at: string;
}

export interface AuditTable {
  id: string;
  at: string;
  user_id: string | null;
  username: string | null;
  entity: string;
  entity_id: string;
  action: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  /** Position in the hash chain (migration 0121); null only for a row written around the chain (tampering). */
  seq: number | null;
  prev_hash: string | null;
  hash: string | null;
  hash_algo: string | null;
}

/**
 * The head of the audit hash chain: one row (id 1). Appends update it in their transaction, which serializes them;
 * `anchor_*` is where the kept part of the chain starts after retention pruning (seq 0 and '' before any).
 */
export interface AuditChainTable {
  id: number;
  last_seq: number;
  last_hash: string;
  algo: string;
  anchor_seq: number;
  anchor_hash: string;
}

export interface SettingTable {
  key: string;
  value: string;
}

/** All foundation tables, keyed by table name. */
export interface Database {
  jurisdictions: JurisdictionTable;
  units: UnitTable;
  unit_aliases: UnitAliasTable;
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  password_history: PasswordHistoryTable;
  documents: DocumentTable;
  plans: PlanTable;
  tasks: TaskTable;
  assignments: AssignmentTable;
  task_versions: TaskVersionTable;
  indicators: IndicatorTable;
  comments: CommentTable;
  audit_log: AuditTable;
  audit_chain: AuditChainTable;
  settings: SettingTable;
}
