import { open as openFile, type FileHandle } from 'node:fs/promises';
import { sql } from 'kysely';
import type { OpenDatabase } from '../database.js';
import { encode, type DumpEnd, type DumpHeader, type DumpRow, type JsonDump } from './dump-format.js';
import { evidenceError, inlineDumpEvidenceRow, type EvidenceProblem } from './evidence-files.js';
import { binaryTables, foreignKeyOrder, tableNames, type AnyDb } from './schema-walk.js';

/** Rows fetched per round trip: few for tables with binary columns (evidence and documents run to 20 MB each). */
const FETCH_ROWS = 500;
const FETCH_BINARY_ROWS = 4;

/**
 * Every row of `table`, one at a time, read inside the caller's transaction: a PostgreSQL cursor fetched in
 * batches, or an SQLite statement iterated on the same (single) connection. Never the whole table at once.
 */
async function* tableRows(
  tx: AnyDb,
  open: OpenDatabase,
  table: string,
  batch: number,
  cursor: string,
): AsyncGenerator<Record<string, unknown>> {
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
    await visit.start({
      dialect: open.dialect,
      createdAt: new Date().toISOString(),
      migrations: migrations.rows.map((m) => m.name),
      tables: order,
    });
    for (const [i, name] of order.entries()) {
      for await (const row of tableRows(tx, open, name, binary.has(name) ? FETCH_BINARY_ROWS : FETCH_ROWS, `duban_dump_${i}`))
        await visit.row(name, encode(row));
    }
  };
  if (open.dialect === 'postgres') await db.transaction().setIsolationLevel('repeatable read').execute(run);
  else await db.transaction().execute(run);
}

/** Dumps every table into memory as a version 1 dump (small databases and tests; backups stream with `backupDatabase`). */
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
    for (let off = 0; off < buf.length;) off += (await this.fh.write(buf, off, buf.length - off)).bytesWritten;
  }
}

/**
 * Streams a version 2 dump of a consistent snapshot to `file`, row by row, with disk evidence inlined.
 * Throws (naming every affected file) after reading everything if any evidence file is missing or damaged.
 */
export async function writeDump(
  open: OpenDatabase,
  file: string,
  dataDir: string | undefined,
): Promise<{ evidence: number; fromDisk: number }> {
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
