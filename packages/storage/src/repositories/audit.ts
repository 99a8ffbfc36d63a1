import { appendAuditEntries } from '../audit/chain.js';
import { parseJson } from '../util.js';
import type { Db, PageRequest, PageResult } from './types.js';

/** One audit entry: who did what to which entity, with before/after snapshots. */
export interface AuditRecord {
  id: string;
  at: string;
  userId: string | null;
  username: string | null;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

/** Appends one entry to the hash-chained log (append-only: there is no update or delete; see audit/chain.ts). */
export async function appendAudit(db: Db, e: Omit<AuditRecord, 'id' | 'at'>): Promise<void> {
  await appendAuditEntries(db, [e]);
}

/** Filters for the audit query. */
export interface AuditFilter {
  entity?: string;
  entityId?: string;
  userId?: string;
  username?: string;
  from?: string;
  to?: string;
}

/** Entries matching the filter, newest first. */
export async function queryAudit(db: Db, f: AuditFilter, page: PageRequest): Promise<PageResult<AuditRecord>> {
  let q = db.selectFrom('audit_log');
  if (f.entity) q = q.where('entity', '=', f.entity);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.userId) q = q.where('user_id', '=', f.userId);
  if (f.username) q = q.where('username', '=', f.username);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<=', f.to);
  const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await q
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  const items = rows.map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.user_id,
    username: r.username,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    before: parseJson<unknown>(r.before, null),
    after: parseJson<unknown>(r.after, null),
    reason: r.reason,
  }));
  return { items, total, page: page.page, pageSize: page.pageSize };
}
