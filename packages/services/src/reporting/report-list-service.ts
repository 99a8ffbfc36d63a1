import type { ReportListFilter } from '@duban/core';
import { listEmptySlots, listReports, type MissingSlot, type PageRequest, type PageResult, type ReportListItem } from '@duban/storage';
import { liaisonUnits, type Actor } from '../actor.js';
import type { ServiceContext } from '../context.js';
import { rdb, readsAllReports, requireReader } from './access.js';

/** Either submitted reports or, with missing=true, owed slots past their window with nothing submitted. */
export type ReportListResult = ({ kind: 'reports' } & PageResult<ReportListItem>) | ({ kind: 'missing' } & PageResult<MissingSlot>);

/** Lists reports with filters; liaisons never see other units' returned reports. */
export async function listReportsFor(ctx: ServiceContext, actor: Actor, q: ReportListFilter, page: PageRequest): Promise<ReportListResult> {
  requireReader(actor);
  const yes = (flag: string | undefined) => (flag === undefined ? undefined : flag === 'true' || flag === '1');
  const late = yes(q.late);
  const db = rdb(ctx.db);
  if (yes(q.missing)) {
    const res = await listEmptySlots(
      db,
      {
        ...(q.plan ? { planId: q.plan } : {}),
        ...(q.unit ? { unitId: q.unit } : {}),
        ...(q.period ? { periodId: q.period } : {}),
        windowBefore: ctx.today(),
      },
      page,
    );
    return { kind: 'missing', ...res };
  }
  const viewer = readsAllReports(actor) ? undefined : liaisonUnits(actor);
  const res = await listReports(
    db,
    {
      ...(q.plan ? { planId: q.plan } : {}),
      ...(q.unit ? { unitId: q.unit } : {}),
      ...(q.period ? { periodId: q.period } : {}),
      ...(q.task ? { taskId: q.task } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(late !== undefined ? { late } : {}),
      ...(q.jurisdiction ? { jurisdictionId: q.jurisdiction } : {}),
      ...(viewer ? { viewerUnitIds: viewer } : {}),
    },
    page,
  );
  return { kind: 'reports', ...res };
}

/** CSV columns (header → value) for a report row. */
export const REPORT_CSV_COLUMNS: [string, (r: ReportListItem) => string | number][] = [
  ['任务编号', (r) => r.taskNumber ?? ''],
  ['任务', (r) => r.taskTitle ?? ''],
  ['报送单位', (r) => r.unitName],
  ['报送周期', (r) => r.periodLabel],
  ['截止日期', (r) => r.periodDue],
  ['进度(%)', (r) => r.percent],
  ['申请办结', (r) => (r.completionClaim ? '是' : '否')],
  ['状态', (r) => ({ submitted: '待审核', returned: '已退回', accepted: '已通过' })[r.status]],
  ['按时报送', (r) => (r.onTime ? '是' : '否')],
  ['退回理由', (r) => r.returnReason ?? ''],
  ['工作进展', (r) => r.narrative],
  ['报送时间', (r) => r.submittedAt],
];

/** CSV columns for a missing slot row. */
export const MISSING_CSV_COLUMNS: [string, (r: MissingSlot) => string | number][] = [
  ['任务编号', (r) => r.taskNumber ?? ''],
  ['任务', (r) => r.taskTitle ?? ''],
  ['应报单位', (r) => r.unitName],
  ['报送周期', (r) => r.periodLabel],
  ['截止日期', (r) => r.due],
  ['补报截止', (r) => r.windowEnd],
];
