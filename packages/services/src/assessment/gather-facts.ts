import { type AssessedReportSlot, type AssessmentFacts, type IndicatorComparator } from '@duban/core';
import {
  assessmentDb,
  loadAssessmentFacts,
  loadPlanSupervision,
  reportingDb,
  unitNamesById,
  type AssessmentPeriodRecord,
  type Db,
} from '@duban/storage';
import { colourRules, evaluatePlan } from '../reporting/supervision-service.js';

/** The cut-off the facts are read at: the period's end, or today while the period is still running. */
export function cutOff(period: Pick<AssessmentPeriodRecord, 'end'>, today: string): string {
  return today < period.end ? today : period.end;
}

/**
 * Everything the pure scoring needs for one period: task states derived on the cut-off day with the one
 * definition every view uses (evaluatePlan → deriveTaskState), report slots of the reporting periods due inside
 * the assessment period, returns, indicators with their latest value, 督办单, and the office's bonuses and vetoes.
 */
export async function gatherAssessmentFacts(db: Db, period: AssessmentPeriodRecord, today: string): Promise<AssessmentFacts> {
  const end = cutOff(period, today);
  const [raw, states, supervision] = await Promise.all([
    loadAssessmentFacts(assessmentDb(db), period.planId, end),
    evaluatePlan(db, period.planId, end, await colourRules(db)),
    loadPlanSupervision(reportingDb(db), period.planId),
  ]);
  const unitsById = new Map(supervision.tasks.flatMap((t) => t.units.map((u) => [u.unitId, u.name] as const)));
  const label = new Map(states.map((t) => [t.id, [t.number, t.title].filter(Boolean).join(' ') || '（无标题）']));
  const periodLabel = new Map(supervision.periods.map((p) => [p.id, p.label]));
  const slots: AssessedReportSlot[] = [];
  for (const t of states) {
    const done = raw.completedOn.get(t.id);
    for (const p of supervision.periods) {
      // A finished task owes no reports for periods that start after it was done.
      if (p.due < period.start || p.due > period.end || (done && p.start > done)) continue;
      for (const u of t.owingUnits) {
        const r = raw.reports.get(`${t.id}|${u.unitId}|${p.id}`);
        slots.push({
          taskId: t.id,
          unitId: u.unitId,
          label: `${label.get(t.id)} / ${p.label}`,
          start: p.start,
          due: p.due,
          windowEnd: p.windowEnd,
          reportId: r?.id ?? null,
          submittedOn: r?.submittedOn ?? null,
          onTime: r ? r.onTime : null,
        });
      }
    }
  }
  // Units scored: every unit with a task, an indicator or a notice in the plan, and any the office named.
  const names = new Map(raw.units.map((u) => [u.unitId, u.name]));
  for (const [id, name] of unitsById) if (!names.has(id)) names.set(id, name);
  const extra = [
    ...raw.indicators.map((i) => i.ownerUnitId),
    ...raw.notices.map((n) => n.unitId),
    ...period.bonuses.map((b) => b.unitId),
    ...period.vetoes.map((v) => v.unitId),
  ].filter((id): id is string => !!id && !names.has(id));
  if (extra.length) {
    for (const [id, name] of await unitNamesById(db, extra)) names.set(id, name);
  }
  const taskUnits = new Map(supervision.tasks.map((t) => [t.id, t.units.map((u) => ({ unitId: u.unitId, role: u.role }))]));
  return {
    start: period.start,
    end,
    units: [...names].map(([unitId, name]) => ({ unitId, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    tasks: states.map((t) => ({
      id: t.id,
      label: label.get(t.id)!,
      due: t.due,
      status: t.status,
      completedOn: raw.completedOn.get(t.id) ?? null,
      units: taskUnits.get(t.id) ?? [],
    })),
    reportSlots: slots,
    returns: raw.returns.map((r) => ({
      reportId: r.reportId,
      taskId: r.taskId,
      unitId: r.unitId,
      due: r.due,
      on: r.on,
      label: `${label.get(r.taskId) ?? ''} / ${periodLabel.get(r.periodId) ?? ''}`,
    })),
    indicators: raw.indicators.map((i) => ({ ...i, comparator: i.comparator as IndicatorComparator })),
    notices: raw.notices,
    bonuses: period.bonuses,
    vetoes: period.vetoes,
  };
}
