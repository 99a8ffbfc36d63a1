import { pingDatabase, type Db } from '@duban/storage';
import { createAuditService } from './audit/audit-service.js';
import { createAuthService } from './users/auth-service.js';
import { chinaToday, type EvidenceStorageMode, type ServiceContext, type TaskStatusDeriver } from './context.js';
import { createIndicatorsService } from './indicators/indicators-service.js';
import { createPlanBoardService } from './plans/plan-board-service.js';
import { createNotificationsService } from './notifications/notifications-service.js';
import { createPlanEditingService } from './plans/plan-editing-service.js';
import { createPlansService } from './plans/plans-service.js';
import { createTasksService } from './tasks/tasks-service.js';
import { createUnitsService } from './units/units-service.js';
import { createUsersService } from './users/users-service.js';
import type { SecurityPolicy } from './users/security-policy.js';
import { createReportingService, reportingStatusDeriver } from './reporting/index.js';
import { createBulletinsService, createDocumentsService } from './outputs/index.js';
import { createDeliveryService } from './delivery/delivery-admin-service.js';
import { createAssessmentService } from './assessment/index.js';

export * from './errors.js';
export * from './actor.js';
export { write, chinaToday, type ServiceContext, type AuditFn, type TaskStatusDeriver, type EvidenceStorageMode } from './context.js';
export { hashPassword, randomToken } from './users/auth-service.js';
export { refreshTaskStatus, refreshStaleStatuses, dateOnlyStatus } from './tasks/task-status.js';
export { nameSimilarity, matchUnit } from './units/units-service.js';
export { ensureAdmin, seedDemo, generatePassword, recordDemoReset, type DemoResult } from './bootstrap.js';
export type { ImportInput, ImportOptions } from './plans/plans-service.js';
export { discardAbandonedImports, IMPORT_CHUNK } from './intake/save-import.js';
export { createParsePool, sharedParsePool, type ParsePool, type ParsePoolOptions, type ParsedPlan } from './intake/parse-pool.js';
export { DEFAULT_SECURITY_POLICY, type SecurityPolicy } from './users/security-policy.js';
export { openRuntime, defaultEvidenceStorage, searchModeOf, type Runtime } from './runtime.js';
export { loadAuditConfig, applyAuditConfig, retentionCutoff, type AuditConfig } from './audit/audit-config.js';
export { startAuditRetention } from './audit/audit-retention.js';
export { startNotificationJobs, type NotificationJobsOptions } from './notifications/notification-jobs.js';

/** Every foundation use-case, bound to one context. */
export function createServices(ctx: ServiceContext) {
  const planBoard = createPlanBoardService(ctx);
  return {
    ctx,
    /** Health check: answers once the database does. */
    health: async (): Promise<{ ok: true; db: 'up' }> => {
      await pingDatabase(ctx.db);
      return { ok: true, db: 'up' };
    },
    auth: createAuthService(ctx),
    units: createUnitsService(ctx),
    users: createUsersService(ctx),
    plans: createPlansService(ctx),
    planBoard,
    tasks: createTasksService(ctx),
    planEditing: createPlanEditingService(ctx),
    notifications: createNotificationsService(ctx),
    indicators: createIndicatorsService(ctx),
    audit: createAuditService(ctx),
    reporting: createReportingService(ctx),
    bulletins: createBulletinsService(ctx, { planBoard }),
    outputs: createDocumentsService(ctx, { planBoard }),
    delivery: createDeliveryService(ctx),
    assessment: createAssessmentService(ctx),
  };
}

/** The services object the API and CLI use (other modules attach theirs alongside). */
export type Services = ReturnType<typeof createServices>;

/** Options of {@link createContext}. */
export interface ContextOptions {
  today?: () => string;
  statusDeriver?: TaskStatusDeriver;
  /** The data directory: disk evidence is read from (and, in 'disk' mode, written to) files under it. */
  dataDir?: string;
  /** Where new evidence uploads go; 'disk' needs `dataDir`. Defaults to 'disk' with a data directory, else 'db'. */
  evidenceStorage?: EvidenceStorageMode;
  /** Session, token and password rules differing from the defaults. */
  security?: Partial<SecurityPolicy>;
}

/** Builds a ServiceContext with sensible defaults (China-time today). */
export function createContext(db: Db, secret: string, opts: ContextOptions = {}): ServiceContext {
  if (opts.evidenceStorage === 'disk' && !opts.dataDir) throw new Error('evidenceStorage "disk" needs a dataDir');
  // Status and colour come from reports and the supervision rules unless a caller substitutes a deriver.
  return {
    db,
    secret,
    today: opts.today ?? chinaToday,
    statusDeriver: opts.statusDeriver ?? reportingStatusDeriver,
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    ...(opts.evidenceStorage ? { evidenceStorage: opts.evidenceStorage } : {}),
    ...(opts.security ? { security: opts.security } : {}),
  };
}
export * from './reporting/index.js';
export * from './outputs/index.js';
export * from './delivery/index.js';
export * from './reminders/index.js';
export * from './assessment/index.js';
