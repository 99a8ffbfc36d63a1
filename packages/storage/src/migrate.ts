import { Migrator, type Kysely, type Migration } from 'kysely';
import { migrations as builtIn } from './migrations/index.js';

/** Extra migrations registered by other modules (keys must sort after the ones they depend on). */
const extra: Record<string, Migration> = {};

/** Adds migrations from another module; call before `migrateToLatest`. */
export function registerMigrations(more: Record<string, Migration>): void {
  Object.assign(extra, more);
}

/** Brings the schema up to date; returns the names of the migrations applied now. Throws on failure. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const all = { ...builtIn, ...extra };
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => all },
    migrationTableName: 'duban_migrations',
    migrationLockTableName: 'duban_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
