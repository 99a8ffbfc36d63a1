// API benchmark: generates a synthetic province (100 cities × 5 plans × 100 tasks, a year of monthly
// reports ≈ 1.8M rows at --scale 1), starts the real server on loopback in a child process and measures,
// with autocannon, the task list page, the city dashboard and report submission on SQLite and PostgreSQL,
// each read endpoint also against its bare SQL run in-process. First, the everyday paths at one 1,000-task plan
// (scripts/bench/everyday.ts): whole-plan read, task edit, comment, report. Usage:
//   npm run bench:api -- [--part all|everyday|province] [--scale 0.1] [--db sqlite|postgres|both] [--duration 10]
//                        [--connections 10] [--writes 5000]
// `--part everyday` (or BENCH_PART=everyday) skips the province, whose generation takes minutes.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import {
  dashboardAggregates,
  dropPostgresSchema,
  insertPeriods,
  latestIndicatorValues,
  listTasks,
  migrateToLatest,
  openDatabase,
  plansOfJurisdiction,
  reportingDb,
  type OpenDatabase,
} from '@duban/storage';
import { generateProvince, scaledProvince, type Province } from './bench/generate-province.js';
import { ADMIN_PASSWORD, log, login, startChild, stopChild, type Row } from './bench/child.js';
import { benchEveryday } from './bench/everyday.js';
import { load, timeSql } from './bench/measure.js';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    db: { type: 'string', default: 'both' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    writes: { type: 'string', default: '5000' },
    part: { type: 'string', default: process.env.BENCH_PART ?? 'all' },
  },
});
const scale = Number(args.scale);
const duration = Math.min(60, Math.max(2, Number(args.duration)));
const connections = Math.min(100, Math.max(1, Number(args.connections)));
const pgUrl = process.env.DUBAN_TEST_PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SUBMISSIONS_MAX = Math.min(100_000, Math.max(100, Number(args.writes)));

