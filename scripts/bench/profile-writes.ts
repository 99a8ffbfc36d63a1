// CPU and wall time per everyday write through the services alone (no HTTP, one connection), at one 1,000-task plan,
// with the statements each sends: a development aid that, unlike req/s, holds up on a busy shared machine. Usage:
//   node --conditions=source --import tsx scripts/bench/profile-writes.ts [sqlite|postgres]   (N=400 writes of each kind)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createContext, createServices, systemActor } from '@duban/services';
import { dropPostgresSchema, migrateToLatest, openDatabase, reportingDb } from '@duban/storage';
import { generateBigPlan } from './generate-big-plan.js';

const postgres = process.argv[2] === 'postgres';
const url = process.env.DUBAN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `dubanwrites_${process.pid}`;
const dir = mkdtempSync(path.join(tmpdir(), 'duban-writes-'));
let statements = 0;
const open = await openDatabase({ ...(postgres ? { url, schema } : { dataDir: dir }), onQuery: () => void statements++ });
try {
  await migrateToLatest(open.db);
  const plan = await generateBigPlan(reportingDb(open.db));
  const period = await reportingDb(open.db)
    .selectFrom('reporting_periods')
    .select('id')
    .where('plan_id', '=', plan.planId)
    .where('start_date', '<=', plan.today)
    .orderBy('seq', 'desc')
    .executeTakeFirstOrThrow();
  const services = createServices(createContext(open.db, 'x', { today: () => plan.today }));
  const n = Number(process.env.N ?? 400);
  const time = async (what: string, count: number, fn: (i: number) => Promise<unknown>) => {
    for (let i = 0; i < 20; i++) await fn(count + i);
    const sent = statements;
    const cpu = process.cpuUsage();
    const t = performance.now();
    for (let i = 0; i < count; i++) await fn(i);
    const used = process.cpuUsage(cpu);
    const wall = performance.now() - t;
    console.log(
      `${what}: CPU ${((used.user + used.system) / 1000 / count).toFixed(3)} ms, wall ${(wall / count).toFixed(3)} ms, ${((statements - sent) / count).toFixed(1)} statements each`,
    );
  };
  console.log(`${postgres ? 'PostgreSQL' : 'SQLite'}, load average ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
  await time('task edit', n, (i) =>
    services.tasks.update(systemActor, plan.taskIds[i]!, {
      version: 1,
      text: `第${i}次修改：完善工作机制，明确责任分工和时间节点。`,
      reason: '措辞调整',
    }),
  );
  await time('task comment', n, (i) => services.tasks.comment(systemActor, plan.taskIds[i]!, '请于本周内补充佐证材料。'));
  await time('report submission', Math.min(n, plan.assignments.length - 20), (i) =>
    services.reporting.submitReport(systemActor, {
      ...plan.assignments[i]!,
      periodId: period.id,
      narrative: '本月按计划推进,完成阶段任务。',
      percent: 50,
      completionClaim: false,
    }),
  );
} finally {
  await open.close();
  if (postgres) await dropPostgresSchema(url, schema);
  rmSync(dir, { recursive: true, force: true });
}
