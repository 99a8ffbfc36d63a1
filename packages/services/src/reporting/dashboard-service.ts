import {
  TASK_KIND_LABELS,
  TASK_STATUS_LABELS,
  type DashboardQuery,
  type DashboardView,
  type IndicatorComparator,
  indicatorAchievement,
} from '@duban/core';
import { dashboardAggregates, findPlan, latestIndicatorValues, plansOfJurisdiction } from '@duban/storage';
import type { Actor } from '../actor.js';
import type { ServiceContext } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { rdb, requireReader } from './access.js';
import { refreshPlans } from './supervision-service.js';
import { cachedDashboard } from './dashboard-cache.js';

const STATUSES = Object.keys(TASK_STATUS_LABELS);
const COLOURS = ['red', 'yellow', 'blue', 'green', 'none'];

/** The dashboard in one response. */
export type Dashboard = DashboardView;

/** The dashboard from indexed aggregates (status/colour refreshed first if stale), shared by concurrent readers until the next write. */
export async function getDashboard(ctx: ServiceContext, actor: Actor, q: DashboardQuery): Promise<Dashboard> {
  requireReader(actor);
  const db = rdb(ctx.db);
  let planIds: string[];
  if (q.plan) {
    const plan = await findPlan(ctx.db, q.plan);
    if (!plan || plan.status !== 'published') throw notFound('plan', '方案不存在或未发布');
    planIds = [q.plan];
  } else if (q.jurisdiction) {
    planIds = await plansOfJurisdiction(db, q.jurisdiction);
  } else {
    throw invalid('dashboard.scope_required', '请指定方案或行政区划');
  }
  const today = ctx.today();
  return cachedDashboard(ctx, `${today}|${planIds.join(',')}`, () => buildDashboard(ctx, planIds, today));
}

async function buildDashboard(ctx: ServiceContext, planIds: string[], today: string): Promise<Dashboard> {
  const db = rdb(ctx.db);
  await refreshPlans(ctx, planIds);
  const [agg, latest] = await Promise.all([dashboardAggregates(db, planIds, today), latestIndicatorValues(db, planIds)]);

  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  const byColour = Object.fromEntries(COLOURS.map((c) => [c, 0]));
  const byKind = Object.fromEntries(Object.keys(TASK_KIND_LABELS).map((k) => [k, 0]));
  let total = 0;
  let progressSum = 0;
  for (const r of agg.byStatusColour) {
    byStatus[r.status] = (byStatus[r.status] ?? 0) + r.count;
    byColour[r.colour ?? 'none'] = (byColour[r.colour ?? 'none'] ?? 0) + r.count;
    byKind[r.kind] = (byKind[r.kind] ?? 0) + r.count;
    total += r.count;
    progressSum += r.progressSum;
  }
  const leads = new Map<string, Dashboard['byLeadUnit'][number]>();
  for (const r of agg.byLeadUnit) {
    const e = leads.get(r.unitId) ?? {
      unitId: r.unitId,
      unitName: r.unitName,
      total: 0,
      byStatus: Object.fromEntries(STATUSES.map((s) => [s, 0])),
    };
    e.byStatus[r.status] = (e.byStatus[r.status] ?? 0) + r.count;
    e.total += r.count;
    leads.set(r.unitId, e);
  }
  const missingByUnit = new Map(agg.missingByUnit.map((m) => [m.unitId, m.missing]));
  const onTime = agg.reportsByUnit.map((r) => {
    const missing = missingByUnit.get(r.unitId) ?? 0;
    const expected = r.submitted + missing;
    return {
      unitId: r.unitId,
      unitName: r.unitName,
      submitted: r.submitted,
      onTime: r.onTime,
      missing,
      expected,
      rate: expected ? r.onTime / expected : null,
    };
  });
  const latestBy = new Map(latest.map((l) => [l.indicatorId, l.value]));
  const completed = byStatus.completed ?? 0;
  return {
    today,
    planIds,
    completion: { total, completed, completionRate: total ? completed / total : null, averageProgress: total ? progressSum / total : null },
    byStatus,
    byColour,
    byKind,
    byLeadUnit: [...leads.values()].sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName)),
    overdue: { total: agg.overdueTotal, items: agg.overdue },
    missingReports: { total: agg.missingTotal, items: agg.missing },
    indicators: agg.indicators.map((i) => {
      const v = latestBy.get(i.id);
      return {
        ...i,
        latest: v ?? null,
        achievement:
          v === undefined
            ? null
            : indicatorAchievement({
                comparator: i.comparator as IndicatorComparator,
                baseline: i.baseline,
                target: i.target,
                unit: i.unit,
                value: v,
              }),
      };
    }),
    onTime: onTime.sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2) || a.unitName.localeCompare(b.unitName)),
  };
}
