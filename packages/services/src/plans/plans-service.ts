import { webcrypto } from 'node:crypto';
import type { PlanDetail, PlanStatus, PlanView } from '@duban/core';
import {
  deletePlan,
  findDocument,
  findDocumentBytes,
  findJurisdiction,
  findPlanByUploadSha,
  findPlan,
  listIndicators,
  listPlanTasks,
  listPlans,
  publishPlan,
  updatePlan,
  type Db,
  type PageRequest,
  type PageResult,
  type PlanFields,
  type PlanRecord,
} from '@duban/storage';
import { readsDrafts, requireAdmin, type Actor } from '../actor.js';
import { write, type AuditFn, type ServiceContext } from '../context.js';
import { DomainError, conflict, invalid, notFound } from '../errors.js';
import { sharedParsePool } from '../intake/parse-pool.js';
import { saveImportedPlan } from '../intake/save-import.js';
import { presentIndicator, presentPlan, presentTask } from '../presenters.js';
import { refreshTaskStatus } from '../tasks/task-status.js';
import { resolveExactMatches } from '../units/exact-unit-matches.js';

/** What `importPlan` reads: uploaded bytes, or pasted text. */
export type ImportInput = { fileName: string; bytes: Uint8Array } | { fileName: string; text: string };

/** How `importPlan` runs: duplicates refused (uploads only), cancellation, and the import options proper. */
export interface ImportOptions {
  publish?: boolean;
  createUnits?: boolean;
  jurisdictionId?: string;
  /** 'refuse': an upload whose bytes made an existing plan fails with 409 `plan.duplicate` (details name it). */
  duplicates?: 'refuse' | 'allow';
  /** Aborting stops the parse and rolls back a write not yet committed: no draft is created. */
  signal?: AbortSignal;
}

async function refuseDuplicate(db: Db, input: ImportInput): Promise<void> {
  if (!('bytes' in input)) return;
  // WebCrypto hashes on the thread pool: 20 MB never holds up the event loop.
  const sha = Buffer.from(await webcrypto.subtle.digest('SHA-256', input.bytes)).toString('hex');
  const existing = await findPlanByUploadSha(db, sha);
  if (!existing) return;
  const what = existing.status === 'draft' ? '草稿' : '已发布的方案';
  throw new DomainError('conflict', 'plan.duplicate', `同一文件已导入过（${what}《${existing.title ?? '未命名'}》），可打开已有的${what}`, {
    planId: existing.id,
    status: existing.status,
    title: existing.title,
  });
}

export { guessJurisdiction } from '../intake/save-import.js';

