import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type KyselyConfig, type LogEvent } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import type { DialectName } from './dialect.js';

/** Where the data lives: a PostgreSQL URL, or else an SQLite file in `dataDir`. */
export interface DatabaseOptions {
  /** postgres://… — when set, PostgreSQL is used. */
  url?: string | undefined;
  /** Directory of the embedded SQLite database (duban.sqlite). */
  dataDir?: string;
  /** SQLite only: an explicit file (':memory:' for tests). */
  file?: string;
  /** PostgreSQL only: the schema to work in (created if missing; tests use a fresh one per run). */
  schema?: string;
  /** Called with the SQL text of every statement sent, transaction control included (tests count them per request). */
  onQuery?: (sql: string) => void;
}

/** An open database: the Kysely handle plus what backup/restore need. */
export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The raw better-sqlite3 handle (SQLite only). */
  sqlite?: SqliteDatabase.Database;
  /** The SQLite file path (SQLite only). */
  file?: string;
  /** The PostgreSQL schema in use (PostgreSQL only). */
  schema?: string;
  close(): Promise<void>;
}

const identifier = /^[a-z_][a-z0-9_]*$/;

// PG returns int8 (count(*)) as strings; numeric as strings. Parse numeric/float8 as JS numbers.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/**
 * Kysely prepares every query anew; better-sqlite3 statements are reusable, so keep the prepared statements of
 * recent SQL texts (queries run one at a time on the single connection, never interleaved).
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDatabase.Database {
  const cache = new Map<string, SqliteDatabase.Statement>();
  const prepare = (source: string) => {
    let stmt = cache.get(source);
    if (!stmt) {
      stmt = sqlite.prepare(source);
      if (cache.size >= 1000) cache.clear();
      cache.set(source, stmt);
    }
    return stmt;
  };
  return { prepare, close: () => sqlite.close() } as unknown as SqliteDatabase.Database;
}

/** The SQLite database file the options point at. */
export function sqliteFile(options: DatabaseOptions): string {
  return options.file ?? path.join(options.dataDir ?? './data', 'duban.sqlite');
}

/** Opens (creating when needed) the database described by `options`. Does not migrate. */
export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  if (options.url) return openPostgres(options.url, options.schema, observe(options.onQuery));
  const file = sqliteFile(options);
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  // WAL with NORMAL sync is durable across application crashes and does not fsync on every commit.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), ...observe(options.onQuery) });
  const close = async () => {
    await db.destroy();
    // Kysely only closes a handle it has used; close it ourselves so the file is really released.
    if (sqlite.open) sqlite.close();
  };
  return { db, dialect: 'sqlite', sqlite, file, close };
}

/** Kysely's log hook when a statement observer is given (none otherwise: logging wraps every connection). */
function observe(onQuery: DatabaseOptions['onQuery']): Pick<KyselyConfig, 'log'> {
  return onQuery ? { log: (e: LogEvent) => onQuery(e.query.sql) } : {};
}

async function openPostgres(url: string, schema: string | undefined, log: Pick<KyselyConfig, 'log'>): Promise<OpenDatabase> {
  if (schema !== undefined) {
    if (!identifier.test(schema)) throw new Error(`invalid schema name: ${schema}`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await client.end();
    }
  }
  // public stays on the path: pg_trgm's operator classes live there.
  const options = schema ? `-c search_path=${schema},public` : undefined;
  const pool = new pg.Pool({ connectionString: url, max: 10, ...(options ? { options } : {}) });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...log });
  return { db, dialect: 'postgres', ...(schema ? { schema } : {}), close: () => db.destroy() };
}

/** Drops a PostgreSQL schema and everything in it (test clean-up). */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  if (!identifier.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
