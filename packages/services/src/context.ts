import { appendAuditEntries, dialectOf, isUniqueViolation, type AuditEntry, type Db } from '@duban/storage';
import type { SupervisionColour, TaskStatus } from '@duban/core';
import type { Actor } from './actor.js';
import { DomainError } from './errors.js';
import type { SecurityPolicy } from './users/security-policy.js';

/** Derives status and colour of tasks (the reporting module replaces the default with one that reads reports). */
export type TaskStatusDeriver = (db: Db, taskIds: string[], today: string) => Promise<Map<string, DerivedTaskStatus>>;

/** A task's derived status and warning colour, as stored on its row. */
export interface DerivedTaskStatus {
  status: TaskStatus;
  colour: SupervisionColour | null;
}

/** What every service needs: the database, the secret for token hashing, and the clock. */
export interface ServiceContext {
  db: Db;
  /** Keys the HMAC of session and API tokens (from DUBAN_SESSION_SECRET). */
  secret: string;
  /** Today's date (YYYY-MM-DD); tests may fix it. */
  today(): string;
  /** Replaceable status derivation. */
  statusDeriver?: TaskStatusDeriver;
  /**
   * The data directory: evidence rows with storage 'disk' are read from files under it, and new uploads are
   * written there unless `evidenceStorage` is 'db' (without a data directory they are stored in the database).
   */
  dataDir?: string;
  /** Where new evidence uploads go: 'disk' (files under `dataDir`, the default when it is set) or 'db' (the row). */
  evidenceStorage?: EvidenceStorageMode;
  /** Session, token and password rules differing from the defaults (see security-policy.ts). */
  security?: Partial<SecurityPolicy>;
}

/** Where new evidence bytes are kept: files under the data directory, or the database row. */
export type EvidenceStorageMode = 'disk' | 'db';

/** Records one audit entry inside a write. */
export type AuditFn = (
  entity: string,
  entityId: string,
  action: string,
  before: unknown,
  after: unknown,
  reason?: string | null,
) => Promise<void>;

/**
 * The one way to write: runs `fn` in a transaction with an `audit` recorder bound to the actor, and refuses
 * to commit a write that recorded no audit entry, so no write path can forget the audit log.
 */
export async function write<T>(ctx: ServiceContext, actor: Actor, fn: (tx: Db, audit: AuditFn) => Promise<T>): Promise<T> {
  const touched = new Set<string>();
  try {
    const result = await runWrite(ctx, actor, touched, fn);
    // Bumped only after commit, so a cached lookup that read the old rows is never stored under the new generation.
    writeGenerations.set(ctx, writeGeneration(ctx) + 1);
    if ([...touched].some((e) => AUTH_ENTITIES.has(e))) authGenerations.set(ctx, authGeneration(ctx) + 1);
    return result;
  } catch (e) {
    // A unique index lost a race (two requests creating the same name at once): the later one is a conflict.
    if (isUniqueViolation(e)) {
      throw new DomainError('conflict', 'record.duplicate', '记录已存在（可能刚被他人创建），请刷新后重试');
    }
    throw e;
  }
}

const AUTH_ENTITIES = new Set(['user', 'session', 'api_token']);
const authGenerations = new WeakMap<ServiceContext, number>();
const writeGenerations = new WeakMap<ServiceContext, number>();

/** A counter that changes whenever any write through `write` committed (invalidates read-path memos). */
export function writeGeneration(ctx: ServiceContext): number {
  return writeGenerations.get(ctx) ?? 0;
}

/** A counter that changes whenever a committed write touched users, roles, sessions or tokens (invalidates auth caches). */
export function authGeneration(ctx: ServiceContext): number {
  return authGenerations.get(ctx) ?? 0;
}

const snapshot = (v: unknown): unknown => (v === undefined || v === null ? null : JSON.parse(JSON.stringify(v)));

async function runWrite<T>(
  ctx: ServiceContext,
  actor: Actor,
  touched: Set<string>,
  fn: (tx: Db, audit: AuditFn) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute(async (tx) => {
    const entries: AuditEntry[] = [];
    const audit: AuditFn = async (entity, entityId, action, before, after, reason = null) => {
      touched.add(entity);
      // Snapshotted now: the entry is written at the end, and the caller may change these objects meanwhile.
      entries.push({
        userId: actor.userId || null,
        username: actor.username,
        entity,
        entityId,
        action,
        before: snapshot(before),
        after: snapshot(after),
        reason,
      });
    };
    const result = await fn(tx, audit);
    if (entries.length === 0) throw new Error('write without an audit entry');
    // Appended last: the audit chain's head lock is then the last lock the transaction takes (no deadlock cycle).
    await appendAuditEntries(tx, entries);
    return result;
  });
}

/** True on PostgreSQL. */
export function isPostgres(ctx: ServiceContext): boolean {
  return dialectOf(ctx.db) === 'postgres';
}

/** Today as YYYY-MM-DD in UTC+8 (the plans' calendar). */
export function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
