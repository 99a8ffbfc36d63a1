// Property: for any plan, reports, suspensions and day, every view counts the same tasks the same way — the
// dashboard, the task list's status/colour filters, the supervision page and the export rows (the CSV columns
// 状态/预警 are the list's statusLabel/colour). Safeguards and steps are counted in every view alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLOUR_LABELS, TASK_STATUS_LABELS, addDays } from '@duban/core';
import { migrateToLatest, openDatabase } from '@duban/storage';
import { createContext, createServices, systemActor } from '../../src/index.js';

const STATUSES = Object.keys(TASK_STATUS_LABELS);
const COLOURS = Object.keys(COLOUR_LABELS);
const PLAN = [
  '青川市全民健身行动2026年工作方案',
  '一、重点任务',
  '（一）推进全民健身场地设施建设。（牵头单位：市体育局）2026年12月底前完成。',
  '',
].join('\n');

const day = (from: string, maxDays: number) => fc.integer({ min: 0, max: maxDays }).map((n) => addDays(from, n));
const taskArb = fc.record({
  kind: fc.constantFrom('task', 'safeguard', 'step'),
  due: fc.option(day('2026-01-15', 400), { nil: null }),
  lead: fc.integer({ min: 0, max: 2 }),
  participants: fc.subarray([0, 1, 2]),
  suspended: fc.boolean(),
});
const reportArb = fc.record({
  task: fc.nat(),
  unit: fc.integer({ min: 0, max: 2 }),
  period: fc.nat(),
  on: day('2026-01-01', 420),
  percent: fc.integer({ min: 0, max: 100 }),
  decision: fc.constantFrom('accept', 'return', 'none'),
  claim: fc.boolean(),
});
const scenarioArb = fc.record({
  scope: fc.constantFrom('lead', 'all'),
  /** The day the plan is published and its periods set up (views before and after, on that same day). */
  setup: day('2026-01-01', 240),
  kind: fc.constantFrom('monthly', 'quarterly'),
  tasks: fc.array(taskArb, { minLength: 1, maxLength: 6 }),
  reports: fc.array(reportArb, { maxLength: 12 }),
  views: fc.array(day('2026-01-01', 480), { minLength: 1, maxLength: 3 }),
});

type Services = ReturnType<typeof createServices>;

async function viewsOf(services: Services, planId: string) {
  const dash = await services.reporting.dashboard(systemActor, { plan: planId });
  const sup = await services.reporting.supervision(systemActor, { plan: planId });
  const page = { page: 1, pageSize: 500 };
  const listStatus: Record<string, number> = {};
  for (const s of STATUSES) listStatus[s] = (await services.tasks.list(systemActor, { planId, status: [s] }, page)).total;
  const listColour: Record<string, number> = {};
  for (const c of COLOURS) listColour[c] = (await services.tasks.list(systemActor, { planId, colour: [c] }, page)).total;
  const rows = (await services.tasks.list(systemActor, { planId }, page)).items;
  const count = <T extends string>(keys: string[], of: (k: string) => T, values: T[]) =>
    Object.fromEntries(keys.map((k) => [k, values.filter((v) => v === of(k)).length]));
  return {
    total: {
      dashboard: dash.completion.total,
      supervision: sup.tasks.length,
      list: rows.length,
      kinds: Object.values(dash.byKind).reduce((a, b) => a + b, 0),
    },
    byStatus: {
      dashboard: dash.byStatus,
      list: listStatus,
      supervision: count(
        STATUSES,
        (s) => s,
        sup.tasks.map((t) => t.status as string),
      ),
      csv: count(
        STATUSES,
        (s) => TASK_STATUS_LABELS[s as keyof typeof TASK_STATUS_LABELS],
        rows.map((t) => t.statusLabel),
      ),
    },
    byColour: {
      dashboard: dash.byColour,
      list: listColour,
      supervision: sup.counts,
      csv: count(
        COLOURS,
        (c) => c,
        rows.map((t) => t.colour ?? 'none'),
      ),
    },
    byKind: {
      dashboard: dash.byKind,
      supervision: count(
        ['task', 'safeguard', 'step'],
        (k) => k,
        sup.tasks.map((t) => t.kind as string),
      ),
      list: count(
        ['task', 'safeguard', 'step'],
        (k) => k,
        rows.map((t) => t.kind),
      ),
    },
  };
}

