import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, readFileSync, renameSync, rmSync, openSync, readSync, closeSync } from 'node:fs';
import { open as openFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import SqliteDatabase from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { openDatabase, sqliteFile, type DatabaseOptions, type OpenDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';

const MIGRATION_TABLES = new Set(['duban_migrations', 'duban_migrations_lock']);

/**
 * A version 1 JSON dump: one JSON document holding every table's rows, with binary values as { $b64 }.
 * Still restored; no longer written (a large office's dump outgrows one JavaScript string).
 */
interface JsonDump {
  format: 'duban-dump';
  version: 1;
  dialect: string;
  createdAt: string;
  migrations: string[];
  tables: Record<string, Record<string, unknown>[]>;
}

/**
 * The first line of a version 2 dump (NDJSON). Then one line per row, `{"t": table, "r": row}` (binary values
 * as { $b64 }), each table's rows together and tables in `tables` order (parents before the tables that refer
 * to them), and last `{"end": true, "rows": N}`, without which the file is incomplete and is not restored.
 */
interface DumpHeader {
  format: 'duban-dump';
  version: 2;
  dialect: string;
  createdAt: string;
  migrations: string[];
  tables: string[];
}

/** One row line of a version 2 dump. */
interface DumpRow {
  t: string;
  r: Record<string, unknown>;
}

/** The last line of a version 2 dump. */
interface DumpEnd {
  end: true;
  rows: number;
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

/** Rows fetched per round trip: few for tables with binary columns (evidence and documents run to 20 MB each). */
const FETCH_ROWS = 500;
const FETCH_BINARY_ROWS = 4;

/** Tables with a binary (bytea/blob) column. */
async function binaryTables(db: AnyDb, dialect: string): Promise<Set<string>> {
  const r =
    dialect === 'postgres'
      ? await sql<{ name: string }>`SELECT DISTINCT table_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND data_type = 'bytea'`.execute(db)
      : await sql<{ name: string }>`SELECT DISTINCT m.name AS name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND upper(c.type) = 'BLOB'`.execute(db);
  return new Set(r.rows.map((x) => x.name));
}

/**
 * Every row of `table`, one at a time, read inside the caller's transaction: a PostgreSQL cursor fetched in
 * batches, or an SQLite statement iterated on the same (single) connection. Never the whole table at once.
 */
async function* tableRows(tx: AnyDb, open: OpenDatabase, table: string, batch: number, cursor: string): AsyncGenerator<Record<string, unknown>> {
  if (open.dialect === 'postgres') {
    await sql`DECLARE ${sql.id(cursor)} NO SCROLL CURSOR FOR SELECT * FROM ${sql.table(table)}`.execute(tx);
    for (;;) {
      const r = await sql<Record<string, unknown>>`FETCH ${sql.raw(String(batch))} FROM ${sql.id(cursor)}`.execute(tx);
      if (r.rows.length === 0) break;
      yield* r.rows;
    }
    await sql`CLOSE ${sql.id(cursor)}`.execute(tx);
    return;
  }
  // The Kysely transaction holds this connection; nothing else runs on it while the statement is iterated.
  const stmt = open.sqlite!.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`);
  yield* stmt.iterate() as IterableIterator<Record<string, unknown>>;
}

/** What a snapshot reader sees: the header fields and each table's rows, parents first. */
interface SnapshotVisitor {
  start(header: Omit<DumpHeader, 'format' | 'version'>): Promise<void>;
  row(table: string, row: Record<string, unknown>): Promise<void>;
}

/**
 * Reads every table (parents before the tables that refer to them) inside one transaction, REPEATABLE READ on
 * PostgreSQL, so the rows form one consistent snapshot; binary values arrive as { $b64 }.
 */
async function readSnapshot(open: OpenDatabase, visit: SnapshotVisitor): Promise<void> {
  const db = open.db as unknown as AnyDb;
  const run = async (tx: AnyDb): Promise<void> => {
    const names = await tableNames(tx, open.dialect);
    const { order } = await foreignKeyOrder(tx, open.dialect, names);
    const binary = await binaryTables(tx, open.dialect);
    const migrations = await sql<{ name: string }>`SELECT name FROM duban_migrations ORDER BY name`.execute(tx);
    await visit.start({ dialect: open.dialect, createdAt: new Date().toISOString(), migrations: migrations.rows.map((m) => m.name), tables: order });
    for (const [i, name] of order.entries()) {
      for await (const row of tableRows(tx, open, name, binary.has(name) ? FETCH_BINARY_ROWS : FETCH_ROWS, `duban_dump_${i}`)) await visit.row(name, encode(row));
    }
  };
  if (open.dialect === 'postgres') await db.transaction().setIsolationLevel('repeatable read').execute(run);
  else await db.transaction().execute(run);
}

/** Dumps every table into memory as a version 1 dump (small databases and tests; backups stream with {@link backupDatabase}). */
export async function dumpJson(open: OpenDatabase): Promise<JsonDump> {
  const dump: JsonDump = { format: 'duban-dump', version: 1, dialect: open.dialect, createdAt: '', migrations: [], tables: {} };
  await readSnapshot(open, {
    start: async (h) => {
      Object.assign(dump, { createdAt: h.createdAt, migrations: h.migrations });
      for (const t of h.tables) dump.tables[t] = [];
    },
    row: async (t, r) => void dump.tables[t]!.push(r),
  });
  return dump;
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

/**
 * The same for one report_evidence row of a JSON dump (bytes as { $b64 }), changed in place: a storage 'disk'
 * row gets its bytes, storage 'db' and no path. Returns the problem when the file cannot be used.
 */
function inlineDumpEvidenceRow(row: Record<string, unknown>, dataDir: string | undefined): EvidenceProblem | null {
  const bytes = readEvidenceFile(dataDir, row as unknown as DiskEvidenceRow);
  if (!Buffer.isBuffer(bytes)) return bytes;
  Object.assign(row, { bytes: { $b64: bytes.toString('base64') }, storage: 'db', path: null });
  return null;
}

/** Writes lines to a file in chunks of about 1 MB (one row's line is at most one evidence file). */
class LineWriter {
  private chunks: string[] = [];
  private size = 0;

  constructor(private readonly fh: FileHandle) {}

  async line(value: unknown): Promise<void> {
    const text = JSON.stringify(value) + '\n';
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    const buf = Buffer.from(this.chunks.join(''), 'utf8');
    this.chunks = [];
    this.size = 0;
    for (let off = 0; off < buf.length; ) off += (await this.fh.write(buf, off, buf.length - off)).bytesWritten;
  }
}

/**
 * Streams a version 2 dump of a consistent snapshot to `file`, row by row, with disk evidence inlined.
 * Throws (naming every affected file) after reading everything if any evidence file is missing or damaged.
 */
async function writeDump(open: OpenDatabase, file: string, dataDir: string | undefined): Promise<{ evidence: number; fromDisk: number }> {
  const fh = await openFile(file, 'w');
  try {
    const out = new LineWriter(fh);
    const problems: EvidenceProblem[] = [];
    let rows = 0;
    let evidence = 0;
    let fromDisk = 0;
    await readSnapshot(open, {
      start: (h) => out.line({ format: 'duban-dump', version: 2, ...h } satisfies DumpHeader),
      row: async (t, r) => {
        if (t === 'report_evidence') {
          evidence++;
          if (r.storage === 'disk') {
            fromDisk++;
            const problem = inlineDumpEvidenceRow(r, dataDir);
            if (problem) problems.push(problem);
          }
        }
        rows++;
        await out.line({ t, r } satisfies DumpRow);
      },
    });
    if (problems.length) throw evidenceError(problems, dataDir);
    await out.line({ end: true, rows } satisfies DumpEnd);
    await out.flush();
    await fh.sync();
    return { evidence, fromDisk };
  } finally {
    await fh.close();
  }
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
    const counts = await writeDump(open, partial, options.dataDir);
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

/** Foreign keys between tables: children after parents, and the self-referencing columns of each table. */
async function foreignKeyOrder(db: AnyDb, dialect: string, tables: string[]): Promise<{ order: string[]; selfRefs: Map<string, string[]>; parents: Map<string, Set<string>> }> {
  const edges: { child: string; parent: string; col: string }[] = [];
  if (dialect === 'postgres') {
    const r = await sql<{ child: string; parent: string; col: string }>`
      SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent, a.attname AS col
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`.execute(db);
    edges.push(...r.rows);
  } else {
    const r = await sql<{ child: string; parent: string; col: string }>`
      SELECT m.name AS child, f."table" AS parent, f."from" AS col
      FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
      WHERE m.type = 'table' AND f.seq = 0`.execute(db);
    edges.push(...r.rows);
  }
  const selfRefs = new Map<string, string[]>();
  const parents = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.child === e.parent) selfRefs.set(e.child, [...(selfRefs.get(e.child) ?? []), e.col]);
    else parents.set(e.child, (parents.get(e.child) ?? new Set()).add(e.parent));
  }
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string, stack: Set<string>) => {
    if (seen.has(t) || stack.has(t)) return;
    stack.add(t);
    for (const p of parents.get(t) ?? []) visit(p, stack);
    seen.add(t);
    order.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return { order: order.filter((t) => tables.includes(t)), selfRefs, parents };
}

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

function restoreError(message: string): Error {
  return Object.assign(new Error(`恢复失败：${message}，数据未作任何改动`), { code: 'restore.invalid_dump' });
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

    if (open.dialect === 'sqlite') await sql`INSERT INTO tasks_fts(tasks_fts) VALUES ('rebuild')`.execute(tx);
    else {
      // The search mode describes this database's index, not the one the dump came from.
      const idx = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'tasks_search_trgm'`.execute(tx);
      const mode = idx.rows[0]?.n ? 'pg_trgm' : 'ilike';
      await sql`INSERT INTO settings (key, value) VALUES ('search_mode', ${mode}) ON CONFLICT (key) DO UPDATE SET value = ${mode}`.execute(tx);
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

/** The header of a version 2 dump when `file` starts with one (read from the first 64 KB), else null. */
function readDumpHeader(file: string): DumpHeader | null {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const n = readSync(fd, head, 0, head.length, 0);
    const newline = head.subarray(0, n).indexOf(0x0a);
    if (newline < 0) return null;
    const first = JSON.parse(head.subarray(0, newline).toString('utf8')) as Partial<DumpHeader> | null;
    return first?.format === 'duban-dump' && first.version === 2 && Array.isArray(first.tables) ? (first as DumpHeader) : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Rows of a version 2 dump file, read line by line; throws unless the file ends with its end line and row count. */
async function* dumpFileRows(file: string): AsyncGenerator<DumpRow> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  let rows = 0;
  let end: DumpEnd | null = null;
  try {
    for await (const line of lines) {
      lineNo++;
      if (lineNo === 1 || line === '') continue;
      if (end) throw restoreError(`备份文件在结束标记之后还有内容（第 ${lineNo} 行）`);
      let value: Partial<DumpRow & DumpEnd>;
      try {
        value = JSON.parse(line) as Partial<DumpRow & DumpEnd>;
      } catch {
        throw restoreError(`备份文件第 ${lineNo} 行不是有效的 JSON（文件可能已损坏）`);
      }
      if (value.end === true) end = value as DumpEnd;
      else if (typeof value.t === 'string' && value.r && typeof value.r === 'object') {
        rows++;
        yield value as DumpRow;
      } else throw restoreError(`备份文件第 ${lineNo} 行不是数据行`);
    }
  } finally {
    lines.close();
  }
  if (!end) throw restoreError('备份文件不完整（缺少结束标记，可能在复制时被截断）');
  if (end.rows !== rows) throw restoreError(`备份文件应有 ${end.rows} 行数据，实际读到 ${rows} 行`);
}

/**
 * Restores `file` into the database described by `options`. An SQLite backup file replaces the SQLite
 * database file (run while the server is stopped); a JSON dump (version 2, streamed line by line, or a
 * version 1 document) is loaded into either dialect in one transaction.
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
  const header = readDumpHeader(file);
  const dump = header ? null : (JSON.parse(readFileSync(file, 'utf8')) as JsonDump);
  const open = await openDatabase(options);
  try {
    if (header) await restoreRows(open, { tables: header.tables, ordered: true, rows: () => dumpFileRows(file) });
    else await restoreJson(open, dump!);
  } finally {
    await open.close();
  }
  return { kind: 'json' };
}
