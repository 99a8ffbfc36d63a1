import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer, type StartServerOptions } from '../../src/index.js';
import { dropPostgresSchema } from '@duban/storage';
import { freshSchemaName, pgUrl, testDatabases } from '../../../storage/test/support/databases.js';

/** A test server on one of the two databases, with its admin password. */
export interface TestServer extends RunningServer {
  adminPassword: string;
  dispose(): Promise<void>;
}

export const ADMIN_PASSWORD = 'admin-password-123';

/** The dialects to loop the HTTP suites over (PostgreSQL skipped with a message outside CI when unreachable). */
export async function serverTargets(): Promise<
  { name: 'sqlite' | 'postgres'; skipReason?: string; start(o?: Partial<StartServerOptions>): Promise<TestServer> }[]
> {
  const dbs = await testDatabases();
  return dbs.map((d) => ({
    name: d.name,
    ...(d.skipReason ? { skipReason: d.skipReason } : {}),
    async start(o: Partial<StartServerOptions> = {}) {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'duban-http-'));
      const schema = d.name === 'postgres' ? freshSchemaName() : undefined;
      const server = await startServer({
        dataDir,
        port: 0,
        adminPassword: ADMIN_PASSWORD,
        webDist: path.join(dataDir, 'no-web'),
        ...(d.name === 'postgres' ? { databaseUrl: pgUrl!, schema: schema! } : {}),
        ...o,
      });
      return {
        ...server,
        adminPassword: ADMIN_PASSWORD,
        async dispose() {
          await server.close();
          if (schema) await dropPostgresSchema(pgUrl!, schema);
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  }));
}
