// The benchmark's server child process and its sign-in, shared by the province and the everyday runs.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Figures } from './measure.js';

/** The admin password of the benchmark's servers. */
export const ADMIN_PASSWORD = 'Bench-Admin-Pass-2026';

/** One line of the results table. */
export interface Row {
  db: string;
  endpoint: string;
  figures: Figures;
  sql?: Figures;
  target?: string;
  pass?: boolean;
}

/** Progress output (stderr, so the table on stdout stays clean). */
export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * Starts the server under benchmark in its own process (see serve-child.ts) and waits for its URL.
 * BENCH_NODE_ARGS adds Node flags to that process (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it).
 */
export async function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
      '--conditions=source',
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'serve-child.ts'),
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start within 120 s')), 120_000);
    lines.on('line', (l) => {
      try {
        const msg = JSON.parse(l) as { url?: string };
        if (msg.url) {
          clearTimeout(timer);
          resolve(msg.url);
        }
      } catch {
        // not our line
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, url };
}

/** Signs in as `admin`; returns the headers of an authenticated JSON request. */
export async function login(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, 'x-csrf-token': body.csrfToken, 'content-type': 'application/json' };
}

/** Stops a child started by startChild and waits for it to exit. */
export async function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}