/** Adds a January period to the first plans and returns their empty (task, unit, period) slots for the write test. */
async function prepareSubmissionSlots(
  open: OpenDatabase,
  province: Province,
  wanted: number,
): Promise<{ taskId: string; unitId: string; periodId: string }[]> {
  const db = reportingDb(open.db);
  const slots: { taskId: string; unitId: string; periodId: string }[] = [];
  for (const city of province.cities) {
    for (const planId of city.planIds) {
      if (slots.length >= wanted) return slots;
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
  }
  return slots;
}

async function benchDialect(dialect: 'sqlite' | 'postgres'): Promise<Row[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'duban-bench-'));
  const schema = `dubanbench_${process.pid}_${Date.now().toString(36)}`;
  const rows: Row[] = [];
  let open: OpenDatabase | null = await openDatabase(dialect === 'postgres' ? { url: pgUrl, schema } : { dataDir });
  let child: ChildProcess | null = null;
  try {
    await migrateToLatest(open.db);
    const size = scaledProvince(scale);
    log(`[${dialect}] generating ${size.cities} cities × ${size.plansPerCity} plans × ${size.tasksPerPlan} tasks …`);
    const t0 = Date.now();
    const province = await generateProvince(reportingDb(open.db), size, log);
    const genSeconds = (Date.now() - t0) / 1000;
    log(
      `[${dialect}] generated ${province.counts.reports} reports in ${genSeconds.toFixed(1)} s (${Math.round(province.counts.reports! / genSeconds)} rows/s)`,
    );
    const slots = await prepareSubmissionSlots(open, province, SUBMISSIONS_MAX);
    await sql`ANALYZE`.execute(open.db);
    if (dialect === 'sqlite') {
      await open.close();
      open = null;
    }
    const started = await startChild({
      BENCH_DATA_DIR: dataDir,
      BENCH_ADMIN_PASSWORD: ADMIN_PASSWORD,
      BENCH_TODAY: province.today,
      ...(dialect === 'postgres' ? { BENCH_DB_URL: pgUrl, BENCH_SCHEMA: schema } : {}),
    });
    child = started.child;
    const headers = await login(started.url);
    open ??= await openDatabase({ dataDir });
    const db = open.db;
    const plans = province.cities.flatMap((c) => c.planIds);
    const cities = province.cities.map((c) => c.id);
    let i = 0;
    const listPath = () => `/api/tasks?plan=${plans[i++ % plans.length]}&status=behind,in_progress&colour=red,yellow&page=1&pageSize=20`;
    const dashPath = () => `/api/dashboard?jurisdiction=${cities[i++ % cities.length]}`;

    // Reads: warm up, then c=1 (for the ratio to bare SQL) and c=N (throughput and tail latency).
    for (const [name, next, target, bare] of [
      [
        'task list page (filters)',
        listPath,
        30,
        (k: number) =>
          listTasks(
            db,
            { planId: plans[k % plans.length]!, status: ['behind', 'in_progress'], colour: ['red', 'yellow'], publishedOnly: true },
            { page: 1, pageSize: 20 },
          ),
      ],
      [
        'dashboard (city)',
        dashPath,
        50,
        async (k: number) => {
          const ids = await plansOfJurisdiction(reportingDb(db), cities[k % cities.length]!);
          return Promise.all([dashboardAggregates(reportingDb(db), ids, province.today), latestIndicatorValues(reportingDb(db), ids)]);
        },
      ],
    ] as const) {
      await load({ url: started.url, headers, connections: 2, duration: 2, next: () => ({ method: 'GET', path: next() }) });
      const single = await load({
        url: started.url,
        headers,
        connections: 1,
        duration: Math.max(2, duration / 2),
        next: () => ({ method: 'GET', path: next() }),
      });
      const sqlFig = await timeSql(200, bare);
      rows.push({ db: dialect, endpoint: `${name} c=1`, figures: single, sql: sqlFig });
      const many = await load({ url: started.url, headers, connections, duration, next: () => ({ method: 'GET', path: next() }) });
      rows.push({
        db: dialect,
        endpoint: `${name} c=${connections}`,
        figures: many,
        target: `p95 < ${target} ms`,
        pass: many.p95 < target && many.errors === 0,
      });
      // The same work with no cache in front: every call runs the queries, N callers at once, in this process.
      const cold = await timeSql(Math.max(100, connections * 20), (k) => bare(k + 7), connections);
      rows.push({ db: dialect, endpoint: `${name} bare SQL c=${connections} (uncached)`, figures: cold });
    }

    // Writes: each request takes a fresh slot; afterwards every 2xx must be a row.
    const before = Number(
      (
        await reportingDb(db)
          .selectFrom('reports')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    let s = 0;
    const amount = slots.length;
    const writes = await load({
      url: started.url,
      headers,
      connections,
      amount,
      next: () => {
        const slot = slots[s++];
        return slot
          ? {
              method: 'POST',
              path: '/api/reports',
              body: JSON.stringify({ ...slot, narrative: '本月按计划推进,完成阶段任务。', percent: 50 }),
            }
          : null;
      },
    });
    const after = Number(
      (
        await reportingDb(db)
          .selectFrom('reports')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const lost = writes.ok - (after - before);
    rows.push({
      db: dialect,
      endpoint: `report submission c=${connections} (${amount} slots; ${after - before} rows written, lost ${lost})`,
      figures: writes,
      target: dialect === 'sqlite' ? '≥ 1000 req/s, 0 lost' : '0 lost',
      pass: lost === 0 && writes.errors === 0 && (dialect !== 'sqlite' || writes.rps >= 1000),
    });
    rows.push({
      db: dialect,
      endpoint: `(generation: ${province.counts.reports} reports, ${province.counts.tasks} tasks in ${genSeconds.toFixed(0)} s)`,
      figures: {
        requests: 0,
        ok: 0,
        errors: 0,
        rps: province.counts.reports! / genSeconds,
        p50: Number.NaN,
        p95: Number.NaN,
        p99: Number.NaN,
      },
    });
    return rows;
  } finally {
    await stopChild(child);
    if (open) await open.close();
    if (dialect === 'postgres') await dropPostgresSchema(pgUrl, schema).catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function fmt(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '—';
}

function printTable(rows: Row[]): void {
  console.log(
    `\nbench:api  scale ${scale} (${scaledProvince(scale).cities} cities), ${connections} connections, ${duration} s per read run, loopback\n`,
  );
  console.log(
    ['db', 'endpoint', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'bytes', 'SQL p50', 'SQL p95', 'HTTP/SQL p50', 'target', 'ok'].join(
      ' | ',
    ),
  );
  for (const r of rows) {
    const f = r.figures;
    console.log(
      [
        r.db,
        r.endpoint,
        fmt(f.rps, 0),
        fmt(f.p50),
        fmt(f.p95),
        fmt(f.p99),
        f.errors,
        f.bytes === undefined ? '' : fmt(f.bytes, 0),
        r.sql ? fmt(r.sql.p50, 2) : '',
        r.sql ? fmt(r.sql.p95, 2) : '',
        r.sql ? `${fmt(f.p50 / r.sql.p50, 2)}×` : '',
        r.target ?? '',
        r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL',
      ].join(' | '),
    );
  }
}

const dialects: ('sqlite' | 'postgres')[] = args.db === 'both' ? ['sqlite', 'postgres'] : [args.db as 'sqlite' | 'postgres'];
const all: Row[] = [];
for (const d of dialects) {
  const rows: Row[] = [];
  if (args.part !== 'province') rows.push(...(await benchEveryday(d, { duration, connections, pgUrl })));
  if (args.part !== 'everyday') rows.push(...(await benchDialect(d)));
  all.push(...rows);
  // Each database's figures as soon as they exist (a long run may be cut short).
  if (dialects.length > 1) printTable(rows);
}
printTable(all);
