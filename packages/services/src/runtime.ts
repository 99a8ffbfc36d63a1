import { migrateToLatest, openDatabase, type DialectName, type OpenDatabase } from '@duban/storage';
import {
  createContext,
  createServices,
  type EvidenceStorageMode,
  type SecurityPolicy,
  type ServiceContext,
  type Services,
} from '@duban/services';

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