/** Plans: import into a draft, review, publish. */
export function createPlansService(ctx: ServiceContext) {
  async function load(db: Db, actor: Actor, id: string): Promise<PlanRecord> {
    const p = await findPlan(db, id);
    // Drafts are the office's working copies: others get "not found", not a hint that a draft exists.
    if (!p || (p.status === 'draft' && !readsDrafts(actor))) throw notFound('plan', '计划不存在');
    return p;
  }

  async function fileNameOf(db: Db, p: PlanRecord): Promise<string | null> {
    return p.documentId ? ((await findDocument(db, p.documentId))?.fileName ?? null) : null;
  }

  async function detail(db: Db, p: PlanRecord): Promise<PlanDetail> {
    const tasks = (await listPlanTasks(db, p.id)).map(presentTask);
    const unresolved = [...new Set(tasks.flatMap((t) => t.units.filter((u) => !u.unitId).map((u) => u.name)))];
    return {
      ...presentPlan(p, await fileNameOf(db, p)),
      tasks,
      indicators: (await listIndicators(db, { planId: p.id })).map(presentIndicator),
      diagnostics: p.diagnostics as PlanDetail['diagnostics'],
      unresolvedUnits: unresolved,
    };
  }

  async function publishIn(tx: Db, actor: Actor, audit: AuditFn, p: PlanRecord): Promise<void> {
    if (p.status === 'published') throw new DomainError('conflict', 'plan.already_published', '计划已发布');
    let tasks = await listPlanTasks(tx, p.id);
    if (tasks.length === 0) throw invalid('plan.no_tasks', '计划中没有任务，不能发布');
    // Names that match a directory unit exactly by now (created or aliased during the review) are mapped, not refused.
    if (await resolveExactMatches(tx, audit, p.id, tasks)) tasks = await listPlanTasks(tx, p.id);
    const unresolved = [...new Set(tasks.flatMap((t) => t.assignments.filter((a) => !a.unitId).map((a) => a.name)))];
    if (unresolved.length)
      throw invalid('plan.unresolved_units', `还有 ${unresolved.length} 个单位名称未对应到单位名录，请先处理`, { names: unresolved });
    if (!(await publishPlan(tx, p.id, p.version, actor.userId || null))) throw conflict('plan');
    await refreshTaskStatus(
      ctx,
      tx,
      tasks.map((t) => t.id),
    );
    await audit('plan', p.id, 'publish', { status: 'draft' }, { status: 'published' });
  }

  return {
    /**
     * Imports a document into a draft plan, whole or not at all (saved in chunks: see saveImportedPlan): the
     * document (bytes + text), tasks with unit assignments resolved through the directory, indicators and diagnostics. Unknown unit names stay unresolved
     * (with a diagnostic) unless `createUnits`; `publish` also publishes (and implies `createUnits`).
     * Parsing runs in the worker pool (limits, time and memory budget: see createParsePool).
     */
    async importPlan(actor: Actor, input: ImportInput, opts: ImportOptions = {}): Promise<PlanDetail> {
      requireAdmin(actor);
      if (opts.jurisdictionId && !(await findJurisdiction(ctx.db, opts.jurisdictionId)))
        throw invalid('plan.jurisdiction_unknown', '行政区划不存在');
      if (opts.duplicates === 'refuse') await refuseDuplicate(ctx.db, input);
      const parsed = await sharedParsePool().parse(
        'bytes' in input ? { bytes: input.bytes, fileName: input.fileName } : { text: input.text, fileName: input.fileName },
        opts.signal,
      );
      const id = await saveImportedPlan(ctx, actor, parsed, {
        fileName: input.fileName,
        bytes: 'bytes' in input ? input.bytes : null,
        createUnits: Boolean(opts.createUnits || opts.publish),
        jurisdictionId: opts.jurisdictionId,
        signal: opts.signal,
        ...(opts.publish ? { finish: (tx, audit, plan) => publishIn(tx, actor, audit, plan) } : {}),
      });
      return detail(ctx.db, (await findPlan(ctx.db, id))!);
    },

    /** Plans visible to the actor (drafts only for admins and leaders). */
    async list(actor: Actor, f: { status?: PlanStatus }, page: PageRequest): Promise<PageResult<PlanView>> {
      const r = await listPlans(ctx.db, { ...f, publishedOnly: !readsDrafts(actor) }, page);
      const items = [];
      for (const p of r.items) items.push(presentPlan(p, await fileNameOf(ctx.db, p)));
      return { ...r, items };
    },

    /** A plan with its tasks, indicators and diagnostics. */
    async get(actor: Actor, id: string): Promise<PlanDetail> {
      return detail(ctx.db, await load(ctx.db, actor, id));
    },

    /** The extracted source text with the spans of tasks and indicators (review screen). */
    async source(actor: Actor, id: string) {
      const p = await load(ctx.db, actor, id);
      const doc = p.documentId ? await findDocument(ctx.db, p.documentId) : undefined;
      if (!doc) throw notFound('document', '该计划没有原文');
      const tasks = await listPlanTasks(ctx.db, id);
      const indicators = await listIndicators(ctx.db, { planId: id });
      return {
        planId: id,
        fileName: doc.fileName,
        format: doc.format,
        text: doc.text,
        tasks: tasks.map((t) => ({ id: t.id, number: t.number, source: t.source })),
        indicators: indicators.map((i) => ({ id: i.id, name: i.name, source: i.source })),
        diagnostics: p.diagnostics as PlanDetail['diagnostics'],
      };
    },

    /** The original uploaded file (or the pasted text as UTF-8) with its name. */
    async document(actor: Actor, id: string): Promise<{ fileName: string; format: string; bytes: Buffer }> {
      const p = await load(ctx.db, actor, id);
      const doc = p.documentId ? await findDocument(ctx.db, p.documentId) : undefined;
      if (!doc) throw notFound('document', '该计划没有原文');
      const bytes = (await findDocumentBytes(ctx.db, doc.id)) ?? Buffer.from(doc.text, 'utf8');
      return { fileName: doc.fileName, format: doc.format, bytes };
    },

    /** Edits plan meta (admin). */
    async update(actor: Actor, id: string, patch: PlanFields & { version: number }): Promise<PlanDetail> {
      requireAdmin(actor);
      if (patch.jurisdictionId && !(await findJurisdiction(ctx.db, patch.jurisdictionId)))
        throw invalid('plan.jurisdiction_unknown', '行政区划不存在');
      await write(ctx, actor, async (tx, audit) => {
        const before = await load(tx, actor, id);
        const { version, ...fields } = patch;
        if (!(await updatePlan(tx, id, version, fields))) throw conflict('plan', presentPlan(before, null));
        const after = (await findPlan(tx, id))!;
        // Who owes reports decides the report warnings: re-derive the plan's items with the new scope.
        if (after.reportingScope !== before.reportingScope)
          await refreshTaskStatus(
            ctx,
            tx,
            (await listPlanTasks(tx, id)).map((t) => t.id),
          );
        await audit('plan', id, 'update', presentPlan(before, null), presentPlan(after, null));
      });
      return detail(ctx.db, (await findPlan(ctx.db, id))!);
    },

    /** Publishes a reviewed draft (admin): every unit name must map to a directory unit. */
    async publish(actor: Actor, id: string): Promise<PlanDetail> {
      requireAdmin(actor);
      await write(ctx, actor, async (tx, audit) => publishIn(tx, actor, audit, await load(tx, actor, id)));
      return detail(ctx.db, (await findPlan(ctx.db, id))!);
    },

    /** Deletes a draft with its tasks, indicators and document (admin). */
    async remove(actor: Actor, id: string): Promise<void> {
      requireAdmin(actor);
      await write(ctx, actor, async (tx, audit) => {
        const p = await load(tx, actor, id);
        if (p.status !== 'draft') throw new DomainError('conflict', 'plan.published_not_deletable', '已发布的计划不能删除');
        await deletePlan(tx, id);
        await audit('plan', id, 'delete', presentPlan(p, null), null);
      });
    },
  };
}

export type PlansService = ReturnType<typeof createPlansService>;
