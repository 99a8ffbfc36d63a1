// Times office task edits and the whole-plan read through the service layer alone, at one 1,000-task plan
// (a development aid: no HTTP, one connection). Prints the per-call time and the tasks re-scored per edit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { colourRules, createContext, createServices, evaluatePlan, supervisionCounters, systemActor } from '@duban/services';
import { findPlan, loadPlanBoard, migrateToLatest, openDatabase, reportingDb } from '@duban/storage';
import { generateBigPlan } from './generate-big-plan.js';

const dir = mkdtempSync(path.join(tmpdir(), 'duban-edit-'));
const open = await openDatabase({ dataDir: dir });
try {
  await migrateToLatest(open.db);
  const plan = await generateBigPlan(reportingDb(open.db));
  const services = createServices(createContext(open.db, 'x', { today: () => plan.today }));
  const n = Number(process.env.EDITS ?? 300);
  const time = async (what: string, count: number, fn: (i: number) => Promise<unknown>) => {
    const evaluated = supervisionCounters.tasksEvaluated;
    const t = performance.now();
    for (let i = 0; i < count; i++) await fn(i);
    const ms = performance.now() - t;
    console.log(
      `${what}: ${count} in ${ms.toFixed(0)} ms, ${(ms / count).toFixed(2)} ms each; tasks re-scored per call ${((supervisionCounters.tasksEvaluated - evaluated) / count).toFixed(2)}`,
    );
  };
  const rules = await colourRules(open.db);
  await time('whole-plan re-score (what every edit ran before)', Number(process.env.RESCORES ?? 20), () =>
    evaluatePlan(open.db, plan.planId, plan.today, rules),
  );
  await time('task edit', n, (i) =>
    services.tasks.update(systemActor, plan.taskIds[i]!, { version: 1, text: `第${i}次修改：完善工作机制。`, reason: '措辞调整' }),
  );
  await time('bare SQL of the whole-plan read', 50, () =>
    Promise.all([findPlan(open.db, plan.planId), loadPlanBoard(open.db, plan.planId)]),
  );
  await time('whole-plan read (cached after the first)', 50, () => services.planBoard.board(systemActor, plan.planId));
} finally {
  await open.close();
  rmSync(dir, { recursive: true, force: true });
}
