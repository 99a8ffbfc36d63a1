import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync, openSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { openDatabase, sqliteFile, type DatabaseOptions, type OpenDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';

const MIGRATION_TABLES = new Set(['duban_migrations', 'duban_migrations_lock']);

/** A JSON dump: every table's rows, with binary values as { $b64 }. */
interface JsonDump {
  format: 'duban-dump';
  version: 1;
  dialect: string;
  createdAt: string;
  migrations: string[];
  tables: Record<string, Record<string, unknown>[]>;
}

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

async function tableNames(db: AnyDb, dialect: string): Promise<string[]> {
  if (dialect === 'postgres') {
    const r = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
    return r.rows.map((x) => x.table_name).filter((n) => !MIGRATION_TABLES.has(n));
  }
  const r = await sql<{ name: string; sql: string | null }>`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(db);
  const virtual = r.rows.filter((x) => x.sql?.startsWith('CREATE VIRTUAL')).map((x) => x.name);
  return r.rows
    .map((x) => x.name)
    .filter((n) => !MIGRATION_TABLES.has(n) && !virtual.some((v) => n === v || n.startsWith(`${v}_`)));
}

function encode(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = Buffer.isBuffer(v) ? { $b64: v.toString('base64') } : v;
  return out;
}

function decode(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] = v && typeof v === 'object' && '$b64' in v ? Buffer.from(String((v as { $b64: string }).$b64), 'base64') : v;
  }
  return out;
}

/** Dumps every table as JSON inside one REPEATABLE READ transaction (a consistent snapshot). */
export async function dumpJson(open: OpenDatabase): Promise<JsonDump> {
  const db = open.db as unknown as AnyDb;
  const run = async (tx: AnyDb): Promise<JsonDump> => {
    const tables: JsonDump['tables'] = {};
    for (const name of await tableNames(tx, open.dialect)) {
      const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(tx);
      tables[name] = rows.rows.map(encode);
    }
    const migrations = await sql<{ name: string }>`SELECT name FROM duban_migrations ORDER BY name`.execute(tx);
    return { format: 'duban-dump', version: 1, dialect: open.dialect, createdAt: new Date().toISOString(), migrations: migrations.rows.map((m) => m.name), tables };
  };
  if (open.dialect === 'postgres') return db.transaction().setIsolationLevel('repeatable read').execute(run);
  return db.transaction().execute(run);
}

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

/** A disk-stored evidence row as the backup sees it. */
interface DiskEvidenceRow {
  id: string;
  path: string | null;
  sha256: string;
  size: number | string;
}

/** A disk evidence file that could not be put into the backup. */
interface EvidenceProblem {
  id: string;
  path: string | null;
  reason: string;
}

/**
 * Reads one disk-stored evidence file and checks it against its row (size and sha256).
 * Returns the bytes, or why they cannot be used.
 */
function readEvidenceFile(dataDir: string | undefined, row: DiskEvidenceRow): Buffer | EvidenceProblem {
  const problem = (reason: string): EvidenceProblem => ({ id: row.id, path: row.path, reason });
  if (!dataDir) return problem('未指定数据目录，无法读取附件文件');
  if (!row.path) return problem('记录中没有文件路径');
  const root = path.resolve(dataDir);
  const full = path.resolve(root, row.path);
  if (!full.startsWith(root + path.sep)) return problem('文件路径不在数据目录内');
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return problem(code === 'ENOENT' ? '文件不存在' : `无法读取文件（${code ?? (e as Error).message}）`);
  }
  if (bytes.byteLength !== Number(row.size) || createHash('sha256').update(bytes).digest('hex') !== row.sha256) {
    return problem('文件内容与记录的 SHA-256 不符（文件已损坏或被替换）');
  }
  return bytes;
}

/** The error a backup fails with when disk evidence is missing or damaged; names every affected file. */
function evidenceError(problems: EvidenceProblem[], dataDir: string | undefined): Error {
  const lines = problems.map((p) => `  附件 ${p.id}（${p.path ?? '无路径'}）：${p.reason}`);
  const where = dataDir ? `数据目录 ${path.resolve(dataDir)}` : '数据目录';
  return Object.assign(
    new Error(`备份失败：${problems.length} 个附件文件缺失或已损坏（${where}），未生成备份文件。\n${lines.join('\n')}\n请找回这些文件后重新备份。`),
    { code: 'backup.evidence_missing', problems },
  );
}

/**
 * Puts the bytes of disk-stored evidence into an SQLite backup file (never the live database): each
 * storage 'disk' row gets its bytes, storage 'db' and no path. Throws, changing nothing, if any file is
 * missing or does not match its row.
 */
function inlineSqliteEvidence(file: string, dataDir: string | undefined): { evidence: number; fromDisk: number } {
  const copy = new SqliteDatabase(file);
  try {
    // A backup is one self-contained file: no WAL beside it.
    copy.pragma('journal_mode = DELETE');
    const hasTable = copy.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'report_evidence'").get();
    if (!hasTable) return { evidence: 0, fromDisk: 0 };
    const rows = copy.prepare("SELECT id, path, sha256, size FROM report_evidence WHERE storage = 'disk' ORDER BY id").all() as DiskEvidenceRow[];
    const update = copy.prepare("UPDATE report_evidence SET bytes = ?, storage = 'db', path = NULL WHERE id = ?");
    const problems: EvidenceProblem[] = [];
    copy.transaction(() => {
      for (const row of rows) {
        const bytes = readEvidenceFile(dataDir, row);
        if (Buffer.isBuffer(bytes)) update.run(bytes, row.id);
        else problems.push(bytes);
      }
      if (problems.length) throw evidenceError(problems, dataDir);
    })();
    const { n } = copy.prepare('SELECT count(*) AS n FROM report_evidence').get() as { n: number };
    return { evidence: n, fromDisk: rows.length };
  } finally {
    copy.close();
  }
}

/** The same for a JSON dump's report_evidence rows (bytes as { $b64 }). */
function inlineDumpEvidence(dump: JsonDump, dataDir: string | undefined): { evidence: number; fromDisk: number } {
  const rows = dump.tables.report_evidence ?? [];
  const problems: EvidenceProblem[] = [];
  let fromDisk = 0;
  for (const row of rows) {
    if (row.storage !== 'disk') continue;
    fromDisk++;
    const bytes = readEvidenceFile(dataDir, row as unknown as DiskEvidenceRow);
    if (!Buffer.isBuffer(bytes)) {
      problems.push(bytes);
      continue;
    }
    Object.assign(row, { bytes: { $b64: bytes.toString('base64') }, storage: 'db', path: null });
  }
  if (problems.length) throw evidenceError(problems, dataDir);
  return { evidence: rows.length, fromDisk };
}

/**
 * Writes a consistent online backup to `file`: SQLite uses the online backup API (a database file);
 * PostgreSQL, or either engine with `format: 'json'`, writes a JSON dump taken in one transaction
 * (REPEATABLE READ on PostgreSQL).
 *
 * The backup is self-contained: evidence kept as files under `options.dataDir` (storage 'disk') is read
 * into the backup copy as storage 'db' rows, so a restore needs no data directory files. The live
 * database and the files are never changed. Evidence files are write-once (named by id, fully written
 * before their row commits, never rewritten), so reading them after the snapshot gives exactly the
 * bytes the snapshot's rows describe; each is still checked against the row's size and sha256.
 * If any file is missing or does not match, the backup fails with an error naming every such evidence
 * id and path, and nothing is left at `file` (an older backup already there is kept): a backup that
 * silently lacks 佐证材料 would only be discovered after a restore.
 */
export async function backupDatabase(open: OpenDatabase, file: string, options: BackupOptions = {}): Promise<BackupResult> {
  // Written beside the target and renamed into place only when complete.
  const partial = `${file}.partial`;
  const cleanup = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(partial + suffix, { force: true });
  };
  cleanup();
  try {
    if (open.sqlite && options.format !== 'json') {
      await open.sqlite.backup(partial);
      const counts = inlineSqliteEvidence(partial, options.dataDir);
      renameSync(partial, file);
      return { kind: 'sqlite', ...counts };
    }
    const dump = await dumpJson(open);
    const counts = inlineDumpEvidence(dump, options.dataDir);
    writeFileSync(partial, JSON.stringify(dump));
    renameSync(partial, file);
    return { kind: 'json', ...counts };
  } catch (e) {
    cleanup();
    throw e;
  }
}

function isSqliteFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.toString('latin1').startsWith('SQLite format 3');
  } finally {
    closeSync(fd);
  }
}

async function foreignKeyOrder(db: AnyDb, dialect: string, tables: string[]): Promise<{ order: string[]; selfRefs: Map<string, string[]> }> {
  const edges: { child: string; parent: string; col: string }[] = [];
  if (dialect === 'postgres') {
    const r = await sql<{ child: string; parent: string; col: string }>`
      SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent, a.attname AS col
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`.execute(db);
    edges.push(...r.rows);
  }
  const selfRefs = new Map<string, string[]>();
  for (const e of edges) if (e.child === e.parent) selfRefs.set(e.child, [...(selfRefs.get(e.child) ?? []), e.col]);
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string, stack: Set<string>) => {
    if (seen.has(t) || stack.has(t)) return;
    stack.add(t);
    for (const e of edges) if (e.child === t && e.parent !== t) visit(e.parent, stack);
    seen.add(t);
    order.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return { order: order.filter((t) => tables.includes(t)), selfRefs };
}

/** Replaces all data with a JSON dump, in one transaction (the schema is migrated first). */
export async function restoreJson(open: OpenDatabase, dump: JsonDump): Promise<void> {
  if (dump.format !== 'duban-dump') throw new Error('not a Duban backup');
  await migrateToLatest(open.db);
  const db = open.db as unknown as AnyDb;
  await db.transaction().execute(async (tx) => {
    const existing = await tableNames(tx, open.dialect);
    const unknown = Object.keys(dump.tables).filter((t) => !existing.includes(t));
    if (unknown.length) throw new Error(`backup has tables this database does not: ${unknown.join(', ')}`);
    const { order, selfRefs } = await foreignKeyOrder(tx, open.dialect, existing);
    if (open.dialect === 'postgres') {
      await sql`TRUNCATE ${sql.join(existing.map((t) => sql.table(t)))} CASCADE`.execute(tx);
    } else {
      await sql`PRAGMA defer_foreign_keys = ON`.execute(tx);
      for (const t of [...order].reverse()) await sql`DELETE FROM ${sql.table(t)}`.execute(tx);
    }
    for (const t of order) {
      const rows = (dump.tables[t] ?? []).map(decode);
      const later = selfRefs.get(t) ?? [];
      const first = rows.map((r) => ({ ...r, ...Object.fromEntries(later.map((c) => [c, null])) }));
      for (let i = 0; i < first.length; i += 100) await tx.insertInto(t).values(first.slice(i, i + 100)).execute();
      for (const r of rows) {
        const set = Object.fromEntries(later.filter((c) => r[c] !== null && r[c] !== undefined).map((c) => [c, r[c]]));
        if (Object.keys(set).length) await tx.updateTable(t).set(set).where('id', '=', r.id).execute();
      }
    }
    if (open.dialect === 'sqlite') await sql`INSERT INTO tasks_fts(tasks_fts) VALUES ('rebuild')`.execute(tx);
    else {
      // The search mode describes this database's index, not the one the dump came from.
      const idx = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'tasks_search_trgm'`.execute(tx);
      const mode = idx.rows[0]?.n ? 'pg_trgm' : 'ilike';
      await sql`INSERT INTO settings (key, value) VALUES ('search_mode', ${mode}) ON CONFLICT (key) DO UPDATE SET value = ${mode}`.execute(tx);
    }
  });
}

/**
 * Restores `file` into the database described by `options`. An SQLite backup file replaces the SQLite
 * database file (run while the server is stopped); a JSON dump is loaded into either dialect.
 */
export async function restoreDatabase(options: DatabaseOptions, file: string): Promise<{ kind: 'sqlite' | 'json' }> {
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  if (isSqliteFile(file)) {
    if (options.url) throw new Error('an SQLite backup cannot be restored into PostgreSQL; use a JSON dump');
    const target = sqliteFile(options);
    for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
    copyFileSync(file, target);
    return { kind: 'sqlite' };
  }
  const dump = JSON.parse(readFileSync(file, 'utf8')) as JsonDump;
  const open = await openDatabase(options);
  try {
    await restoreJson(open, dump);
  } finally {
    await open.close();
  }
  return { kind: 'json' };
}
