// Intake benchmark: starts the real server (SQLite) in a child process and imports, one after another, a
// 15 MB text, a valid plan of 2,000 tasks and the hostile files of the intake tests, while two probes call
// /api/health and the task list (a signed-in page of 50) back to back (after one warm-up import that starts the
// parse workers). Prints each import's answer and time, both probes' p50/p95/max during each import and overall,
// the target (p95 ≤ 50 ms for both while the 15 MB document is imported), and the server's peak RSS (VmHWM).
// Usage: npm run bench:intake
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  docxBomb,
  docxZip64Claim,
  inflatingStreamPdf,
  longPlan,
  longText,
  manyPagesPdf,
} from '../packages/core/test/support/hostile-documents.js';

const ADMIN_PASSWORD = 'Bench-Admin-Pass-2026';
const dataDir = mkdtempSync(path.join(tmpdir(), 'duban-bench-intake-'));
const child = spawn(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', path.join(import.meta.dirname, 'bench', 'serve-child.ts')],
  {
    env: { ...process.env, BENCH_DATA_DIR: dataDir, BENCH_ADMIN_PASSWORD: ADMIN_PASSWORD },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const url = await new Promise<string>((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('server did not start within 120 s')), 120_000);
  createInterface({ input: child.stdout! }).on('line', (l) => {
    const u = (JSON.parse(l) as { url?: string }).url;
    if (u) {
      clearTimeout(timer);
      resolve(u);
    }
  });
});

/** The server process's peak resident set (worker threads included), MB. */
const peakRssMb = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const login = await fetch(`${url}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;

type Sample = { at: number; ms: number; ok: boolean };
const samples: Sample[] = [];
const listSamples: Sample[] = [];
let probing = true;
const probeLoop = async (into: Sample[], path: string, headers: Record<string, string>) => {
  while (probing) {
    const t0 = performance.now();
    const ok = await fetch(`${url}${path}`, { headers }).then(
      async (r) => (await r.arrayBuffer(), r.ok),
      () => false,
    );
    into.push({ at: t0, ms: performance.now() - t0, ok });
  }
};
const probe = Promise.all([probeLoop(samples, '/api/health', {}), probeLoop(listSamples, '/api/tasks?pageSize=50', { cookie })]);

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
const figures = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `n=${String(s.length).padStart(4)}  p50 ${pct(s, 0.5).toFixed(1).padStart(6)} ms  p95 ${pct(s, 0.95).toFixed(1).padStart(6)} ms  max ${(s.at(-1) ?? NaN).toFixed(1).padStart(7)} ms`;
};

const files: [string, Uint8Array][] = [
  ['15mb.txt', longText(15)],
  ['plan-2000.txt', Buffer.from(longPlan(2000))],
  ['bomb-100mb.docx', docxBomb(100)],
  ['zip64-3.5gb.docx', docxZip64Claim(3.5)],
  ['pages-20000.pdf', manyPagesPdf(20_000)],
  ['stream-600mb.pdf', await inflatingStreamPdf(600)],
];
const rows: string[] = [];
const all: number[] = [];
const allList: number[] = [];
let target = '';
const hostile: number[] = [];
// Warm-up: the first import starts the parse workers (seconds from sources under tsx; built code starts faster).
const warm = await fetch(`${url}/api/plans/import`, {
  method: 'POST',
  headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
  body: JSON.stringify({ fileName: 'warm.txt', text: '一、重点任务\n1. 加强健康促进。（牵头单位：市卫生健康委）' }),
});
if (warm.status !== 201) throw new Error(`warm-up import failed: ${warm.status}`);
await new Promise((r) => setTimeout(r, 500));
for (const [name, bytes] of files) {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  const t0 = performance.now();
  const res = await fetch(`${url}/api/plans/import`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf }, body: form });
  const t1 = performance.now();
  const body = (await res.json()) as { error?: { id: string }; plan?: { taskCount: number } };
  const during = samples.filter((s) => s.at >= t0 && s.at <= t1).map((s) => s.ms);
  const duringList = listSamples.filter((s) => s.at >= t0 && s.at <= t1).map((s) => s.ms);
  all.push(...during);
  allList.push(...duringList);
  if (name === '15mb.txt') {
    const p95 = (xs: number[]) =>
      pct(
        [...xs].sort((a, b) => a - b),
        0.95,
      );
    const pass = p95(during) <= 50 && p95(duringList) <= 50;
    target = `target while the 15 MB document is imported: health and task list p95 ≤ 50 ms — health ${p95(during).toFixed(1)} ms, task list ${p95(duringList).toFixed(1)} ms: ${pass ? 'PASS' : 'FAIL'}`;
  }
  if (!name.startsWith('plan-')) hostile.push(...during);
  rows.push(
    `${name.padEnd(18)} ${(bytes.length / 1024 / 1024).toFixed(1).padStart(5)} MB  → ${res.status} ${(body.error?.id ?? `${body.plan?.taskCount} tasks`).padEnd(24)} ${(t1 - t0).toFixed(0).padStart(6)} ms   health ${figures(during)}   task list ${figures(duringList)}`,
  );
}
probing = false;
await probe;
const failed = [...samples, ...listSamples].filter((s) => !s.ok).length;
console.log(rows.join('\n'));
console.log(`\n/api/health during the refused files: ${figures(hostile)}`);
console.log(`/api/health during all imports:     ${figures(all)}; failed ${failed}`);
console.log(`task list during all imports:       ${figures(allList)}`);
console.log(target);
console.log(`server peak RSS: ${peakRssMb().toFixed(0)} MB`);
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
rmSync(dataDir, { recursive: true, force: true });
