import { migrateToLatest, openDatabase, type OpenDatabase } from '@duban/storage';
import { createContext, createServices, type ServiceContext, type Services } from '@duban/services';

/** An open database with migrations applied and the services bound to it. */
export interface Runtime {
  open: OpenDatabase;
  ctx: ServiceContext;
  services: Services;
  /** Migrations applied while opening. */
  migrated: string[];
  close(): Promise<void>;
}

/** Opens the database (PostgreSQL when `databaseUrl`, else SQLite in `dataDir`), migrates, builds services. */
export async function openRuntime(o: { databaseUrl?: string | undefined; dataDir: string; secret: string; schema?: string; today?: () => string }): Promise<Runtime> {
  const open = await openDatabase({ url: o.databaseUrl, dataDir: o.dataDir, ...(o.schema ? { schema: o.schema } : {}) });
  try {
    const migrated = await migrateToLatest(open.db);
    const ctx = createContext(open.db, o.secret, o.today ? { today: o.today } : {});
    return { open, ctx, services: createServices(ctx), migrated, close: () => open.close() };
  } catch (e) {
    await open.close();
    throw e;
  }
}
