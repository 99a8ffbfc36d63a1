import type { BulletinStatus, BulletinTemplateScope } from '@duban/core';
import { newId, nowIso, parseJson } from '../util.js';
import type { Db } from './types.js';
import { updateVersioned } from '../versioned-update.js';

/** Row of `bulletins`: one 情况通报 of a plan, draft or issued. */
export interface BulletinTable {
  id: string;
  plan_id: string;
  period_id: string | null;
  period_label: string;
  title: string;
  data: string;
  status: BulletinStatus;
  issued_file: Uint8Array | null;
  issued_at: string | null;
  issued_by: string | null;
  created_at: string;
  created_by: string | null;
  version: number;
}

/** Row of `bulletin_templates`: the office's text blocks for a plan or a jurisdiction. */
export interface BulletinTemplateTable {
  id: string;
  scope: BulletinTemplateScope;
  scope_id: string;
  blocks: string;
  updated_at: string;
  updated_by: string | null;
}

/** A bulletin as stored; `data` is the parsed JSON (the service validates its shape). */
export interface BulletinRecord {
  id: string;
  planId: string;
  periodId: string | null;
  periodLabel: string;
  title: string;
  status: 'draft' | 'issued';
  data: unknown;
  hasFile: boolean;
  issuedAt: string | null;
  issuedBy: string | null;
  createdAt: string;
  createdBy: string | null;
  version: number;
}

/** Where a template applies. */
export type { BulletinTemplateScope };

const table = (db: Db) => db.withTables<{ bulletins: BulletinTable; bulletin_templates: BulletinTemplateTable }>();
const COLUMNS = [
  'id',
  'plan_id',
  'period_id',
  'period_label',
  'title',
  'data',
  'status',
  'issued_at',
  'issued_by',
  'created_at',
  'created_by',
  'version',
] as const;

function toRecord(r: Omit<BulletinTable, 'issued_file'>, hasFile: boolean): BulletinRecord {
  return {
    id: r.id,
    planId: r.plan_id,
    periodId: r.period_id,
    periodLabel: r.period_label,
    title: r.title,
    status: r.status === 'issued' ? 'issued' : 'draft',
    data: parseJson<unknown>(r.data, null),
    hasFile,
    issuedAt: r.issued_at,
    issuedBy: r.issued_by,
    createdAt: r.created_at,
    createdBy: r.created_by,
    version: Number(r.version),
  };
}

/** Stores a new draft bulletin. */
export async function insertBulletin(
  db: Db,
  b: { planId: string; periodId: string | null; periodLabel: string; title: string; data: unknown; createdBy: string | null },
): Promise<BulletinRecord> {
  const row = {
    id: newId(),
    plan_id: b.planId,
    period_id: b.periodId,
    period_label: b.periodLabel,
    title: b.title,
    data: JSON.stringify(b.data),
    status: 'draft' as const,
    issued_file: null,
    issued_at: null,
    issued_by: null,
    created_at: nowIso(),
    created_by: b.createdBy,
    version: 1,
  };
  await table(db).insertInto('bulletins').values(row).execute();
  return toRecord(row, false);
}

/** One bulletin, without its file bytes. */
export async function findBulletin(db: Db, id: string): Promise<BulletinRecord | undefined> {
  const r = await table(db)
    .selectFrom('bulletins')
    .select([...COLUMNS])
    .select((eb) => eb.case().when('issued_file', 'is not', null).then(1).else(0).end().as('has_file'))
    .where('id', '=', id)
    .executeTakeFirst();
  return r && toRecord(r, Number(r.has_file) === 1);
}

/** A plan's bulletins, newest first, optionally only drafts or only issued ones. */
export async function listBulletins(db: Db, planId: string, status?: 'draft' | 'issued'): Promise<BulletinRecord[]> {
  let q = table(db)
    .selectFrom('bulletins')
    .select([...COLUMNS])
    .select((eb) => eb.case().when('issued_file', 'is not', null).then(1).else(0).end().as('has_file'))
    .where('plan_id', '=', planId);
  if (status) q = q.where('status', '=', status);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map((r) => toRecord(r, Number(r.has_file) === 1));
}

/** Replaces a draft's title and data if it is still a draft at `version`; false when stale or issued. */
export async function updateBulletinDraft(db: Db, id: string, version: number, patch: { title: string; data: unknown }): Promise<boolean> {
  return updateVersioned(
    table(db),
    'bulletins',
    { id, version, where: { status: 'draft' } },
    { title: patch.title, data: JSON.stringify(patch.data) },
  );
}

/** Marks a draft issued with the file as sent; false when stale or already issued. */
export async function markBulletinIssued(
  db: Db,
  id: string,
  version: number,
  issue: { file: Uint8Array; issuedBy: string | null; issuedAt: string },
): Promise<boolean> {
  return updateVersioned(
    table(db),
    'bulletins',
    { id, version, where: { status: 'draft' } },
    { status: 'issued', issued_file: Buffer.from(issue.file), issued_at: issue.issuedAt, issued_by: issue.issuedBy },
  );
}

/** The issued .docx of a bulletin (null for drafts). */
export async function bulletinFile(db: Db, id: string): Promise<Buffer | null> {
  const r = await table(db).selectFrom('bulletins').select('issued_file').where('id', '=', id).executeTakeFirst();
  return r?.issued_file ? Buffer.from(r.issued_file) : null;
}

/** Deletes a draft (issued bulletins stay); true when one was deleted. */
export async function deleteBulletinDraft(db: Db, id: string): Promise<boolean> {
  const res = await table(db).deleteFrom('bulletins').where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

/** The template text blocks of a plan or jurisdiction (parsed JSON), or undefined. */
export async function findBulletinTemplate(
  db: Db,
  scope: BulletinTemplateScope,
  scopeId: string,
): Promise<{ blocks: unknown; updatedAt: string; updatedBy: string | null } | undefined> {
  const r = await table(db)
    .selectFrom('bulletin_templates')
    .select(['blocks', 'updated_at', 'updated_by'])
    .where('scope', '=', scope)
    .where('scope_id', '=', scopeId)
    .executeTakeFirst();
  return r && { blocks: parseJson<unknown>(r.blocks, null), updatedAt: r.updated_at, updatedBy: r.updated_by };
}

/** Creates or replaces the template of a plan or jurisdiction; returns the previous blocks (for the audit). */
export async function saveBulletinTemplate(
  db: Db,
  scope: BulletinTemplateScope,
  scopeId: string,
  blocks: unknown,
  updatedBy: string | null,
): Promise<unknown> {
  const before = await findBulletinTemplate(db, scope, scopeId);
  const now = nowIso();
  if (before) {
    await table(db)
      .updateTable('bulletin_templates')
      .set({ blocks: JSON.stringify(blocks), updated_at: now, updated_by: updatedBy })
      .where('scope', '=', scope)
      .where('scope_id', '=', scopeId)
      .execute();
  } else {
    await table(db)
      .insertInto('bulletin_templates')
      .values({ id: newId(), scope, scope_id: scopeId, blocks: JSON.stringify(blocks), updated_at: now, updated_by: updatedBy })
      .execute();
  }
  return before?.blocks ?? null;
}
