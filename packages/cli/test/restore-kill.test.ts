import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDatabase, insertDocument, insertUnit, migrateToLatest, openDatabase } from '@duban/storage';
import { sqliteState } from '../../storage/test/support/sqlite-state.js';

const dir = mkdtempSync(path.join(tmpdir(), 'duban-restore-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mainUrl = new URL('../src/main.ts', import.meta.url).href;
const script = `const { main } = await import(${JSON.stringify(mainUrl)}); process.exitCode = await main(process.argv.slice(1));`;

interface Outcome {
  signal: NodeJS.Signals | null;
  code: number | null;
  /** Milliseconds from the staged new database appearing to the child's exit (null: never seen). */
  afterStaged: number | null;
}

/**
 * Runs `duban restore FILE --data DIR` in a child process. With `killAfter`, the child is sent SIGKILL that many
 * milliseconds after its staged new database file appears beside the live one (the restore is then under way).
 */
function restoreChild(file: string, dataDir: string, killAfter?: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script, 'restore', file, '--data', dataDir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    const staged = path.join(dataDir, `duban.sqlite.restore.${child.pid}.duban-partial`);
    let seenAt: number | null = null;
    const poll = setInterval(() => {
      if (seenAt === null && existsSync(staged)) {
        seenAt = performance.now();
        if (killAfter !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfter);
      }
    }, 1);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearInterval(poll);
      if (signal === null && code !== 0) reject(new Error(`duban restore exited ${code}:\n${out}`));
      else resolve({ code, signal, afterStaged: seenAt === null ? null : performance.now() - seenAt });
    });
  });
}

describe('duban restore killed with SIGKILL at random moments (SQLite)', () => {
  it('leaves a database that opens, passes integrity_check, and holds the old or the new data, never a mix', async () => {
    const dataDir = path.join(dir, 'data');
    const live = path.join(dataDir, 'duban.sqlite');
    const backup = path.join(dir, 'new.sqlite');
    const pristine = path.join(dir, 'old.sqlite');
    const open = await openDatabase({ dataDir });
    try {
      await migrateToLatest(open.db);
      // Some megabytes, so that copying, checking and migrating take long enough to be interrupted.
      for (let i = 0; i < 6; i++)
        await insertDocument(open.db, { fileName: `附件${i}.pdf`, format: 'pdf', bytes: randomBytes(2 << 20), text: '', blocks: [] });
      await insertUnit(open.db, { name: '恢复后的单位', kind: 'department' });
      await backupDatabase(open, backup);
      await insertUnit(open.db, { name: '恢复前的单位', kind: 'department' });
      await backupDatabase(open, pristine);
    } finally {
      await open.close();
    }
    const oldState = { integrity: 'ok', units: ['恢复前的单位', '恢复后的单位'].sort() };
    const newState = { integrity: 'ok', units: ['恢复后的单位'] };
    const reset = () => {
      for (const suffix of ['', '-wal', '-shm', '-journal', '.before-restore']) rmSync(live + suffix, { force: true });
      copyFileSync(pristine, live);
    };

    // One uninterrupted run measures how long the restore takes once its staged file exists.
    reset();
    const full = await restoreChild(backup, dataDir);
    expect(full).toMatchObject({ code: 0, signal: null });
    expect(sqliteState(live)).toEqual(newState);
    const span = full.afterStaged!;
    expect(span).toBeGreaterThan(0);

    const seen = { old: 0, new: 0, killed: 0 };
    for (let run = 0; run < 20; run++) {
      reset();
      const killAfter = Math.random() * span * 0.7;
      const outcome = await restoreChild(backup, dataDir, killAfter);
      if (outcome.signal === 'SIGKILL') seen.killed++;
      const state = sqliteState(live);
      expect([oldState, newState], `run ${run}, killed ${killAfter.toFixed(1)} ms into the restore`).toContainEqual(state);
      if (state.units.length === 2) seen.old++;
      else {
        seen.new++;
        // Once the new database is in place, the old one is kept beside it, whole.
        expect(sqliteState(`${live}.before-restore`)).toEqual(oldState);
      }
    }
    console.info(
      `restore killed at random: ${seen.killed}/20 killed mid-way (of ${span.toFixed(0)} ms); afterwards ${seen.old} old, ${seen.new} new`,
    );
    expect(seen.killed).toBeGreaterThanOrEqual(8);

    // Whatever a kill left behind, the next restore runs to completion.
    const again = await restoreChild(backup, dataDir);
    expect(again).toMatchObject({ code: 0, signal: null });
    expect(sqliteState(live)).toEqual(newState);
  }, 300_000);
});
