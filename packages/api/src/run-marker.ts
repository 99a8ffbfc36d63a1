import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Run markers: every server using a data directory keeps one file `DATA_DIR/run/server-<pid>-<id>.pid` while its
 * database is open, so that commands that must not run beside a server (`duban restore`) can refuse. One file per
 * server, not one per directory: several servers may share a data directory (and, in tests, a process).
 */

/** What a marker file holds (JSON). `url` is null while the server is still starting (database open, not listening). */
export interface RunMarker {
  pid: number;
  startedAt: string;
  url: string | null;
}

/** A marker written by this process; `update` rewrites it, `remove` deletes only this file (idempotent). */
export interface OwnRunMarker {
  file: string;
  update(changes: Partial<Pick<RunMarker, 'url'>>): void;
  remove(): void;
}

/** A server found in the run folder whose process is alive. */
export interface LiveServer extends RunMarker {
  file: string;
}

const MARKER_NAME = /^server-(\d+)-[0-9a-f]+\.pid$/;
const TEMP_NAME = /^server-(\d+)-[0-9a-f]+\.pid\.tmp$/;

/** The folder holding the markers of a data directory. */
export function runDir(dataDir: string): string {
  return path.join(dataDir, 'run');
}

/** Markers of this process not removed yet; removed when the process exits without closing its servers. */
const own = new Set<string>();
let exitHookInstalled = false;

function writeAtomically(file: string, marker: RunMarker): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(marker) + '\n', { mode: 0o644 });
  renameSync(temp, file);
}

/** Writes a marker for a server of this process in `dataDir` (atomically: temporary file, then rename). */
export function writeRunMarker(dataDir: string, url: string | null = null): OwnRunMarker {
  const dir = runDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `server-${process.pid}-${randomBytes(6).toString('hex')}.pid`);
  const marker: RunMarker = { pid: process.pid, startedAt: new Date().toISOString(), url };
  writeAtomically(file, marker);
  own.add(file);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const f of own) rmSync(f, { force: true });
    });
  }
  return {
    file,
    update(changes) {
      if (!own.has(file)) return;
      Object.assign(marker, changes);
      try {
        writeAtomically(file, marker);
      } catch {
        // Best effort: the marker written at start stays, which is what matters (the process id).
        rmSync(`${file}.tmp`, { force: true });
      }
    },
    remove() {
      own.delete(file);
      rmSync(file, { force: true });
    },
  };
}

/** Whether a process with this id exists (EPERM: it exists but belongs to someone else). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readMarker(file: string, pidFromName: number): RunMarker {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<RunMarker>;
    return {
      pid: typeof parsed.pid === 'number' ? parsed.pid : pidFromName,
      startedAt: typeof parsed.startedAt === 'string' ? parsed.startedAt : '',
      url: typeof parsed.url === 'string' ? parsed.url : null,
    };
  } catch {
    // Unreadable: judge by the process id in the name (written by the same server).
    return { pid: pidFromName, startedAt: '', url: null };
  }
}

/**
 * The servers currently using `dataDir`, by their markers. Markers (and leftover temporary files) of processes that
 * are gone — e.g. killed with SIGKILL — are removed and not returned. Files not named like markers are ignored.
 */
export function liveServers(dataDir: string): LiveServer[] {
  const dir = runDir(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const live: LiveServer[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const temp = TEMP_NAME.exec(name);
    if (temp) {
      if (!processAlive(Number(temp[1]))) rmSync(file, { force: true });
      continue;
    }
    const m = MARKER_NAME.exec(name);
    if (!m) continue;
    const marker = readMarker(file, Number(m[1]));
    if (processAlive(marker.pid)) live.push({ ...marker, file });
    else rmSync(file, { force: true });
  }
  return live;
}

/** The refusal shown when servers are using the data directory, e.g. "（进程 1234，http://127.0.0.1:3000）". */
export function describeLiveServers(servers: LiveServer[]): string {
  return servers.map((s) => `进程 ${s.pid}，${s.url ?? '启动中'}`).join('；');
}

/**
 * For commands that must not run beside a server (restore, demo reset): writes why to stderr and returns true when a
 * live server uses `dataDir`. `then` completes "请先停止服务再…".
 */
export function refuseWhileServing(dataDir: string, then: string): boolean {
  const running = liveServers(dataDir);
  if (running.length === 0) return false;
  process.stderr.write(`数据目录正被运行中的服务使用（${describeLiveServers(running)}），请先停止服务再${then}\n`);
  process.stderr.write(`  若确认这些进程不是督办服务，可删除其运行标记后重试：${running.map((s) => s.file).join('、')}\n`);
  return true;
}
