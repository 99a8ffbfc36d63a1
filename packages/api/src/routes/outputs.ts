import {
  bulletinFileQuerySchema, bulletinListQuerySchema, bulletinListSchema, bulletinTemplateViewSchema, bulletinViewSchema, editBulletinSchema, generateBulletinSchema, idParamsSchema,
  indicatorImportResultSchema, issueBulletinSchema, progressExportQuerySchema, saveBulletinTemplateSchema, unitPackQuerySchema,
} from '@duban/core';
import { DomainError } from '@duban/services';
import { sendDownload } from '../download.js';
import { fileDownload, noContent, route, type AnyRoute } from '../route.js';

const SHEET_LIMIT = 10 * 1024 * 1024;

/** Official outputs: 情况通报 (templates, drafts, issue, files), 任务清单 and 进展情况汇总表, 督办单, 述职 packs, indicator sheets. */
export const outputRoutes: AnyRoute[] = [
  route({
    method: 'GET',
    url: '/api/plans/:id/bulletin-template',
    summary: '情况通报模板（文字段落，可用 {{占位符}}）',
    tag: 'outputs',
    params: idParamsSchema,
    response: bulletinTemplateViewSchema,
    handler: ({ actor, params, services }) => services.bulletins.template(actor, params.id),
  }),
  route({
    method: 'PUT',
    url: '/api/plans/:id/bulletin-template',
    summary: '保存情况通报模板',
    tag: 'outputs',
    params: idParamsSchema,
    body: saveBulletinTemplateSchema,
    response: bulletinTemplateViewSchema,
    handler: ({ actor, params, body, services }) => services.bulletins.saveTemplate(actor, params.id, body.blocks),
  }),
  route({
    method: 'GET',
    url: '/api/bulletins',
    summary: '方案的情况通报（非办公室用户只见已印发的）',
    tag: 'outputs',
    query: bulletinListQuerySchema,
    response: bulletinListSchema,
    handler: ({ actor, query, services }) => services.bulletins.list(actor, query),
  }),
  route({
    method: 'POST',
    url: '/api/bulletins',
    summary: '按报送周期从看板数据生成情况通报草稿',
    tag: 'outputs',
    body: generateBulletinSchema,
    status: 201,
    response: bulletinViewSchema,
    handler: ({ actor, body, services }) => services.bulletins.generate(actor, body),
  }),
  route({
    method: 'GET',
    url: '/api/bulletins/:id',
    summary: '情况通报（数据与文字段落）',
    tag: 'outputs',
    params: idParamsSchema,
    response: bulletinViewSchema,
    handler: ({ actor, params, services }) => services.bulletins.get(actor, params.id),
  }),
  route({
    method: 'PATCH',
    url: '/api/bulletins/:id',
    summary: '修改情况通报草稿的文字段落、期号或成文日期',
    tag: 'outputs',
    params: idParamsSchema,
    body: editBulletinSchema,
    response: bulletinViewSchema,
    handler: ({ actor, params, body, services }) => services.bulletins.edit(actor, params.id, body),
  }),
  route({
    method: 'POST',
    url: '/api/bulletins/:id/issue',
    summary: '印发情况通报（保存所印发的 .docx）',
    tag: 'outputs',
    params: idParamsSchema,
    body: issueBulletinSchema,
    response: bulletinViewSchema,
    handler: ({ actor, params, body, services }) => services.bulletins.issue(actor, params.id, body.version),
  }),
  route({
    method: 'DELETE',
    url: '/api/bulletins/:id',
    summary: '删除情况通报草稿',
    tag: 'outputs',
    params: idParamsSchema,
    response: noContent,
    status: 204,
    handler: ({ actor, params, services }) => services.bulletins.remove(actor, params.id),
  }),
  route({
    method: 'GET',
    url: '/api/bulletins/:id/file',
    summary: '下载情况通报（.docx；?format=pdf 需服务器安装 LibreOffice）',
    tag: 'outputs',
    params: idParamsSchema,
    query: bulletinFileQuerySchema,
    response: fileDownload,
    handler: async ({ actor, params, query, services, reply }) => sendDownload(reply, await services.bulletins.file(actor, params.id, query.format)),
  }),
  route({
    method: 'GET',
    url: '/api/plans/:id/exports/task-list',
    summary: '导出任务清单（.xlsx：序号/重点任务/牵头单位/参与单位/完成时限/进展情况）',
    tag: 'outputs',
    params: idParamsSchema,
    response: fileDownload,
    handler: async ({ actor, params, services, reply }) => sendDownload(reply, await services.outputs.taskList(actor, params.id)),
  }),
  route({
    method: 'GET',
    url: '/api/plans/:id/exports/progress',
    summary: '导出某报送周期的进展情况汇总表（.xlsx）',
    tag: 'outputs',
    params: idParamsSchema,
    query: progressExportQuerySchema,
    response: fileDownload,
    handler: async ({ actor, params, query, services, reply }) => sendDownload(reply, await services.outputs.progressTable(actor, params.id, query.period)),
  }),
  route({
    method: 'GET',
    url: '/api/plans/:id/exports/indicator-values',
    summary: '导出某报送周期的指标值表（.xlsx，填写后可导入）',
    tag: 'outputs',
    params: idParamsSchema,
    query: progressExportQuerySchema,
    response: fileDownload,
    handler: async ({ actor, params, query, services, reply }) => sendDownload(reply, await services.outputs.indicatorSheet(actor, params.id, query.period)),
  }),
  route({
    method: 'POST',
    url: '/api/plans/:id/imports/indicator-values',
    summary: '导入填好的指标值表（multipart 字段 file）',
    tag: 'outputs',
    params: idParamsSchema,
    multipart: true,
    bodyLimit: SHEET_LIMIT + 1024 * 1024,
    response: indicatorImportResultSchema,
    async handler({ actor, params, services, req }) {
      if (!req.isMultipart()) throw new DomainError('validation', 'output.file_required', '请以 multipart/form-data 上传文件（字段 file）');
      const file = await req.file({ limits: { fileSize: SHEET_LIMIT } });
      if (!file) throw new DomainError('validation', 'output.file_required', '请选择要导入的 .xlsx 文件');
      const bytes = await file.toBuffer();
      if (file.file.truncated) throw new DomainError('payload_too_large', 'output.too_large', '表格不能超过10MB');
      return services.outputs.importIndicatorSheet(actor, params.id, bytes);
    },
  }),
  route({
    method: 'GET',
    url: '/api/notices/:id/document',
    summary: '下载督办单（.docx，可打印）',
    tag: 'outputs',
    params: idParamsSchema,
    response: fileDownload,
    handler: async ({ actor, params, services, reply }) => sendDownload(reply, await services.outputs.notice(actor, params.id)),
  }),
  route({
    method: 'GET',
    url: '/api/units/:id/report-pack',
    summary: '下载单位某周期的述职材料（.docx：任务、报送、佐证材料清单、得分）',
    tag: 'outputs',
    params: idParamsSchema,
    query: unitPackQuerySchema,
    response: fileDownload,
    handler: async ({ actor, params, query, services, reply }) => sendDownload(reply, await services.outputs.unitPack(actor, params.id, query.plan, query.period)),
  }),
];
