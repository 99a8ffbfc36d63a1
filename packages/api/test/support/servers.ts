/**
 * How tests start the real server (storage, services, API, static files, listener): the HTTP suites of
 * packages/api/test and the browser suites of packages/web/test call {@link startTestServer}. Each server gets its
 * own temporary data directory (and, on PostgreSQL, its own schema); `dispose` closes the server and removes both.
 * Tests that restart a server on one data directory (CLI commands, evidence storage) call `startServer` itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer, type StartServerOptions } from '../../src/index.js';
import { dropPostgresSchema } from '@duban/storage';
import { freshSchemaName, pgUrl, testDatabases } from '../../../storage/test/support/databases.js';

/** A test server on one of the two databases, with its admin password and data directory. */
export interface TestServer extends RunningServer {
  adminPassword: string;
  dataDir: string;
  /** Closes the server, then removes its data directory and PostgreSQL schema. */
  dispose(): Promise<void>;
}

export const ADMIN_PASSWORD = 'admin-password-123';

/** Options of {@link startTestServer}: those of `startServer` but the data directory and port, which it chooses. */
export interface TestServerOptions extends Partial<Omit<StartServerOptions, 'dataDir' | 'port'>> {
  /** The database engine; default SQLite (PostgreSQL needs DUBAN_TEST_PG_URL). */
  dialect?: 'sqlite' | 'postgres';
  /** Serve the built web app (packages/web/dist, the browser suites); default: no web app (API only). */
  web?: boolean;
}

/** Starts a real server on an ephemeral port of 127.0.0.1 in a fresh data directory. */
export async function startTestServer(o: TestServerOptions = {}): Promise<TestServer> {
  const { dialect = 'sqlite', web = false, ...options } = o;
  if (dialect === 'postgres' && !pgUrl) throw new Error('PostgreSQL test server needs DUBAN_TEST_PG_URL');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'duban-test-'));
  const schema = dialect === 'postgres' ? freshSchemaName() : undefined;
  const adminPassword = options.adminPassword ?? ADMIN_PASSWORD;
  const cleanUp = async () => {
    if (schema) await dropPostgresSchema(pgUrl!, schema);
    rmSync(dataDir, { recursive: true, force: true });
  };
  let server: RunningServer;
  try {
    server = await startServer({
      dataDir,
      port: 0,
      ...(web ? {} : { webDist: path.join(dataDir, 'no-web') }),
      ...(schema ? { databaseUrl: pgUrl!, schema } : {}),
      ...options,
      adminPassword,
    });
  } catch (e) {
    await cleanUp();
    throw e;
  }
  return {
    ...server,
    adminPassword,
    dataDir,
    async dispose() {
      await server.close();
      await cleanUp();
    },
  };
}

/** The dialects to loop the HTTP suites over (PostgreSQL skipped with a message outside CI when unreachable). */
export async function serverTargets(): Promise<
  { name: 'sqlite' | 'postgres'; skipReason?: string; start(o?: TestServerOptions): Promise<TestServer> }[]
> {
  const dbs = await testDatabases();
  return dbs.map((d) => ({
    name: d.name,
    ...(d.skipReason ? { skipReason: d.skipReason } : {}),
    start: (o: TestServerOptions = {}) => startTestServer({ ...o, dialect: d.name }),
  }));
}
