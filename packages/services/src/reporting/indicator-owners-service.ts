import type { IndicatorOwnersInput, IndicatorOwnersResult } from '@duban/core';
import {
  findPlan,
  findUnit,
  listIndicators,
  listOwedIndicatorValues,
  setIndicatorOwners,
  type OwedIndicatorValueRow,
  type ReportingDb,
} from '@duban/storage';
import { requireAdmin, type Actor } from '../actor.js';
import { write, type ServiceContext } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { rdb } from './access.js';

/** An indicator value a liaison's unit owes for an open period. */
export type OwedIndicatorValue = OwedIndicatorValueRow;

/** The indicator values a unit owes (its indicators × the open periods without a value). */
export function owedIndicatorValues(db: ReportingDb, unitId: string, today: string, planId?: string): Promise<OwedIndicatorValue[]> {
  return listOwedIndicatorValues(db, unitId, today, planId);
}

/**
 * Assigns the unit that reports the selected indicators (office; in review, bulk by section, or after
 * publishing). The owning unit's liaison is then asked for each period's value.
 */
export async function assignIndicatorOwners(
  ctx: ServiceContext,
  actor: Actor,
  planId: string,
  body: IndicatorOwnersInput,
): Promise<IndicatorOwnersResult> {
  requireAdmin(actor);
  return write(ctx, actor, async (tx, audit) => {
    if (!(await findPlan(tx, planId))) throw notFound('plan', '方案不存在');
    if (body.unitId && !(await findUnit(tx, body.unitId))) throw invalid('indicator.unit_unknown', '责任单位不存在');
    const known = new Set((await listIndicators(tx, { planId })).map((i) => i.id));
    const foreign = body.indicatorIds.filter((id) => !known.has(id));
    if (foreign.length > 0) throw invalid('indicator.not_in_plan', '指标不属于该方案', { indicatorIds: foreign });
    const before = (await listIndicators(tx, { planId }))
      .filter((i) => body.indicatorIds.includes(i.id))
      .map((i) => ({ id: i.id, leadUnitId: i.leadUnitId }));
    const updated = await setIndicatorOwners(rdb(tx), planId, body.indicatorIds, body.unitId);
    await audit('plan', planId, 'indicators.owner', before, { indicatorIds: body.indicatorIds, unitId: body.unitId });
    return { planId, unitId: body.unitId, updated };
  });
}
