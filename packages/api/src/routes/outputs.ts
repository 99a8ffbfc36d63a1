import { apiContract } from '@duban/core';
import { DomainError } from '@duban/services';
import { sendDownload } from '../download.js';
import { route, type AnyRoute } from '../route.js';

const SHEET_LIMIT = 10 * 1024 * 1024;

/** Official outputs: 情况通报 (templates, drafts, issue, files), 任务清单 and 进展情况汇总表, 督办单, 述职 packs, indicator sheets. */
export const outputRoutes: AnyRoute[] = [
  route(apiContract['GET /api/plans/:id/bulletin-template'], {
    summary: '情况通报模板（文字段落，可用 {{占位符}}）',
    tag: 'outputs',
    handler: ({ actor, params, services }) => services.bulletins.template(actor, params.id),
  }),
  route(apiContract['PUT /api/plans/:id/bulletin-template'], {
    summary: '保存情况通报模板',
    tag: 'outputs',
    handler: ({ actor, params, body, services }) => services.bulletins.saveTemplate(actor, params.id, body.blocks),
  }),
  route(apiContract['GET /api/jurisdictions/:id/bulletin-template'], {
    summary: '行政区划的情况通报模板（区内方案未单独设置模板时使用）',
    tag: 'outputs',
    handler: ({ actor, params, services }) => services.bulletins.jurisdictionTemplate(actor, params.id),
  }),
  route(apiContract['PUT /api/jurisdictions/:id/bulletin-template'], {
    summary: '保存行政区划的情况通报模板',
    tag: 'outputs',
    handler: ({ actor, params, body, services }) => services.bulletins.saveJurisdictionTemplate(actor, params.id, body.blocks),
  }),
  route(apiContract['GET /api/bulletins'], {
    summary: '方案的情况通报（非办公室用户只见已印发的）',
    tag: 'outputs',
    handler: ({ actor, query, services }) => services.bulletins.list(actor, query),
  }),
  route(apiContract['POST /api/bulletins'], {
    summary: '按报送周期从看板数据生成情况通报草稿',
    tag: 'outputs',
    status: 201,
    handler: ({ actor, body, services }) => services.bulletins.generate(actor, body),
  }),
  route(apiContract['GET /api/bulletins/:id'], {
    summary: '情况通报（数据与文字段落）',
    tag: 'outputs',
    handler: ({ actor, params, services }) => services.bulletins.get(actor, params.id),
  }),
  route(apiContract['PATCH /api/bulletins/:id'], {
    summary: '修改情况通报草稿的文字段落、期号或成文日期',
    tag: 'outputs',
    handler: ({ actor, params, body, services }) => services.bulletins.edit(actor, params.id, body),
  }),
  route(apiContract['POST /api/bulletins/:id/issue'], {
    summary: '印发情况通报（保存所印发的 .docx）',
    tag: 'outputs',
    handler: ({ actor, params, body, services }) => services.bulletins.issue(actor, params.id, body.version),
  }),
  route(apiContract['DELETE /api/bulletins/:id'], {
    summary: '删除情况通报草稿',
    tag: 'outputs',
    status: 204,
    handler: ({ actor, params, services }) => services.bulletins.remove(actor, params.id),
  }),
  route(apiContract['GET /api/bulletins/:id/file'], {
    summary: '下载情况通报（.docx；?format=pdf 需服务器安装 LibreOffice）',
    tag: 'outputs',
    handler: async ({ actor, params, query, services, reply }) =>
      sendDownload(reply, await services.bulletins.file(actor, params.id, query.format)),
  }),
  route(apiContract['GET /api/plans/:id/exports/task-list'], {
    summary: '导出任务清单（.xlsx：序号/重点任务/牵头单位/参与单位/完成时限/进展情况）',
    tag: 'outputs',
    handler: async ({ actor, params, services, reply }) => sendDownload(reply, await services.outputs.taskList(actor, params.id)),
  }),
  route(apiContract['GET /api/plans/:id/exports/progress'], {
    summary: '导出某报送周期的进展情况汇总表（.xlsx）',
    tag: 'outputs',
    handler: async ({ actor, params, query, services, reply }) =>
      sendDownload(reply, await services.outputs.progressTable(actor, params.id, query.period)),
  }),
  route(apiContract['GET /api/plans/:id/exports/indicator-values'], {
    summary: '导出某报送周期的指标值表（.xlsx，填写后可导入）',
    tag: 'outputs',
    handler: async ({ actor, params, query, services, reply }) =>
      sendDownload(reply, await services.outputs.indicatorSheet(actor, params.id, query.period)),
  }),
  route(apiContract['POST /api/plans/:id/imports/indicator-values'], {
    summary: '导入填好的指标值表（multipart 字段 file）',
    tag: 'outputs',
    bodyLimit: SHEET_LIMIT + 1024 * 1024,
    async handler({ actor, params, services, req }) {
      if (!req.isMultipart()) throw new DomainError('validation', 'output.file_required', '请以 multipart/form-data 上传文件（字段 file）');
      const file = await req.file({ limits: { fileSize: SHEET_LIMIT } });
      if (!file) throw new DomainError('validation', 'output.file_required', '请选择要导入的 .xlsx 文件');
      const bytes = await file.toBuffer();
      if (file.file.truncated) throw new DomainError('payload_too_large', 'output.too_large', '表格不能超过10MB');
      return services.outputs.importIndicatorSheet(actor, params.id, bytes);
    },
  }),
  route(apiContract['GET /api/notices/:id/document'], {
    summary: '下载督办单（.docx，可打印）',
    tag: 'outputs',
    handler: async ({ actor, params, services, reply }) => sendDownload(reply, await services.outputs.notice(actor, params.id)),
  }),
  route(apiContract['GET /api/units/:id/report-pack'], {
    summary: '下载单位某周期的述职材料（.docx：任务、报送、佐证材料清单、得分）',
    tag: 'outputs',
    handler: async ({ actor, params, query, services, reply }) =>
      sendDownload(reply, await services.outputs.unitPack(actor, params.id, query.plan, query.period)),
  }),
];
