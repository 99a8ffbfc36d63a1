import { isDocumentError, readOfficeXmlParts, type IndicatorImportResult } from '@duban/core';
import {
  findBulletinTemplate,
  findIndicator,
  findPeriod,
  findPlan,
  findTask,
  findUnit,
  findUser,
  listEmptySlots,
  listIndicators,
  listIndicatorValues,
  listReports,
} from '@duban/storage';
import { isAdmin, liaisonUnits, type Actor } from '../actor.js';
import type { ServiceContext } from '../context.js';
import { DomainError, forbidden, invalid, isDomainError, notFound } from '../errors.js';
import { rdb, readsAllReports, requireReader } from '../reporting/access.js';
import { reportIndicatorValue } from '../reporting/indicators-service.js';
import { getNotice } from '../reporting/notices-service.js';
import { getSupervision } from '../reporting/supervision-service.js';
import type { createPlanBoardService } from '../plans/plan-board-service.js';
import { buildIndicatorSheet, readIndicatorSheet } from './indicator-sheet.js';
import { buildNoticeDocx } from './notice-docx.js';
import { DOCX_MIME, XLSX_MIME, type OutputFile } from './output-file.js';
import { composeProgressTable, composeTaskList } from './plan-sheets.js';
import { buildProgressXlsx } from './progress-xlsx.js';
import { buildTaskListXlsx } from './task-list-xlsx.js';
import { buildUnitPackDocx } from './unit-pack-docx.js';

const ALL = { page: 1, pageSize: 1_000_000 };
const STATUS_ZH: Record<string, string> = {
  not_started: '未开始',
  in_progress: '推进中',
  completed: '已完成',
  behind: '滞后',
  suspended: '暂缓',
};
const COLOUR_ZH: Record<string, string> = { red: '红', yellow: '黄', blue: '蓝', green: '绿', none: '—' };
const REVIEW_ZH = { submitted: '待审核', returned: '已退回', accepted: '已审核' } as const;

