import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, scoreAssessment } from '@duban/core';
import { migrateToLatest, openDatabase, reportingDb } from '@duban/storage';
import { createContext, createServices, gatherAssessmentFacts, systemActor, type Actor } from '../src/index.js';

const PLAN = [
  '青川市健康行动2026年工作方案',
  '一、重点任务',
  '1. 组建健康科普专家库。（牵头单位：市卫生健康委；配合单位：市教育局）2026年4月底前完成。',
  '2. 开展学生视力筛查。（牵头单位：市教育局）2026年5月底前完成。',
  '',
].join('\n');

// The facts the scoring reads come from the same task-state rules every view uses, on the cut-off day: a task the
// office accepted as done before its deadline earns its points, owes no reports after it was done, and an open
// task past its deadline costs them.
describe('gatherAssessmentFacts', () => {
  it('derives task states on the cut-off day and stops owing reports once a task is done', async () => {
    const open = await openDatabase({ file: ':memory:' });
    await migrateToLatest(open.db);
    let today = '2026-03-10';
    const services = createServices(createContext(open.db, 'secret-for-tests', { today: () => today }));
    const plan = await services.plans.importPlan(systemActor, { fileName: 'p.txt', text: PLAN }, { publish: true, createUnits: true });
    const [t1, t2] = plan.tasks;
    const health = t1!.units.find((u) => u.role === 'lead')!.unitId!;
    await services.reporting.createPeriods(systemActor, plan.id, {
      kind: 'monthly',
      start: '2026-03-01',
      end: '2026-12-31',
      due: { kind: 'day_of_last_month', day: 28 },
      graceDays: 3,
    });
    const periods = await services.reporting.listPeriods(systemActor, plan.id);
    const liaison: Actor = { userId: '', username: 'liaison', roles: [{ role: 'liaison', unitId: health }], via: 'system' };
    const claim = await services.reporting.submitReport(liaison, {
      taskId: t1!.id,
      periodId: periods[0]!.id,
      narrative: '专家库已组建。',
      percent: 100,
      completionClaim: true,
    });
    await services.reporting.acceptReport(systemActor, claim.id, {});
    // Acceptance stamps the wall clock; the scenario's calendar says it happened on 25 March.
    await reportingDb(open.db).updateTable('tasks').set({ completed_at: '2026-03-25T02:00:00.000Z' }).where('id', '=', t1!.id).execute();

    today = '2026-07-10';
    const period = await services.assessment.createPeriod(systemActor, plan.id, { name: '上半年', start: '2026-01-01', end: '2026-06-30' });
    const facts = await gatherAssessmentFacts(open.db, { ...period, createdBy: null, lockedBy: null }, today);
    expect(facts.end).toBe('2026-06-30');
    expect(facts.tasks.map((t) => [t.id, t.status, t.completedOn])).toEqual([
      [t1!.id, 'completed', '2026-03-25'],
      [t2!.id, 'behind', null],
    ]);
    // Task 1 owed its March report only; task 2 is owed by its lead every month from March to June.
    expect(facts.reportSlots.filter((s) => s.taskId === t1!.id).map((s) => s.label.split(' / ')[1])).toEqual(['2026年3月']);
    expect(facts.reportSlots.filter((s) => s.taskId === t2!.id)).toHaveLength(4);

    const byUnit = new Map(scoreAssessment(DEFAULT_RUBRIC, facts).map((s) => [s.unitName, s]));
    expect(byUnit.get('市卫生健康委')!.lines.map((l) => [l.ruleId, l.points])).toEqual([
      ['task-on-time', 5],
      ['report-on-time', 1],
    ]);
    // 教育局: half the on-time points as the participant of task 1; task 2 overdue; March to May missing (June's window is still open).
    expect(byUnit.get('市教育局')!.lines.map((l) => [l.ruleId, l.points])).toEqual([
      ['task-on-time', 2.5],
      ['task-overdue', -2],
      ['report-missing', -2],
      ['report-missing', -2],
      ['report-missing', -2],
    ]);
    await open.close();
  });
});
