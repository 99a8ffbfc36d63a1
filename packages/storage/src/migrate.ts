import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { dialectOf } from './dialect.js';
import { migrations as builtIn } from './migrations/index.js';

/** Extra migrations registered by other modules (keys must sort after the ones they depend on). */
const extra: Record<string, Migration> = {};

/** Adds migrations from another module; call before `migrateToLatest`. */
export function registerMigrations(more: Record<string, Migration>): void {
  Object.assign(extra, more);
}

/** Names of every migration this version knows (built-in and registered), in the order they run. */
export function knownMigrationNames(): string[] {
  return Object.keys({ ...builtIn, ...extra }).sort();
}

/** Brings the schema up to date; returns the names of the migrations applied now. Throws on failure. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const all = { ...builtIn, ...extra };
  // On PostgreSQL pin the bookkeeping tables to the current schema: Kysely otherwise looks for them in every
  // schema and mistakes another run's tables (parallel test schemas) for ours.
  const schema = dialectOf(db) === 'postgres' ? (await sql<{ s: string }>`SELECT current_schema() AS s`.execute(db)).rows[0]?.s : undefined;
  const migrator = new Migrator({
    db,
    ...(schema ? { migrationTableSchema: schema } : {}),
    provider: { getMigrations: async () => all },
    migrationTableName: 'duban_migrations',
    migrationLockTableName: 'duban_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