/** Exports: 任务清单, 进展情况汇总表, 督办单, 部门述职 pack, and indicator values (export and import). */
export function createDocumentsService(ctx: ServiceContext, deps: { planBoard: ReturnType<typeof createPlanBoardService> }) {
  async function periodOf(planId: string, periodId: string) {
    const period = await findPeriod(rdb(ctx.db), periodId);
    if (!period || period.planId !== planId) throw invalid('output.period_invalid', '报送周期不属于该方案');
    return period;
  }

  return {
    async taskList(actor: Actor, planId: string): Promise<OutputFile> {
      requireReader(actor);
      const board = await deps.planBoard.board(actor, planId);
      const latest = new Map<string, string>();
      if (board.plan.status === 'published') {
        const accepted = await listReports(rdb(ctx.db), { planId, status: 'accepted' }, ALL);
        for (const r of accepted.items) if (!latest.has(r.taskId) && r.narrative.trim()) latest.set(r.taskId, r.narrative.trim());
      }
      const bytes = await buildTaskListXlsx(composeTaskList(board, latest));
      return { bytes, fileName: `${board.plan.title ?? '方案'}任务清单.xlsx`, mime: XLSX_MIME };
    },

    async progressTable(actor: Actor, planId: string, periodId: string): Promise<OutputFile> {
      requireReader(actor);
      const period = await periodOf(planId, periodId);
      const [board, supervision] = await Promise.all([deps.planBoard.board(actor, planId), getSupervision(ctx, actor, { plan: planId })]);
      const viewer = readsAllReports(actor) ? {} : { viewerUnitIds: liaisonUnits(actor) };
      const reports = await listReports(rdb(ctx.db), { planId, periodId, ...viewer }, ALL);
      const bytes = await buildProgressXlsx(composeProgressTable(board, supervision.tasks, reports.items, period, ctx.today()));
      return { bytes, fileName: `${board.plan.title ?? '方案'}进展情况汇总表（${period.label}）.xlsx`, mime: XLSX_MIME };
    },

    async notice(actor: Actor, noticeId: string): Promise<OutputFile> {
      const n = await getNotice(ctx, actor, noticeId);
      const [task, unit, plan, signer] = await Promise.all([
        findTask(ctx.db, n.taskId),
        findUnit(ctx.db, n.unitId),
        findPlan(ctx.db, n.planId),
        n.issuedBy ? findUser(ctx.db, n.issuedBy) : undefined,
      ]);
      const tpl = await findBulletinTemplate(ctx.db, 'plan', n.planId);
      const blocks = (tpl?.blocks ?? {}) as { header?: string; issuer?: string };
      const issuer = (blocks.issuer && !blocks.issuer.includes('{{') ? blocks.issuer : blocks.header) ?? '';
      const bytes = await buildNoticeDocx({
        number: n.number,
        issuer: issuer || `${plan?.title ?? ''}领导小组办公室`,
        planTitle: plan?.title ?? '',
        unit: unit?.name ?? '',
        task: {
          number: task?.number ?? null,
          title: task?.title ?? task?.text.slice(0, 40) ?? '',
          text: task?.text ?? '',
          leadUnits: (task?.assignments ?? []).filter((a) => a.role === 'lead').map((a) => a.unitName ?? a.name),
          due: task?.due[task.due.length - 1] ?? null,
        },
        reason: n.reason,
        due: n.due,
        issuedAt: n.issuedAt.slice(0, 10),
        signedBy: signer ? (signer.displayName ?? signer.username) : null,
        status: n.status,
      });
      return { bytes, fileName: `督办单${n.number}.docx`, mime: DOCX_MIME };
    },

    /** One unit's 述职 pack for a plan and period (the office, leaders, viewers, or the unit's own liaison). */
    async unitPack(actor: Actor, unitId: string, planId: string, periodId: string): Promise<OutputFile> {
      requireReader(actor);
      if (!readsAllReports(actor) && !liaisonUnits(actor).includes(unitId)) throw forbidden('auth.other_unit', '只能查看本单位的述职材料');
      const unit = await findUnit(ctx.db, unitId);
      if (!unit) throw notFound('unit', '单位不存在');
      const period = await periodOf(planId, periodId);
      const [board, supervision] = await Promise.all([deps.planBoard.board(actor, planId), getSupervision(ctx, actor, { plan: planId })]);
      const db = rdb(ctx.db);
      const [reports, empty, missing] = await Promise.all([
        listReports(db, { planId, periodId, unitId }, { page: 1, pageSize: 500 }),
        listEmptySlots(db, { planId, periodId, unitId }, { page: 1, pageSize: 1 }),
        listEmptySlots(db, { planId, periodId, unitId, windowBefore: ctx.today() }, { page: 1, pageSize: 1 }),
      ]);
      const unitIndex = board.units.findIndex((u) => u.unitId === unitId);
      const boardTask = new Map(board.tasks.map((t) => [t.id, t]));
      const tasks = supervision.tasks.flatMap((t) => {
        const bt = boardTask.get(t.id);
        const role = t.leadUnits.some((u) => u.unitId === unitId) ? '牵头' : bt?.participants.includes(unitIndex) ? '参与' : null;
        return role
          ? [
              {
                number: t.number,
                title: t.title ?? bt?.text ?? '',
                role: role as '牵头' | '参与',
                due: t.due,
                status: STATUS_ZH[t.status] ?? t.status,
                progress: Math.round(t.progress),
                colour: COLOUR_ZH[t.colour] ?? '',
              },
            ]
          : [];
      });
      const bytes = await buildUnitPackDocx({
        unit: unit.name,
        planTitle: board.plan.title ?? '',
        periodLabel: period.label,
        asOf: ctx.today(),
        date: ctx.today(),
        tasks,
        reports: reports.items.map((r) => ({
          task: r.taskTitle ?? '',
          period: r.periodLabel,
          percent: r.percent,
          narrative: r.narrative,
          status: REVIEW_ZH[r.status],
          submittedAt: r.submittedAt,
          onTime: r.onTime,
        })),
        evidence: reports.items.flatMap((r) =>
          r.evidence.map((e) => ({
            task: r.taskTitle ?? '',
            period: r.periodLabel,
            name: e.name,
            size: e.size,
            uploadedAt: r.submittedAt,
          })),
        ),
        reportsExpected: reports.total + empty.total,
        reportsMissing: missing.total,
      });
      return { bytes, fileName: `${unit.name}${period.label}述职材料.docx`, mime: DOCX_MIME };
    },

    async indicatorSheet(actor: Actor, planId: string, periodId: string): Promise<OutputFile> {
      requireReader(actor);
      const plan = await findPlan(ctx.db, planId);
      if (!plan || plan.status !== 'published') throw notFound('plan', '方案不存在或未发布');
      const period = await periodOf(planId, periodId);
      const indicators = await listIndicators(ctx.db, { planId });
      const rows = [];
      for (const ind of indicators) {
        const value = (await listIndicatorValues(rdb(ctx.db), ind.id)).find((v) => v.periodId === periodId);
        const owner = ind.leadUnitId ? await findUnit(ctx.db, ind.leadUnitId) : undefined;
        rows.push({
          id: ind.id,
          name: ind.name,
          unit: ind.unit,
          baseline: ind.baseline,
          target: ind.target,
          comparator: ind.comparator,
          owner: owner?.name ?? '',
          value: value?.value ?? null,
          note: value?.note ?? '',
        });
      }
      const bytes = await buildIndicatorSheet({ title: plan.title ?? '', periodId, periodLabel: period.label, rows });
      return { bytes, fileName: `${plan.title ?? '方案'}指标值（${period.label}）.xlsx`, mime: XLSX_MIME };
    },

    /**
     * Imports a filled-in values sheet: each row with a number is reported as the value of that indicator for the
     * sheet's period, by the indicator's reporting unit (each one a normal audited report, with its own checks);
     * rows that fail are listed with the reason and the rest still go in.
     */
    async importIndicatorSheet(actor: Actor, planId: string, bytes: Uint8Array): Promise<IndicatorImportResult> {
      requireReader(actor);
      if (!isAdmin(actor) && liaisonUnits(actor).length === 0) throw forbidden();
      let sheet: Awaited<ReturnType<typeof readIndicatorSheet>>;
      try {
        // exceljs inflates the whole zip in memory: the parts are vetted first against the import limits (zip bombs).
        await readOfficeXmlParts(bytes, 'excel');
        sheet = await readIndicatorSheet(bytes);
      } catch (e) {
        if (isDocumentError(e) && e.code !== 'document.unreadable')
          throw new DomainError('payload_too_large', 'output.sheet_too_large', e.message);
        throw invalid('output.sheet_unreadable', '无法读取该表格，请上传从本系统导出的 .xlsx 指标值表');
      }
      if (!sheet.periodId) throw invalid('output.sheet_no_period', '表格缺少报送周期标记，请使用从本系统导出的指标值表');
      await periodOf(planId, sheet.periodId);
      const result: IndicatorImportResult = { imported: 0, unchanged: 0, problems: [] };
      for (const e of sheet.entries) {
        if (e.problem) result.problems.push({ row: e.row, message: e.problem });
        if (e.value === null) continue;
        const ind = await findIndicator(ctx.db, e.id);
        if (!ind || ind.planId !== planId) {
          result.problems.push({ row: e.row, message: `指标“${e.name}”不属于该方案` });
          continue;
        }
        if (!ind.leadUnitId) {
          result.problems.push({ row: e.row, message: `指标“${ind.name}”尚未指定报送单位` });
          continue;
        }
        const current = (await listIndicatorValues(rdb(ctx.db), ind.id)).find(
          (v) => v.periodId === sheet.periodId && v.unitId === ind.leadUnitId,
        );
        if (current && current.value === e.value && (current.note ?? '') === e.note) {
          result.unchanged += 1;
          continue;
        }
        try {
          await reportIndicatorValue(ctx, actor, ind.id, {
            periodId: sheet.periodId,
            unitId: ind.leadUnitId,
            value: e.value,
            ...(e.note ? { note: e.note.slice(0, 500) } : {}),
          });
          result.imported += 1;
        } catch (err) {
          if (!isDomainError(err)) throw err;
          result.problems.push({ row: e.row, message: `${ind.name}：${err.message}` });
        }
      }
      return result;
    },
  };
}
