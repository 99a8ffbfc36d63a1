import { describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '@duban/storage';
import { colourRules, createContext, createServices, evaluatePlan, supervisionCounters, systemActor } from '../src/index.js';

const ITEMS = 12;
const PLAN = [
  '青川市健康行动2026年工作方案',
  '一、重点任务',
  ...Array.from(
    { length: ITEMS },
    (_, i) => `${i + 1}. 推进第${i + 1}项健康服务工作。（牵头单位：市卫生健康委；配合单位：市教育局）2026年${(i % 9) + 3}月底前完成。`,
  ),
  '',
].join('\n');

async function publishedPlan() {
  const open = await openDatabase({ file: ':memory:' });
  await migrateToLatest(open.db);
  const services = createServices(createContext(open.db, 'secret-for-tests', { today: () => '2026-06-15' }));
  const plan = await services.plans.importPlan(systemActor, { fileName: 'p.txt', text: PLAN }, { publish: true });
  await services.reporting.createPeriods(systemActor, plan.id, { kind: 'monthly', start: '2026-01-01', end: '2026-12-31' });
  return { open, services, plan };
}

/** Tasks re-scored by the colour rules while `fn` runs. */
async function evaluated(fn: () => Promise<unknown>): Promise<number> {
  const before = supervisionCounters.tasksEvaluated;
  await fn();
  return supervisionCounters.tasksEvaluated - before;
}

describe('incremental status after writes', () => {
  it('an edit of one task re-scores that task only, and stores what a whole-plan evaluation finds', async () => {
    const { open, services, plan } = await publishedPlan();
    expect(plan.tasks.filter((t) => t.kind === 'task')).toHaveLength(ITEMS);
    const task = plan.tasks.find((t) => t.kind === 'task')!;

    // Moving the deadline into the past makes the task overdue: its colour must change, and nothing else be re-scored.
    const n = await evaluated(() =>
      services.tasks.update(systemActor, task.id, { version: task.version, due: ['2026-02-28'], reason: '时限调整' }),
    );
    expect(n).toBe(1);
    const whole = await evaluatePlan(open.db, plan.id, '2026-06-15', await colourRules(open.db));
    const stored = await open.db
      .selectFrom('tasks')
      .select(['id', 'status', 'colour'])
      .where('plan_id', '=', plan.id)
      .where('kind', '=', 'task')
      .execute();
    const expected = whole.find((t) => t.id === task.id)!;
    expect(expected.colour).toBe('red');
    expect(stored.find((t) => t.id === task.id)).toEqual({ id: task.id, status: expected.status, colour: expected.colour });
    await open.close();
  });

  it('a wording edit re-scores nothing, and the stored colour still matches a whole-plan evaluation', async () => {
    const { open, services, plan } = await publishedPlan();
    const task = plan.tasks.find((t) => t.kind === 'task')!;
    const moved = await services.tasks.update(systemActor, task.id, { version: task.version, due: ['2026-02-28'], reason: '时限调整' });
    const n = await evaluated(() =>
      services.tasks.update(systemActor, task.id, {
        version: moved.version,
        text: '改写后的任务内容',
        title: '新标题',
        reason: '措辞调整',
      }),
    );
    expect(n).toBe(0);
    const whole = await evaluatePlan(open.db, plan.id, '2026-06-15', await colourRules(open.db));
    const stored = await open.db.selectFrom('tasks').select(['status', 'colour']).where('id', '=', task.id).executeTakeFirstOrThrow();
    const expected = whole.find((t) => t.id === task.id)!;
    expect(stored).toEqual({ status: expected.status, colour: 'red' });
    expect(expected.colour).toBe('red');
    await open.close();
  });

  it('adding a task re-scores the new task only', async () => {
    const { open, services, plan } = await publishedPlan();
    const n = await evaluated(() =>
      services.tasks.create(systemActor, plan.id, { text: '补充一项遗漏的任务', due: ['2026-11-30'], reason: '补充遗漏' }),
    );
    expect(n).toBe(1);
    await open.close();
  });

  it('a read after a task was marked stale re-scores the stale task, not the plan', async () => {
    const { open, services, plan } = await publishedPlan();
    await services.reporting.refreshPlans([plan.id]);
    const task = plan.tasks.find((t) => t.kind === 'task')!;
    await open.db.updateTable('tasks').set({ status_on: null }).where('id', '=', task.id).execute();
    // A write ends the freshness memo, as a report submission would.
    await services.units.create(systemActor, { name: '市体育局', kind: 'department', aliases: [], formerNames: [] });
    expect(await evaluated(() => services.reporting.refreshPlans([plan.id]))).toBe(1);
    await open.close();
  });
});
