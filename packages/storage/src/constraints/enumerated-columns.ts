import {
  ASSIGNMENT_ROLES,
  BULLETIN_STATUSES,
  BULLETIN_TEMPLATE_SCOPES,
  COMMENT_KINDS,
  COLOUR_LABELS,
  EVIDENCE_STORAGES,
  NOTICE_STATUSES,
  NOTIFICATION_KINDS,
  OUTBOX_EVENT_KINDS,
  OUTBOX_STATUSES,
  PERIOD_KINDS,
  PLAN_STATUSES,
  REPORT_STATUSES,
  REPORTING_SCOPE_LABELS,
  REPORTING_SCOPES,
  ROLE_LABELS,
  SUPERVISION_COLOURS,
  TASK_KIND_LABELS,
  TASK_STATUS_LABELS,
  TASK_STATUSES,
  UNIT_ALIAS_KINDS,
  UNIT_KIND_LABELS,
  assessmentStatusSchema,
  comparatorSchema,
  deliveryChannelKindSchema,
  jurisdictionLevelSchema,
  roleSchema,
  taskKindSchema,
  unitKindSchema,
} from '@duban/core';

/** A column that may only hold one of a fixed list of codes (null too when the column is nullable). */
export interface EnumeratedColumn {
  table: string;
  column: string;
  values: readonly string[];
  /** Labels an earlier writer may have stored instead of the code (the zh-CN labels of core): migrated to the code. */
  legacy?: Readonly<Record<string, string>>;
}

/** label → code, from a core code → label map. */
const byLabel = (labels: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(labels).map(([code, label]) => [label, code]));

/**
 * Every enumerated column and the codes core allows in it today (the one list). Migration 0180 enforces a frozen copy
 * of these lists; a code added to core later needs a new migration that re-enforces its column
 * (`enforceEnumeratedColumn`), and storage/test/enumerated-columns.test.ts fails until the migrations match core.
 */
export const ENUMERATED_COLUMNS: readonly EnumeratedColumn[] = [
  { table: 'jurisdictions', column: 'level', values: jurisdictionLevelSchema.options },
  { table: 'units', column: 'kind', values: unitKindSchema.options, legacy: byLabel(UNIT_KIND_LABELS) },
  { table: 'unit_aliases', column: 'kind', values: UNIT_ALIAS_KINDS },
  { table: 'user_roles', column: 'role', values: roleSchema.options, legacy: byLabel(ROLE_LABELS) },
  { table: 'plans', column: 'status', values: PLAN_STATUSES },
  { table: 'plans', column: 'reporting_scope', values: REPORTING_SCOPES, legacy: byLabel(REPORTING_SCOPE_LABELS) },
  { table: 'tasks', column: 'kind', values: taskKindSchema.options, legacy: byLabel(TASK_KIND_LABELS) },
  { table: 'tasks', column: 'status', values: TASK_STATUSES, legacy: byLabel(TASK_STATUS_LABELS) },
  { table: 'tasks', column: 'colour', values: SUPERVISION_COLOURS, legacy: byLabel(COLOUR_LABELS) },
  { table: 'assignments', column: 'role', values: ASSIGNMENT_ROLES },
  { table: 'indicators', column: 'comparator', values: comparatorSchema.options },
  { table: 'comments', column: 'kind', values: COMMENT_KINDS },
  { table: 'reporting_periods', column: 'kind', values: PERIOD_KINDS },
  { table: 'reports', column: 'status', values: REPORT_STATUSES },
  { table: 'report_evidence', column: 'storage', values: EVIDENCE_STORAGES },
  { table: 'notices', column: 'status', values: NOTICE_STATUSES },
  { table: 'notifications', column: 'kind', values: NOTIFICATION_KINDS },
  { table: 'assessment_periods', column: 'status', values: assessmentStatusSchema.options },
  { table: 'bulletins', column: 'status', values: BULLETIN_STATUSES },
  { table: 'bulletin_templates', column: 'scope', values: BULLETIN_TEMPLATE_SCOPES },
  { table: 'delivery_channels', column: 'kind', values: deliveryChannelKindSchema.options },
  { table: 'delivery_outbox', column: 'status', values: OUTBOX_STATUSES },
  { table: 'delivery_outbox', column: 'event_kind', values: OUTBOX_EVENT_KINDS },
];
