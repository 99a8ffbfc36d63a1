import { sql } from 'kysely';
import { dialectOf } from './dialect.js';
import type { Db } from './repositories/types.js';

/**
 * Drops every table of the database (PostgreSQL: of the connection's schema only), migration records included, so
 * that `migrateToLatest` then builds an empty database exactly as on first start — seed rows of migrations too.
 * For `duban demo reset`; returns the dropped tables' names.
 */
export async function dropAllTables(db: Db): Promise<string[]> {
  const postgres = dialectOf(db) === 'postgres';
  // PostgreSQL's introspection lists every schema of the database: only the one this connection works in is dropped.
  const schema = postgres ? (await sql<{ s: string }>`SELECT current_schema() AS s`.execute(db)).rows[0]?.s : undefined;
  const list = async () =>
    (await db.introspection.getTables({ withInternalKyselyTables: true }))
      .filter((t) => !postgres || t.schema === schema)
      .map((t) => t.name);
  const tables = await list();
  if (postgres) {
    if (tables.length) await sql`DROP TABLE IF EXISTS ${sql.join(tables.map((t) => sql.table(`${schema}.${t}`)))} CASCADE`.execute(db);
    return tables;
  }
  await sql`PRAGMA foreign_keys = OFF`.execute(db);
  try {
    // A full-text table takes its shadow tables with it; they cannot be dropped on their own.
    for (const t of tables.filter((n) => n === 'tasks_fts')) await sql`DROP TABLE IF EXISTS ${sql.table(t)}`.execute(db);
    for (const t of await list()) await sql`DROP TABLE IF EXISTS ${sql.table(t)}`.execute(db);
  } finally {
    await sql`PRAGMA foreign_keys = ON`.execute(db);
  }
  return tables;
}
