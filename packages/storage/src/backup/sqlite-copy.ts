import { closeSync, copyFileSync, existsSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { openDatabase } from '../database.js';
import { knownMigrationNames, migrateToLatest } from '../migrate.js';
import { restoreError } from './dump-format.js';
import { cleanStalePartials, fsyncDir, fsyncFile, partialName, removeWithCompanions, SQLITE_COMPANIONS } from './partial-files.js';

/** True when `file` starts with the SQLite header. */
export function isSqliteFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.toString('latin1').startsWith('SQLite format 3');
  } finally {
    closeSync(fd);
  }
}

/** What the check of an SQLite backup found. */
export interface SqliteBackupSummary {
  migrations: string[];
  rows: Record<string, number>;
}

/**
 * Checks an SQLite backup (a private copy: SQLite may write to the file it opens): the structure is intact
 * (`PRAGMA integrity_check` and `foreign_key_check`), it is a Duban database whose migrations this version
 * knows, and every table's rows can be counted. Throws a `restore.invalid_dump` error naming what is wrong.
 */
export function checkSqliteBackup(file: string): SqliteBackupSummary {
  let copy: SqliteDatabase.Database;
  try {
    copy = new SqliteDatabase(file, { fileMustExist: true });
  } catch (e) {
    throw restoreError(`备份文件无法作为 SQLite 数据库打开（${(e as Error).message}）`);
  }
  try {
    let problems: string[];
    try {
      problems = (copy.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (e) {
      throw restoreError(`备份文件已损坏（${(e as Error).message}）`);
    }
    if (problems.length !== 1 || problems[0] !== 'ok')
      throw restoreError(`备份文件已损坏（integrity_check：${problems.slice(0, 3).join('；')}）`);
    const tables = (
      copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]
    ).map((r) => r.name);
    if (!tables.includes('duban_migrations')) throw restoreError('备份文件不是督办数据库（没有迁移记录）');
    const migrations = (copy.prepare('SELECT name FROM duban_migrations ORDER BY name').all() as { name: string }[]).map((r) => r.name);
    const known = new Set(knownMigrationNames());
    const unknown = migrations.filter((m) => !known.has(m));
    if (unknown.length)
      throw restoreError(`备份文件来自更新的版本（未知的数据库版本 ${unknown.join('、')}），请用相同或更新版本的督办恢复`);
    if (!migrations.includes(knownMigrationNames()[0]!)) throw restoreError('备份文件的数据库版本无法识别（缺少基础迁移）');
    const fk = copy.pragma('foreign_key_check') as unknown[];
    if (fk.length) throw restoreError(`备份文件中有 ${fk.length} 行引用了不存在的记录`);
    const rows: Record<string, number> = {};
    try {
      for (const t of tables) rows[t] = (copy.prepare(`SELECT count(*) AS n FROM "${t.replace(/"/g, '""')}"`).get() as { n: number }).n;
    } catch (e) {
      throw restoreError(`备份文件中的数据无法读取（${(e as Error).message}）`);
    }
    return { migrations, rows };
  } finally {
    copy.close();
  }
}

/**
 * Empties the live database's WAL into the file and leaves rollback-journal mode, so the file alone holds every
 * committed change and no `-wal` remains that could be applied to the file renamed over it. False when that
 * is impossible because the database is damaged; throws when another process has it open.
 */
function settleLiveDatabase(target: string): boolean {
  let live: SqliteDatabase.Database | undefined;
  try {
    live = new SqliteDatabase(target, { fileMustExist: true, timeout: 2000 });
    live.pragma('wal_checkpoint(TRUNCATE)');
    const mode = live.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new Error(`journal_mode is ${String(mode)}`);
    return true;
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw Object.assign(new Error(`恢复失败：数据库正被其他进程使用（${(e as Error).message}），数据未作任何改动`), {
        code: 'restore.database_busy',
      });
    }
    return false;
  } finally {
    live?.close();
  }
}

/** Copies `from` (and its companions that exist) to `to` through a partial file, each renamed into place. */
function copyAside(from: string, to: string): void {
  for (const suffix of ['', ...SQLITE_COMPANIONS]) {
    rmSync(to + suffix, { force: true });
    if (!existsSync(from + suffix)) continue;
    const partial = partialName(to + suffix);
    copyFileSync(from + suffix, partial);
    fsyncFile(partial);
    renameSync(partial, to + suffix);
  }
}

/**
 * Replaces the SQLite database `target` with the backup `file`, so that at every moment (a kill -9 included)
 * `target` is either the old database or the new one, whole:
 * 1. the backup is copied to `<target>.restore.<pid>.duban-partial` beside the target, checked ({@link checkSqliteBackup}),
 *    migrated to this version, set to rollback-journal mode and fsynced — a failure here changes nothing;
 * 2. the live database's WAL is checkpointed into its file and the database left in rollback-journal mode;
 * 3. the live database is copied to `<target>.before-restore` (the previous one there is replaced);
 * 4. the new file is renamed over the target (atomic) and the directory fsynced.
 */
export async function replaceSqliteDatabase(file: string, target: string): Promise<SqliteBackupSummary> {
  const dir = path.dirname(path.resolve(target));
  cleanStalePartials(dir);
  const staged = partialName(target, '.restore');
  removeWithCompanions(staged);
  try {
    copyFileSync(file, staged);
    const summary = checkSqliteBackup(staged);
    const open = await openDatabase({ file: staged });
    try {
      await migrateToLatest(open.db);
    } finally {
      await open.close();
    }
    const db = new SqliteDatabase(staged, { fileMustExist: true });
    try {
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
    fsyncFile(staged);
    if (existsSync(target)) {
      const settled = settleLiveDatabase(target);
      copyAside(target, `${target}.before-restore`);
      // A damaged database whose WAL could not be emptied: its WAL is kept in the copy, and must not meet the new file.
      if (!settled) for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
    }
    renameSync(staged, target);
    fsyncDir(dir);
    return summary;
  } finally {
    removeWithCompanions(staged);
  }
}
