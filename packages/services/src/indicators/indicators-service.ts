import type { IndicatorView } from '@duban/core';
import { findIndicator, findPlan, findUnit, listIndicators, updateIndicator, type IndicatorFields } from '@duban/storage';
import { readsDrafts, requireAdmin, type Actor } from '../actor.js';
import { write, type ServiceContext } from '../context.js';
import { conflict, invalid, notFound } from '../errors.js';
import { presentIndicator } from '../presenters.js';

/** Plan indicators (targets); their periodic values belong to the reporting module. */
export function createIndicatorsService(ctx: ServiceContext) {
  return {
    /** Indicators the actor may see, optionally of one plan. */
    async list(actor: Actor, f: { planId?: string }): Promise<IndicatorView[]> {
      return (await listIndicators(ctx.db, { ...f, publishedOnly: !readsDrafts(actor) })).map(presentIndicator);
    },

    /** Edits an indicator (admin) if `version` is current. */
    async update(actor: Actor, id: string, patch: IndicatorFields & { version: number }): Promise<IndicatorView> {
      requireAdmin(actor);
      return write(ctx, actor, async (tx, audit) => {
        const before = await findIndicator(tx, id);
        if (!before || !(await findPlan(tx, before.planId))) throw notFound('indicator', '指标不存在');
        if (patch.leadUnitId && !(await findUnit(tx, patch.leadUnitId))) throw invalid('indicator.unit_unknown', '牵头单位不存在');
        const { version, ...fields } = patch;
        if (!(await updateIndicator(tx, id, version, fields))) throw conflict('indicator', presentIndicator(before));
        const after = (await findIndicator(tx, id))!;
        await audit('indicator', id, 'update', before, after);
        return presentIndicator(after);
      });
    },
  };
}
