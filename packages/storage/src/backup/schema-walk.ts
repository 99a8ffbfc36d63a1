import { sql, type Kysely } from 'kysely';

/** Any table, any row: backup and restore walk the schema they find rather than the typed one. */
export type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

const MIGRATION_TABLES = new Set(['duban_migrations', 'duban_migrations_lock']);

/** The data tables of the database (not the migration bookkeeping, not SQLite's full-text shadow tables). */
export async function tableNames(db: AnyDb, dialect: string): Promise<string[]> {
  if (dialect === 'postgres') {
    const r = await sql<{
      table_name: string;
    }>`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(
      db,
    );
    return r.rows.map((x) => x.table_name).filter((n) => !MIGRATION_TABLES.has(n));
  }
  const r = await sql<{
    name: string;
    sql: string | null;
  }>`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(db);
  const virtual = r.rows.filter((x) => x.sql?.startsWith('CREATE VIRTUAL')).map((x) => x.name);
  return r.rows.map((x) => x.name).filter((n) => !MIGRATION_TABLES.has(n) && !virtual.some((v) => n === v || n.startsWith(`${v}_`)));
}

/** Tables with a binary (bytea/blob) column. */
export async function binaryTables(db: AnyDb, dialect: string): Promise<Set<string>> {
  const r =
    dialect === 'postgres'
      ? await sql<{
          name: string;
        }>`SELECT DISTINCT table_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND data_type = 'bytea'`.execute(
          db,
        )
      : await sql<{
          name: string;
        }>`SELECT DISTINCT m.name AS name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND upper(c.type) = 'BLOB'`.execute(
          db,
        );
  return new Set(r.rows.map((x) => x.name));
}

/** Foreign keys between tables: children after parents, and the self-referencing columns of each table. */
export async function foreignKeyOrder(
  db: AnyDb,
  dialect: string,
  tables: string[],
): Promise<{ order: string[]; selfRefs: Map<string, string[]>; parents: Map<string, Set<string>> }> {
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
