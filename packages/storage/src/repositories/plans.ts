import type { PlanStatus } from '@duban/core';
import { newId, nowIso, parseJson } from '../util.js';
import { updateVersioned } from '../versioned-update.js';
import type { Db, PageRequest, PageResult } from './types.js';

/** A plan: its meta, lifecycle status and counts. */
export interface PlanRecord {
  id: string;
  documentId: string | null;
  jurisdictionId: string | null;
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  date: string | null;
  planYear: number | null;
  annual: boolean;
  /** Who owes progress reports: the lead units only, or every responsible unit. */
  reportingScope: 'lead' | 'all';
  status: 'draft' | 'published';
  diagnostics: unknown[];
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  publishedBy: string | null;
  version: number;
  taskCount: number;
  indicatorCount: number;
}

/** Editable plan fields. */
export interface PlanFields {
  title?: string | null;
  issuer?: string | null;
  docNumber?: string | null;
  date?: string | null;
  planYear?: number | null;
  annual?: boolean;
  reportingScope?: 'lead' | 'all';
  jurisdictionId?: string | null;
  diagnostics?: unknown[];
}

function base(db: Db) {
  return db
    .selectFrom('plans')
    .selectAll('plans')
    .select((eb) => [
      eb
        .selectFrom('tasks')
        .select((e) => e.fn.countAll().as('n'))
        .whereRef('tasks.plan_id', '=', 'plans.id')
        .as('task_count'),
      eb
        .selectFrom('indicators')
        .select((e) => e.fn.countAll().as('n'))
        .whereRef('indicators.plan_id', '=', 'plans.id')
        .as('indicator_count'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

function toRecord(r: Row): PlanRecord {
  return {
    id: r.id,
    documentId: r.document_id,
    jurisdictionId: r.jurisdiction_id,
    title: r.title,
    issuer: r.issuer,
    docNumber: r.doc_number,
    date: r.date,
    planYear: r.plan_year,
    annual: r.annual === 1,
    reportingScope: r.reporting_scope === 'all' ? 'all' : 'lead',
    status: r.status as PlanRecord['status'],
    diagnostics: parseJson<unknown[]>(r.diagnostics, []),
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
    version: r.version,
    taskCount: Number(r.task_count ?? 0),
    indicatorCount: Number(r.indicator_count ?? 0),
  };
}

/** Plans, newest first, optionally only published ones. */
export async function listPlans(
  db: Db,
  f: { status?: PlanStatus; publishedOnly?: boolean },
  page: PageRequest,
): Promise<PageResult<PlanRecord>> {
  let q = db.selectFrom('plans').where('importing', '=', 0);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.publishedOnly) q = q.where('status', '=', 'published');
  const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  let rq = base(db).where('importing', '=', 0);
  if (f.status) rq = rq.where('status', '=', f.status);
  if (f.publishedOnly) rq = rq.where('status', '=', 'published');
  const rows = await rq
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { items: rows.map(toRecord), total, page: page.page, pageSize: page.pageSize };
}

/** One plan or undefined. */
export async function findPlan(db: Db, id: string): Promise<PlanRecord | undefined> {
  const r = await base(db).where('id', '=', id).executeTakeFirst();
  return r && toRecord(r);
}

/** A plan's id, status and title, without its diagnostics or counts: what a task read or write needs of it. */
export async function findPlanHeader(
  db: Db,
  id: string,
): Promise<{ id: string; status: PlanRecord['status']; title: string | null } | undefined> {
  const r = await db.selectFrom('plans').select(['id', 'status', 'title']).where('id', '=', id).executeTakeFirst();
  return r && { id: r.id, status: r.status as PlanRecord['status'], title: r.title };
}

/** Creates a draft plan; `importing` keeps it hidden until {@link finishPlanImport}. */
export async function insertPlan(
  db: Db,
  p: PlanFields & { documentId: string | null; createdBy: string | null; importing?: boolean },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto('plans')
    .values({
      id,
      document_id: p.documentId,
      jurisdiction_id: p.jurisdictionId ?? null,
      title: p.title ?? null,
      issuer: p.issuer ?? null,
      doc_number: p.docNumber ?? null,
      date: p.date ?? null,
      plan_year: p.planYear ?? null,
      annual: p.annual ? 1 : 0,
      reporting_scope: p.reportingScope ?? 'lead',
      status: 'draft',
      diagnostics: JSON.stringify(p.diagnostics ?? []),
      created_by: p.createdBy,
      created_at: now,
      updated_at: now,
      published_at: null,
      published_by: null,
      version: 1,
      importing: p.importing ? 1 : 0,
    })
    .execute();
  return id;
}

/** Shows a plan whose import has saved its last chunk. */
export async function finishPlanImport(db: Db, id: string): Promise<void> {
  await db.updateTable('plans').set({ importing: 0 }).where('id', '=', id).execute();
}

/** Plans an import left half-saved (its process was killed between chunks). */
export async function abandonedImports(db: Db): Promise<{ id: string; title: string | null }[]> {
  return db.selectFrom('plans').select(['id', 'title']).where('importing', '=', 1).execute();
}

/** Updates plan fields if the version matches; false on a stale version. */
export async function updatePlan(db: Db, id: string, version: number, f: PlanFields): Promise<boolean> {
  return updateVersioned(
    db,
    'plans',
    { id, version },
    {
      ...(f.title !== undefined ? { title: f.title } : {}),
      ...(f.issuer !== undefined ? { issuer: f.issuer } : {}),
      ...(f.docNumber !== undefined ? { doc_number: f.docNumber } : {}),
      ...(f.date !== undefined ? { date: f.date } : {}),
      ...(f.planYear !== undefined ? { plan_year: f.planYear } : {}),
      ...(f.annual !== undefined ? { annual: f.annual ? 1 : 0 } : {}),
      ...(f.reportingScope !== undefined ? { reporting_scope: f.reportingScope } : {}),
      ...(f.jurisdictionId !== undefined ? { jurisdiction_id: f.jurisdictionId } : {}),
      ...(f.diagnostics !== undefined ? { diagnostics: JSON.stringify(f.diagnostics) } : {}),
      updated_at: nowIso(),
    },
  );
}

/** Publishes a draft plan if the version matches; false on a stale version or a plan already published. */
export async function publishPlan(db: Db, id: string, version: number, by: string | null): Promise<boolean> {
  const now = nowIso();
  return updateVersioned(
    db,
    'plans',
    { id, version, where: { status: 'draft' } },
    { status: 'published', published_at: now, published_by: by, updated_at: now },
  );
}

/** Deletes a plan with its tasks and indicators (cascade) and its document. */
export async function deletePlan(db: Db, id: string): Promise<void> {
  const p = await db.selectFrom('plans').select('document_id').where('id', '=', id).executeTakeFirst();
  await db.deleteFrom('plans').where('id', '=', id).execute();
  if (p?.document_id) await db.deleteFrom('documents').where('id', '=', p.document_id).execute();
}