describe('every view gives the same counts (property, services on SQLite)', () => {
  it('dashboard, task list filters, supervision page and export rows agree for random plans, reports and days', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (sc) => {
        const today = { value: sc.setup };
        const open = await openDatabase({ file: ':memory:' });
        try {
          await migrateToLatest(open.db);
          const services = createServices(createContext(open.db, 'secret-for-tests', { today: () => today.value }));
          const units: { id: string; name: string }[] = [];
          for (const name of ['市体育局', '市教育局', '市卫生健康委'])
            units.push(await services.units.create(systemActor, { name, kind: 'department', aliases: [], formerNames: [] }));
          const planId = (await services.plans.importPlan(systemActor, { fileName: 'p.txt', text: PLAN }, { createUnits: true })).id;
          const taskIds: string[] = [];
          for (const t of sc.tasks) {
            const participants = t.participants.filter((p) => p !== t.lead);
            const created = await services.tasks.create(systemActor, planId, {
              kind: t.kind as 'task',
              text: `事项${taskIds.length + 1}`,
              due: t.due ? [t.due] : [],
              ongoing: t.due === null,
              units: [
                { name: units[t.lead]!.name, unitId: units[t.lead]!.id, role: 'lead' },
                ...participants.map((p) => ({ name: units[p]!.name, unitId: units[p]!.id, role: 'participant' as const })),
              ],
            });
            taskIds.push(created.id);
          }
          const check = async () => {
            const seen = await viewsOf(services, planId);
            const n = seen.total.dashboard;
            expect(seen.total).toEqual({ dashboard: n, supervision: n, list: n, kinds: n });
            for (const by of [seen.byStatus, seen.byColour, seen.byKind])
              for (const counts of Object.values(by)) expect(counts).toEqual(by.dashboard);
          };
          await services.plans.publish(systemActor, planId);
          await check();
          const plan = await services.plans.get(systemActor, planId);
          await services.plans.update(systemActor, planId, { version: plan.version, reportingScope: sc.scope as 'lead' });
          await check();
          const periods = await services.reporting.createPeriods(systemActor, planId, {
            kind: sc.kind,
            start: '2026-01-01',
            end: '2026-12-31',
          });
          await check();
          for (const [i, t] of sc.tasks.entries())
            if (t.suspended) await services.reporting.setSuspension(systemActor, taskIds[i]!, { suspended: true, reason: '暂缓' });
          const reports = [...sc.reports]
            .map((r) => ({ ...r, on: r.on < sc.setup ? sc.setup : r.on }))
            .sort((a, b) => (a.on < b.on ? -1 : 1));
          let v = 0;
          const views = sc.views.filter((d) => d >= sc.setup).sort();
          for (const r of reports) {
            // Views interleave with the writes, on the days they fall on.
            while (v < views.length && views[v]! <= r.on) {
              today.value = views[v++]!;
              await check();
            }
            today.value = r.on;
            const period = periods[r.period % periods.length]!;
            const submitted = await services.reporting
              .submitReport(systemActor, {
                taskId: taskIds[r.task % taskIds.length]!,
                periodId: period.id,
                unitId: units[r.unit]!.id,
                narrative: '进展',
                percent: r.claim ? 100 : r.percent,
                completionClaim: r.claim,
              })
              .catch(() => null);
            if (submitted && r.decision === 'accept') await services.reporting.acceptReport(systemActor, submitted.id, {});
            if (submitted && r.decision === 'return')
              await services.reporting.returnReport(systemActor, submitted.id, { reason: '材料不全' });
          }
          for (; v < views.length; v++) {
            today.value = views[v]!;
            await check();
          }
        } finally {
          await open.close();
        }
      }),
      { numRuns: 30 },
    );
  }, 180_000);
});
