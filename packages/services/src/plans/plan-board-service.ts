import type { PlanBoard } from '@duban/core';
import { findPlan, loadPlanBoard } from '@duban/storage';
import { readsDrafts, type Actor } from '../actor.js';
import type { ServiceContext } from '../context.js';
import { notFound } from '../errors.js';
import { cachedDashboard } from '../reporting/dashboard-cache.js';
import { refreshPlans } from '../reporting/supervision-service.js';

/**
 * The plan page's read of a whole plan: every task trimmed to what the page lists. One result per plan and day
 * is shared by all readers until the next committed write (see cachedDashboard), so a burst of readers of a
 * 1,000-task plan costs one load, and the same object is returned to each (the API encodes it once).
 */
export function createPlanBoardService(ctx: ServiceContext) {
  async function compute(planId: string): Promise<PlanBoard> {
    const p = await findPlan(ctx.db, planId);
    if (!p) throw notFound('plan', '计划不存在');
    if (p.status === 'published') await refreshPlans(ctx, [planId]);
    const rows = await loadPlanBoard(ctx.db, planId);
    return {
      plan: {
        id: p.id,
        title: p.title,
        docNumber: p.docNumber,
        planYear: p.planYear,
        reportingScope: p.reportingScope,
        status: p.status,
        version: p.version,
      },
      ...rows,
    };
  }

  return {
    /** Every task of a plan for the plan page (drafts only for admins and leaders). */
    async board(actor: Actor, planId: string): Promise<PlanBoard> {
      const today = ctx.today();
      const board = await cachedDashboard(ctx, `board|${today}|${planId}`, () => compute(planId));
      // Drafts are the office's working copies: others get "not found", not a hint that a draft exists.
      if (board.plan.status === 'draft' && !readsDrafts(actor)) throw notFound('plan', '计划不存在');
      return board;
    },
  };
}
