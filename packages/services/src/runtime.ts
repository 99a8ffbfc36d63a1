import { getSetting, migrateToLatest, openDatabase, type DialectName, type OpenDatabase } from '@duban/storage';
import type { EvidenceStorageMode, ServiceContext } from './context.js';
import type { SecurityPolicy } from './users/security-policy.js';
import { createContext, createServices, type Services } from './index.js';

/** An open database with migrations applied and the services bound to it. */
export interface Runtime {
  open: OpenDatabase;
  ctx: ServiceContext;
  services: Services;
  /** Migrations applied while opening. */
  migrated: string[];
  /** Where new evidence uploads go. */
  evidenceStorage: EvidenceStorageMode;
  close(): Promise<void>;
}

/**
 * Where evidence uploads go unless configured: SQLite (one server with its data directory) keeps them as files
 * under the data directory; PostgreSQL keeps them in the database, which every app server sharing it can read.
 */
export function defaultEvidenceStorage(dialect: DialectName): EvidenceStorageMode {
  return dialect === 'postgres' ? 'db' : 'disk';
}

/**
 * Opens the database (PostgreSQL when `databaseUrl`, else SQLite in `dataDir`), migrates, builds services.
 * Evidence rows stored on disk are always read from `dataDir`; new uploads go to `evidenceStorage`
 * (default: {@link defaultEvidenceStorage}).
 */
export async function openRuntime(o: {
  databaseUrl?: string | undefined;
  dataDir: string;
  secret: string;
  schema?: string;
  today?: () => string;
  evidenceStorage?: EvidenceStorageMode | undefined;
  security?: Partial<SecurityPolicy>;
  onQuery?: (sql: string) => void;
}): Promise<Runtime> {
  const open = await openDatabase({
    url: o.databaseUrl,
    dataDir: o.dataDir,
    ...(o.schema ? { schema: o.schema } : {}),
    ...(o.onQuery ? { onQuery: o.onQuery } : {}),
  });
  try {
    const migrated = await migrateToLatest(open.db);
    const evidenceStorage = o.evidenceStorage ?? defaultEvidenceStorage(open.dialect);
    const ctx = createContext(open.db, o.secret, {
      dataDir: o.dataDir,
      evidenceStorage,
      ...(o.today ? { today: o.today } : {}),
      ...(o.security ? { security: o.security } : {}),
    });
    return { open, ctx, services: createServices(ctx), migrated, evidenceStorage, close: () => open.close() };
  } catch (e) {
    await open.close();
    throw e;
  }
}

/** How the full-text search runs on this database: SQLite's trigram index, pg_trgm, or plain ILIKE (no index). */
export async function searchModeOf(open: OpenDatabase): Promise<string> {
  return open.dialect === 'sqlite' ? 'sqlite-fts5-trigram' : ((await getSetting(open.db, 'search_mode')) ?? 'ilike');
}
