import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { dropPostgresSchema, migrateToLatest, openDatabase, type OpenDatabase } from '../../src/index.js';

/** A database the shared suites run against. */
export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** Opens a fresh, migrated database (a new in-memory SQLite, or a new PostgreSQL schema). */
  open(): Promise<OpenDatabase>;
  /** Closes it and removes what `open` created. */
  dispose(open: OpenDatabase): Promise<void>;
  /** Set when PostgreSQL is unavailable outside CI: why the suite is skipped. */
  skipReason?: string;
}

const inCi = process.env.CI === 'true' || process.env.CI === '1';
const pgUrl = process.env.DUBAN_TEST_PG_URL ?? (inCi ? 'postgres://postgres@127.0.0.1:5432/test' : undefined);

async function probe(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (e) {
    return (e as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh PostgreSQL schema name for this run (parallel runs never collide). */
export function freshSchemaName(): string {
  return `dubantest_${randomBytes(6).toString('hex')}`;
}

/**
 * The databases to loop the suites over. PostgreSQL comes from DUBAN_TEST_PG_URL; when CI=true it must be
 * reachable (a failure is thrown, never a silent skip); elsewhere an unreachable server skips with a message.
 */
export async function testDatabases(): Promise<TestDatabase[]> {
  const sqlite: TestDatabase = {
    name: 'sqlite',
    open: async () => {
      const open = await openDatabase({ file: ':memory:' });
      await migrateToLatest(open.db);
      return open;
    },
    dispose: (open) => open.close(),
  };
  const problem = pgUrl ? await probe(pgUrl) : 'DUBAN_TEST_PG_URL is not set';
  if (problem && inCi) throw new Error(`PostgreSQL is required in CI but unreachable (${pgUrl}): ${problem}`);
  const postgres: TestDatabase = {
    name: 'postgres',
    ...(problem ? { skipReason: `PostgreSQL tests skipped: ${problem}` } : {}),
    open: async () => {
      const open = await openDatabase({ url: pgUrl!, schema: freshSchemaName() });
      await migrateToLatest(open.db);
      return open;
    },
    dispose: async (open) => {
      await open.close();
      if (open.schema) await dropPostgresSchema(pgUrl!, open.schema);
    },
  };
  if (problem) console.warn(postgres.skipReason);
  return [sqlite, postgres];
}

export { pgUrl };
