import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  applyAuditConfig,
  discardAbandonedImports,
  ensureAdmin,
  loadAuditConfig,
  openRuntime,
  searchModeOf,
  seedDemo,
  startAuditRetention,
  startNotificationJobs,
  type DemoResult,
  type EvidenceStorageMode,
  type NotificationJobsOptions,
  type Runtime,
  type SecurityPolicy,
  type Services,
} from '@duban/services';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { writeRunMarker, type OwnRunMarker } from './run-marker.js';

/** The project's sample plans and the built web app, found relative to this package. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples', import.meta.url));
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Options of `startServer`. */
export interface StartServerOptions {
  /** postgres://… — PostgreSQL; otherwise SQLite in `dataDir`. */
  databaseUrl?: string;
  /** PostgreSQL schema to use (tests: a fresh one per run). */
  schema?: string;
  dataDir: string;
  /** 0 = an ephemeral port (tests). */
  port: number;
  host?: string;
  /** Seed the demo (sample plans, demo users) on first start. */
  demo?: boolean;
  samplesDir?: string;
  webDist?: string;
  /** The first admin's password (else generated and returned once). */
  adminPassword?: string;
  sessionSecret?: string;
  secureCookies?: boolean;
  logger?: boolean | { level: string };
  /** Reverse proxies in front: how many (hops of X-Forwarded-For trusted; 0: none), or their addresses. */
  trustProxy?: number | string;
  /** Fixed "today" (YYYY-MM-DD) for deterministic status derivation in tests. */
  today?: () => string;
  /** Where new evidence uploads go (DUBAN_EVIDENCE_STORAGE); default 'disk' on SQLite, 'db' on PostgreSQL. */
  evidenceStorage?: EvidenceStorageMode;
  /** Session, token and password rules differing from the defaults (DUBAN_IDLE_MINUTES, DUBAN_TOKEN_DAYS). */
  security?: Partial<SecurityPolicy>;
  /**
   * Notification jobs beside the server. Default: the delivery worker runs, the reminder sweep does not (tests
   * with a fixed day would get reminders they did not ask for); `duban serve` turns the sweep on.
   */
  notificationJobs?: Partial<NotificationJobsOptions>;
  /** Sees the SQL of every statement the server sends (tests count statements per request). */
  onQuery?: (sql: string) => void;
}

/** A running server. */
export interface RunningServer {
  url: string;
  app: FastifyInstance;
  services: Services;
  db: Runtime['open'];
  /** Credentials of the admin created at this start (null when users already existed). */
  admin: { username: string; password: string; generated: boolean } | null;
  demo: DemoResult | null;
  /** Why no sample plans were imported (e.g. no samples directory), when that happened. */
  demoNote: string | null;
  searchMode: string;
  /** Where new evidence uploads go. */
  evidenceStorage: EvidenceStorageMode;
  close(): Promise<void>;
}

/** The demo's sample plans: every document file of `dir`, by name. */
export function readSamples(dir: string): { fileName: string; bytes: Uint8Array }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(txt|html?|docx|pdf)$/i.test(f))
    .sort()
    .map((f) => ({ fileName: f, bytes: readFileSync(path.join(dir, f)) }));
}

/**
 * Marks the data directory as in use by this server (see run-marker.ts) before the database is opened. On SQLite a
 * failure is fatal (the directory holds the database, so it must be writable); with PostgreSQL the data directory
 * may be read-only, so it is only warned about.
 */
function markDataDir(o: StartServerOptions): OwnRunMarker | null {
  try {
    return writeRunMarker(o.dataDir);
  } catch (e) {
    if (!o.databaseUrl) throw e;
    process.emitWarning(`无法在数据目录写入运行标记（${(e as Error).message}），duban restore 将无法发现此服务`);
    return null;
  }
}

/**
 * Opens and migrates the database, creates the first admin, optionally seeds the demo, and listens.
 * The composition of storage, services, the API and the static web app. Used by `duban serve` and by the HTTP and
 * browser tests (`port: 0`). While the database is open, a marker file
 * `DATA_DIR/run/server-<pid>-<id>.pid` says so (`duban restore` refuses while one is alive); `close` removes it.
 */
export async function startServer(o: StartServerOptions): Promise<RunningServer> {
  const marker = markDataDir(o);
  const runtime = await openRuntime({
    databaseUrl: o.databaseUrl,
    dataDir: o.dataDir,
    secret: o.sessionSecret ?? 'test-secret-not-for-production',
    ...(o.schema ? { schema: o.schema } : {}),
    ...(o.today ? { today: o.today } : {}),
    ...(o.evidenceStorage ? { evidenceStorage: o.evidenceStorage } : {}),
    ...(o.security ? { security: o.security } : {}),
    ...(o.onQuery ? { onQuery: o.onQuery } : {}),
  }).catch((e: unknown) => {
    marker?.remove();
    throw e;
  });
  let retention: { stop(): Promise<void> } | null = null;
  let jobs: { stop(): Promise<void> } | null = null;
  try {
    const audit = loadAuditConfig();
    await applyAuditConfig(runtime.open.db, audit);
    retention = startAuditRetention(runtime.open.db, audit);
    // An import killed between its chunks left a hidden, half-saved draft: remove it before serving.
    await discardAbandonedImports(runtime.ctx);
    const admin = await ensureAdmin(runtime.ctx, runtime.services, o.adminPassword);
    let demo: DemoResult | null = null;
    let demoNote: string | null = null;
    if (o.demo) {
      const samples = readSamples(o.samplesDir ?? SAMPLES_DIR);
      if (samples.length === 0) demoNote = `没有找到示例计划（${o.samplesDir ?? SAMPLES_DIR}），未导入任何计划`;
      demo = await seedDemo(runtime.ctx, runtime.services, samples);
    }
    const searchMode = await searchModeOf(runtime.open);
    const app = await buildApp({
      services: runtime.services,
      webDist: o.webDist ?? WEB_DIST,
      secureCookies: o.secureCookies ?? false,
      logger: o.logger ?? false,
      trustProxy: o.trustProxy ?? 0,
    });
    await app.listen({ port: o.port, host: o.host ?? '127.0.0.1' });
    jobs = startNotificationJobs(runtime.ctx, { delivery: true, sweepMinutes: null, reminderDays: 3, ...o.notificationJobs });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : o.port;
    const host = o.host && o.host !== '0.0.0.0' ? o.host : '127.0.0.1';
    const url = `http://${host}:${port}`;
    marker?.update({ url });
    return {
      url,
      app,
      services: runtime.services,
      db: runtime.open,
      admin,
      demo,
      demoNote,
      searchMode,
      evidenceStorage: runtime.evidenceStorage,
      close: async () => {
        await app.close();
        await jobs?.stop();
        await retention?.stop();
        await runtime.close();
        // Only once the database is closed (if closing fails the marker stays until the process exits).
        marker?.remove();
      },
    };
  } catch (e) {
    await jobs?.stop();
    await retention?.stop();
    await runtime.close();
    marker?.remove();
    throw e;
  }
}
