import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { openDatabase, sqliteFile, type DatabaseOptions, type OpenDatabase } from '../database.js';
import { chainUnchainedAuditRows } from '../audit/backfill.js';
import { migrateToLatest } from '../migrate.js';
import { decode, dumpFileRows, readDumpHeader, restoreError, type DumpRow, type JsonDump } from './dump-format.js';
import { foreignKeyOrder, tableNames, type AnyDb } from './schema-walk.js';
import { isSqliteFile, replaceSqliteDatabase } from './sqlite-copy.js';

/** Rows inserted per statement, and the binary bytes a batch may hold before it is written. */
const INSERT_ROWS = 100;
const INSERT_BYTES = 32 << 20;

/** What a restore reads: the tables a dump has rows for, and its rows. */
interface RestoreSource {
  tables: string[];
  /**
   * True when `rows` yields each table's rows together in `tables` order (a version 2 file, checked against this
   * database's foreign keys); false when `rows` follows the `order` it is given (a version 1 dump in memory).
   */
  ordered: boolean;
  rows(order: string[]): AsyncIterable<DumpRow>;
}

/**
 * Replaces all data with the rows of `source` in one transaction (the schema is migrated first); any error
 * rolls everything back. Rows are inserted in batches as they arrive, so a dump never has to fit in memory.
 */
async function restoreRows(open: OpenDatabase, source: RestoreSource): Promise<void> {
  await migrateToLatest(open.db);
  const db = open.db as unknown as AnyDb;
  await db.transaction().execute(async (tx) => {
    const existing = await tableNames(tx, open.dialect);
    const unknown = source.tables.filter((t) => !existing.includes(t));
    if (unknown.length) throw new Error(`backup has tables this database does not: ${unknown.join(', ')}`);
    const { order, selfRefs, parents } = await foreignKeyOrder(tx, open.dialect, existing);
    if (source.ordered) {
      const position = new Map(source.tables.map((t, i) => [t, i]));
      for (const [i, t] of source.tables.entries()) {
        const late = [...(parents.get(t) ?? [])].filter((p) => (position.get(p) ?? -1) > i);
        if (late.length) throw restoreError(`备份文件中表 ${t} 排在它引用的表 ${late.join('、')} 之前`);
      }
    }
    if (open.dialect === 'postgres') {
      await sql`TRUNCATE ${sql.join(existing.map((t) => sql.table(t)))} CASCADE`.execute(tx);
    } else {
      await sql`PRAGMA defer_foreign_keys = ON`.execute(tx);
      for (const t of [...order].reverse()) await sql`DELETE FROM ${sql.table(t)}`.execute(tx);
    }

    // Rows of the current table wait in `batch`; self-references are set once the whole table is in.
    let current: string | null = null;
    let batch: Record<string, unknown>[] = [];
    let batchBytes = 0;
    let later: string[] = [];
    let pending: { id: unknown; set: Record<string, unknown> }[] = [];
    const done = new Set<string>();
    const flush = async () => {
      if (current && batch.length) await tx.insertInto(current).values(batch).execute();
      batch = [];
      batchBytes = 0;
    };
    const finishTable = async () => {
      await flush();
      for (const p of pending) await tx.updateTable(current!).set(p.set).where('id', '=', p.id).execute();
      pending = [];
      done.add(current!);
    };
    for await (const { t, r } of source.rows(order)) {
      if (t !== current) {
        if (current) await finishTable();
        // A dump made before the audit chain existed: its entries are chained now, as the migration did for live data.
        if (!source.tables.includes('audit_chain')) await chainUnchainedAuditRows(tx);
        if (!source.tables.includes(t)) throw restoreError(`备份文件中出现了文件头未列出的表 ${t}`);
        if (done.has(t)) throw restoreError(`备份文件中表 ${t} 的行不连续`);
        current = t;
        later = selfRefs.get(t) ?? [];
      }
      const row = decode(r);
      const set = Object.fromEntries(later.filter((c) => row[c] !== null && row[c] !== undefined).map((c) => [c, row[c]]));
      if (Object.keys(set).length) pending.push({ id: row.id, set });
      batch.push({ ...row, ...Object.fromEntries(later.map((c) => [c, null])) });
      for (const v of Object.values(row)) if (Buffer.isBuffer(v)) batchBytes += v.byteLength;
      if (batch.length >= INSERT_ROWS || batchBytes >= INSERT_BYTES) await flush();
    }
    if (current) await finishTable();
    // A dump made before the audit chain existed: its entries are chained now, as the migration did for live data.
    if (!source.tables.includes('audit_chain')) await chainUnchainedAuditRows(tx);

    if (open.dialect === 'sqlite') await sql`INSERT INTO tasks_fts(tasks_fts) VALUES ('rebuild')`.execute(tx);
    else {
      // The search mode describes this database's index, not the one the dump came from.
      const idx = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'tasks_search_trgm'`.execute(tx);
      const mode = idx.rows[0]?.n ? 'pg_trgm' : 'ilike';
      await sql`INSERT INTO settings (key, value) VALUES ('search_mode', ${mode}) ON CONFLICT (key) DO UPDATE SET value = ${mode}`.execute(
        tx,
      );
    }
  });
}

/** Replaces all data with a version 1 dump held in memory, in one transaction (the schema is migrated first). */
export async function restoreJson(open: OpenDatabase, dump: JsonDump): Promise<void> {
  if (dump.format !== 'duban-dump') throw new Error('not a Duban backup');
  await restoreRows(open, {
    tables: Object.keys(dump.tables),
    ordered: false,
    async *rows(order) {
      for (const t of order) for (const r of dump.tables[t] ?? []) yield { t, r };
    },
  });
}

/**
 * Restores `file` into the database described by `options`; either it succeeds or nothing changes. An SQLite
 * backup file is checked and then replaces the SQLite database file ({@link replaceSqliteDatabase}; run while
 * the server is stopped; the previous file is kept as `<database>.before-restore`); a JSON dump (version 2,
 * streamed line by line, or a version 1 document) is loaded into either dialect in one transaction.
 */
export async function restoreDatabase(options: DatabaseOptions, file: string): Promise<{ kind: 'sqlite' | 'json' }> {
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  if (isSqliteFile(file)) {
    if (options.url) throw new Error('an SQLite backup cannot be restored into PostgreSQL; use a JSON dump');
    await replaceSqliteDatabase(file, sqliteFile(options));
    return { kind: 'sqlite' };
  }
  const header = readDumpHeader(file);
  let dump: JsonDump | null = null;
  if (!header) {
    try {
      dump = JSON.parse(readFileSync(file, 'utf8')) as JsonDump;
    } catch {
      throw restoreError('备份文件既不是 SQLite 数据库也不是有效的 JSON 导出（文件可能已损坏）');
    }
  }
  const open = await openDatabase(options);
  try {
    if (header) await restoreRows(open, { tables: header.tables, ordered: true, rows: () => dumpFileRows(file) });
    else await restoreJson(open, dump!);
  } finally {
    await open.close();
  }
  return { kind: 'json' };
}
