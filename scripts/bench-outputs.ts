// Benchmark of the official outputs on a 100-task plan with 12 monthly periods of reports (SQLite in a temporary
// directory): the 情况通报 draft (gathering the figures), its .docx with charts, and the 任务清单 / 进展情况汇总表
// exports. Prints time (cold first run, then median and max of the warm runs) and memory (peak RSS, heap growth).
//   npm run bench:outputs -- [--runs 10] [--pdf]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBulletinDocx, createContext, createServices, docxToPdf, findOffice, systemActor } from '@duban/services';
import { listPeriods, migrateToLatest, openDatabase, reportingDb } from '@duban/storage';
import { generateBigPlan } from './bench/generate-big-plan.js';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 0) || 10;
const withPdf = args.includes('--pdf');

const dir = mkdtempSync(join(tmpdir(), 'duban-bench-outputs-'));
const open = await openDatabase({ dataDir: dir });

/** Peak RSS while `fn` runs, sampled every 5 ms (and before and after). */
async function measure<T>(fn: () => Promise<T>): Promise<{ ms: number; peakRss: number; heapDelta: number; value: T }> {
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = performance.now();
  try {
    const value = await fn();
    const ms = performance.now() - t0;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { ms, peakRss: peak, heapDelta: process.memoryUsage().heapUsed - heap0, value };
  } finally {
    clearInterval(timer);
  }
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

try {
  await migrateToLatest(open.db);
  const plan = await generateBigPlan(open.db as never, 10, 10, { start: '2026-01-01', end: '2026-12-31', today: '2027-01-10' });
  const services = createServices(createContext(open.db, 'bench', { today: () => plan.today }));
  const periods = await listPeriods(reportingDb(open.db), plan.planId);
  const last = periods[periods.length - 1]!;
  console.log(
    `plan: ${plan.counts.tasks} tasks, ${plan.counts.periods} periods, ${plan.counts.reports} reports (SQLite); ${runs} warm runs each`,
  );

  const generate = () => services.bulletins.generate(systemActor, { planId: plan.planId, periodId: last.id });
  const data = (await generate()).data;
  const rows: [string, () => Promise<number>][] = [
    ['bulletin draft (gather figures + store)', async () => JSON.stringify(await generate()).length],
    ['bulletin .docx with 2 charts (build)', async () => (await buildBulletinDocx(data)).length],
    ['bulletin .docx, text only (build)', async () => (await buildBulletinDocx(data, { charts: false })).length],
    [
      'bulletin end to end: generate + issue',
      async () => {
        const draft = await generate();
        await services.bulletins.issue(systemActor, draft.id, draft.version);
        return (await services.bulletins.file(systemActor, draft.id, 'docx')).bytes.length;
      },
    ],
    ['任务清单 .xlsx', async () => (await services.outputs.taskList(systemActor, plan.planId)).bytes.length],
    [
      '进展情况汇总表 .xlsx (one period)',
      async () => (await services.outputs.progressTable(systemActor, plan.planId, last.id)).bytes.length,
    ],
  ];
  if (withPdf && (await findOffice())) {
    const docx = await buildBulletinDocx(data);
    rows.push(['bulletin PDF (LibreOffice)', async () => (await docxToPdf(docx)).length]);
  }

  console.log('| output | cold | warm p50 | warm max | bytes | peak RSS | heap growth (p50) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, fn] of rows) {
    const cold = await measure(fn);
    const warm = [];
    for (let i = 0; i < (name.includes('PDF') ? Math.min(runs, 3) : runs); i++) warm.push(await measure(fn));
    const peak = Math.max(cold.peakRss, ...warm.map((w) => w.peakRss));
    console.log(
      `| ${name} | ${cold.ms.toFixed(0)} ms | ${median(warm.map((w) => w.ms)).toFixed(0)} ms | ${Math.max(...warm.map((w) => w.ms)).toFixed(0)} ms | ${cold.value.toLocaleString('en')} | ${mb(peak)} | ${mb(median(warm.map((w) => w.heapDelta)))} |`,
    );
  }
} finally {
  await open.close();
  rmSync(dir, { recursive: true, force: true });
}
