import { closeSync, fsyncSync, openSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Files being written (a backup, the new database of a restore) are named `<final>.<pid>.duban-partial` in the
 * directory of their final name and renamed into place only when complete. A process killed mid-way leaves
 * one behind; the next backup or restore in that directory removes those whose process is gone.
 */
const PARTIAL = /\.(\d+)\.duban-partial(-wal|-shm|-journal)?$/;

/** SQLite's companion files of a database file. */
export const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'] as const;

/** The partial name this process writes `file` under. */
export function partialName(file: string, tag = ''): string {
  return `${file}${tag}.${process.pid}.duban-partial`;
}

/** Removes a partial file and its SQLite companions. */
export function removeWithCompanions(file: string): void {
  for (const suffix of ['', ...SQLITE_COMPANIONS]) rmSync(file + suffix, { force: true });
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes partial files left in `dir` by processes that no longer run (and legacy `*.partial` of `file`). */
export function cleanStalePartials(dir: string, file?: string): string[] {
  if (file) removeWithCompanions(`${file}.partial`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = PARTIAL.exec(name);
    if (m && !alive(Number(m[1]))) {
      rmSync(path.join(dir, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}

/** Flushes a file's bytes to disk. */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a directory entry change (a rename) to disk; a no-op where directories cannot be opened (Windows). */
export function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a directory; the rename itself is still atomic.
  } finally {
    closeSync(fd);
  }
}
