import { apiContract, type PlanView } from '@duban/core';
import { DomainError } from '@duban/services';
import { UPLOAD_LIMIT } from '../constants.js';
import { sendCachedJson } from '../http-cache.js';
import { csvColumns, route, type AnyRoute } from '../route.js';

/** Plans: import, review, publish. */
export const planRoutes: AnyRoute[] = [
  route(apiContract['POST /api/plans/import'], {
    summary:
      '导入政策文件，生成待审核的计划草稿（multipart 字段 file，或 JSON {fileName, text}）；同一文件再次上传返回 409 plan.duplicate（details.planId），加 duplicate=allow 仍新建；客户端断开即取消，不留草稿',
    tag: 'plans',
    bodyLimit: UPLOAD_LIMIT + 1024 * 1024,
    status: 201,
    async handler({ actor, query, body, services, req, reply }) {
      // The client going away (Back in the wizard, a closed tab) cancels the parse and the write.
      const cancel = new AbortController();
      reply.raw.once('close', () => {
        if (!reply.raw.writableFinished) cancel.abort();
      });
      // The request guards may have read the whole upload first: a client gone by then closed before we listened.
      if (reply.raw.destroyed || req.raw.socket.destroyed) cancel.abort();
      const opts = { ...(query.jurisdiction ? { jurisdictionId: query.jurisdiction } : {}), signal: cancel.signal };
      // Gone between the commit and the answer: nobody will open this draft, so it is not left behind.
      const undoIfGone = async <P extends { id: string; status: string }>(plan: P): Promise<P> => {
        // On SQLite the write is synchronous, so a disconnect during it is still queued: let pending I/O run first.
        for (let i = 0; i < 2 && !cancel.signal.aborted; i++) await new Promise((resolve) => setImmediate(resolve));
        const gone = cancel.signal.aborted || reply.raw.destroyed || req.raw.socket.destroyed;
        if (!gone || plan.status !== 'draft') return plan;
        await services.plans.remove(actor, plan.id);
        throw new DomainError('validation', 'import.cancelled', '导入已取消');
      };
      if (req.isMultipart()) {
        const file = await req.file();
        if (!file) throw new DomainError('validation', 'plan.file_required', '请选择要导入的文件');
        const bytes = await file.toBuffer();
        // The size-limit error can race with the end of the stream; a truncated file is still too large.
        if (file.file.truncated || bytes.length >= UPLOAD_LIMIT)
          throw new DomainError('payload_too_large', 'request.too_large', '上传的内容过大（上限 20 MB）');
        const duplicates = query.duplicate === 'allow' ? 'allow' : 'refuse';
        return {
          plan: await undoIfGone(await services.plans.importPlan(actor, { fileName: file.filename, bytes }, { ...opts, duplicates })),
        };
      }
      if (Buffer.byteLength(body.text, 'utf8') > UPLOAD_LIMIT)
        throw new DomainError('payload_too_large', 'request.too_large', '上传的内容过大（上限 20 MB）');
      return { plan: await undoIfGone(await services.plans.importPlan(actor, { fileName: body.fileName, text: body.text }, opts)) };
    },
  }),
  route(apiContract['GET /api/plans'], {
    summary: '计划列表',
    tag: 'plans',
    csv: csvColumns<PlanView>([
      ['标题', (p) => p.title],
      ['发文单位', (p) => p.issuer],
      ['文号', (p) => p.docNumber],
      ['成文日期', (p) => p.date],
      ['状态', (p) => (p.status === 'published' ? '已发布' : '草稿')],
      ['任务数', (p) => p.taskCount],
      ['指标数', (p) => p.indicatorCount],
    ]),
    csvName: '计划',
    handler: ({ actor, query, services }) => services.plans.list(actor, { ...(query.status ? { status: query.status } : {}) }, query),
  }),
  route(apiContract['GET /api/plans/:id'], {
    summary: '计划详情（任务、指标、诊断信息）',
    tag: 'plans',
    handler: async ({ actor, params, services, req, reply }) => sendCachedJson(req, reply, await services.plans.get(actor, params.id)),
  }),
  route(apiContract['GET /api/plans/:id/board'], {
    summary: '计划的全部任务（计划页所列字段；章节与单位按序号引用；支持 ETag/304 与压缩）',
    tag: 'plans',
    handler: async ({ actor, params, services, req, reply }) =>
      sendCachedJson(req, reply, await services.planBoard.board(actor, params.id)),
  }),
  route(apiContract['GET /api/plans/:id/source'], {
    summary: '原文及各任务、指标在原文中的位置（审核界面）',
    tag: 'plans',
    handler: ({ actor, params, services }) => services.plans.source(actor, params.id),
  }),
  route(apiContract['GET /api/plans/:id/document'], {
    summary: '下载导入的原始文件',
    tag: 'plans',
    async handler({ actor, params, services, reply }) {
      const doc = await services.plans.document(actor, params.id);
      // Never rendered inline: an uploaded HTML page must not run under our origin.
      const type =
        {
          pdf: 'application/pdf',
          docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          doc: 'application/msword',
          xls: 'application/vnd.ms-excel',
        }[doc.format] ?? 'application/octet-stream';
      return reply
        .header('content-type', type)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`)
        .send(doc.bytes);
    },
  }),
  route(apiContract['PATCH /api/plans/:id'], {
    summary: '修改计划信息',
    tag: 'plans',
    handler: ({ actor, params, body, services }) => services.plans.update(actor, params.id, body),
  }),
  route(apiContract['POST /api/plans/:id/publish'], {
    summary: '发布计划',
    tag: 'plans',
    handler: ({ actor, params, services }) => services.plans.publish(actor, params.id),
  }),
  route(apiContract['DELETE /api/plans/:id'], {
    summary: '删除计划草稿',
    tag: 'plans',
    status: 204,
    handler: ({ actor, params, services }) => services.plans.remove(actor, params.id),
  }),
];
