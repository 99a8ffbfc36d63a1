import { implausibleValue, indicatorAchievement, type Achievement, type IndicatorComparator, type IndicatorValueInput } from '@duban/core';
import {
  findIndicator,
  findPeriod,
  findPlan,
  listIndicatorValues,
  unitServesPlan,
  upsertIndicatorValue,
  type Db,
  type IndicatorRecord,
  type IndicatorValueItem,
  type IndicatorValueRecord,
} from '@duban/storage';
import { readsDrafts, type Actor } from '../actor.js';
import { write, type ServiceContext } from '../context.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { actingUnit, rdb, requireReader } from './access.js';

/** Achievement of one number against the indicator's target. */
export function achievementOf(ind: Pick<IndicatorRecord, 'comparator' | 'baseline' | 'target' | 'unit'>, value: number): Achievement {
  return indicatorAchievement({
    comparator: ind.comparator as IndicatorComparator,
    baseline: ind.baseline,
    target: ind.target,
    unit: ind.unit,
    value,
  });
}

/** Refuses a value far outside the indicator's scale (HTTP 400 with the allowed range). */
export function requirePlausible(ind: Pick<IndicatorRecord, 'id' | 'name' | 'target' | 'baseline' | 'unit'>, value: number): void {
  const bad = implausibleValue(ind, value);
  if (bad)
    throw invalid(
      'indicator.value_implausible',
      `“${ind.name}”的填报值 ${value} 超出合理范围（目标 ${ind.target}${ind.unit}，绝对值不超过 ${bad.limit}），请核对`,
      { indicatorId: ind.id, value, limit: bad.limit },
    );
}

/**
 * Throws unless `unitId` may report values of the indicator: its lead unit when it has one, otherwise any unit
 * assigned to a task of its plan. The office acting for a unit is held to the same relation.
 */
export async function requireIndicatorReporter(db: Db, ind: Pick<IndicatorRecord, 'planId' | 'leadUnitId'>, unitId: string): Promise<void> {
  const related = ind.leadUnitId ? ind.leadUnitId === unitId : await unitServesPlan(db, ind.planId, unitId);
  if (!related)
    throw forbidden(
      'indicator.unit_not_related',
      ind.leadUnitId ? '只有该指标的牵头单位可以填报' : '本单位不承担该方案的任务，不能填报其指标',
    );
}

/** Reports an indicator value for a period (the liaison of the reporting unit, or the office). */
export async function reportIndicatorValue(
  ctx: ServiceContext,
  actor: Actor,
  indicatorId: string,
  body: IndicatorValueInput,
): Promise<IndicatorValueRecord & { achievement: Achievement }> {
  const unitId = actingUnit(actor, body.unitId);
  return write(ctx, actor, async (tx, audit) => {
    const ind = await findIndicator(tx, indicatorId);
    if (!ind) throw notFound('indicator', '指标不存在');
    const plan = await findPlan(tx, ind.planId);
    if (!plan || plan.status !== 'published') throw notFound('indicator', '指标不存在');
    await requireIndicatorReporter(tx, ind, unitId);
    requirePlausible(ind, body.value);
    const period = await findPeriod(rdb(tx), body.periodId);
    if (!period || period.planId !== ind.planId) throw invalid('period.not_in_plan', '报送周期不属于该方案');
    const { record, before } = await upsertIndicatorValue(rdb(tx), {
      planId: ind.planId,
      indicatorId,
      unitId,
      periodId: body.periodId,
      value: body.value,
      note: body.note ?? null,
      reportedBy: actor.userId || null,
    });
    await audit('indicator_value', record.id, before ? 'update' : 'create', before ?? null, record);
    return { ...record, achievement: achievementOf(ind, record.value) };
  });
}

/** An indicator with every reported value, each value's achievement and the latest achievement. */
export async function getIndicatorDetail(
  ctx: ServiceContext,
  actor: Actor,
  indicatorId: string,
): Promise<
  IndicatorRecord & {
    values: (IndicatorValueItem & { achievement: Achievement })[];
    latest: { value: number; periodLabel: string; achievement: Achievement } | null;
  }
> {
  requireReader(actor);
  const ind = await findIndicator(ctx.db, indicatorId);
  const plan = ind && (await findPlan(ctx.db, ind.planId));
  if (!ind || !plan || (plan.status !== 'published' && !readsDrafts(actor))) throw notFound('indicator', '指标不存在');
  const values = (await listIndicatorValues(rdb(ctx.db), indicatorId)).map((v) => ({ ...v, achievement: achievementOf(ind, v.value) }));
  const lastSeq = values.at(-1)?.periodSeq;
  const last = values.filter((v) => v.periodSeq === lastSeq);
  const latest = last.length
    ? {
        value: last.reduce((s, v) => s + v.value, 0) / last.length,
        periodLabel: last[0]!.periodLabel,
        achievement: achievementOf(ind, last.reduce((s, v) => s + v.value, 0) / last.length),
      }
    : null;
  return { ...ind, values, latest };
}
