import { assessmentRanking } from '../assessment/ranking-service.js';
import { bulletinDataSchema, bulletinTextBlocksSchema, type BulletinTextBlocks, type BulletinView } from '@duban/core';
import {
  bulletinFile,
  deleteBulletinDraft,
  findBulletin,
  findBulletinTemplate,
  findJurisdiction,
  findPlan,
  findPeriod,
  insertBulletin,
  listBulletins,
  markBulletinIssued,
  nowIso,
  saveBulletinTemplate,
  updateBulletinDraft,
  type BulletinRecord,
} from '@duban/storage';
import { isAdmin, requireAdmin, type Actor } from '../actor.js';
import { write, type ServiceContext } from '../context.js';
import { conflict, invalid, notFound } from '../errors.js';
import { getDashboard } from '../reporting/dashboard-service.js';
import { getSupervision } from '../reporting/supervision-service.js';
import { rdb, requireReader } from '../reporting/access.js';
import type { createPlanBoardService } from '../plans/plan-board-service.js';
import { composeBulletin } from './bulletin-data.js';
import { buildBulletinDocx } from './bulletin-docx.js';
import { BULLETIN_PLACEHOLDERS, DEFAULT_BULLETIN_TEMPLATE } from './bulletin-template.js';
import { docxToPdf } from './pdf.js';
import { DOCX_MIME, PDF_MIME, type OutputFile } from './output-file.js';

type PlanBoardService = ReturnType<typeof createPlanBoardService>;

function present(r: BulletinRecord): BulletinView {
  return {
    id: r.id,
    planId: r.planId,
    periodId: r.periodId,
    title: r.title,
    status: r.status,
    data: bulletinDataSchema.parse(r.data),
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    issuedAt: r.issuedAt,
    issuedBy: r.issuedBy,
    version: r.version,
  };
}

