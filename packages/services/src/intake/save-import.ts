import { sectionAt, type ExtractedPlan } from '@duban/core';
import {
  abandonedImports,
  deletePlan,
  deleteUnit,
  finishPlanImport,
  findPlan,
  insertDocument,
  insertIndicator,
  insertPlan,
  insertTask,
  listJurisdictions,
  unitUsage,
  type JurisdictionRecord,
  type PlanFields,
  type PlanRecord,
} from '@duban/storage';
import { systemActor, type Actor } from '../actor.js';
import { write, type AuditFn, type ServiceContext } from '../context.js';
import { DomainError } from '../errors.js';
import { ownerFromSource, type TaskSpanLead } from '../indicators/indicator-owner.js';
import { refreshTaskStatus } from '../tasks/task-status.js';
import { createUnitResolver, type ExtractedUnitName } from '../units/unit-resolver.js';
import type { ParsedPlan } from './parse-pool.js';

type Diagnostic = ExtractedPlan['diagnostics'][number];

/** Tasks saved per transaction: small enough that other requests wait tens of milliseconds, not seconds, on SQLite. */
export const IMPORT_CHUNK = 50;

export const cancelledImport = () => new DomainError('validation', 'import.cancelled', '导入已取消');

/** Lets requests queued behind a long import run (better-sqlite3 is synchronous: nothing else runs while it writes). */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function unitRefs(t: ExtractedPlan['tasks'][number]): (ExtractedUnitName & { role: 'lead' | 'participant' })[] {
  if (t.units.length > 0) return t.units.map((u) => ({ name: u.name, canonicalName: u.canonicalName, role: u.role }));
  return [
    ...t.lead.map((name) => ({ name, canonicalName: null, role: 'lead' as const })),
    ...t.participants.map((name) => ({ name, canonicalName: null, role: 'participant' as const })),
  ];
}

/** The jurisdiction named in the first text that names one (longest name wins: 云溪区 before 青川市 in 青川市云溪区). */
export function guessJurisdiction(all: JurisdictionRecord[], texts: (string | null)[]): string | null {
  const byLength = [...all].sort((a, b) => b.name.length - a.name.length);
  for (const t of texts) {
    const hit = t ? byLength.find((j) => t.includes(j.name)) : undefined;
    if (hit) return hit.id;
  }
  return null;
}

/** What the import saves besides the parsed plan. */
export interface SaveImportOptions {
  fileName: string;
  bytes: Uint8Array | null;
  createUnits: boolean;
  jurisdictionId?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Runs in the last chunk's transaction (publishing on import). */
  finish?: (tx: Parameters<Parameters<typeof write>[2]>[0], audit: AuditFn, plan: PlanRecord) => Promise<void>;
}

/**
 * Saves a parsed plan as a draft in chunks of {@link IMPORT_CHUNK} tasks, each its own transaction, so a 2,000-task
 * import never holds the database for seconds. The plan stays hidden (`importing`) until the last chunk commits; a
 * failure or cancellation on the way removes what was saved (the plan, and units created for it that nothing else
 * uses), so the import still lands whole or not at all.
 */
