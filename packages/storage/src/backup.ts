import { renameSync } from 'node:fs';
import path from 'node:path';
import type { OpenDatabase } from './database.js';
import { inlineSqliteEvidence } from './backup/evidence-files.js';
import { writeDump } from './backup/json-dump.js';
import { cleanStalePartials, fsyncFile, partialName, removeWithCompanions } from './backup/partial-files.js';

export { dumpJson } from './backup/json-dump.js';
export { restoreDatabase, restoreJson } from './backup/restore.js';

/** Options of {@link backupDatabase}. */
export interface BackupOptions {
  /** The data directory that paths of disk-stored evidence are relative to (the server's `--data`). */
  dataDir?: string;
  /** 'json' writes a JSON dump from either engine (how data moves from SQLite to PostgreSQL); default: SQLite file on SQLite. */
  format?: 'auto' | 'json';
}

/** What {@link backupDatabase} wrote. */
export interface BackupResult {
  kind: 'sqlite' | 'json';
  /** Evidence files in the backup; every one carries its bytes (storage 'db'). */
  evidence: number;
  /** How many of them were read from the data directory (storage 'disk' in the live database). */
  fromDisk: number;
}

/**
 * Writes a consistent online backup to `file`: SQLite uses the online backup API (a database file);
 * PostgreSQL, or either engine with `format: 'json'`, writes a JSON dump (version 2: a header line, then one
 * line per row, streamed from one transaction, REPEATABLE READ on PostgreSQL, so no size limit applies).
 *
 * The backup is self-contained: evidence kept as files under `options.dataDir` (storage 'disk') is read
 * into the backup copy as storage 'db' rows, so a restore needs no data directory files. The live
 * database and the files are never changed. Evidence files are write-once (named by id, fully written
 * before their row commits, never rewritten), so reading them after the snapshot gives exactly the
 * bytes the snapshot's rows describe; each is still checked against the row's size and sha256.
 * If any file is missing or does not match, the backup fails with an error naming every such evidence
 * id and path, and nothing is left at `file` (an older backup already there is kept): a backup that
 * silently lacks 佐证材料 would only be discovered after a restore.
 *
 * The backup is written to `<file>.<pid>.duban-partial`, fsynced and renamed into place; partial files that killed
 * backups or restores left in the target directory (and the database's) are removed first.
 */
export async function backupDatabase(open: OpenDatabase, file: string, options: BackupOptions = {}): Promise<BackupResult> {
  cleanStalePartials(path.dirname(path.resolve(file)), file);
  if (open.file && open.file !== ':memory:') cleanStalePartials(path.dirname(path.resolve(open.file)));
  const partial = partialName(file);
  removeWithCompanions(partial);
  try {
    if (open.sqlite && options.format !== 'json') {
      await open.sqlite.backup(partial);
      const counts = inlineSqliteEvidence(partial, options.dataDir);
      fsyncFile(partial);
      renameSync(partial, file);
      return { kind: 'sqlite', ...counts };
    }
    const counts = await writeDump(open, partial, options.dataDir);
    renameSync(partial, file);
    return { kind: 'json', ...counts };
  } catch (e) {
    removeWithCompanions(partial);
    throw e;
  }
}