/** 情况通报: templates, drafts generated from the dashboard, editing, issuing, the issued list and downloads. */
export function createBulletinsService(ctx: ServiceContext, deps: { planBoard: PlanBoardService }) {
  async function publishedPlan(planId: string) {
    const plan = await findPlan(ctx.db, planId);
    if (!plan || plan.status !== 'published') throw notFound('plan', '方案不存在或未发布');
    return plan;
  }

  /** The plan's template, else its jurisdiction's, else the default; `custom` when the office saved one. */
  async function template(planId: string, jurisdictionId: string | null): Promise<{ blocks: BulletinTextBlocks; custom: boolean }> {
    for (const [scope, id] of [
      ['plan', planId],
      ['jurisdiction', jurisdictionId],
    ] as const) {
      if (!id) continue;
      const found = await findBulletinTemplate(ctx.db, scope, id);
      const parsed = bulletinTextBlocksSchema.safeParse(found?.blocks);
      if (parsed.success) return { blocks: parsed.data, custom: true };
    }
    return { blocks: { ...DEFAULT_BULLETIN_TEMPLATE }, custom: false };
  }

  async function readable(actor: Actor, id: string): Promise<BulletinRecord> {
    requireReader(actor);
    const b = await findBulletin(ctx.db, id);
    // Drafts are the office's working copies; others only ever see issued bulletins.
    if (!b || (b.status === 'draft' && !isAdmin(actor))) throw notFound('bulletin', '通报不存在');
    return b;
  }

  return {
    async template(actor: Actor, planId: string) {
      requireReader(actor);
      const plan = await publishedPlan(planId);
      return { planId, ...(await template(planId, plan.jurisdictionId)), placeholders: Object.keys(BULLETIN_PLACEHOLDERS) };
    },

    async saveTemplate(actor: Actor, planId: string, blocks: BulletinTextBlocks) {
      requireAdmin(actor);
      await publishedPlan(planId);
      await write(ctx, actor, async (tx, audit) => {
        const before = await saveBulletinTemplate(tx, 'plan', planId, blocks, actor.userId || null);
        await audit('bulletin_template', planId, 'save', before, blocks);
      });
      return { planId, blocks, custom: true, placeholders: Object.keys(BULLETIN_PLACEHOLDERS) };
    },

    /** The template plans of a jurisdiction use unless they have their own (`custom` when the office saved one). */
    async jurisdictionTemplate(actor: Actor, jurisdictionId: string) {
      requireReader(actor);
      if (!(await findJurisdiction(ctx.db, jurisdictionId))) throw notFound('jurisdiction', '行政区划不存在');
      const found = bulletinTextBlocksSchema.safeParse((await findBulletinTemplate(ctx.db, 'jurisdiction', jurisdictionId))?.blocks);
      const blocks = found.success ? found.data : { ...DEFAULT_BULLETIN_TEMPLATE };
      return { jurisdictionId, blocks, custom: found.success, placeholders: Object.keys(BULLETIN_PLACEHOLDERS) };
    },

    async saveJurisdictionTemplate(actor: Actor, jurisdictionId: string, blocks: BulletinTextBlocks) {
      requireAdmin(actor);
      if (!(await findJurisdiction(ctx.db, jurisdictionId))) throw notFound('jurisdiction', '行政区划不存在');
      await write(ctx, actor, async (tx, audit) => {
        const before = await saveBulletinTemplate(tx, 'jurisdiction', jurisdictionId, blocks, actor.userId || null);
        await audit('bulletin_template', jurisdictionId, 'save', before, blocks);
      });
      return { jurisdictionId, blocks, custom: true, placeholders: Object.keys(BULLETIN_PLACEHOLDERS) };
    },

    /** A new draft from the plan's current figures, labelled with the period; the text blocks come from the template. */
    async generate(actor: Actor, input: { planId: string; periodId: string; serial?: string | undefined }): Promise<BulletinView> {
      requireAdmin(actor);
      const plan = await publishedPlan(input.planId);
      const period = await findPeriod(rdb(ctx.db), input.periodId);
      if (!period || period.planId !== plan.id) throw invalid('bulletin.period_invalid', '报送周期不属于该方案');
      const [board, supervision, dashboard, tpl] = await Promise.all([
        deps.planBoard.board(actor, plan.id),
        getSupervision(ctx, actor, { plan: plan.id }),
        getDashboard(ctx, actor, { plan: plan.id }),
        template(plan.id, plan.jurisdictionId),
      ]);
      const data = composeBulletin({
        plan,
        period,
        board,
        tasks: supervision.tasks,
        dashboard,
        today: ctx.today(),
        template: tpl.blocks,
        serial: input.serial ?? null,
      });
      // The plan's latest locked 考核 results, when there are any, as the bulletin's ranking section.
      const ranking = await assessmentRanking(ctx, plan.id);
      if (ranking.entries.length > 0) {
        data.ranking = {
          title: `考核排名（${ranking.periods[0]?.name ?? ''}）`,
          rows: ranking.entries.map((e) => ({ rank: e.rank, unit: e.unitName, score: e.score, grade: e.grade || null })),
        };
      }
      const created = await write(ctx, actor, async (tx, audit) => {
        const b = await insertBulletin(tx, {
          planId: plan.id,
          periodId: period.id,
          periodLabel: period.label,
          title: data.blocks.title,
          data,
          createdBy: actor.userId || null,
        });
        await audit('bulletin', b.id, 'generate', null, { planId: plan.id, periodId: period.id, title: b.title });
        return b;
      });
      return present(created);
    },

    async list(actor: Actor, q: { plan: string; status?: 'draft' | 'issued' | undefined }) {
      requireReader(actor);
      const status = isAdmin(actor) ? q.status : 'issued';
      if (!isAdmin(actor) && q.status === 'draft') return { items: [] };
      const rows = await listBulletins(ctx.db, q.plan, status);
      return {
        items: rows.map((r) => ({
          id: r.id,
          planId: r.planId,
          periodId: r.periodId,
          periodLabel: r.periodLabel,
          title: r.title,
          status: r.status,
          createdAt: r.createdAt,
          createdBy: r.createdBy,
          issuedAt: r.issuedAt,
          issuedBy: r.issuedBy,
          version: r.version,
        })),
      };
    },

    async get(actor: Actor, id: string): Promise<BulletinView> {
      return present(await readable(actor, id));
    },

    /** Saves the office's edits of a draft's text blocks, serial or date. */
    async edit(
      actor: Actor,
      id: string,
      body: {
        version: number;
        blocks?: Partial<BulletinTextBlocks> | undefined;
        serial?: string | null | undefined;
        date?: string | undefined;
      },
    ): Promise<BulletinView> {
      requireAdmin(actor);
      return write(ctx, actor, async (tx, audit) => {
        const b = await findBulletin(tx, id);
        if (!b) throw notFound('bulletin', '通报不存在');
        if (b.status !== 'draft') throw conflict('bulletin', present(b));
        const data = bulletinDataSchema.parse(b.data);
        const next = {
          ...data,
          blocks: { ...data.blocks, ...Object.fromEntries(Object.entries(body.blocks ?? {}).filter(([, v]) => v !== undefined)) },
          ...(body.serial !== undefined ? { serial: body.serial } : {}),
          ...(body.date ? { date: body.date } : {}),
        };
        if (!next.blocks.title.trim()) throw invalid('bulletin.title_required', '通报标题不能为空');
        if (!(await updateBulletinDraft(tx, id, body.version, { title: next.blocks.title, data: next })))
          throw conflict('bulletin', present(b));
        await audit(
          'bulletin',
          id,
          'edit',
          { blocks: data.blocks, serial: data.serial, date: data.date },
          { blocks: next.blocks, serial: next.serial, date: next.date },
        );
        return present({ ...b, title: next.blocks.title, data: next, version: body.version + 1 });
      });
    },

    /** Issues a draft: its .docx is rendered once and stored, so downloads give exactly what was sent. */
    async issue(actor: Actor, id: string, version: number): Promise<BulletinView> {
      requireAdmin(actor);
      const b = await findBulletin(ctx.db, id);
      if (!b) throw notFound('bulletin', '通报不存在');
      if (b.status !== 'draft' || b.version !== version) throw conflict('bulletin', present(b));
      const file = await buildBulletinDocx(bulletinDataSchema.parse(b.data));
      const issuedAt = nowIso();
      return write(ctx, actor, async (tx, audit) => {
        if (!(await markBulletinIssued(tx, id, version, { file, issuedBy: actor.userId || null, issuedAt }))) throw conflict('bulletin');
        await audit('bulletin', id, 'issue', { status: 'draft' }, { status: 'issued', issuedAt, bytes: file.length });
        return present({ ...b, status: 'issued', issuedAt, issuedBy: actor.userId || null, hasFile: true, version: version + 1 });
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      requireAdmin(actor);
      await write(ctx, actor, async (tx, audit) => {
        const b = await findBulletin(tx, id);
        if (!b) throw notFound('bulletin', '通报不存在');
        if (!(await deleteBulletinDraft(tx, id))) throw invalid('bulletin.issued', '已印发的通报不能删除');
        await audit('bulletin', id, 'delete', { title: b.title, status: b.status }, null);
      });
    },

    /** The bulletin as .docx (issued: the stored file; draft: rendered now) or converted to PDF. */
    async file(actor: Actor, id: string, format: 'docx' | 'pdf'): Promise<OutputFile> {
      const b = await readable(actor, id);
      const docx =
        (b.status === 'issued' ? await bulletinFile(ctx.db, id) : null) ?? (await buildBulletinDocx(bulletinDataSchema.parse(b.data)));
      const name = `${b.title}${b.status === 'draft' ? '(草稿)' : ''}`;
      if (format === 'pdf') return { bytes: await docxToPdf(docx, 'bulletin'), fileName: `${name}.pdf`, mime: PDF_MIME };
      return { bytes: docx, fileName: `${name}.docx`, mime: DOCX_MIME };
    },
  };
}
