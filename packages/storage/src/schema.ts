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
  level: string;
  created_at: string;
}

export interface UnitTable {
  id: string;
  jurisdiction_id: string | null;
  name: string;
  short_name: string | null;
  kind: string;
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
  kind: string;
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
}

export interface UserRoleTable {
  id: string;
  user_id: string;
  role: string;
  unit_id: string | null;
}

export interface SessionTable {
  id: string;
  user_id: string;
  token_hash: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
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
  status: string;
  diagnostics: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  published_by: string | null;
  version: number;
  /** 'lead' | 'all' (migration 0110); defaults to 'lead' on insert. */
  reporting_scope: ColumnType<string, string | undefined, string>;
}

export interface TaskTable {
  id: string;
  plan_id: string;
  ordinal: number;
  kind: string;
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
  status: string;
  colour: string | null;
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
  role: string;
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
  comparator: string;
  due: string | null;
  lead_unit_id: string | null;
  source_start: number | null;
  source_end: number | null;
  source_line: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CommentTable {
  id: string;
  task_id: string;
  user_id: string | null;
  kind: string;
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
  documents: DocumentTable;
  plans: PlanTable;
  tasks: TaskTable;
  assignments: AssignmentTable;
  task_versions: TaskVersionTable;
  indicators: IndicatorTable;
  comments: CommentTable;
  audit_log: AuditTable;
  settings: SettingTable;
}