export async function saveImportedPlan(ctx: ServiceContext, actor: Actor, parsed: ParsedPlan, o: SaveImportOptions): Promise<string> {
  const head = await write(ctx, actor, async (tx, audit) => {
    const title = parsed.meta.title ?? o.fileName.replace(/\.[^.]+$/, '');
    const jurisdictionId = o.jurisdictionId ?? guessJurisdiction(await listJurisdictions(tx), [parsed.meta.issuer, title]);
    const resolver = await createUnitResolver(tx, { create: o.createUnits, jurisdictionId });
    const diagnostics: Diagnostic[] = [...parsed.diagnostics];
    const reported = new Set<string>();
    const assignments = [];
    for (const t of parsed.tasks) {
      const mine = [];
      for (const ref of unitRefs(t)) {
        const unit = await resolver.resolve(ref);
        if (!unit && !reported.has(ref.name)) {
          reported.add(ref.name);
          diagnostics.push({
            code: 'unit-not-in-directory',
            severity: 'warning',
            message: `单位“${ref.name}”不在单位名录中，请对应到已有单位或新建`,
            source: t.source,
          });
        }
        mine.push({ unitId: unit?.id ?? null, name: ref.name, role: ref.role });
      }
      assignments.push(mine);
    }
    const doc = await insertDocument(tx, {
      fileName: o.fileName,
      format: parsed.source.format,
      bytes: o.bytes,
      text: parsed.source.text,
      blocks: parsed.source.blocks,
    });
    const fields: PlanFields = { ...parsed.meta, title, jurisdictionId, diagnostics };
    const planId = await insertPlan(tx, { ...fields, documentId: doc.id, createdBy: actor.userId || null, importing: true });
    for (const u of resolver.created) await audit('unit', u.id, 'create', null, u, `导入《${title}》时新建`);
    await audit('plan', planId, 'import.start', null, { fileName: o.fileName, title, documentId: doc.id });
    return { planId, title, documentId: doc.id, assignments, createdUnits: resolver.created.map((u) => u.id) };
  });
  try {
    const spans: TaskSpanLead[] = [];
    for (let start = 0; start < parsed.tasks.length; start += IMPORT_CHUNK) {
      await yieldToEventLoop();
      if (o.signal?.aborted) throw cancelledImport();
      await write(ctx, actor, async (tx, audit) => {
        const ids: string[] = [];
        for (let i = start; i < Math.min(start + IMPORT_CHUNK, parsed.tasks.length); i++) {
          const t = parsed.tasks[i]!;
          const content = {
            kind: t.kind,
            number: t.number,
            path: t.path,
            title: t.title,
            text: t.text,
            due: t.due,
            ongoing: t.ongoing,
            separateLeads: t.separateLeads,
            deadlineText: t.deadlineText,
            milestones: [],
            source: t.source,
          };
          ids.push(await insertTask(tx, head.planId, i, content, head.assignments[i]!, 'not_started'));
          spans.push({ source: t.source, leadUnitId: head.assignments[i]!.find((a) => a.role === 'lead' && a.unitId)?.unitId ?? null });
        }
        await refreshTaskStatus(ctx, tx, ids);
        await audit('plan', head.planId, 'import.tasks', null, { from: start + 1, to: start + ids.length });
      });
    }
    await yieldToEventLoop();
    await write(ctx, actor, async (tx, audit) => {
      let i = 0;
      for (const ind of parsed.indicators) {
        await insertIndicator(tx, head.planId, i++, {
          name: ind.name,
          text: ind.text,
          baseline: ind.baseline,
          target: ind.target,
          unit: ind.unit,
          comparator: ind.comparator,
          due: ind.due,
          source: ind.source,
          section: sectionAt(parsed.source.text, ind.source.start),
          leadUnitId: ownerFromSource(ind.source, spans),
        });
      }
      await audit('plan', head.planId, 'import', null, {
        fileName: o.fileName,
        title: head.title,
        tasks: parsed.tasks.length,
        indicators: parsed.indicators.length,
        documentId: head.documentId,
      });
      await finishPlanImport(tx, head.planId);
      if (o.finish) await o.finish(tx, audit, (await findPlan(tx, head.planId))!);
      // Cancelled while saving: throwing here rolls this chunk back, and the ones before are removed below.
      if (o.signal?.aborted) throw cancelledImport();
    });
    return head.planId;
  } catch (e) {
    await discardImport(ctx, actor, head.planId, head.createdUnits);
    throw e;
  }
}

/** Removes a half-saved import: its plan and the units created for it that nothing else uses. */
async function discardImport(ctx: ServiceContext, actor: Actor, planId: string, createdUnits: string[]): Promise<void> {
  await write(ctx, actor, async (tx, audit) => {
    await deletePlan(tx, planId);
    await audit('plan', planId, 'delete', null, null, '导入未完成，已撤销');
    for (const id of createdUnits) {
      const usage = await unitUsage(tx, id);
      if (Object.values(usage).some((n) => n > 0)) continue;
      await deleteUnit(tx, id);
      await audit('unit', id, 'delete', null, null, '导入未完成，已撤销');
    }
  });
}

/** Removes imports a killed process left half-saved (run at start, before requests are served). */
export async function discardAbandonedImports(ctx: ServiceContext): Promise<number> {
  const left = await abandonedImports(ctx.db);
  for (const p of left) await discardImport(ctx, systemActor, p.id, []);
  return left.length;
}
