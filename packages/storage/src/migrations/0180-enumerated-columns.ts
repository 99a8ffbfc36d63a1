import type { Kysely } from 'kysely';
import { enforceEnumeratedColumn, enumeratedViolations, mapLegacyValues, releaseEnumeratedColumn } from '../constraints/enforce.js';
import type { EnumeratedColumn } from '../constraints/enumerated-columns.js';

/**
 * The columns and codes this migration enforces, as they were when it was written. A migration is history: it must
 * do the same on every database it ever runs on, so it does not read core's lists (which may change). When core's
 * codes change, a new migration re-enforces the column (storage/test/enumerated-columns.test.ts fails until then).
 */
export const ENUMERATED_COLUMNS_0180: readonly EnumeratedColumn[] = [
  {
    table: 'jurisdictions',
    column: 'level',
    values: ['province', 'city', 'county', 'township'],
  },
  {
    table: 'units',
    column: 'kind',
    values: ['department', 'district', 'group', 'other'],
    legacy: { 部门: 'department', 区县: 'district', 工作组: 'group', 其他: 'other' },
  },
  {
    table: 'unit_aliases',
    column: 'kind',
    values: ['alias', 'former'],
  },
  {
    table: 'user_roles',
    column: 'role',
    values: ['admin', 'liaison', 'leader', 'viewer'],
    legacy: { 办公室管理员: 'admin', 分管领导: 'leader', 联络员: 'liaison', 只读用户: 'viewer' },
  },
  {
    table: 'plans',
    column: 'status',
    values: ['draft', 'published'],
  },
  {
    table: 'plans',
    column: 'reporting_scope',
    values: ['lead', 'all'],
    legacy: { 牵头单位汇总报送: 'lead', 各责任单位分别报送: 'all' },
  },
  {
    table: 'tasks',
    column: 'kind',
    values: ['task', 'safeguard', 'step'],
    legacy: { 任务: 'task', 保障措施: 'safeguard', 工作步骤: 'step' },
  },
  {
    table: 'tasks',
    column: 'status',
    values: ['not_started', 'in_progress', 'completed', 'behind', 'suspended'],
    legacy: { 未开始: 'not_started', 推进中: 'in_progress', 已完成: 'completed', 滞后: 'behind', 暂缓: 'suspended' },
  },
  {
    table: 'tasks',
    column: 'colour',
    values: ['red', 'yellow', 'blue', 'green', 'none'],
    legacy: { 红色预警: 'red', 黄色预警: 'yellow', 蓝色提示: 'blue', 正常: 'green', 不预警: 'none' },
  },
  {
    table: 'assignments',
    column: 'role',
    values: ['lead', 'participant'],
  },
  {
    table: 'indicators',
    column: 'comparator',
    values: ['>=', '<=', '=', 'decrease_by', 'increase_by'],
  },
  {
    table: 'comments',
    column: 'kind',
    values: ['comment', 'instruction'],
  },
  {
    table: 'reporting_periods',
    column: 'kind',
    values: ['monthly', 'quarterly', 'custom'],
  },
  {
    table: 'reports',
    column: 'status',
    values: ['submitted', 'returned', 'accepted'],
  },
  {
    table: 'report_evidence',
    column: 'storage',
    values: ['disk', 'db'],
  },
  {
    table: 'notices',
    column: 'status',
    values: ['open', 'replied', 'closed'],
  },
  {
    table: 'notifications',
    column: 'kind',
    values: [
      'task_adjusted',
      'task_removed',
      'instruction',
      'report_returned',
      'notice_received',
      'report_due',
      'deadline_passed',
      'score_published',
    ],
  },
  {
    table: 'assessment_periods',
    column: 'status',
    values: ['draft', 'self_assessment', 'scoring', 'locked'],
  },
  {
    table: 'bulletins',
    column: 'status',
    values: ['draft', 'issued'],
  },
  {
    table: 'bulletin_templates',
    column: 'scope',
    values: ['plan', 'jurisdiction'],
  },
  {
    table: 'delivery_channels',
    column: 'kind',
    values: ['dingtalk', 'wecom', 'email'],
  },
  {
    table: 'delivery_outbox',
    column: 'status',
    values: ['pending', 'sending', 'sent', 'failed'],
  },
  {
    table: 'delivery_outbox',
    column: 'event_kind',
    values: [
      'task_adjusted',
      'task_removed',
      'instruction',
      'report_returned',
      'notice_received',
      'report_due',
      'deadline_passed',
      'score_published',
      'test',
    ],
  },
];

/**
 * Status, role and kind columns accept only the codes core defines. Rows holding a zh-CN label of a code (what an
 * earlier writer might have stored) are rewritten to the code; any other stray value stops the migration, before it
 * changes anything, with a message naming the values, so the operator fixes the data instead of losing it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
export async function up(db: Kysely<any>): Promise<void> {
  const bad = await enumeratedViolations(db, ENUMERATED_COLUMNS_0180);
  if (bad.length) {
    const found = bad.map((v) => `${v.table}.${v.column} = '${v.value}' (${v.rows} 行)`).join('；');
    throw new Error(`数据库中有不允许的取值，请先修正后再升级：${found}`);
  }
  for (const c of ENUMERATED_COLUMNS_0180) {
    await mapLegacyValues(db, c);
    await enforceEnumeratedColumn(db, c);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
export async function down(db: Kysely<any>): Promise<void> {
  for (const c of ENUMERATED_COLUMNS_0180) await releaseEnumeratedColumn(db, c);
}
