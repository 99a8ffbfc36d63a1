// Times report submission through the service layer alone (a development aid: no HTTP, one connection).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createContext, createServices, systemActor } from '@duban/services';
import { insertPeriods, migrateToLatest, openDatabase, reportingDb } from '@duban/storage';
import { generateProvince, scaledProvince } from './generate-province.js';

const dir = mkdtempSync(path.join(tmpdir(), 'duban-submit-'));
const open = await openDatabase({ dataDir: dir });
try {
  await migrateToLatest(open.db);
  const db = reportingDb(open.db);
  const province = await generateProvince(db, { ...scaledProvince(0.01), plansPerCity: 2 });
  const slots: { taskId: string; unitId: string; periodId: string }[] = [];
  for (const planId of province.cities[0]!.planIds) {
    // Every unit of a task owes a report, as in the everyday benchmark (plans default to the lead unit only).
    await open.db.updateTable('plans').set({ reporting_scope: 'all' }).where('id', '=', planId).execute();
    const [p] = await insertPeriods(db, planId, [
      { kind: 'custom', label: '2027年1月', start: '2027-01-01', end: '2027-01-31', due: '2027-01-28', windowEnd: '2027-01-31' },
    ]);
    const rows = await db
      .selectFrom('assignments as a')
      .innerJoin('tasks as t', 't.id', 'a.task_id')
      .select(['a.task_id', 'a.unit_id'])
      .where('t.plan_id', '=', planId)
      .where('t.completed_at', 'is', null)
      .execute();
    for (const r of rows) slots.push({ taskId: r.task_id, unitId: r.unit_id!, periodId: p!.id });
  }
  const services = createServices(createContext(open.db, 'x', { today: () => province.today }));
  const t = performance.now();
  for (const s of slots)
    await services.reporting.submitReport(systemActor, { ...s, narrative: '推进中', percent: 50, completionClaim: false });
  const ms = performance.now() - t;
  console.log(
    `${slots.length} submissions in ${ms.toFixed(0)} ms: ${(ms / slots.length).toFixed(3)} ms each, ${Math.round((slots.length / ms) * 1000)} /s`,
  );
} finally {
  await open.close();
  rmSync(dir, { recursive: true, force: true });
}
