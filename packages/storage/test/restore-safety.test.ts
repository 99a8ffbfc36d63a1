import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, insertUnit, migrateToLatest, openDatabase, restoreDatabase } from './support/storage.js';
import { sqliteState } from './support/sqlite-state.js';

/** A restore of an SQLite backup either replaces the database whole or refuses and changes nothing. */
describe('SQLite restore: all or nothing', () => {
  let dir: string;
  let dataDir: string;
  let live: string;
  let backup: string;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'duban-restore-'));
    dataDir = path.join(dir, 'data');
    live = path.join(dataDir, 'duban.sqlite');
    backup = path.join(dir, 'backup.sqlite');
    const open = await openDatabase({ dataDir });
    try {
      await migrateToLatest(open.db);
      await insertUnit(open.db, { name: '备份中的单位', kind: 'department' });
      await backupDatabase(open, backup);
      // Committed after the backup: the live database differs from it.
      await insertUnit(open.db, { name: '备份后新增的单位', kind: 'department' });
    } finally {
      await open.close();
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const before = { integrity: 'ok', units: ['备份中的单位', '备份后新增的单位'].sort() };

  /** Nothing changed: same data, no copy of the old database, no partial file. */
  function expectUntouched() {
    expect(sqliteState(live)).toEqual(before);
    expect(existsSync(`${live}.before-restore`)).toBe(false);
    expect(readdirSync(dataDir).filter((f) => f.includes('partial'))).toEqual([]);
  }

  it('replaces the database and keeps the previous one as .before-restore', async () => {
    expect(sqliteState(live)).toEqual(before);
    expect(await restoreDatabase({ dataDir }, backup)).toEqual({ kind: 'sqlite' });
    expect(sqliteState(live)).toEqual({ integrity: 'ok', units: ['备份中的单位'] });
    expect(sqliteState(`${live}.before-restore`)).toEqual(before);
    expect(existsSync(`${live}-wal`)).toBe(false);
    expect(readdirSync(dataDir).filter((f) => f.includes('partial'))).toEqual([]);
    // The restored database opens for the app as usual.
    const open = await openDatabase({ dataDir });
    try {
      expect(await migrateToLatest(open.db)).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('refuses a truncated backup', async () => {
    const bytes = readFileSync(backup);
    const bad = path.join(dir, 'truncated.sqlite');
    writeFileSync(bad, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(restoreDatabase({ dataDir }, bad)).rejects.toMatchObject({
      code: 'restore.invalid_dump',
      message: expect.stringMatching(/^恢复失败：备份文件已损坏.*数据未作任何改动$/s),
    });
    expectUntouched();
  });

  it('refuses a valid header followed by junk', async () => {
    const bytes = readFileSync(backup);
    const junk = Buffer.alloc(bytes.length);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) & 0xff;
    bytes.copy(junk, 0, 0, 100);
    const bad = path.join(dir, 'junk.sqlite');
    writeFileSync(bad, junk);
    await expect(restoreDatabase({ dataDir }, bad)).rejects.toMatchObject({ code: 'restore.invalid_dump' });
    expectUntouched();
  });

  it('refuses a backup of a newer schema version, and an SQLite file that is not a Duban database', async () => {
    const newer = path.join(dir, 'newer.sqlite');
    copyFileSync(backup, newer);
    const db = new SqliteDatabase(newer);
    db.prepare('INSERT INTO duban_migrations (name, timestamp) VALUES (?, ?)').run('9999-from-the-future', new Date().toISOString());
    db.close();
    await expect(restoreDatabase({ dataDir }, newer)).rejects.toThrow(/未知的数据库版本 9999-from-the-future/);
    expectUntouched();

    const foreign = path.join(dir, 'foreign.sqlite');
    const other = new SqliteDatabase(foreign);
    other.exec("CREATE TABLE units (name TEXT); INSERT INTO units VALUES ('别的程序')");
    other.close();
    await expect(restoreDatabase({ dataDir }, foreign)).rejects.toThrow(/不是督办数据库/);
    expectUntouched();
  });

  it('the next backup removes partial files left by killed backups and restores, and only those', async () => {
    const dead = 4_194_305; // above Linux's largest pid: no such process
    const stale = [`backup.sqlite.${dead}.duban-partial`, `other.json.${dead}.duban-partial`];
    for (const f of stale) writeFileSync(path.join(dir, f), 'x'.repeat(1000));
    writeFileSync(path.join(dataDir, `duban.sqlite.restore.${dead}.duban-partial`), 'x');
    writeFileSync(path.join(dataDir, `duban.sqlite.restore.${dead}.duban-partial-journal`), 'x');
    const own = path.join(dir, `mine.${process.pid}.duban-partial`);
    writeFileSync(own, 'in progress');
    const unrelated = path.join(dir, 'notes.1.partial');
    writeFileSync(unrelated, 'not ours');
    const open = await openDatabase({ dataDir });
    try {
      await backupDatabase(open, path.join(dir, 'second.sqlite'));
    } finally {
      await open.close();
    }
    expect(readdirSync(dir).sort()).toEqual(
      ['backup.sqlite', 'data', 'mine.' + process.pid + '.duban-partial', 'notes.1.partial', 'second.sqlite'].sort(),
    );
    expect(readdirSync(dataDir).filter((f) => f.includes('partial'))).toEqual([]);
    expect(statSync(own).size).toBe('in progress'.length);
  });
});
