// The everyday paths at the scale of one large plan (1,000 tasks, 10 sections × 100): the whole-plan read the plan
// page makes (c=1 against its bare SQL, and c=N), the full plan detail for comparison, an office edit of one task,
// a comment and a report submission, each against the real server in a child process, with gzip accepted.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { dropPostgresSchema, findPlan, loadPlanBoard, migrateToLatest, openDatabase, reportingDb, type OpenDatabase } from '@duban/storage';
import { ADMIN_PASSWORD, log, login, startChild, stopChild, type Row } from './child.js';
import { generateBigPlan } from './generate-big-plan.js';
import { load, timeSql } from './measure.js';

/** Run settings shared with the province benchmark. */
export interface EverydayOptions {
  duration: number;
  connections: number;
  pgUrl: string;
}

const KB = 1024;

/** A pause between runs: requests still queued in the server when a run stops must not count against the next. */
function settle(): Promise<void> {
  return new Promise((r) => setTimeout(r, 1500));
}

/** Measures the everyday paths on one database; returns the table rows. */
export async function benchEveryday(dialect: 'sqlite' | 'postgres', o: EverydayOptions): Promise<Row[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'duban-bench-plan-'));
  const schema = `dubanplan_${process.pid}_${Date.now().toString(36)}`;
  const rows: Row[] = [];
  let open: OpenDatabase | null = await openDatabase(dialect === 'postgres' ? { url: o.pgUrl, schema } : { dataDir });
  let child: ChildProcess | null = null;
  const c = o.connections;
  try {
    await migrateToLatest(open.db);
    const t0 = Date.now();
    const plan = await generateBigPlan(reportingDb(open.db));
    log(
      `[${dialect}] everyday: one plan of ${plan.counts.tasks} tasks, ${plan.counts.periods} periods, ${plan.counts.reports} reports in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    const period = await reportingDb(open.db)
      .selectFrom('reporting_periods')
      .select('id')
      .where('plan_id', '=', plan.planId)
      .where('start_date', '<=', plan.today)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    await sql`ANALYZE`.execute(open.db);
    if (dialect === 'sqlite') {
      await open.close();
      open = null;
    }
    const started = await startChild({
      BENCH_DATA_DIR: dataDir,
      BENCH_ADMIN_PASSWORD: ADMIN_PASSWORD,
      BENCH_TODAY: plan.today,
      ...(dialect === 'postgres' ? { BENCH_DB_URL: o.pgUrl, BENCH_SCHEMA: schema } : {}),
    });
    child = started.child;
    const headers = { ...(await login(started.url)), 'accept-encoding': 'gzip' };
    open ??= await openDatabase({ dataDir });
    const db = open.db;
    const url = started.url;
    const board = `/api/plans/${plan.planId}/board`;

    // Whole-plan read: warm up, c=1 against the same read as bare SQL in this process, then c=N.
    await load({ url, headers, connections: 2, duration: 2, next: () => ({ method: 'GET', path: board }) });
    const single = await load({
      url,
      headers,
      connections: 1,
      duration: Math.max(2, o.duration / 2),
      next: () => ({ method: 'GET', path: board }),
    });
    const bare = await timeSql(100, async () => Promise.all([findPlan(db, plan.planId), loadPlanBoard(db, plan.planId)]));
    rows.push({ db: dialect, endpoint: 'whole plan (1,000 tasks) c=1', figures: single, sql: bare });
    const many = await load({ url, headers, connections: c, duration: o.duration, next: () => ({ method: 'GET', path: board }) });
    const rpsTarget = dialect === 'sqlite' ? 200 : 0;
    rows.push({
      db: dialect,
      endpoint: `whole plan (1,000 tasks) c=${c}`,
      figures: many,
      target: `${rpsTarget ? `≥ ${rpsTarget} req/s, ` : ''}p95 ≤ 60 ms, ≤ 100 KB gzip`,
      pass: many.errors === 0 && many.rps >= rpsTarget && many.p95 <= 60 && (many.bytes ?? Infinity) <= 100 * KB,
    });
    const bareMany = await timeSql(c * 20, async () => Promise.all([findPlan(db, plan.planId), loadPlanBoard(db, plan.planId)]), c);
    rows.push({ db: dialect, endpoint: `whole plan bare SQL c=${c} (uncached)`, figures: bareMany });
    await settle();

    // Office edits: a different task each time, each with its current version, so none conflicts.
    const versions = new Map(plan.taskIds.map((id) => [id, 1]));
    let e = 0;
    const edits = await load({
      url,
      headers,
      connections: c,
      duration: o.duration,
      next: () => {
        const id = plan.taskIds[e++ % plan.taskIds.length]!;
        const version = versions.get(id)!;
        versions.set(id, version + 1);
        return {
          method: 'PATCH',
          path: `/api/tasks/${id}`,
          body: JSON.stringify({ version, text: `第${e}次修改：完善工作机制，明确责任分工和时间节点。`, reason: '措辞调整' }),
        };
      },
    });
    const editTarget = dialect === 'sqlite' ? 500 : 300;
    await settle();
    rows.push({
      db: dialect,
      endpoint: `task edit c=${c}`,
      figures: edits,
      target: `≥ ${editTarget} req/s${dialect === 'sqlite' ? ', p95 ≤ 30 ms' : ''}`,
      pass: edits.errors === 0 && edits.rps >= editTarget && (dialect !== 'sqlite' || edits.p95 <= 30),
    });

    let k = 0;
    const comments = await load({
      url,
      headers,
      connections: c,
      duration: o.duration,
      next: () => ({
        method: 'POST',
        path: `/api/tasks/${plan.taskIds[k++ % plan.taskIds.length]}/comments`,
        body: JSON.stringify({ body: '请于本周内补充佐证材料。' }),
      }),
    });
    rows.push({ db: dialect, endpoint: `task comment c=${c}`, figures: comments });
    await settle();

    let r = 0;
    const reports = await load({
      url,
      headers,
      connections: c,
      amount: plan.assignments.length,
      next: () => {
        const slot = plan.assignments[r++];
        return slot
          ? {
              method: 'POST',
              path: '/api/reports',
              body: JSON.stringify({ ...slot, periodId: period.id, narrative: '本月按计划推进,完成阶段任务。', percent: 50 }),
            }
          : null;
      },
    });
    rows.push({ db: dialect, endpoint: `report submission c=${c} (${plan.assignments.length} slots)`, figures: reports });
    await settle();

    // The read again after the writes: the first re-scores the tasks the reports marked stale and refills the
    // cache (timed alone), the rest share it.
    const first = await load({ url, headers, connections: 1, amount: 1, next: () => ({ method: 'GET', path: board }) });
    rows.push({ db: dialect, endpoint: 'whole plan, first read after the writes (re-scores stale tasks)', figures: first });
    const after = await load({
      url,
      headers,
      connections: c,
      duration: Math.max(2, o.duration / 2),
      next: () => ({ method: 'GET', path: board }),
    });
    rows.push({ db: dialect, endpoint: `whole plan after the writes c=${c}`, figures: after });
    await settle();

    // Last, as it leaves the server busy for seconds after the run: the full plan detail the page read before.
    const detail = await load({
      url,
      headers,
      connections: c,
      duration: o.duration,
      next: () => ({ method: 'GET', path: `/api/plans/${plan.planId}` }),
    });
    rows.push({ db: dialect, endpoint: `plan detail (every field; the former page read) c=${c}`, figures: detail });
    return rows;
  } finally {
    await stopChild(child);
    if (open) await open.close();
    if (dialect === 'postgres') await dropPostgresSchema(o.pgUrl, schema).catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
